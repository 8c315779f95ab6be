"""The two index backends behind one interface: write stems, delete, match.

Both receive the same stems (from :mod:`nashra.arabic.stemmer`) and the same
query parts, so they find the same articles; only the relevance scale differs
(FTS5 ``bm25`` vs PostgreSQL ``ts_rank``).

Ranking reads the newest RANK_CANDIDATES matches on both backends. Scoring
every match of a common word («الحكومة» is in a fifth of a news archive) costs
time proportional to the archive, which is what made queries slow at 100 k
articles; the newest 1,000 are found in index order instead, so a query costs
about the same at any archive size. Rarer words (almost every real query) have
fewer matches and are ranked in full; older matches of a common word are
reached with «newest» order, paging or a date filter.

How each backend gets its matches in recency order without a sort:

* SQLite: the FTS5 ``rowid`` is a *recency key* (publication second × 2²⁴ +
  the low 24 bits of the article id; see :func:`doc_key`), so FTS5 walks its
  doclists newest-first and stops after RANK_CANDIDATES rows. Edition, section
  and authors are tokens of a ``facets`` column («e3 s12 a7») that the query
  ANDs in, and a date range is a ``rowid`` range: filters stay inside FTS5.
* PostgreSQL: the vector table carries edition, section and publication time;
  the GIN index gives every match (no vector is read for that), the newest
  1,000 are kept by a top-N sort, and only those are read for ``ts_rank``.

Recency boost: relevance × (1 + 0.5 / (1 + age_days / 30)), so a story from
today weighs up to 1.5× an equally relevant one from last year, while a
clearly better match from last month still comes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connection, connections, transaction

from nashra.arabic.engine_queries import fts5_query, tsquery
from nashra.arabic.search_query import QueryPart
from nashra.cluster.dbrouter import read_alias
from nashra.core.db import binary_cursor

from .pg_recency import (  # noqa: F401 (tests)
    WEEK_LEXEMES_SQL,
    _frequencies,
    guessed,
    measured_rows,
    share,
    window_query,
    window_rows,
)

DOC_TABLE = "nashra_search_searchdocument"
FTS_TABLE = "nashra_search_fts"
VECTOR_TABLE = "nashra_search_vector"
#: FTS5 column weights (title, meta, body, facets) and ts_rank weights {D, C, B, A}.
BM25_WEIGHTS = "10.0, 4.0, 1.0, 0.0"
TS_WEIGHTS = "{0.1, 0.25, 0.4, 1.0}"
RANK_CANDIDATES = 1000  # MAX_PAGE (50) × PAGE_SIZE (20): as many as a reader can page through
BOOST = "(1.0 + 0.5 / (1.0 + {age} / 2592000.0))"  # 30 days in seconds
KEY_SHIFT = 24  # low bits of the recency key taken by the article id


def doc_key(published_ts: int, article_id: int) -> int:
    """SQLite FTS5 rowid: newest-first order of the key is newest-first order of publication.

    Two articles published in the same second differ by their id bits; a clash
    needs two ids 16.7 million apart published in the same second.
    """
    return (published_ts << KEY_SHIFT) + (article_id & ((1 << KEY_SHIFT) - 1))


@dataclass(frozen=True)
class Filters:
    edition_id: int | None = None
    section_id: int | None = None
    author_id: int | None = None
    ts_from: int | None = None
    ts_to: int | None = None


@dataclass(frozen=True)
class Row:
    """One article for the index: each field's stems, or (``as_vectors``, PostgreSQL only) their tsvector text as an
    import's helper process wrote it (:mod:`.pg_vectors`)."""

    article_id: int
    title: str
    meta: str
    body: str
    edition_id: int | None
    section_id: int | None
    published_ts: int
    author_ids: tuple[int, ...] = ()
    as_vectors: bool = False

    @property
    def facets(self) -> str:
        tokens = [f"e{self.edition_id}" if self.edition_id else "", f"s{self.section_id}" if self.section_id else ""]
        return " ".join(filter(None, tokens + [f"a{a}" for a in self.author_ids]))


def vendor() -> str:
    return connection.vendor



def write(rows: Sequence[Row]) -> None:
    """Add the stems of ``rows``; the caller has removed their old entries with :func:`delete`."""
    if not rows:
        return
    if vendor() == "postgresql":
        _write_postgresql(rows)
        return
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, title, meta, body, facets) VALUES (%s, %s, %s, %s, %s)",
            [(doc_key(r.published_ts, r.article_id), r.title, r.meta, r.body, r.facets) for r in rows],
        )


def write_documents(documents: Sequence[tuple[int, int | None, int | None, int]]) -> None:
    """Upsert the ``SearchDocument`` rows (article, edition, section, published_ts) with their keys.

    What ``bulk_create(update_conflicts=True)`` wrote, without Django compiling each of the
    five values of every row into SQL (a tenth of the indexing time of an import batch on SQLite).
    """
    if not documents:
        return
    rows = [(a, e, s, ts, doc_key(ts, a)) for a, e, s, ts in {d[0]: d for d in documents}.values()]
    columns = "article_id, edition_id, section_id, published_ts, doc_key"
    upsert = ("ON CONFLICT (article_id) DO UPDATE SET edition_id = EXCLUDED.edition_id, "
              "section_id = EXCLUDED.section_id, published_ts = EXCLUDED.published_ts, doc_key = EXCLUDED.doc_key")
    if vendor() == "postgresql":
        with binary_cursor() as cursor:
            cursor.execute(f"INSERT INTO {DOC_TABLE} ({columns}) SELECT * FROM UNNEST(%b::bigint[], %b::bigint[], "
                           f"%b::bigint[], %b::bigint[], %b::bigint[]) {upsert}",
                           [list(column) for column in zip(*rows, strict=True)])
        return
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {DOC_TABLE} ({columns}) VALUES (%s, %s, %s, %s, %s) {upsert}", rows)


def _write_postgresql(rows: Sequence[Row]) -> None:
    """One statement over arrays sent as bound binary parameters, not one statement per row.

    Parsed and planned once, and no stems inlined as quoted literals (:func:`nashra.core.db.binary_cursor`):
    the import's index thread spent most of its time here (bench/import_articles.py). Rows an import's helper
    wrote as tsvector text are read as such (a third of the server's time for parsing stems, :mod:`.pg_vectors`);
    the others are parsed by ``to_tsvector``, which costs less than writing them out in this process (a reindex).
    ON CONFLICT may touch a row once per statement, so a repeated article keeps its last row, as one statement per
    row would have left it.
    """
    rows = list({r.article_id: r for r in rows}.values())
    for as_vectors in (True, False):
        group = [r for r in rows if r.as_vectors == as_vectors]
        if not group:
            continue
        columns = [list(column) for column in zip(*(
            (r.article_id, r.edition_id, r.section_id, r.published_ts, r.title, r.meta, r.body) for r in group
        ), strict=True)]
        vector = "{}::tsvector" if as_vectors else "to_tsvector('simple', {})"
        with binary_cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {VECTOR_TABLE} (article_id, edition_id, section_id, published_ts, vector) "
                f"SELECT a, e, s, p, setweight({vector.format('t')}, 'A') || setweight({vector.format('m')}, 'B') "
                f"|| setweight({vector.format('b')}, 'C') || {WEEK_LEXEMES_SQL} "
                "FROM UNNEST(%b::bigint[], %b::bigint[], %b::bigint[], %b::bigint[], %b::text[], %b::text[], "
                "%b::text[]) AS r (a, e, s, p, t, m, b) "
                "ON CONFLICT (article_id) DO UPDATE SET edition_id = EXCLUDED.edition_id, "
                "section_id = EXCLUDED.section_id, published_ts = EXCLUDED.published_ts, vector = EXCLUDED.vector",
                columns,
            )


def delete(article_ids: Sequence[int]) -> None:
    """Remove these articles' stems (before their SearchDocument rows, which hold the SQLite keys)."""
    ids = list(article_ids)
    if not ids:
        return
    with connection.cursor() as cursor:
        if vendor() == "postgresql":
            cursor.execute(f"DELETE FROM {VECTOR_TABLE} WHERE article_id = ANY(%s)", [ids])
            return
        for start in range(0, len(ids), 500):  # stay under SQLite's parameter limit
            chunk = ids[start:start + 500]
            cursor.execute(
                f"DELETE FROM {FTS_TABLE} WHERE rowid IN (SELECT doc_key FROM {DOC_TABLE} "
                f"WHERE article_id IN ({', '.join(['%s'] * len(chunk))}))",
                chunk,
            )


def clear() -> None:
    with connection.cursor() as cursor:
        if vendor() == "postgresql":
            # TRUNCATE, not DELETE: a GIN index rebuilt over a million dead entries stays bloated, and
            # its «fast scan» (pg_recency's weeks) then reads 30× more (35 ms against 1.3 ms at 1 M).
            cursor.execute(f"TRUNCATE {VECTOR_TABLE}")
            return
        cursor.execute(f"DELETE FROM {FTS_TABLE}")


def compact() -> None:
    """After many rows were rewritten in place (``reindex``), rebuild PostgreSQL's indexes of the stems
    without stopping searches or writes (``REINDEX … CONCURRENTLY``): the dead entries would otherwise
    stay, as after a DELETE (see :func:`clear`). 20 k articles rewritten in place: a GIN index of 23 MB,
    13 MB when built from empty, 8 MB rebuilt. Not inside a transaction (PostgreSQL refuses: the
    tests' reindex); nothing to do on SQLite, whose FTS5 merges its segments as it writes."""
    if vendor() != "postgresql" or connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        cursor.execute(f"REINDEX TABLE CONCURRENTLY {VECTOR_TABLE}")


def match(
    parts: Sequence[QueryPart], filters: Filters, *, order: str, now_ts: int, offset: int, limit: int
) -> list[int]:
    """Article ids matching every part, best first (or newest first), one page of them."""
    if not parts:
        return []
    if vendor() == "postgresql":
        return _match_postgresql(parts, filters, order, now_ts, offset, limit)
    return _match_sqlite(parts, filters, order, now_ts, offset, limit)


def _match_sqlite(parts, filters: Filters, order: str, now_ts: int, offset: int, limit: int) -> list[int]:
    expression = "{title meta body} : (" + fts5_query(parts) + ")"
    facets = [f'"e{filters.edition_id}"' if filters.edition_id is not None else "",
              f'"s{filters.section_id}"' if filters.section_id is not None else "",
              f'"a{filters.author_id}"' if filters.author_id is not None else ""]
    if any(facets):
        expression += " AND facets : (" + " ".join(filter(None, facets)) + ")"
    where, params = f"{FTS_TABLE} MATCH %s", [expression]
    if filters.ts_from is not None:
        where += " AND rowid >= %s"
        params.append(filters.ts_from << KEY_SHIFT)
    if filters.ts_to is not None:
        where += " AND rowid < %s"
        params.append(filters.ts_to << KEY_SHIFT)
    if order == "newest":
        sql = (f"SELECT d.article_id FROM (SELECT rowid AS k FROM {FTS_TABLE} WHERE {where} "
               f"ORDER BY rowid DESC LIMIT %s OFFSET %s) c JOIN {DOC_TABLE} d ON d.doc_key = c.k ORDER BY c.k DESC")
        params += [limit, offset]
    else:
        # bm25 is negative (lower is better), so ascending order puts the best first.
        age = f"MAX(0, %s - (c.k >> {KEY_SHIFT}))"
        sql = (f"SELECT d.article_id FROM (SELECT rowid AS k, bm25({FTS_TABLE}, {BM25_WEIGHTS}) AS score "
               f"FROM {FTS_TABLE} WHERE {where} ORDER BY rowid DESC LIMIT %s) c "
               f"JOIN {DOC_TABLE} d ON d.doc_key = c.k "
               f"ORDER BY c.score * {BOOST.format(age=age)}, c.k DESC LIMIT %s OFFSET %s")
        params += [RANK_CANDIDATES, now_ts, limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _match_postgresql(parts, filters: Filters, order: str, now_ts: int, offset: int, limit: int) -> list[int]:
    query = tsquery(parts)
    # The candidates: the newest ``needed`` matches (a newest-first page needs no more).
    needed = offset + limit if order == "newest" else RANK_CANDIDATES
    where, params = _filter_sql(filters)
    newest = "v.published_ts DESC, v.article_id DESC"
    if order == "newest":
        outer, outer_args = "ORDER BY c.published_ts DESC, c.article_id DESC", []
    else:
        age = "GREATEST(0, %s - c.published_ts)"
        outer = (f"ORDER BY ts_rank('{TS_WEIGHTS}', c.vector, to_tsquery('simple', %s), 1) * "
                 f"{BOOST.format(age=age)} DESC, c.published_ts DESC, c.article_id DESC")
        outer_args = [query, now_ts]
    page = "SELECT c.article_id, count(*) OVER () FROM (CANDIDATES) c " + outer + " LIMIT %s OFFSET %s"
    walk = _walk_rows(parts, filters, needed)
    alias = read_alias()  # a reader's search reads from a healthy replica (nashra/cluster)
    with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
        if walk:
            # A word in a large share of the archive: walk the newest ``walk`` articles in index
            # order and test each; if ``needed`` of them match, they are the newest matches.
            candidates = (f"SELECT w.* FROM (SELECT v.article_id, v.published_ts, v.vector FROM {VECTOR_TABLE} v "
                          f"WHERE TRUE{where} ORDER BY {newest} LIMIT %s) w "
                          "WHERE w.vector @@ to_tsquery('simple', %s) "
                          "ORDER BY w.published_ts DESC, w.article_id DESC LIMIT %s")
            cursor.execute(page.replace("CANDIDATES", candidates),
                           [*params, walk, query, needed, *outer_args, limit, offset])
            rows = cursor.fetchall()
            if rows and rows[0][1] >= needed:
                return [row[0] for row in rows]
        window = window_rows(parts, filters, needed)
        if window and guessed(parts):
            window = measured_rows(cursor, VECTOR_TABLE, query, where, params, filters.edition_id, needed)
        if window and (bounds := window_query(cursor, VECTOR_TABLE, where, params, window, filters.edition_id)):
            # A word in a fair share of the archive (a tenth, a fifth): only the newest ``window``
            # articles should hold the newest ``needed`` matches, and GIN skips to their weeks
            # (:mod:`nashra.search.pg_recency`). Too few there (words that go together less often
            # than their shares say): GIN alone below.
            start, weeks = bounds
            cursor.execute("SET LOCAL enable_indexscan = off")
            candidates = (f"SELECT v.article_id, v.published_ts, v.vector FROM {VECTOR_TABLE} v "
                          f"WHERE v.vector @@ (to_tsquery('simple', %s) && %s::tsquery){where} "
                          f"AND v.published_ts >= %s ORDER BY {newest} LIMIT %s")
            cursor.execute(page.replace("CANDIDATES", candidates),
                           [query, weeks, *params, start, needed, *outer_args, limit, offset])
            rows = cursor.fetchall()
            cursor.execute("SET LOCAL enable_indexscan = on")
            if rows and rows[0][1] >= needed:
                return [row[0] for row in rows]
        # Matches come from the GIN index only. Left alone, the planner often walks the
        # (edition, time) btree newest-first checking ``@@`` row by row: every check
        # decompresses a vector, and for a word rarer than it estimates (or a phrase) the
        # walk crosses the whole archive (665 ms against 45 ms at 100 k articles).
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
        candidates = (f"SELECT v.article_id, v.published_ts, v.vector FROM {VECTOR_TABLE} v "
                      f"WHERE v.vector @@ to_tsquery('simple', %s){where} ORDER BY {newest} LIMIT %s")
        cursor.execute(page.replace("CANDIDATES", candidates), [query, *params, needed, *outer_args, limit, offset])
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute("SET LOCAL enable_indexscan = on")
        cursor.execute("SET LOCAL enable_seqscan = on")
        return ids


#: Most articles a btree walk reads (each read decompresses a vector: about 8 µs).
WALK_MAX = 4000
#: A walk is tried when the expected rows to read for the candidates stay under this.
WALK_EXPECTED = 3000


def _walk_rows(parts, filters: Filters, needed: int) -> int:
    """How many of the newest articles to read in index order instead of using GIN (0: use GIN).

    GIN finds every match, and the newest ``needed`` are then sorted out of all of them: for a
    word in half the archive that is 50 k rows to read and sort (≈ 50 ms at 100 k articles).
    Walking the recency index and testing each article reads about ``needed`` / frequency
    rows instead. The frequency is PostgreSQL's own statistic of the vector column (its most
    common lexemes, from ANALYZE); words ANDed count as independent, and a word not among the
    common ones is rare enough for GIN. A walk that finds fewer than ``needed`` (words that go
    together less often than their frequencies say) falls back to GIN: the answer is the same.
    """
    if filters.section_id is not None or filters.author_id is not None:
        return 0  # a narrow slice of the walk would match: GIN and the filter are cheaper
    expected = share(parts)
    if expected <= 0 or needed / expected > WALK_EXPECTED:
        return 0
    return min(WALK_MAX, int(needed / expected * 1.3) + 20)


def _filter_sql(filters: Filters) -> tuple[str, list]:
    clauses, params = [], []
    for column, value in (("edition_id", filters.edition_id), ("section_id", filters.section_id)):
        if value is not None:
            clauses.append(f"v.{column} = %s")
            params.append(value)
    if filters.ts_from is not None:
        clauses.append("v.published_ts >= %s")
        params.append(filters.ts_from)
    if filters.ts_to is not None:
        clauses.append("v.published_ts < %s")
        params.append(filters.ts_to)
    if filters.author_id is not None:
        clauses.append(
            "v.article_id IN (SELECT articlepage_id FROM articles_articlepage_authors WHERE author_id = %s)"
        )
        params.append(filters.author_id)
    return "".join(f" AND {c}" for c in clauses), params
