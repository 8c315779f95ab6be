"""The two index backends behind one interface: write stems, delete, match.

Both receive the same stems (from :mod:`nashra.arabic.stemmer`) and the same
query parts, so they find the same articles; only the relevance scale differs
(FTS5 ``bm25`` vs PostgreSQL ``ts_rank``). Filters and the recency boost are
the same SQL on both because they read :class:`~.models.SearchDocument`.

Recency boost: relevance × (1 + 0.5 / (1 + age_days / 30)), so a story from
today weighs up to 1.5× an equally relevant one from last year, while a
clearly better match from last month still comes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connection

from nashra.arabic.stemmer import QueryPart, fts5_query, tsquery

DOC_TABLE = "nashra_search_searchdocument"
FTS_TABLE = "nashra_search_fts"
VECTOR_TABLE = "nashra_search_vector"
#: FTS5 column weights (title, meta, body) and ts_rank weights {D, C, B, A}.
BM25_WEIGHTS = "10.0, 4.0, 1.0"
TS_WEIGHTS = "{0.1, 0.25, 0.4, 1.0}"
RANK_CANDIDATES = 2000
BOOST = "(1.0 + 0.5 / (1.0 + {age} / 2592000.0))"  # 30 days in seconds


@dataclass(frozen=True)
class Filters:
    edition_id: int | None = None
    section_id: int | None = None
    author_id: int | None = None
    ts_from: int | None = None
    ts_to: int | None = None


@dataclass(frozen=True)
class Row:
    article_id: int
    title: str
    meta: str
    body: str


def vendor() -> str:
    return connection.vendor


def write(rows: Sequence[Row]) -> None:
    """Replace the stems of ``rows`` (the caller has already written their documents)."""
    if not rows:
        return
    with connection.cursor() as cursor:
        if vendor() == "postgresql":
            cursor.executemany(
                f"INSERT INTO {VECTOR_TABLE} (article_id, vector) VALUES (%s, "
                "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B')"
                " || setweight(to_tsvector('simple', %s), 'C')) "
                "ON CONFLICT (article_id) DO UPDATE SET vector = EXCLUDED.vector",
                [(r.article_id, r.title, r.meta, r.body) for r in rows],
            )
        else:
            _delete_sqlite(cursor, [r.article_id for r in rows])
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, meta, body) VALUES (%s, %s, %s, %s)",
                [(r.article_id, r.title, r.meta, r.body) for r in rows],
            )


def delete(article_ids: Sequence[int]) -> None:
    if not article_ids:
        return
    with connection.cursor() as cursor:
        if vendor() == "postgresql":
            cursor.execute(f"DELETE FROM {VECTOR_TABLE} WHERE article_id = ANY(%s)", [list(article_ids)])
        else:
            _delete_sqlite(cursor, article_ids)


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {VECTOR_TABLE if vendor() == 'postgresql' else FTS_TABLE}")


def _delete_sqlite(cursor, ids: Sequence[int]) -> None:
    ids = list(ids)
    for start in range(0, len(ids), 500):  # stay under SQLite's parameter limit
        chunk = ids[start:start + 500]
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({', '.join(['%s'] * len(chunk))})", chunk)


def match(
    parts: Sequence[QueryPart], filters: Filters, *, order: str, now_ts: int, offset: int, limit: int
) -> list[int]:
    """Article ids matching every part, best first (or newest first), one page of them."""
    if not parts:
        return []
    where, params = _filter_sql(filters)
    age = "(%s - d.published_ts)"
    if vendor() == "postgresql" and order != "newest":
        return _match_postgresql_ranked(parts, where, params, now_ts, offset, limit)
    if vendor() == "postgresql":
        source = (
            f"FROM {VECTOR_TABLE} v JOIN {DOC_TABLE} d ON d.article_id = v.article_id, "
            "to_tsquery('simple', %s) q WHERE v.vector @@ q"
        )
        score = f"ts_rank('{TS_WEIGHTS}', v.vector, q, 1) * {BOOST.format(age=f'GREATEST(0, {age})')} DESC"
        query_param = tsquery(parts)
    else:
        source = f"FROM {FTS_TABLE} JOIN {DOC_TABLE} d ON d.article_id = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH %s"
        # bm25 is negative (lower is better), so ascending order puts the best first.
        score = f"bm25({FTS_TABLE}, {BM25_WEIGHTS}) * {BOOST.format(age=f'MAX(0, {age})')}"
        query_param = fts5_query(parts)
    if order == "newest":
        order_sql, order_params = "d.published_ts DESC, d.article_id DESC", []
    else:
        order_sql, order_params = f"{score}, d.published_ts DESC, d.article_id DESC", [now_ts]
    sql = f"SELECT d.article_id {source}{where} ORDER BY {order_sql} LIMIT %s OFFSET %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, [query_param, *params, *order_params, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def _match_postgresql_ranked(parts, where: str, params: list, now_ts: int, offset: int, limit: int) -> list[int]:
    """Relevance on PostgreSQL: ``ts_rank`` over the newest RANK_CANDIDATES matches.

    ``ts_rank`` reads (and detoasts) every matching vector; for a word found in
    tens of thousands of articles that alone costs hundreds of milliseconds. News
    readers want recent stories among the relevant ones anyway, so the newest
    matches are ranked and older ones are reached with «newest» order or a date
    filter. Queries with fewer matches (almost all) are ranked exactly as on SQLite.
    """
    age = "GREATEST(0, %s - c.published_ts)"
    sql = (
        "SELECT c.article_id FROM ("
        f"SELECT d.article_id, d.published_ts, v.vector FROM {VECTOR_TABLE} v "
        f"JOIN {DOC_TABLE} d ON d.article_id = v.article_id "
        f"WHERE v.vector @@ to_tsquery('simple', %s){where} "
        "ORDER BY d.published_ts DESC, d.article_id DESC LIMIT %s) c "
        f"ORDER BY ts_rank('{TS_WEIGHTS}', c.vector, to_tsquery('simple', %s), 1) * {BOOST.format(age=age)} DESC, "
        "c.published_ts DESC, c.article_id DESC LIMIT %s OFFSET %s"
    )
    query = tsquery(parts)
    with connection.cursor() as cursor:
        cursor.execute(sql, [query, *params, RANK_CANDIDATES, query, now_ts, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def _filter_sql(filters: Filters) -> tuple[str, list]:
    clauses, params = [], []
    if filters.edition_id is not None:
        clauses.append("d.edition_id = %s")
        params.append(filters.edition_id)
    if filters.section_id is not None:
        clauses.append("d.section_id = %s")
        params.append(filters.section_id)
    if filters.ts_from is not None:
        clauses.append("d.published_ts >= %s")
        params.append(filters.ts_from)
    if filters.ts_to is not None:
        clauses.append("d.published_ts < %s")
        params.append(filters.ts_to)
    if filters.author_id is not None:
        clauses.append(
            "d.article_id IN (SELECT articlepage_id FROM articles_articlepage_authors WHERE author_id = %s)"
        )
        params.append(filters.author_id)
    return "".join(f" AND {c}" for c in clauses), params
