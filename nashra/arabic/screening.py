"""Obfuscation-resistant matching of banned words in reader comments.

Built on the search folding (:mod:`nashra.arabic.normalize`), so a word is found
however it is written:

* harakat, tatweel, hamza/alef forms, ى/ي, ة/ه (shared ``normalize``);
* zero-width and bidi control characters removed; text inside a left-to-right
  override (which shows Arabic letters reversed) is also read reversed;
* repeated letters collapsed (حمممار → حمار);
* attached prefixes و ف ب ك ل ال وال فال بال كال لل and common suffixes;
* Arabizi digits inside Arabic words (3=ع, 7=ح, 2=ء, 5=خ, 6=ط, 9=ق, 8=غ) and Latin
  look-alikes (l/I/1/| → ا, o/0 → ه);
* whole Arabizi words (7mar, 3'abi) by their consonant skeleton;
* letters spaced or dotted apart (ح م ا ر, ح.م.ا.ر).

Stop-words are checked on the unfolded word first, so «على» never becomes «علي».
Pure Python, no Django.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .normalize import fold_word, normalize, strip_marks
from .stopwords import is_stopword

__all__ = ["BannedList", "find_banned", "clean_invisible", "INVISIBLE_RE"]

# Bidi embeddings/overrides/isolates and zero-width characters.
INVISIBLE_RE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_OVERRIDE_SPAN_RE = re.compile("[\u202d\u202e]([^\u202c\u2069\n]*)")

_ARABIZI_IN_ARABIC = str.maketrans({"2": "ء", "3": "ع", "5": "خ", "6": "ط", "7": "ح", "8": "غ", "9": "ق"})
_LOOKALIKE_IN_ARABIC = str.maketrans({
    "l": "ا", "i": "ا", "1": "ا", "|": "ا", "!": "ا", "o": "ه", "0": "ه", "y": "ي", "j": "ج", "v": "ل",
})
_ARABIZI_DIGRAPHS = [("sh", "ش"), ("ch", "ش"), ("kh", "خ"), ("gh", "غ"), ("3'", "غ"), ("7'", "خ"), ("th", "ث"),
                     ("dh", "ذ"), ("ou", "و"), ("ee", "ي"), ("oo", "و")]
_ARABIZI_SINGLE = {
    "2": "ء", "3": "ع", "5": "خ", "6": "ط", "7": "ح", "8": "غ", "9": "ق",
    "a": "ا", "b": "ب", "t": "ت", "j": "ج", "g": "ج", "d": "د", "r": "ر", "z": "ز", "s": "س", "f": "ف",
    "q": "ق", "k": "ك", "c": "ك", "l": "ل", "m": "م", "n": "ن", "h": "ه", "w": "و", "y": "ي", "e": "",
    "i": "ي", "o": "و", "u": "و", "x": "كس", "v": "ف", "p": "ب",
}
_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل")
_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "كم", "ك", "ين", "ون", "ان", "ات", "ي", "يه", "يا")
# Separators used to space letters apart: spaces, dots, dashes, underscores, stars.
_SPACED_RE = re.compile(r"(?:[^\W\d_](?:[\s.\-_*+|/\\~·•]+|$)){3,}", re.UNICODE)
_TOKEN_RE = re.compile(r"[^\s.,،؛:;?؟!«»\"()\[\]{}<>/\\\-_*+=~·•…]+")


def clean_invisible(text: str) -> str:
    """Remove bidi controls and zero-width characters (for storage and display)."""
    return INVISIBLE_RE.sub("", text)


def _collapse(word: str) -> str:
    out = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _arabizi(word: str) -> str:
    word = word.lower()
    for latin, arabic in _ARABIZI_DIGRAPHS:
        word = word.replace(latin, arabic)
    return "".join(_ARABIZI_SINGLE.get(ch, ch) for ch in word)


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"


def _skeleton(folded: str) -> str:
    """A Latin-typed word's key: no alef (short «a»/«e» are often typed), ه read as ح."""
    return _collapse(folded.replace("ا", "").replace("ء", "").replace("ه", "ح"))


class BannedList:
    """A compiled banned-word list: build once per edition, call :meth:`find` per comment."""

    def __init__(self, words: Iterable[str]):
        self.words: dict[str, str] = {}       # folded, collapsed single word → as written
        self.skeletons: dict[str, str] = {}   # Latin-typing key (≥ 3 letters) → as written
        self.phrases: list[tuple[tuple[str, ...], str]] = []
        for raw in words:
            entry = " ".join(raw.split())
            if not entry or entry.startswith("#"):
                continue
            parts = [self._fold(p) for p in entry.split()]
            parts = [p for p in parts if p]
            if not parts:
                continue
            if len(parts) == 1:
                self.words[parts[0]] = entry
                if not parts[0].isascii():
                    skel = _skeleton(parts[0])
                    if len(skel) >= 3 or (len(skel) == 2 and len(parts[0]) >= 3):
                        self.skeletons.setdefault(skel, entry)
            else:
                self.phrases.append((tuple(parts), entry))

    @staticmethod
    def _fold(word: str) -> str:
        folded = normalize(clean_invisible(unicodedata.normalize("NFKC", word)))
        if any(_is_arabic(c) for c in folded):
            folded = folded.translate(_ARABIZI_IN_ARABIC)
        return _collapse(folded)

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)

    # -- matching -----------------------------------------------------------------
    def _candidates(self, token: str) -> set[str]:
        """Folded spellings a written token may stand for."""
        base = normalize(token)
        out: set[str] = set()
        if any(_is_arabic(c) for c in base):
            out.add(_collapse(base.translate(_ARABIZI_IN_ARABIC)))
            out.add(_collapse(base.translate(_LOOKALIKE_IN_ARABIC).translate(_ARABIZI_IN_ARABIC)))
        else:
            out.add(_collapse(base))
            if any(c.isalpha() for c in base) or any(c in "2356789" for c in base):
                out.add(_collapse(normalize(_arabizi(base))))
        return {c for c in out if c}

    def _word_hit(self, candidate: str) -> str | None:
        stems = {candidate}
        for prefix in _PREFIXES:
            if candidate.startswith(prefix) and len(candidate) - len(prefix) >= 2:
                stems.add(candidate[len(prefix):])
        for stem in stems:
            for suffix in _SUFFIXES:
                if suffix and not stem.endswith(suffix):
                    continue
                core = stem[: len(stem) - len(suffix)] if suffix else stem
                if core in self.words:
                    return self.words[core]
        return None

    def _latin_hit(self, token: str) -> str | None:
        if not self.skeletons or not token.isascii():
            return None
        arab = _collapse(normalize(_arabizi(token)))
        stems = {arab} | {arab[len(p):] for p in ("وال", "ال", "و") if arab.startswith(p) and len(arab) > len(p) + 2}
        for stem in stems:
            skel = _skeleton(stem)
            if len(skel) >= 2 and skel in self.skeletons:
                return self.skeletons[skel]
        return None

    def _scan(self, text: str) -> list[str]:
        hits: list[str] = []
        folded_seq: list[set[str]] = []
        for m in _TOKEN_RE.finditer(text):
            token = clean_invisible(m.group())
            if not token:
                continue
            if is_stopword(strip_marks(token)):
                folded_seq.append({fold_word(token)})
                continue
            cands = self._candidates(token)
            folded_seq.append(cands)
            for cand in cands:
                hit = self._word_hit(cand)
                if hit:
                    hits.append(hit)
                    break
            else:
                hit = self._latin_hit(token)
                if hit:
                    hits.append(hit)
        for parts, entry in self.phrases:
            n = len(parts)
            for i in range(len(folded_seq) - n + 1):
                if all(any(c == parts[j] or self._strip_prefix(c) == parts[j] for c in folded_seq[i + j])
                       for j in range(n)):
                    hits.append(entry)
                    break
        return hits

    @staticmethod
    def _strip_prefix(word: str) -> str:
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                return word[len(prefix):]
        return word

    def find(self, text: str) -> list[str]:
        """Banned entries found in ``text`` (as written in the list), without duplicates."""
        if not self or not text:
            return []
        text = unicodedata.normalize("NFKC", text)
        variants = [INVISIBLE_RE.sub("", text)]
        # Letters hidden by a left-to-right override are shown reversed: read them reversed too.
        for m in _OVERRIDE_SPAN_RE.finditer(text):
            variants.append(INVISIBLE_RE.sub("", m.group(1))[::-1])
        # Letters spaced apart: glue each run of single letters into one word.
        for variant in list(variants):
            for m in _SPACED_RE.finditer(variant):
                glued = "".join(ch for ch in m.group() if ch.isalpha() or ch in "2356789")
                if len(glued) >= 3:
                    variants.append(glued)
        seen: dict[str, None] = {}
        for variant in variants:
            for hit in self._scan(variant):
                seen.setdefault(hit, None)
        return list(seen)


def find_banned(text: str, words: Iterable[str]) -> list[str]:
    """One-shot helper: the banned entries of ``words`` found in ``text``."""
    return BannedList(words).find(text)
