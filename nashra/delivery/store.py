"""Where cached pages live: a bounded in-process LRU, or Redis (``REDIS_URL``).

Layout (both stores)::

    generation  «pcg:<bucket>»                  Redis (memoised ≤ 0.5 s for hits); without Redis, this process's memory
    page        «pc2:<bucket>:<gen>:<path>» → {normalised query string: entry}
    fragment    «frag<SCHEMA>:<bucket>:<gen>:<name>» Django cache (:mod:`nashra.core.scopes`)

A *bucket* is an edition (``eg``), or ``api-eg`` for the JSON API of that
edition. Bumping a bucket's generation makes every page of it unreachable at
once (edition-wide purge); deleting one page key drops one path with all its
query variants (``?before=…`` pages of a section, ``?page=``…).

An entry is a :class:`.cached_page.CachedPage` (status, headers, body, stored_at,
fresh_until, stale_until, error_until); ``headers`` are ready to send, Content-Length
included (``pc2``: entries of the older layout, under ``pc:``, are never read).

A render takes a token from ``store.begin(bucket, path)`` before it reads anything and hands it to
``store.set``: the page is stored only if neither the bucket's generation changed nor the path was
purged since (a render that read the data before a publish is never kept after the publish's purge).

In the local (no Redis) mode several app processes share nothing, so every
purge is also appended to a small journal file under ``NASHRA_DATA_DIR`` that
each process replays (one ``stat`` per request at most every 0.2 s).
The two stores: :mod:`.store_local`, :mod:`.store_redis`.
"""

from __future__ import annotations

import threading

from django.conf import settings

from nashra.core.cache import redis_configured

from .store_local import MEMO_MAX_BUCKETS, PAGE_KEY, LocalStore, _LocalGenerations  # noqa: F401
from .store_redis import GEN_MEMO_SECONDS, RedisStore  # noqa: F401

_store = None
_store_config = None
_store_lock = threading.Lock()


def _config() -> tuple:
    backend = settings.CACHES["default"]["BACKEND"]
    return (backend, settings.CACHES["default"].get("LOCATION"), settings.CACHES["default"].get("KEY_PREFIX", ""))


def get_store():
    """The process-wide store for the cache settings (``setting_changed`` on CACHES drops it)."""
    global _store, _store_config
    if _store is not None:
        return _store
    config = _config()
    with _store_lock:
        if _store is None or _store_config != config:
            _store = _build(config)
            _store_config = config
    return _store


def _build(config: tuple):
    _backend, _location, prefix = config
    error_ttl = int(settings.NASHRA_PAGE_CACHE_STALE_IF_ERROR)
    if redis_configured(settings.CACHES):
        from django_redis import get_redis_connection

        return RedisStore(get_redis_connection("default"), f"{prefix}:" if prefix else "", error_ttl)
    journal = settings.NASHRA_PAGE_CACHE_JOURNAL
    if journal is None and not settings.TESTING:
        journal = str(settings.DATA_DIR / "cache" / "purge.journal")
    return LocalStore(
        max_entries=int(settings.NASHRA_PAGE_CACHE_ENTRIES),
        max_bytes=int(settings.NASHRA_PAGE_CACHE_BYTES),
        journal_path=journal or None,
    )


def reset_store() -> None:
    """Drop the process-wide store (tests; settings changes)."""
    global _store, _store_config
    with _store_lock:
        _store = None
        _store_config = None
