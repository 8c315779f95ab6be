"""The conjunction ف «and so» glued to the next word: «فكانون»، «فأجدابيا»، «فوخز» — and the words whose
own first letter is ف (فاز، فكرة، فبرك، فخاري، فترة), which keep it.

و and ب before a word the list does not know are cut (a rare name keeps one key after them); ف begins
far more Arabic words, so it goes only where neither the whole nor a form of it is a word the list knows.
Called by :class:`nashra.arabic.stemmer.Stemmer`, which passes itself (this module does not import it
back). Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic.loanwords import nearest_spelling
from nashra.arabic.stopwords import is_ambiguous, is_stopword
from nashra.arabic.wordlist import band, known

__all__ = ["fa", "after_fa", "fa_and_preposition", "in_use"]


class Stemmer(Protocol):
    """What this needs of :class:`nashra.arabic.stemmer.Stemmer`."""

    def _core(self, r: str, definite: bool) -> tuple[str, bool]: ...

    def _resolve(self, r: str, definite: bool, depth: int = 0) -> str: ...


def fa(word: str) -> bool:
    """«فكانون»، «فمايو»، «فيونيه»: the conjunction ف before a word in use, when the whole is no word the
    list knows (فاز، فكرة، فيلم are words; a ف before a rare word is left alone) — or when the list knows
    the whole only as «and so» glued to a verb (:func:`_glued_to_verb`)."""
    if word[0] != "ف":
        return False
    whole, rest = _without_pronoun(word[1:], word)
    return (len(rest) >= 3 and known(rest) and (not known(whole) or _glued_to_verb(word) or _glued_to_adverb(word))
            and not (is_stopword(rest) or is_ambiguous(rest)) and (band(rest) < 600 or known("ال" + rest)
                                                                   or _common_noun_with_pronoun(rest)))


def _common_noun_with_pronoun(rest: str) -> bool:
    """«عرشها»، «مخزونها»: a pronoun on a noun that takes the article and is common without it — the form with
    the pronoun is rarer than the band :func:`fa` asks of what follows ف, the noun is not."""
    for pronoun in _PRONOUNS:
        base = rest[: -len(pronoun)]
        if rest.endswith(pronoun) and len(base) >= 3:
            form = base[:-1] + "ة" if base.endswith("ت") and known(base[:-1] + "ة") else base
            return band(form) < 600 and known("ال" + form)
    return False


_PRONOUNS = ("هما", "هم", "ها", "كم", "ه")


def _without_pronoun(rest: str, word: str) -> tuple[str, str]:
    """(the whole, what follows ف) without a pronoun the list does not know them with: «فتصريحها»،
    «فمخزونها» → (فتصريح، تصريح), (فمخزون، مخزون) — unless the whole without it is a word (فكرتها: فكرة)."""
    if known(rest):
        return word, rest
    for pronoun in _PRONOUNS:
        base = rest[: -len(pronoun)]
        if not rest.endswith(pronoun) or len(base) < 3:
            continue
        for form in (base, base[:-1] + "ة") if base.endswith("ت") else (base,):
            if known(form):
                return ("ف" + form, form) if not known("ف" + form) else (word, rest)
    return word, rest


def _glued_to_verb(word: str) -> bool:
    """«فرفض»، «فطلب»، «ففتح»: the list knows them because news glues «and so» to its verbs. Read so when
    what follows is a perfect in use («she did» and «they did»: رفضت، رفضوا), ten times as common as the
    whole, glued to و more often still (ورفض), and the whole never takes the article. Names and words
    whose ف is their own fail one of these: فراس، فريال، فورم، فانس، فبركة، فرضي (no «she did» of what
    follows), الفرقة."""
    rest = word[1:]
    return (known(rest + "ت") and known(rest + "وا") and band(rest) + 100 < band(word)
            and band("و" + rest) < band(word) and not known("ال" + word))


def _glued_to_adverb(word: str) -> bool:
    """«فمثلا»، «فغالبا»، «فحتما»: the list knows them because news glues «so» to an adverb with its tanween alif;
    read so when what follows is ten times as common as the whole and glued to و more often still (ومثلا)."""
    rest = word[1:]
    return (len(rest) >= 4 and rest.endswith("ا") and not rest.endswith(("ها", "نا"))  # (فبعضها، فقررنا)
            and band(rest) + 100 < band(word) and band("و" + rest) < band(word) and not known("ال" + word))


def _without_ending(word: str) -> tuple[str, ...]:
    """What a word may be without a verb, dual, plural or nisba ending: فبركت، فبركوا، فترتان، فخاري."""
    if word.endswith(("تان", "تين", "تا")):
        return (word[:-3] + "ة", word[:-2] + "ة")
    if word.endswith(("وا", "ون", "ين", "ان", "ات")):
        return word[:-2], word[:-2] + "ة"
    if word.endswith(("ت", "ي")):
        return word[:-1], word[:-1] + "ة"
    if word.endswith("و"):
        return word[:-1] + "ون", word[:-1] + "ين"  # a construct plural: فلاحو (فلاحون)
    return ()


def _before_rare_word(word: str) -> bool:
    """«فأجدابيا»، «فكيهيدي»، «فوخز»: ف before a rare place, name or word, where neither the whole nor a
    form of it is a word the list knows — as و and ب are cut before one, so the word keeps one key."""
    shorter = _without_ending(word)
    return (word[0] == "ف" and len(word) >= 5 and not any(known(w) for w in (word, "ال" + word, *shorter))
            and not is_stopword(word[1:]) and nearest_spelling(word) is None)  # فنلاندا


def after_fa(stemmer: Stemmer, r: str) -> str | None:
    """The key of what follows ف before a rare name or word (فأجدابيا، فباشاغا، فوخز): that word's key
    as it is read alone — when it is known, or keeps itself whole as its key (فخخوا، فضلائهم lose an
    ending: they are ف-words inflected)."""
    if not _before_rare_word(r):
        return None
    rest = r[1:]
    stem, is_known = stemmer._core(rest, False)
    # فمستهلكون، فحكومتين، فمحطتين: an ending read off a word the list knows (مستهلك، حكومة), when the whole read
    # the same way is no word (فترتها is فترة + «her», not ف + «ترة»)
    is_known = is_known or in_use(stem) and not in_use(stemmer._core(r, False)[0])
    whole = stem == rest or stem == rest[:-1] and rest[-1] in "اةه" and not rest.endswith("وا")  # فدنقلا
    # فمشاركو، فمنتقدو: the construct plural of a word the list knows, or knows in its plural (المنتقدين)
    plural = rest.endswith("و") and stem == rest[:-1] and (known(stem) or known("ال" + stem + "ين"))
    return stemmer._resolve(rest, False, 1) if is_known or whole or plural else None


def in_use(stem: str) -> bool:
    """A key the word list knows as a word (a final ه of a key may be a ة: حكومه)."""
    return len(stem) >= 3 and (known(stem) or stem.endswith("ه") and known(stem[:-1] + "ة"))


def fa_and_preposition(w: str) -> bool:
    """«فلبنيامين»، «فبجاكسون»: ف + ل / ب / ك before a word the list knows well, the whole and the word after ف
    unknown (not فلكلور: كلور is rare; not فبعقوبه: ف + بعقوبة typed with ه)."""
    return w[:2] in ("فل", "فب", "فك") and len(w) >= 6 and band(w[2:]) <= 600 and not (
        known(w) or known(w[1:]) or w[2:].startswith("ال") or known(w[1:-1] + "ة"))
