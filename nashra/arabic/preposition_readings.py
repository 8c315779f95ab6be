"""The prepositions ك «as» and ب «with / in» glued to a word, where the general proclitic rules of
:class:`nashra.arabic.stemmer.Stemmer` would leave them on it.

ك begins many Arabic words (كبير، كتاب، كشف), so :func:`nashra.arabic.stem_guards.kaf` cuts it only before a word
in use bare; :func:`kaf_before_unknown` also cuts it before a word the list knows only with the article or only
inflected («كرسوب»، «كجامعتين»، «كقذيفتين») when the whole is no word. :func:`article_before_noun` keeps ب / ك and
the article before a noun from being read as a verb that begins «بال» («بالسبت» is not «she did» of «بالسب»).
Called by the stemmer, which passes itself (this module does not import it back). Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic.conjunction_fa import in_use
from nashra.arabic.wordlist import known

__all__ = ["kaf_before_unknown", "article_before_noun"]


class Stemmer(Protocol):
    """What this needs of :class:`nashra.arabic.stemmer.Stemmer`."""

    def _core(self, r: str, definite: bool) -> tuple[str, bool]: ...


def kaf_before_unknown(stemmer: Stemmer, r: str, definite: bool) -> bool:
    """«كرسوب»، «كجامعتين»: ك «as» before a word the list knows only with the article, or whose key the lexicon
    knows, when the whole is no word with or without the article (:func:`stem_guards.kaf` asks the rest be
    known bare)."""
    if r[0] != "ك" or len(r) < 5 or known(r) or known("ال" + r):
        return False
    stem, is_known = stemmer._core(r[1:], definite)
    # «كقذيفتين»، «كنظراء»: an ending read off a word the list knows, when the whole read so is no word
    return known("ال" + r[1:]) or is_known or in_use(stem) and not in_use(stemmer._core(r, definite)[0])


def article_before_noun(w: str, verb: str) -> bool:
    """A verb read as beginning «بال» or «كال» (بالسب) where ب / ك and the article stand before a word the list
    knows with the article (السبت); the one such verb in use, بالغ, leaves no word behind (الغت)."""
    return (verb[:3] in ("بال", "كال") and w[:3] == verb[:3] and len(w) >= 6 and known("ال" + w[3:])
            and not known(verb + "وا"))
