"""A reader's query as :class:`QueryPart` s: the words and quoted phrases that must match.

The stemmer makes the keys; this module decides what is required, what only ranks (a function word
typed with ي, «علي»), and what is ignored (operators, stray quotes, symbols). Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from nashra.arabic.normalize import strip_marks
from nashra.arabic.stopwords import is_ambiguous

__all__ = ["QueryPart", "parse_query", "MAX_QUERY_PARTS"]

_FTS_OPERATORS = frozenset({"NEAR", "AND", "OR", "NOT"})
_PHRASE_RE = re.compile('"([^"]*)"|«([^»]*)»|“([^”]*)”')
MAX_QUERY_PARTS = 32


class Stems(Protocol):
    """What parsing needs of :class:`nashra.arabic.stemmer.Stemmer` (which imports this module)."""

    def terms(self, text: str) -> list: ...

    def stem(self, word: str) -> str: ...

    def other_key(self, original: str) -> str | None: ...

    def verb_alternatives(self, original: str, key: str) -> tuple[str, ...]: ...


class QueryPart(NamedTuple):
    """One requirement of a query: a word (one stem) or a quoted phrase (several stems in order).
    An ``optional`` part (a word that may be a function word, «علي») only ranks: it is not required."""

    stems: tuple[str, ...]
    originals: tuple[str, ...]
    optional: bool = False
    #: Other keys the word may have («مدرسه»: his teacher or a school typed with ه; «تقدم»: progress or
    #: «she presents»); any one matches.
    alternatives: tuple[str, ...] = ()

    @property
    def is_phrase(self) -> bool:
        return len(self.stems) > 1


def parse_query(stemmer: Stems, text: str, max_parts: int = MAX_QUERY_PARTS) -> list[QueryPart]:
    """Parse a reader's query into parts that must all match, safe for FTS5 and to_tsquery.

    Quoted text («…», "…", “…”) is a phrase; unbalanced quotes, ``*``, ``:``, ``'``,
    parentheses and other symbols are ignored, and so are the operators NEAR, AND, OR
    and NOT written in capitals. Stop-words are dropped, duplicates merged, and at most
    ``max_parts`` parts are kept. Never raises on any ``str``; returns ``[]`` when
    nothing searchable is left (empty query, only stop-words or punctuation).
    """
    parts: list[QueryPart] = []
    seen: set[tuple[str, ...]] = set()

    def add(chunk: str, phrase: bool) -> None:
        found = [
            t for t in stemmer.terms(chunk)
            if not (t.original in _FTS_OPERATORS and not phrase)
        ]
        groups = [found] if phrase else [[t] for t in found]
        for group in groups:
            key = tuple(t.stem for t in group)
            if key and key not in seen and len(parts) < max_parts:
                seen.add(key)
                original = group[0].original
                optional = not phrase and is_ambiguous(strip_marks(original))
                other_key = None if phrase else stemmer.other_key(original)  # «مدرسه», «تقدم», «ينتج» …
                verbs = () if phrase else stemmer.verb_alternatives(original, key[0])  # «طالبت» ↔ «طالب»
                other = tuple(dict.fromkeys(k for k in (other_key, *verbs) if k is not None and k != key[0]))
                parts.append(QueryPart(key, tuple(t.original for t in group), optional, other))

    text = text or ""
    pos = 0
    for m in _PHRASE_RE.finditer(text):
        add(text[pos:m.start()], False)
        add(m.group(m.lastindex or 0), True)
        pos = m.end()
    add(text[pos:], False)
    if all(p.optional for p in parts):  # «علي» alone: search for it
        parts = [p._replace(optional=False) for p in parts]
    return parts
