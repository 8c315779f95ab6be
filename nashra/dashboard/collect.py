"""Views and searches collected in each app process and written to the database in bulk.

The beacon and the search page tell :mod:`nashra.core.readership`; the listeners here only append
to this process's buffer (no query inside the reader's request), and at most every
``FLUSH_SECONDS`` (or when ``FLUSH_AT`` events wait) one request writes the buffer: the articles'
editions in one query, the events in one bulk insert, the searches as add-to upserts. Unknown or
unpublished ids are dropped there. A background thread flushes what a quiet process holds (the last
views before a pause would otherwise wait for the next reader). A process that is killed loses at
most its last few seconds.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import Counter

from django.db import connection, transaction

from nashra.arabic.normalize import strip_marks

from . import referrers
from .models import SearchCount, ViewEvent

log = logging.getLogger("nashra.dashboard")

FLUSH_SECONDS = 5.0
FLUSH_AT = 1000
MAX_BUFFERED = 200_000  # beyond this (database away for long) new views are dropped, not memory
HOSTS_SECONDS = 300
MAX_QUERY = 100

_lock = threading.Lock()
_views: list[tuple[int, int, str]] = []  # (ts, article_id, referrer host)
_searches: Counter = Counter()  # (edition_id, hour, query) → searches; empties under (…, "∅")
_last_flush = time.monotonic()
_hosts: tuple[float, frozenset[str]] = (0.0, frozenset())


_flusher: threading.Thread | None = None


def _start_flusher() -> None:
    """Once per process (not in the test suite, whose database a thread must not touch)."""
    global _flusher
    from django.conf import settings

    if _flusher is not None or settings.TESTING:
        return
    _flusher = threading.Thread(target=_flush_forever, name="dashboard-flush", daemon=True)
    _flusher.start()


def _flush_forever() -> None:
    from django.db import close_old_connections

    while True:
        time.sleep(FLUSH_SECONDS)
        if _views or _searches:
            flush()
            close_old_connections()


def on_view(article_id: int, referrer_host: str, own_host: str) -> None:
    _start_flusher()
    with _lock:
        if len(_views) < MAX_BUFFERED:
            _views.append((int(time.time()), article_id, referrers.clean_host(referrer_host)))
        waiting = len(_views)
    _maybe_flush(waiting)


def query_key(query: str) -> str:
    """The form a query is counted under: marks and tatweel gone, spaces collapsed, Latin lower-cased."""
    return " ".join(strip_marks(query or "").lower().split())[:MAX_QUERY]


def on_search(edition_id: int, query: str, hits: int) -> None:
    key = query_key(query)
    if not key:
        return
    _start_flusher()
    hour = int(time.time()) // 3600 * 3600
    with _lock:
        if len(_searches) < MAX_BUFFERED:
            _searches[(edition_id, hour, key, hits == 0)] += 1
    _maybe_flush(0)


def _maybe_flush(waiting: int) -> None:
    global _last_flush
    if waiting >= FLUSH_AT or time.monotonic() - _last_flush >= FLUSH_SECONDS:
        _last_flush = time.monotonic()
        flush()


def own_hosts() -> frozenset[str]:
    """Every edition's hostname: a reader coming from another edition of the network is internal."""
    global _hosts
    at, hosts = _hosts
    if time.monotonic() - at > HOSTS_SECONDS or not hosts:
        from wagtail.models import Site

        hosts = frozenset(h.lower().removeprefix("www.") for h in Site.objects.values_list("hostname", flat=True))
        _hosts = (time.monotonic(), hosts)
    return hosts


def story_editions(ids: set[int]) -> dict[int, int]:
    """Live stories' editions by id (articles and live blogs: the pages whose views are counted)."""
    from nashra.articles.models import ArticlePage
    from nashra.liveblog.models import LiveBlogPage

    found = dict(ArticlePage.objects.live().filter(pk__in=ids).values_list("pk", "edition_id"))
    rest = ids - found.keys()
    if rest:
        found.update(LiveBlogPage.objects.live().filter(pk__in=rest).values_list("pk", "edition_id"))
    return {pk: edition for pk, edition in found.items() if edition is not None}


def flush() -> int:
    """Write what this process collected; returns the number of view events written."""
    with _lock:
        views, searches = list(_views), Counter(_searches)
        _views.clear()
        _searches.clear()
    if not views and not searches:
        return 0
    written = 0
    if views:  # each part kept on its own failure: views written are never put back (counted twice)
        try:
            written = _write_views(views)
        except Exception as exc:  # database away: keep them for the next flush
            log.warning("dashboard: flush failed (%s); keeping %d views", exc, len(views))
            with _lock:
                _views.extend(views[: MAX_BUFFERED - len(_views)])
    if searches:
        try:
            _write_searches(searches)
        except Exception as exc:
            log.warning("dashboard: flush failed (%s); keeping %d searches", exc, len(searches))
            with _lock:
                _searches.update(searches)
    return written


def _write_views(views: list[tuple[int, int, str]]) -> int:
    editions = story_editions({article for _ts, article, _host in views})
    hosts = own_hosts()
    rows = [ViewEvent(ts=ts, article_id=article, edition_id=editions[article], source=referrers.kind_of(host, hosts))
            for ts, article, host in views if article in editions]
    ViewEvent.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def _write_searches(searches: Counter) -> None:
    merged: dict[tuple[int, int, str], list[int]] = {}
    for (edition_id, hour, key, empty), count in searches.items():
        totals = merged.setdefault((edition_id, hour, key), [0, 0])
        totals[0] += count
        totals[1] += count if empty else 0
    table = SearchCount._meta.db_table
    sql = (f"INSERT INTO {table} (edition_id, hour, query, searches, empty) VALUES (%s, %s, %s, %s, %s) "
           f"ON CONFLICT (edition_id, hour, query) DO UPDATE SET searches = {table}.searches + excluded.searches, "
           f"empty = {table}.empty + excluded.empty")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(sql, [(e, h, q, s, z) for (e, h, q), (s, z) in merged.items()])


def _flush_at_exit() -> None:
    """A stopping server writes what it holds; the test suite's databases are gone by then."""
    from django.conf import settings

    if _views and not settings.TESTING:
        flush()


atexit.register(_flush_at_exit)
