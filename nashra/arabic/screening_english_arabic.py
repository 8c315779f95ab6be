"""English insults typed in Arabic letters: «بلونكر», «دبشيت», «يانتجوب» for plonker, dipshit, nutjob.

Readers who write Arabic type English words as they hear them: consonants one for one (p as ب or پ, g as غ, ج or
گ, sh as ش, ch as تش or چ), long vowels as ا، و، ي (and the u of «scum» as ا, as «bus» is باص) and short ones
left out. So the English entry is read as a row of sounds and the Arabic word letter by letter against it: every
Arabic letter must stand for the next sound (a vowel letter only for a vowel of its kind: و for o / u / w, ي for
i / e / y), and only English vowels may go unwritten. «تيسير» is no «tosser» (its ي stands where tosser has o),
and a word the word list knows is never read so (the word is Arabic), nor one with ع or a hamza inside.
Pure Python, no Django.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wordlist import known

__all__ = ["EnglishInArabicLetters"]

# English spellings → sounds, longest first. Vowel sounds are upper-case; «θ» is th, «x» sh / ch.
_DIGRAPHS = (("tch", "x"), ("sh", "x"), ("ch", "x"), ("th", "θ"), ("ph", "f"), ("ck", "k"), ("kh", "k"),
             ("gh", "g"), ("qu", "kw"), ("ee", "I"), ("ea", "I"), ("ie", "I"), ("oo", "U"), ("ou", "U"),
             ("ai", "E"), ("ay", "E"), ("ey", "E"), ("oa", "O"), ("ow", "O"))
_LETTERS = {"a": "A", "e": "E", "i": "I", "o": "O", "u": "U", "b": "b", "p": "b", "c": "k", "d": "d", "f": "f",
            "v": "f", "g": "g", "j": "g", "h": "h", "k": "k", "q": "k", "l": "l", "m": "m", "n": "n", "r": "r",
            "s": "s", "z": "z", "t": "t", "w": "w", "x": "ks", "y": "y"}
_VOWELS = frozenset("AEIOU")
# Arabic letter → the sounds it may stand for: أ / إ / آ a vowel; ع never stands in an English word, nor does ز for s
# («زوين», Moroccan «pretty», is no «swine»).
_SOUNDS_OF = {
    "ب": "b", "پ": "b", "ت": "tθ", "ط": "t", "ث": "θst", "ج": "g", "چ": "x", "ح": "h", "خ": "kh", "د": "dθ",
    "ذ": "θdz", "ر": "r", "ز": "zθ", "س": "sz", "ش": "x", "ص": "s", "ض": "d", "ظ": "θdz", "غ": "g", "ف": "f",
    "ڤ": "f", "ق": "kg", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "hEA", "ة": "AE", "و": "wOU",
    "ي": "yIE", "ى": "AI", "ا": "AEOU", "أ": "AEIOU", "إ": "AEIOU", "آ": "AEIOU",
}
_PREFIXES = ("يا", "وال", "بال", "هال", "ال", "و")
_ARABIC_WORD_RE = re.compile("^[\u0621-\u064a\u067e\u0686\u06a4\u06af]+$")
_MIN_CONSONANTS = 3


def english_sounds(word: str) -> str:
    """The sounds of an English word: doubled letters once, a final silent e dropped, y after a consonant a
    vowel («dingbat» → dInbAt with g: d I n g b A t)."""
    word = re.sub(r"(.)\1+", r"\1", word.lower())
    if len(word) > 3 and word.endswith("e") and word[-2] not in "aeiou":
        word = word[:-1]
    out, at = [], 0
    while at < len(word):
        for spelling, sound in _DIGRAPHS:
            if word.startswith(spelling, at):
                out.append(sound)
                at += len(spelling)
                break
        else:
            letter = word[at]
            if letter == "y" and at > 0 and word[at - 1] not in "aeiou":
                out.append("I")
            elif letter.isalpha():
                out.append(_LETTERS.get(letter, ""))
            at += 1
    return "".join(out)


@lru_cache(maxsize=4096)
def _typed_as(arabic: str, sounds: str) -> bool:
    """Does every letter of ``arabic`` stand for the next sound of ``sounds`` in turn, skipping only vowels
    (unwritten short vowels)?"""
    if not arabic:
        return all(s in _VOWELS for s in sounds)
    letter = arabic[0]
    if sounds and sounds[0] in _VOWELS and _typed_as(arabic, sounds[1:]):
        return True
    return bool(sounds) and sounds[0] in _SOUNDS_OF.get(letter, "") and _typed_as(arabic[1:], sounds[1:])


class EnglishInArabicLetters:
    """The English entries of a banned list, to be found typed in Arabic letters."""

    def __init__(self, entries: dict[str, str]):
        sounds = {entry: english_sounds(key) for key, entry in entries.items()}
        # Each Arabic letter stands for one sound and every consonant must be written: a word of the entry is
        # between its consonants' and its sounds' number of letters long.
        self._sounds = {entry: (row, consonants, len(row)) for entry, row in sounds.items()
                        if (consonants := sum(s not in _VOWELS for s in row)) >= _MIN_CONSONANTS}
        self.shortest = min((c for _row, c, _n in self._sounds.values()), default=0)
        self.longest = max((n for _row, _c, n in self._sounds.values()), default=0)

    def __bool__(self) -> bool:
        return bool(self._sounds)

    def hit(self, folded: str) -> str | None:
        """The English entry a folded Arabic word spells, or None (a word the list knows is Arabic)."""
        word = re.sub(r"(.)\1+", r"\1", folded.replace("تش", "چ"))
        if not self.shortest <= len(word) <= self.longest + 3 or not _ARABIC_WORD_RE.match(word) or known(folded):
            return None
        for candidate in (word, *(word[len(p):] for p in _PREFIXES if word.startswith(p))):
            if len(candidate) < 4 or known(candidate):
                continue
            for entry, (sounds, consonants, length) in self._sounds.items():
                if consonants <= len(candidate) <= length and _typed_as(candidate, sounds):
                    return entry
        return None
