"""«هل تقصد …؟»: the nearest known word to a misspelled one, by an edit distance that knows which
Arabic slips are cheap.

Readers mistype Arabic in predictable ways: a hamza on the wrong seat or none (اسرائيل for
إسرائيل), ة as ه, ى as ي, a long vowel left out (الانتخبات) or doubled, a letter doubled by a
held key. Those cost little here; any other insertion, deletion, substitution or swap of two
neighbours costs 1. Candidates are found without comparing against the whole vocabulary: each
word is filed under its *skeleton* (folded, long vowels and repeats removed, so every cheap slip
leaves it unchanged) and under the skeleton with one letter deleted (one real slip: SymSpell's
trick), and only words sharing one of those keys are scored.

The vocabulary (word → how often it occurs) comes from the caller — Nashra builds it from the
edition's own headlines, so a suggestion is always a word its articles use. Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Mapping

from nashra.arabic.normalize import fold_word, strip_marks

__all__ = ["Speller", "distance", "skeleton"]

_VOWELS = frozenset("اوي")
_CHEAP_PAIRS = frozenset({frozenset("هة"), frozenset("يى")})
_HAMZA_SEATS = frozenset("اأإآءؤئ")
CHEAP = 0.25  # a confusable letter or a repeat
VOWEL = 0.5  # a long vowel left out or added
#: The most a suggestion may differ: about one real slip, or a few cheap ones.
MAX_COST = 1.5


def _letters(word: str) -> str:
    """Marks and tatweel gone; the letters themselves (ة, ى, hamza seats) kept as typed."""
    return strip_marks(word)


def skeleton(word: str) -> str:
    """What no cheap slip changes: folded letters (ة→ه, ى→ي, hamza seats→ا) without long vowels or
    repeated letters («الانتخابات» and «الانتخبات» → «لنتخبت»)."""
    folded = fold_word(word).replace("ء", "")
    out: list[str] = []
    for ch in folded:
        if ch in _VOWELS or (out and out[-1] == ch):
            continue
        out.append(ch)
    return "".join(out)


def _substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if frozenset((a, b)) in _CHEAP_PAIRS or (a in _HAMZA_SEATS and b in _HAMZA_SEATS):
        return CHEAP
    if (a in _VOWELS and b in _HAMZA_SEATS) or (b in _VOWELS and a in _HAMZA_SEATS):
        return CHEAP  # مسئول / مسؤول / مسول, سائل / سايل
    return 1.0


def _indel(word: str, i: int) -> float:
    """Cost of inserting or deleting ``word[i]``."""
    ch = word[i]
    if (i > 0 and word[i - 1] == ch) or (i + 1 < len(word) and word[i + 1] == ch):
        return CHEAP  # a doubled letter
    if ch in _HAMZA_SEATS and ch != "ا":
        return CHEAP  # a hamza left out: مسول for مسؤول
    return VOWEL if ch in _VOWELS else 1.0


def distance(a: str, b: str, limit: float = 10.0) -> float:
    """Weighted Damerau–Levenshtein distance between two words (marks ignored)."""
    a, b = _letters(a), _letters(b)
    if abs(len(a) - len(b)) > 2 * limit + 2:
        return limit + 1
    previous2: list[float] | None = None
    previous = [0.0]
    for j in range(len(b)):
        previous.append(previous[-1] + _indel(b, j))
    for i in range(1, len(a) + 1):
        row = [previous[0] + _indel(a, i - 1)]
        for j in range(1, len(b) + 1):
            cost = min(
                previous[j] + _indel(a, i - 1),
                row[j - 1] + _indel(b, j - 1),
                previous[j - 1] + _substitution(a[i - 1], b[j - 1]),
            )
            if previous2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cost = min(cost, previous2[j - 2] + 1.0)
            row.append(cost)
        previous2, previous = previous, row
        if min(row) > limit:
            return limit + 1
    return previous[-1]


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))} if len(key) > 2 else set()


class Speller:
    """Suggests, for a word the vocabulary lacks, its closest word (ties: the more frequent)."""

    def __init__(self, vocabulary: Mapping[str, int]):
        self._counts: dict[str, int] = {}
        for word, count in vocabulary.items():
            letters = _letters(word)
            if len(letters) >= 2:
                self._counts[letters] = self._counts.get(letters, 0) + count
        self._known = {fold_word(w) for w in self._counts}
        self._by_key: dict[str, list[str]] = {}
        for word in sorted(self._counts):  # sorted: the same vocabulary always suggests the same word
            key = skeleton(word)
            for k in {key} | _deletions(key):
                self._by_key.setdefault(k, []).append(word)

    def __len__(self) -> int:
        return len(self._counts)

    def knows(self, word: str) -> bool:
        return fold_word(word) in self._known

    def suggest(self, word: str) -> str | None:
        """The vocabulary's closest word to ``word``, or None when ``word`` is known or nothing is near."""
        letters = _letters(word)
        if len(letters) < 3 or self.knows(letters):
            return None
        key = skeleton(letters)
        candidates: set[str] = set()
        for k in {key} | _deletions(key):
            candidates.update(self._by_key.get(k, ()))
        best: tuple[float, int, str] | None = None
        for candidate in candidates:
            cost = distance(letters, candidate, MAX_COST)
            if cost <= MAX_COST and cost < len(letters) / 3:
                rank = (cost, -self._counts[candidate], candidate)
                if best is None or rank < best:
                    best = rank
        return best[2] if best else None
