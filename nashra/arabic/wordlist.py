"""Which Arabic words exist, and how common each is: the stemmer's guard.

A rule that cuts a letter (the proclitic ب of «بطريق», the ون of «ماكرون») or rebuilds a singular
(«خنادق» → «خندق») is only trusted when the word it makes is a real word that is at least about
as common as the word it came from. ``data/wordlist_ar.txt.gz`` holds ~97,000 word forms with a
frequency band each (0 = most frequent; a band is a centibel, so 100 bands = 10× rarer), derived
from the wordfreq project's Arabic list (CC BY-SA 4.0; tools/make_arabic_wordlist.py).
Loaded once, on first use (≈ 0.2 s, ≈ 12 MB). Pure Python, no Django.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

__all__ = ["band", "known", "starts_with_al", "all_bands", "RARE"]

#: The band of a word the list does not hold: rarer than anything in it.
RARE = 10_000


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, int], frozenset[str]]:
    table: dict[str, int] = {}
    al_words: frozenset[str] = frozenset()
    source = resources.files("nashra.arabic").joinpath("data", "wordlist_ar.txt.gz")
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            number, _, words = line.rstrip("\n").partition("\t")
            if number == "AL":
                al_words = frozenset(words.split(" "))
                continue
            value = int(number)
            for word in words.split(" "):
                table[word] = value
    return table, al_words


def _bands() -> dict[str, int]:
    return _load()[0]


def all_bands() -> dict[str, int]:
    """Every word of the list with its band (read only: shared)."""
    return _bands()


def starts_with_al(word: str) -> bool:
    """Does the folded ``word`` begin with أل / إل (ألمانيا) rather than with the article?"""
    return word in _load()[1]


def band(word: str) -> int:
    """Frequency band of a folded word (ة kept); :data:`RARE` when unknown."""
    return _bands().get(word, RARE)


def known(word: str) -> bool:
    return word in _bands()
