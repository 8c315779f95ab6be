"""Query parts (from :meth:`nashra.arabic.stemmer.Stemmer.query_terms`) as the text each search
engine reads: SQLite FTS5's MATCH expression and PostgreSQL's ``to_tsquery('simple', …)`` — and the same
reading over an in-memory index of stems (:func:`matching_documents`), which the quality measurements use.

Both take only the stems, which hold nothing but [0-9a-z ء-ي], so no reader's text reaches the
engines' syntax. Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nashra.arabic.search_query import QueryPart


def fts5_query(parts: Iterable[QueryPart]) -> str:
    """SQLite FTS5 MATCH expression: every required part quoted (a phrase when several stems), ANDed.

    Optional parts are ORed with the first required one: the matches stay those of the required
    parts, and bm25 still scores the optional words. Returns ``""`` for no parts: do not run
    MATCH with an empty string.
    """
    parts = list(parts)
    required = [p for p in parts if not p.optional]
    optional = [p for p in parts if p.optional]
    quoted = [_fts5_part(p) for p in required]
    # FTS5 allows the implicit AND only between phrases: a group in parentheses needs it written.
    expression = (" AND " if any(q.startswith("(") for q in quoted) else " ").join(quoted)
    if optional and quoted:  # FTS5 allows the implicit AND between phrases only
        expression += " AND (" + " OR ".join(['"' + p.stems[0] + '"' for p in optional] + [quoted[0]]) + ")"
    return expression


def tsquery(parts: Iterable[QueryPart]) -> str:
    """PostgreSQL ``to_tsquery('simple', …)`` text: parts ANDed, phrases with ``<->``; optional parts
    ORed with the first required one (same matches, and ts_rank counts them)."""
    parts = list(parts)
    required = [p for p in parts if not p.optional]
    terms = [_ts_part(p) for p in required]
    optional = [p.stems[0] for p in parts if p.optional]
    if optional and terms:
        terms.append("(" + " | ".join(optional + [terms[0]]) + ")")
    return " & ".join(terms)


def _fts5_part(part: QueryPart) -> str:
    quoted = '"' + " ".join(part.stems) + '"'
    if part.alternatives:
        return "(" + " OR ".join([quoted] + ['"' + a + '"' for a in part.alternatives]) + ")"
    return quoted


def _ts_part(part: QueryPart) -> str:
    if part.is_phrase:
        return "(" + " <-> ".join(part.stems) + ")"
    if part.alternatives:
        return "(" + " | ".join((part.stems[0], *part.alternatives)) + ")"
    return part.stems[0]


def matching_documents(index: Mapping[str, Mapping[int, list[int]]], parts: Iterable[QueryPart]) -> set[int]:
    """The documents the engines' expressions above match, over ``index`` (stem → document → positions): every
    required part, a word by any of its keys (``alternatives``), a phrase by its stems at consecutive positions;
    optional parts only when every part is optional. (bench/search_quality.py and the blind search set's test.)"""
    parts = list(parts)
    result: set[int] | None = None
    for part in [p for p in parts if not p.optional] or parts:
        postings = [index.get(stem, {}) for stem in part.stems]
        docs = set(postings[0])
        for other in () if part.is_phrase else part.alternatives:
            docs |= set(index.get(other, {}))
        for later in postings[1:]:
            docs &= set(later)
        if part.is_phrase:
            docs = {d for d in docs if any(all(start + i in postings[i][d] for i in range(1, len(postings)))
                                           for start in postings[0][d])}
        result = docs if result is None else result & docs
    return result or set()
