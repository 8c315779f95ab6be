"""The other key a reader's query word may have, beside the one the index holds for it.

An unvoweled word is often two words: «مدرسه» a school typed with ه or «his teacher», «تقدم» progress or «she
presents», «الاعلام» the flags or the media, «قراري» «my decision», «ينتج» «results» or «produces», «منتقدي» «my
critic» or «the critics of». The index keeps one key per word; a query tries the other too, so either finds the
story. Most readings live with the rule they belong to; this module says which one a word gets (the first that
applies). Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic import form_readings, haa_readings
from nashra.arabic.hamza_masdar import bare_masdar
from nashra.arabic.normalize import finish_stem, fold_word, strip_marks
from nashra.arabic.verbs import she_does_reading
from nashra.arabic.wordlist import known

__all__ = ["other_key"]


class Stemmer(Protocol):
    """What the readings need of :class:`nashra.arabic.stemmer.Stemmer` (which calls :func:`other_key`,
    passing itself: this module does not import it back)."""

    def stem(self, word: str) -> str: ...

    def keeps_whole(self, folded: str) -> bool: ...

    def _is_known(self, key: str) -> bool: ...


def _she_does(stemmer: Stemmer, original: str) -> str | None:
    """«تقدم»: progress, or «she presents» (:func:`nashra.arabic.verbs.she_does_reading`)."""
    folded = fold_word(strip_marks(original), keep_taa=True)
    he_does = None if stemmer.keeps_whole(folded) else she_does_reading(folded)  # تامر is a name
    return None if he_does is None or stemmer.stem(he_does) == stemmer.stem(original) else stemmer.stem(he_does)


def _masdar(stemmer: Stemmer, original: str) -> str | None:
    """«الاعلام»: the flags, or the media (:func:`nashra.arabic.hamza_masdar.bare_masdar`)."""
    masdar = bare_masdar(original)
    return None if masdar is None or finish_stem(masdar) == stemmer.stem(original) else finish_stem(masdar)


def _construct_plural(stemmer: Stemmer, original: str) -> str | None:
    """«منتقدي»، «مدرسي»، «ونازحي»: «the critics / teachers / displaced of» as well as a nisba or «my»: a final ي on
    a word whose sound plural is in use with the article (المنتقدين، النازحين; not a name's dual, مارلين)."""
    bare = strip_marks(original)
    folded = fold_word(bare)
    if folded[:1] in "وفبل" and not known(folded) and len(folded) > 5:
        folded = folded[1:]  # ومنتقدي، لمديري
    if len(folded) < 5 or not folded.endswith("ي") or folded.startswith("ال") or folded.endswith("تي"):
        return None  # ـتي is a ة-word's «my» or dual (مدينتي), which the key already reads
    base = folded[:-1]
    if known("ال" + folded) or not known("ال" + base + "ين"):
        return None  # a nisba in use takes the article (القانوني، الرئيسي); a construct plural never does
    key, other = stemmer.stem(original), stemmer.stem(bare[:-1])
    return other if other != key else None


def _participle(stemmer: Stemmer, original: str) -> str | None:
    """«المقاتل»، «معارض»: the fighter or the killings (مقاتل the plural of مقتل), the opponent or the exhibitions —
    a مفاعل word whose sound plural is in use (المقاتلين) and keyed on the participle; the index reads the word
    as the lexicon's plural, its sound plural as the participle."""
    word = fold_word(strip_marks(original))
    if word[:1] in "وف" and len(word) > 6:
        word = word[1:]
    word = word.removeprefix("ال")
    in_use = any(known(form) for form in ("ال" + word + "ين", word + "ين", word + "ون"))
    if len(word) < 5 or not in_use or stemmer.stem(word + "ين") != word:
        return None
    return word if stemmer.stem(original) != word else None


_READINGS = (
    haa_readings.taa_reading,  # «جنحه»: his wings, or جنحة typed with ه
    _she_does,
    _masdar,
    haa_readings.my_reading,  # «قراري»: my decision (قرار)
    form_readings.other_form_reading,  # «ينتج»: results (نتج) or produces (أنتج)
    _construct_plural,
    _participle,
)


def other_key(stemmer: Stemmer, original: str) -> str | None:
    """The other key a query tries for the word ``original``, or None."""
    if (pronoun := haa_readings.pronoun_reading(stemmer, original)) is not None:
        # «مدرسه»: indexed as «his teacher», and a school typed with ه; «منطقه»: indexed as the region, and «his logic»
        return stemmer.stem(original) if haa_readings.index_reading(stemmer, original) else pronoun
    for reading in _READINGS:
        if (key := reading(stemmer, original)) is not None:
            return key
    return None
