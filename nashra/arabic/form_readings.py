"""The other verb an imperfect may be: «ينتج» is «results» (نتج, form I) or «produces» (أنتج, form IV).

Unvoweled, يَنتُج and يُنتِج are one spelling, and so are يَسقُط / يُسقِط and يَقيل / يُقيل. Where the key
:meth:`Stemmer.stem` gives is the form I perfect, a reader's query also tries the form IV one, so «ينتج»,
«ويسقط», «تمطر» find «أنتج», «أسقط», «أمطرت» too — the index is not changed.

Only where the stemmer itself read the word as an imperfect (its key does not begin with the prefix:
«تمر» dates, «يمن» Yemen, «نمر» tiger keep one key), the word list holds the form IV verb's «she did» (أنتجت)
and the أ-form is no noun with the article too (الأحدث: «يحدث» does not find «أحدث», the latest). Not the other
way (a form IV key also trying form I): «وتصدر» (tops, issues) would then find «وصدر» (chest). Pure Python,
no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic.normalize import fold_word, strip_marks
from nashra.arabic.wordlist import band, known

__all__ = ["other_form_reading"]

_CONJUNCTIONS = "وف"
_PREFIXES = "يتن"
_ENDINGS = ("ون", "ان", "ين")
#: How much rarer (in bands; 100 = ten times) than the imperfect the other perfect may be.
_SLACK = 150


class Stemmer(Protocol):
    def stem(self, word: str) -> str: ...

    def plain_key(self, word: str) -> str: ...


def _body(folded: str) -> tuple[str, str] | None:
    """The imperfect's prefix and its three letters: «وسينتجون» → («ي», «نتج»)."""
    word = folded
    if word[:1] in _CONJUNCTIONS and len(word) > 4:
        word = word[1:]
    if word[:1] == "س" and word[1:2] in _PREFIXES and len(word) > 4:
        word = word[1:]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) == 6:
            word = word[:-2]
    if len(word) != 4 or word[0] not in _PREFIXES:
        return None
    return word[0], word[1:]


def _in_use(perfect: str) -> bool:
    """A perfect a newsroom writes has its «she did» in the word list (أنتجت، أسقطت): «أعمل», «أكتب» are «I do»,
    «I write», «أقرب», «أجود» comparatives (and «اكتبوا», «اعملوا» imperatives, so not «they did»)."""
    if known("ال" + perfect):
        return False  # also a noun in use (الأحدث the latest, الأقدم, الأولى): «يحدث» must not find «أحدث»
    return known((perfect[:-1] if perfect.endswith("ي") else perfect) + "ت")  # أبدى: أبدت


def _perfects(body: str) -> tuple[str, str]:
    """The form I and form IV perfects an imperfect's three letters may stand for."""
    if body[1] == "ي" and body[2] != "ي":  # hollow: يقيل → قال / أقال, يبيد → باد / أباد
        hollow = body[0] + "ا" + body[2]
        return hollow, "ا" + hollow
    return body, "ا" + body  # ينتج → نتج / أنتج, يبدي → بدي / أبدي (أبدى folded)


def other_form_reading(stemmer: Stemmer, original: str) -> str | None:
    """The key of the form IV perfect an imperfect read as form I may also be («ينتج»: نتج → also أنتج)."""
    folded = fold_word(strip_marks(original))
    found = _body(folded) if len(folded) >= 4 else None
    if found is None:
        return None
    prefix, body = found
    key = stemmer.plain_key(original)  # (a verb's key without its mark: «يوقف» is read as وقف)
    if key.startswith(prefix):
        return None  # the stemmer kept the letter: a noun or a name (تمر، يمن، نمر)
    form_one, form_four = _perfects(body)
    other = stemmer.stem(form_four)
    if key != stemmer.stem(form_one) or other == key:
        return None  # read as something else (a noun, another verb), or both perfects share a key (أشهر، شهر)
    if body[0] == "ل" or not _in_use(form_four) or band(form_four) > band(prefix + body) + _SLACK:
        return None  # no such form IV verb in use (يمهل: أمهل is not in the list; «يلعب»: العب is no verb)
    return other
