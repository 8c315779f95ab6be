"""The commonest spelling of a long foreign word written several ways: «كولسترول / كوليسترول / كولستيرول»,
«بروباغندا / بروباجندا / بروبغندا», «ميكروفون / مايكروفون / ميكرفون».

A foreign word keeps its consonants in every spelling; what moves is a long vowel written or left out
(ا و ي inside the word) and the «g» written غ or ج. Two spellings of seven letters or more whose consonants
inside the word are the same («skeleton»: first letter, inner consonants with ج for غ, last letter) are one
word, and the key is the commonest spelling the word list holds. Arabic patterns are kept apart: a word
beginning with a letter of verb and noun patterns (ا ت ن ي م: استخدام، مستشار، تعليمات) is never folded, and
neither is a word whose skeleton is shorter than five letters (سيناتور is no «سنتر»). :mod:`.loanwords` handles
shorter words, one vowel at a time. Pure Python, no Django.
"""

from __future__ import annotations

from functools import lru_cache

from nashra.arabic.wordlist import all_bands, known

__all__ = ["commonest_spelling", "skeleton"]

MIN_LENGTH = 7
_PATTERN_LETTERS = "اتنيم"
_VOWELS = "اوي"
_G = {"غ": "ج"}
_G_TABLE = str.maketrans(_G)


def skeleton(word: str) -> str | None:
    """The consonants of a long foreign-looking folded word, or None for any other word."""
    if len(word) < MIN_LENGTH or word[0] in _PATTERN_LETTERS or word.startswith(("ال", "وال", "بال", "لل")):
        return None
    if word[2] == "ا" and word[4] == "ي" or word[-3:-1] in ("ات", "ون", "ين", "ان"):
        return None  # the plural shape فعاليل (جماهير of جمهور), a sound plural or a dual
    inner = "".join(_G.get(letter, letter) for letter in word[1:-1] if letter not in _VOWELS)
    return word[0] + inner + word[-1] if len(inner) >= 3 else None


def _vowels_apart(short: str, long: str) -> bool:
    """Is ``long`` ``short`` with long vowels written in (غ and ج alike)? كوليسترول of كولسترول, not
    رونالدو of رينالدو (two names), باكستان of باكستون."""
    short, long = short.translate(_G_TABLE), long.translate(_G_TABLE)
    at = 0
    for letter in long:
        if at < len(short) and letter == short[at]:
            at += 1
        elif letter not in _VOWELS:
            return False
    return at == len(short)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, list[tuple[int, str]]]:
    """skeleton → the spellings the word list holds, commonest first."""
    table: dict[str, list[tuple[int, str]]] = {}
    for word, word_band in all_bands().items():
        if word[0] in "وفبلك" and known(word[1:]):
            continue  # وواشنطن is و + واشنطن
        key = skeleton(word)
        if key is not None:
            table.setdefault(key, []).append((word_band, word))
    for spellings in table.values():
        spellings.sort()
    return table


def commonest_spelling(stem: str) -> str | None:
    """The commonest spelling the word list holds of the foreign word ``stem``: the commonest one a few long
    vowels apart from it (None: ``stem`` is that one, or there is none)."""
    key = skeleton(stem)
    for _band, word in _spellings().get(key, ()) if key is not None else ():
        if word == stem:
            return None
        if len(word) < len(stem) and _vowels_apart(word, stem) or _vowels_apart(stem, word):
            return word
    return None
