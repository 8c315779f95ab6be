"""Where cached pages live: a bounded in-process LRU, or Redis (``REDIS_URL``).

Layout (both stores)::

    generation  «pcg:<bucket>»                  Redis (memoised ≤ 0.5 s); without Redis, this process's memory
    page        «pc2:<bucket>:<gen>:<path>» → {normalised query string: entry}
    fragment    «frag<SCHEMA>:<bucket>:<gen>:<name>» Django cache (:mod:`.fragments`: ``frag-<slug>``, ``fragnet``)

A *bucket* is an edition (``eg``), or ``api-eg`` for the JSON API of that
edition. Bumping a bucket's generation makes every page of it unreachable at
once (edition-wide purge); deleting one ``pc:`` key drops one path with all its
query variants (``?before=…`` pages of a section, ``?page=``…).

An entry is a tuple ``(status, headers, body, stored_at, fresh_until,
stale_until, error_until)``; ``headers`` are ready to send, Content-Length
included (``pc2``: entries of the older layout, under ``pc:``, are never read).

In the local (no Redis) mode several app processes share nothing, so every
purge is also appended to a small journal file under ``NASHRA_DATA_DIR`` that
each process replays (one ``stat`` per request at most every 0.2 s).
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

log = logging.getLogger("nashra.delivery")

GEN_MEMO_SECONDS = 0.5
PAGE_KEY = "pc2"
JOURNAL_CHECK_SECONDS = 0.2
JOURNAL_MAX_BYTES = 1 << 20


# One generation per article (``art-<pk>``, :func:`.fragments.for_article`) means as many buckets as
# articles read: past this many remembered, the memo starts again (the numbers themselves are kept).
MEMO_MAX_BUCKETS = 20_000


class _LocalGenerations:
    """Per-bucket generation numbers of this process alone (no store shares them).

    Only :class:`LocalStore` changes them (other processes' purges arrive through its journal). Every
    number handed out is above all earlier ones (and time-based, as after a restart), so a bucket
    forgotten to keep the memory bounded (only per-article ones are) never revives what was kept
    under its older number.
    """

    def __init__(self):
        self._gens: dict[str, int] = {}
        self._high = 0  # the highest number handed out: a new or forgotten bucket starts above it
        self._lock = threading.Lock()  # a hit reads without it; first reads and bumps take it

    def get(self, bucket: str) -> int:
        gen = self._gens.get(bucket)
        if gen is None:
            with self._lock:
                gen = self._gens.get(bucket)
                if gen is None:
                    if len(self._gens) > MEMO_MAX_BUCKETS:
                        for name in [b for b in self._gens if b.startswith("art-")]:
                            del self._gens[name]
                    gen = self._gens[bucket] = self._high = max(self._high + 1, time.time_ns() // 1000)
        return gen

    def bump(self, bucket: str) -> int:
        self.get(bucket)
        with self._lock:
            gen = self._gens[bucket] = self._high = max(self._high + 1, time.time_ns() // 1000)
        return gen


class _Generations:
    """Per-bucket generation numbers in the Django cache (Redis), memoised briefly per process."""

    def __init__(self, memo_seconds: float):
        self.memo_seconds = memo_seconds
        self._memo: dict[str, tuple[int, float]] = {}

    def get(self, bucket: str, fresh: bool = False) -> int:
        now = time.monotonic()
        if not fresh and self.memo_seconds:
            hit = self._memo.get(bucket)
            if hit is not None and hit[1] > now:
                return hit[0]
        if len(self._memo) > MEMO_MAX_BUCKETS:
            self._memo.clear()
        key = f"pcg:{bucket}"
        gen = cache.get(key)
        if gen is None:
            # A fresh (or flushed) cache starts from a new, time-based number, so
            # a clear never revives entries stored under an older generation.
            cache.add(key, time.time_ns() // 1000, None)
            gen = cache.get(key) or 0
        self._memo[bucket] = (gen, now + self.memo_seconds)
        return gen

    def bump(self, bucket: str) -> int:
        key = f"pcg:{bucket}"
        self.get(bucket, fresh=True)
        try:
            gen = cache.incr(key)
        except ValueError:  # vanished between get and incr
            gen = time.time_ns() // 1000
            cache.set(key, gen, None)
        self._memo.pop(bucket, None)
        return gen

    def forget(self, bucket: str | None = None) -> None:
        if bucket is None:
            self._memo.clear()
        else:
            self._memo.pop(bucket, None)


class LocalStore:
    """A bounded LRU of pages in this process's memory."""

    shared = False

    def __init__(self, max_entries: int, max_bytes: int, journal_path: str | None):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.gens = _LocalGenerations()
        self._data: OrderedDict[str, dict[str, tuple]] = OrderedDict()
        self._entries = 0
        self._bytes = 0
        self._lock = threading.Lock()
        self.journal_path = journal_path
        self._journal_offset = 0
        self._journal_checked = 0.0
        self._journal_lock = threading.Lock()
        if journal_path:
            os.makedirs(os.path.dirname(journal_path), exist_ok=True)
            try:
                self._journal_offset = os.path.getsize(journal_path)
            except OSError:
                self._journal_offset = 0

    # --- pages -------------------------------------------------------------------
    def _key(self, bucket: str, path: str) -> str:
        return f"{PAGE_KEY}:{bucket}:{self.gens.get(bucket)}:{path}"

    def get(self, bucket: str, path: str, qs: str):
        self._replay_journal()
        key = self._key(bucket, path)
        with self._lock:
            variants = self._data.get(key)
            if variants is None:
                return None
            self._data.move_to_end(key)
            return variants.get(qs)

    def set(self, bucket: str, path: str, qs: str, entry: tuple) -> None:
        key = self._key(bucket, path)
        size = len(entry[2]) + 512
        with self._lock:
            variants = self._data.setdefault(key, {})
            old = variants.get(qs)
            if old is not None:
                self._bytes -= len(old[2]) + 512
                self._entries -= 1
            variants[qs] = entry
            self._data.move_to_end(key)
            self._entries += 1
            self._bytes += size
            while (self._entries > self.max_entries or self._bytes > self.max_bytes) and len(self._data) > 1:
                _k, dropped = self._data.popitem(last=False)
                self._forget(dropped)

    def _forget(self, variants: dict) -> None:
        self._entries -= len(variants)
        self._bytes -= sum(len(e[2]) + 512 for e in variants.values())

    def delete_path(self, bucket: str, path: str, journal: bool = True) -> None:
        key = self._key(bucket, path)
        with self._lock:
            variants = self._data.pop(key, None)
            if variants:
                self._forget(variants)
        if journal:
            self._append_journal(f"P\t{bucket}\t{path}\n")

    def bump(self, bucket: str, journal: bool = True) -> None:
        self.gens.bump(bucket)
        prefix = f"{PAGE_KEY}:{bucket}:"
        with self._lock:
            for key in [k for k in self._data if k.startswith(prefix)]:
                self._forget(self._data.pop(key))
        if journal:
            self._append_journal(f"B\t{bucket}\n")

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._entries = self._bytes = 0

    def generation(self, bucket: str) -> int:
        """The bucket's generation, after replaying other processes' purges (fragment keys use it)."""
        self._replay_journal()
        return self.gens.get(bucket)

    def __len__(self) -> int:
        return self._entries

    # Stampede locks are in-process only (no other process shares this store).
    def try_lock(self, key: str) -> bool:
        return True

    def unlock(self, key: str) -> None:
        return None

    # --- cross-process purge journal -----------------------------------------------
    def _append_journal(self, line: str) -> None:
        if not self.journal_path:
            return
        data = line.encode("utf-8")
        try:
            fd = os.open(self.journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                if os.fstat(fd).st_size > JOURNAL_MAX_BYTES:
                    os.ftruncate(fd, 0)  # readers see it shrink and drop everything
                os.write(fd, data)
            finally:
                os.close(fd)
            # Our own lines are replayed too (idempotent): advancing the offset
            # here could skip lines another process appended meanwhile.
        except OSError:
            log.warning("page cache: cannot write purge journal %s", self.journal_path)

    def _replay_journal(self) -> None:
        if not self.journal_path:
            return
        now = time.monotonic()
        if now - self._journal_checked < JOURNAL_CHECK_SECONDS or not self._journal_lock.acquire(blocking=False):
            return
        try:
            self._journal_checked = now
            self._replay_journal_locked()
        finally:
            self._journal_lock.release()

    def _replay_journal_locked(self) -> None:
        try:
            size = os.path.getsize(self.journal_path)
        except OSError:
            return
        if size == self._journal_offset:
            return
        if size < self._journal_offset:
            self.clear()
            self._journal_offset = 0
            return
        with open(self.journal_path, "rb") as fh:
            fh.seek(self._journal_offset)
            chunk = fh.read(size - self._journal_offset)
        complete, _sep, _partial = chunk.rpartition(b"\n")
        self._journal_offset += len(complete) + (1 if _sep else 0)
        for raw in complete.decode("utf-8", "replace").splitlines():
            parts = raw.split("\t")
            if parts[0] == "P" and len(parts) == 3:
                self.delete_path(parts[1], parts[2], journal=False)
            elif parts[0] == "B" and len(parts) == 2:
                self.bump(parts[1], journal=False)


class RedisStore:
    """Pages in Redis hashes (one per path), shared by every app process."""

    shared = True

    def __init__(self, client, prefix: str, error_ttl: int):
        self.client = client
        self.prefix = prefix
        self.error_ttl = error_ttl
        self.gens = _Generations(memo_seconds=GEN_MEMO_SECONDS)
        self._down_until = 0.0

    def _ok(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, exc: Exception) -> None:
        log.warning("page cache: redis unavailable (%s); bypassing for 2 s", exc)
        self._down_until = time.monotonic() + 2

    def _key(self, bucket: str, path: str, fresh: bool = False) -> str:
        return f"{self.prefix}{PAGE_KEY}:{bucket}:{self.gens.get(bucket, fresh=fresh)}:{path}"

    def get(self, bucket: str, path: str, qs: str):
        if not self._ok():
            return None
        try:
            raw = self.client.hget(self._key(bucket, path), qs)
        except Exception as exc:  # redis errors, timeouts, refused connections
            self._failed(exc)
            return None
        return pickle.loads(raw) if raw else None

    def set(self, bucket: str, path: str, qs: str, entry: tuple) -> None:
        if not self._ok():
            return
        key = self._key(bucket, path)
        ttl = max(1, int(entry[6] - time.time()) + 1)
        try:
            pipe = self.client.pipeline(transaction=False)
            pipe.hset(key, qs, pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
            pipe.expire(key, ttl)
            pipe.execute()
        except Exception as exc:
            self._failed(exc)

    def delete_path(self, bucket: str, path: str) -> None:
        self.client.delete(self._key(bucket, path, fresh=True))

    def bump(self, bucket: str) -> None:
        self.gens.bump(bucket)

    def clear(self) -> None:
        self.gens.forget()

    def generation(self, bucket: str) -> int:
        return self.gens.get(bucket)

    def try_lock(self, key: str) -> bool:
        if not self._ok():
            return True
        try:
            return bool(self.client.set(f"{self.prefix}pcl:{key}", b"1", nx=True, px=10_000))
        except Exception as exc:
            self._failed(exc)
            return True

    def unlock(self, key: str) -> None:
        try:
            self.client.delete(f"{self.prefix}pcl:{key}")
        except Exception:  # the lock expires by itself
            pass


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
    backend, _location, prefix = config
    error_ttl = int(getattr(settings, "NASHRA_PAGE_CACHE_STALE_IF_ERROR", 86400))
    if "django_redis" in backend:
        from django_redis import get_redis_connection

        return RedisStore(get_redis_connection("default"), f"{prefix}:" if prefix else "", error_ttl)
    journal = getattr(settings, "NASHRA_PAGE_CACHE_JOURNAL", None)
    if journal is None and not settings.TESTING:
        journal = str(settings.DATA_DIR / "cache" / "purge.journal")
    return LocalStore(
        max_entries=int(getattr(settings, "NASHRA_PAGE_CACHE_ENTRIES", 5000)),
        max_bytes=int(getattr(settings, "NASHRA_PAGE_CACHE_BYTES", 256 << 20)),
        journal_path=journal or None,
    )


def reset_store() -> None:
    """Drop the process-wide store (tests; settings changes)."""
    global _store, _store_config
    with _store_lock:
        _store = None
        _store_config = None
