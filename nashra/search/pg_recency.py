"""PostgreSQL: finding the newest matches of a common word without reading every match.

Ranking reads a query's newest RANK_CANDIDATES matches (see :mod:`nashra.search.backends`). GIN gives
every match, and the newest are then sorted out of all of them: for «الحكومة» in a fifth of a million
articles that is 200 k matches to collect and 200 k rows to read (≈ 150 ms). Two ways round it, both
chosen from PostgreSQL's own statistics of the vector column (its most common lexemes, from ANALYZE):

* the *walk* (``backends._walk_rows``): for a word in a third of the archive or more, read the newest
  articles in recency-index order and test each;
* the *window* (:func:`window_rows`, :func:`window_query`): every vector carries the week and the month of
  its publication as lexemes no text can make (``W2950``, ``M680`` and, per edition, ``E3W2950``, ``E3M680``:
  upper case, while the ``simple`` configuration lowers every word); a window of up to 26 weeks names its
  weeks, a longer one (up to 12 months) its months. A query ANDed with the weeks of the newest articles
  that should hold the matches twice over lets GIN skip through the word's long list to the few rows
  of those weeks (GIN's «fast scan»), instead of collecting it whole.

Either one answers only when it finds all the candidates it needs (then they are the newest matches,
whatever was left out); otherwise GIN alone answers. Pure SQL building; the caller runs it.
"""

from __future__ import annotations

import math
import time

from django.db import DatabaseError, connections, transaction

from nashra.cluster.dbrouter import read_alias
from nashra.search.versioning import built_version

WEEK = 7 * 24 * 3600
MONTH = 2_629_746  # an average Gregorian month in seconds: the month lexemes are buckets, not calendar months
#: The vector lexemes of a row's week and month, in the ``INSERT … SELECT`` of the index writer (``e``: edition,
#: ``p``: publication time).
WEEK_LEXEMES_SQL = ("array_to_tsvector(ARRAY['W' || (p / 604800)::text, "
                    "'E' || COALESCE(e, 0)::text || 'W' || (p / 604800)::text, "
                    f"'M' || (p / {MONTH})::text, 'E' || COALESCE(e, 0)::text || 'M' || (p / {MONTH})::text])")
#: The search keys version from which every indexed vector carries its week (``nashra reindex`` adds them).
WEEKS_SINCE_KEYS_VERSION = 11
#: … and its month.
MONTHS_SINCE_KEYS_VERSION = 12
#: Most weeks a window may name (a thin archive spreads its newest articles over years: GIN is cheap there).
MAX_WINDOW_WEEKS = 26
#: Beyond that, most months: two common words together, or a word in a twentieth of the archive, need a window of
#: half a year to a year. Every week or month named is one more list GIN walks, so a year of 52 weeks cost as much
#: as GIN alone, while 12 months cost half (``EXPLAIN ANALYZE`` of «طالب & امتحان» over the newest 288 k of 1 M
#: articles: a diagnosis, not a bench figure).
MAX_WINDOW_MONTHS = 12
#: Shares of the archive below this are read from GIN whole (few matches: a window saves nothing).
WINDOW_MIN_SHARE = 0.02

#: Newest weeks read to measure how often the words of a query go together: far more often, often, than their shares
#: multiplied say (الطلاب with الامتحانات twice as often), which made windows twice too long for a year.
PROBE_WEEKS = 4

_frequencies: dict = {}
_together: dict = {}
_RAREST = " rarest"  # (no lexeme has a space) the share of the rarest lexeme the statistics list
_starts: dict = {}


def forget() -> None:
    """Drop what this process keeps of the statistics, measured shares and window starts (each test's database
    is another archive, with the same edition keys)."""
    _frequencies.clear()
    _together.clear()
    _starts.clear()


def share(parts, unlisted: float = 0.0) -> float:
    """The share of articles expected to match every required part (words ANDed count as independent);
    ``unlisted``: the share taken for a word the statistics do not list."""
    common = common_lexemes()
    expected = 1.0
    for part in parts:
        if part.optional:
            continue  # it narrows nothing
        for stem in part.stems:
            expected *= common.get(stem.lower(), unlisted)
    return expected


def window_rows(parts, filters, needed: int) -> int:
    """How many of the newest articles should hold ``needed`` matches twice over (0: no window).

    A word the statistics do not list is rarer than the rarest they list; it is taken to be half as
    common (a word far rarer fills no window, and GIN alone then answers, at little cost)."""
    if filters.section_id is not None or filters.author_id is not None or not weeks_indexed():
        return 0
    expected = share(parts, unlisted=common_lexemes().get(_RAREST, 0.0) / 2)
    if expected < WINDOW_MIN_SHARE:
        return 0
    return 1 << math.ceil(math.log2(needed * 2 / expected))  # a power of two: few starts to keep per edition


def measured_rows(cursor, table: str, query: str, where: str, params: list, edition_id: int | None,
                  needed: int) -> int:
    """:func:`window_rows` from the share of the newest :data:`PROBE_WEEKS` weeks' articles that match ``query``
    (kept five minutes; 0: none there, so no window). For several words, or a word the statistics do not list,
    whose share :func:`share` can only guess. Two GIN and b-tree counts of a few thousand rows each."""
    key = (table, query, where, tuple(params))
    now = time.monotonic()
    cached = _together.get(key)
    if cached and cached[0] > now:
        measured = cached[1]
    else:
        cursor.execute(f"SELECT max(v.published_ts) FROM {table} v WHERE TRUE{where}", params)
        newest = cursor.fetchone()[0]
        measured = 0.0
        if newest is not None:
            first = newest // WEEK - PROBE_WEEKS + 1
            edition = f"E{edition_id}" if edition_id is not None else ""
            weeks = " | ".join(f"{edition}W{week}" for week in range(first, newest // WEEK + 1))
            cursor.execute("SET LOCAL enable_indexscan = off")  # GIN, not a b-tree walk testing each row
            cursor.execute(f"SELECT count(*) FROM {table} v WHERE v.vector @@ (to_tsquery('simple', %s) && "
                           f"%s::tsquery){where} AND v.published_ts >= %s", [query, weeks, *params, first * WEEK])
            matched = cursor.fetchone()[0]
            cursor.execute("SET LOCAL enable_indexscan = on")
            cursor.execute(f"SELECT count(*) FROM {table} v WHERE TRUE{where} AND v.published_ts >= %s",
                           [*params, first * WEEK])
            total = cursor.fetchone()[0]
            measured = matched / total if total else 0.0
        if len(_together) >= 512:
            _together.clear()
        _together[key] = (now + 300, measured)
    if measured <= 0:
        return 0
    # Half as much again, not twice over: the share is measured, not guessed. Rounded up to a quarter of a power of
    # two, so a window keeps few starts (a power of two would have doubled some windows past a year).
    rows = needed * 1.5 / measured
    step = 1 << max(0, math.floor(math.log2(rows)) - 2)
    return math.ceil(rows / step) * step


def guessed(parts) -> bool:
    """Is :func:`share` of these parts a guess: several words (taken as independent) or one the statistics lack?"""
    stems = [stem for part in parts if not part.optional for stem in part.stems]
    return len(stems) != 1 or stems[0].lower() not in common_lexemes()


def window_query(cursor, table: str, where: str, params: list, rows: int, edition_id: int | None):
    """(start, weeks): the publication time of the ``rows``-th newest article and the tsquery of the
    weeks from its to the newest's; None when the archive is smaller or the weeks too many.

    The start is kept five minutes: an older start only widens the window, and the newest week is
    read each time, so a story published since is never left out."""
    key = (table, where, tuple(params), rows)
    now = time.monotonic()
    cached = _starts.get(key)
    if cached and cached[0] > now:
        start = cached[1]
    else:
        cursor.execute(f"SELECT v.published_ts FROM {table} v WHERE TRUE{where} "
                       "ORDER BY v.published_ts DESC, v.article_id DESC OFFSET %s LIMIT 1", [*params, rows - 1])
        row = cursor.fetchone()
        start = row[0] if row else None
        if len(_starts) >= 512:
            _starts.clear()  # readers' date ranges make new keys without end: keep the memory bounded
        _starts[key] = (now + 300, start)
    if start is None:
        return None
    cursor.execute(f"SELECT max(v.published_ts) FROM {table} v WHERE TRUE{where}", params)
    newest = cursor.fetchone()[0]
    edition = f"E{edition_id}" if edition_id is not None else ""
    weeks = range(start // WEEK, newest // WEEK + 1)
    if len(weeks) <= MAX_WINDOW_WEEKS:
        return start, " | ".join(f"{edition}W{week}" for week in weeks)
    months = range(start // MONTH, newest // MONTH + 1)  # the first begins before the start: the SQL keeps it
    if len(months) <= MAX_WINDOW_MONTHS and months_indexed():
        return start, " | ".join(f"{edition}M{month}" for month in months)
    return None


def _built_with(since: int) -> bool:
    """Was the index built with keys ``since`` or later? (kept ten minutes)"""
    now = time.monotonic()
    if _frequencies.get("version_until", 0) <= now:
        try:
            version = built_version()
        except DatabaseError:
            version = None
        _frequencies.update(version_until=now + 600, version=version)
    version = _frequencies["version"]
    return version is not None and version >= since


def weeks_indexed() -> bool:
    """Does every vector carry its week? (the index was built with keys v11 or later)"""
    return _built_with(WEEKS_SINCE_KEYS_VERSION)


def months_indexed() -> bool:
    """Does every vector carry its month? (keys v12 or later)"""
    return _built_with(MONTHS_SINCE_KEYS_VERSION)


def common_lexemes(table: str = "nashra_search_vector") -> dict[str, float]:
    """Lexeme → share of articles holding it, for the most common lexemes (kept ten minutes)."""
    now = time.monotonic()
    if _frequencies.get("until", 0) > now:
        return _frequencies["table"]
    found: dict[str, float] = {}
    try:
        # A savepoint: if the statistics cannot be read, a caller's transaction stays usable.
        alias = read_alias()
        with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
            cursor.execute(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
                "WHERE schemaname = current_schema() AND tablename = %s AND attname = 'vector'", [table])
            row = cursor.fetchone()
        if row and row[0]:
            found = dict(zip(row[0], row[1], strict=False))  # the 3 extra frequencies (min, max, nulls) fall off
            found[_RAREST] = min(row[1][:len(row[0])])
    except Exception:  # statistics unreadable: every query uses GIN
        found = {}
    _frequencies.update(until=now + 600, table=found)
    return found
