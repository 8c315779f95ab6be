"""The other key a reader's query word may have, beside the one the index holds for it.

An unvoweled word is often two words: «مدرسه» a school typed with ه or «his teacher», «تقدم» progress or «she
presents», «الاعلام» the flags or the media, «قراري» «my decision», «ينتج» «results» or «produces». The index
keeps one key per word; a query tries the other too, so either finds the story. Each reading lives with the
rule it belongs to; this module only says which one a word gets (the first that applies). Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic import form_readings, haa_readings
from nashra.arabic.hamza_masdar import bare_masdar
from nashra.arabic.normalize import finish_stem, fold_word, strip_marks
from nashra.arabic.verbs import she_does_reading

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


_READINGS = (
    haa_readings.taa_reading,  # «جنحه»: his wings, or جنحة typed with ه
    _she_does,
    _masdar,
    haa_readings.my_reading,  # «قراري»: my decision (قرار)
    form_readings.other_form_reading,  # «ينتج»: results (نتج) or produces (أنتج)
)


def other_key(stemmer: Stemmer, original: str) -> str | None:
    """The other key a query tries for the word ``original``, or None."""
    if haa_readings.pronoun_reading(stemmer, original) is not None:
        return stemmer.stem(original)  # «مدرسه»: indexed as «his teacher», and a school typed with ه
    for reading in _READINGS:
        if (key := reading(stemmer, original)) is not None:
            return key
    return None
