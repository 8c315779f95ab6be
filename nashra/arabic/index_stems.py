"""The stems of a text as the search index stores them: one string, space-separated, in order.

Indexing reads every word of every article (~330 per story at import, a million times over for
a large archive), so this path skips what a reader's query needs and the index does not: the
``Term`` tuples with their offsets and the per-word Python loop. Words are looked up in a plain
dict through ``map`` (a hit costs no Python frame); a miss goes through the stemmer's own cached
``_term``, so index keys and query keys can never drift apart. Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic.normalize import word_pattern

#: Distinct (word, kind) pairs kept per stemmer; news prose has far fewer, so the memo rarely fills.
MEMO_LIMIT = 200_000


class _Terms(Protocol):
    def _term(self, original: str, arabic: bool) -> str | None: ...


class _Memo(dict):
    """(Arabic word, other word) as ``findall`` returns them → stem or None (a stop-word)."""

    def __init__(self, stemmer: _Terms):
        super().__init__()
        self.stemmer = stemmer

    def __missing__(self, key: tuple[str, str]) -> str | None:
        arabic, other = key
        term = self.stemmer._term
        stem = term(arabic, True) if arabic else term(other, False)
        if len(self) < MEMO_LIMIT:  # full: still right, only slower (no unbounded growth)
            self[key] = stem
        return stem


_memo: _Memo | None = None


def index_stems(stemmer: _Terms, text: str) -> str:
    """Exactly the stems of ``stemmer.terms(text)`` joined by spaces, without their offsets."""
    global _memo
    if _memo is None or _memo.stemmer is not stemmer:  # a new lexicon is a new stemmer
        _memo = _Memo(stemmer)
    text = text or ""
    return " ".join(filter(None, map(_memo.__getitem__, word_pattern(text).findall(text))))
