"""Pages in Redis, shared by every app process (``REDIS_URL``).

Keys (``<p>`` is the cache's key prefix)::

    <p>pcg:<bucket>                 the bucket's generation (an integer; INCR bumps it)
    <p>pc2:<bucket>:<gen>:<path>    a hash: normalised query string → pickled plain tuple (:meth:`.CachedPage.stored`)
    <p>pcseq                        the purge sequence: one INCR per purged path
    <p>pct:<bucket>:<path>          the sequence number of the path's last purge (a tombstone)

A render stores its page only if, atomically (one Lua call), the bucket's generation is still the one
it began under and the path has not been purged since it began (:meth:`RedisStore.begin`): a render
that read the data before a publish can never be kept as the fresh page after it (a review saw
such pages stay 120 s). Generations are memoised for :data:`GEN_MEMO_SECONDS` on the hit path only;
renders and fragments read them fresh.

A page read from Redis is also kept in this process for ``NASHRA_PAGE_CACHE_NEAR_SECONDS`` (0.5 s;
:class:`_NearPages`): under a spike thousands of readers ask for the same few URLs (a live blog's update
channel polled by everyone, the home page), and each of those hits then costs no round trip and no
unpickling. A purge made in this process drops them at once; one made elsewhere reaches them within
that time, inside the one second every purge promises (``purge.py``).

While Redis is away (:data:`nashra.core.cache.breaker` open) pages live in a small per-process
stand-in kept at most ``NASHRA_PAGE_CACHE_OUTAGE_TTL`` seconds (purges made by other processes cannot reach it), and
the purges made here are remembered and replayed into Redis when it is back.
"""

from __future__ import annotations

import logging
import pickle
import threading
import time

from django.conf import settings

from nashra.core.cache import _redis_errors, breaker

from .cached_page import CachedPage
from .render_token import RenderToken
from .store_local import MEMO_MAX_BUCKETS, PAGE_KEY, LocalStore

log = logging.getLogger("nashra.delivery")

GEN_MEMO_SECONDS = 0.5
TOMBSTONE_SECONDS = 600  # longer than any render; older ones are not needed
MAX_MISSED_PURGES = 10_000

# KEYS: page hash, tombstone, generation; ARGV: field, entry, purges at begin, ttl, generation at begin.
_SET_IF_CURRENT = """
local purged = redis.call('GET', KEYS[2])
if purged and tonumber(purged) > tonumber(ARGV[3]) then return 0 end
if redis.call('GET', KEYS[3]) ~= ARGV[5] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
"""


class _Generations:
    """Per-bucket generation numbers in Redis, memoised briefly per process for hits."""

    def __init__(self, client, prefix: str, memo_seconds: float):
        self.client = client
        self.prefix = prefix
        self.memo_seconds = memo_seconds
        self._memo: dict[str, tuple[int, float]] = {}

    def key(self, bucket: str) -> str:
        return f"{self.prefix}pcg:{bucket}"

    def get(self, bucket: str, fresh: bool = False) -> int:
        now = time.monotonic()
        if not fresh and self.memo_seconds:
            hit = self._memo.get(bucket)
            if hit is not None and hit[1] > now:
                return hit[0]
        if len(self._memo) > MEMO_MAX_BUCKETS:
            self._memo.clear()
        raw = self.client.get(self.key(bucket))
        if raw is None:
            # A fresh (or flushed) Redis starts from a new, time-based number, so a flush never
            # revives entries stored under an older generation.
            self.client.set(self.key(bucket), time.time_ns() // 1000, nx=True)
            raw = self.client.get(self.key(bucket)) or 0
        gen = int(raw)
        self._memo[bucket] = (gen, now + self.memo_seconds)
        return gen

    def bump(self, bucket: str) -> int:
        self.get(bucket, fresh=True)  # a missing key starts time-based, not at 1
        gen = int(self.client.incr(self.key(bucket)))
        self._memo.pop(bucket, None)
        return gen

    def forget(self, bucket: str | None = None) -> None:
        if bucket is None:
            self._memo.clear()
        else:
            self._memo.pop(bucket, None)


class _NearPages:
    """Pages this process read from Redis in the last ``seconds``: (bucket, path) → query → (generation,
    page, until). Bounded: past ``max_paths`` paths it starts again empty."""

    def __init__(self, seconds: float, max_paths: int = 2000):
        self.seconds = seconds
        self.max_paths = max_paths
        self._paths: dict[tuple[str, str], dict[str, tuple[int, CachedPage, float]]] = {}

    def get(self, bucket: str, path: str, qs: str, generation: int) -> CachedPage | None:
        kept = self._paths.get((bucket, path), {}).get(qs)
        if kept is None or kept[0] != generation or kept[2] < time.monotonic():
            return None
        return kept[1]

    def put(self, bucket: str, path: str, qs: str, generation: int, page: CachedPage) -> None:
        if not self.seconds:
            return
        if len(self._paths) >= self.max_paths:
            self._paths = {}
        self._paths.setdefault((bucket, path), {})[qs] = (generation, page, time.monotonic() + self.seconds)

    def drop(self, bucket: str, path: str) -> None:
        self._paths.pop((bucket, path), None)

    def clear(self) -> None:
        self._paths = {}


class RedisStore:
    """Pages in Redis hashes (one per path), shared by every app process."""

    shared = True
    kind = "redis"

    def __init__(self, client, prefix: str, error_ttl: int, circuit=None):
        self.client = client
        self.prefix = prefix
        self.error_ttl = error_ttl
        self.breaker = circuit or breaker
        self.gens = _Generations(client, prefix, memo_seconds=GEN_MEMO_SECONDS)
        self.near = _NearPages(settings.NASHRA_PAGE_CACHE_NEAR_SECONDS)
        self.standin = LocalStore(max_entries=2000, max_bytes=64 << 20, journal_path=None,
                                  max_age=settings.NASHRA_PAGE_CACHE_OUTAGE_TTL)
        self._missed: dict[tuple, None] = {}  # purges made while Redis was away, in order
        self._missed_lock = threading.Lock()
        self._errors = _redis_errors()
        self._set_if_current = client.register_script(_SET_IF_CURRENT)
        self.breaker.on_recovery("page-store", self._after_outage)

    def _available(self) -> bool:
        """May we use Redis? After an outage, the first caller checks it and replays the purges made
        meanwhile (through the breaker's recovery) before anyone reads a page kept from before."""
        if not self.breaker.allow():
            return False
        if self.breaker.is_down:
            try:
                self.client.ping()
            except self._errors as exc:
                self.breaker.failure(exc)
                return False
            self.breaker.success()
        return True

    def _key(self, bucket: str, path: str, gen: int | None = None, fresh: bool = False) -> str:
        if gen is None:
            gen = self.gens.get(bucket, fresh=fresh)
        return f"{self.prefix}{PAGE_KEY}:{bucket}:{gen}:{path}"

    def _tombstone(self, bucket: str, path: str) -> str:
        return f"{self.prefix}pct:{bucket}:{path}"

    # --- pages -------------------------------------------------------------------
    def get(self, bucket: str, path: str, qs: str) -> CachedPage | None:
        if not self._available():
            return self.standin.get(bucket, path, qs)
        try:
            generation = self.gens.get(bucket)
            page = self.near.get(bucket, path, qs, generation)
            if page is not None:
                return page
            raw = self.client.hget(self._key(bucket, path, generation), qs)
        except self._errors as exc:  # refused, reset, timed out
            self.breaker.failure(exc)
            return self.standin.get(bucket, path, qs)
        self.breaker.success()
        if not raw:
            return None
        page = CachedPage.from_stored(pickle.loads(raw))
        self.near.put(bucket, path, qs, generation, page)
        return page

    def begin(self, bucket: str, path: str) -> RenderToken:
        if self._available():
            try:
                generation = self.gens.get(bucket, fresh=True)
                purges = int(self.client.get(f"{self.prefix}pcseq") or 0)
            except self._errors as exc:
                self.breaker.failure(exc)
            else:
                return RenderToken(self.kind, generation, purges)
        return self.standin.begin(bucket, path)

    def set(self, bucket: str, path: str, qs: str, entry: CachedPage, token: RenderToken | None = None) -> bool:
        if token is not None and token.kind == self.standin.kind:
            return self.standin.set(bucket, path, qs, entry, token)
        if not self._available():
            return False
        entry = CachedPage.from_stored(entry)
        if entry is None:
            raise TypeError("a page cache entry is a CachedPage (or its fields as a tuple)")
        self.near.drop(bucket, path)  # the next hit reads what this render stored (or a newer one)
        data = pickle.dumps(entry.stored(), protocol=pickle.HIGHEST_PROTOCOL)
        ttl = max(1, int(entry.error_until - time.time()) + 1)
        try:
            if token is None:
                pipe = self.client.pipeline(transaction=False)
                pipe.hset(self._key(bucket, path), qs, data)
                pipe.expire(self._key(bucket, path), ttl)
                pipe.execute()
                return True
            keys = [self._key(bucket, path, token.generation), self._tombstone(bucket, path), self.gens.key(bucket)]
            return bool(self._set_if_current(keys=keys, args=[qs, data, token.purges, ttl, token.generation]))
        except self._errors as exc:
            self.breaker.failure(exc)
            return False

    def delete_path(self, bucket: str, path: str) -> None:
        self.delete_paths(bucket, [path])

    def delete_paths(self, bucket: str, paths) -> None:
        """Drop the paths (every query variant) and leave a tombstone: one round trip for the lot."""
        paths = list(paths)
        for path in paths:
            self.near.drop(bucket, path)
        if self._available():
            try:
                generation = self.gens.get(bucket, fresh=True)
                purges = self.client.incr(f"{self.prefix}pcseq")
                pipe = self.client.pipeline(transaction=False)
                for path in paths:
                    pipe.delete(self._key(bucket, path, generation))
                    pipe.set(self._tombstone(bucket, path), purges, ex=TOMBSTONE_SECONDS)
                pipe.execute()
                return
            except self._errors as exc:
                self.breaker.failure(exc)
        for path in paths:
            self.standin.delete_path(bucket, path)
            self._remember(("P", bucket, path))

    def bump(self, bucket: str) -> None:
        if self._available():
            try:
                self.gens.bump(bucket)
                return
            except self._errors as exc:
                self.breaker.failure(exc)
        self.standin.bump(bucket)
        self._remember(("B", bucket))

    def clear(self) -> None:
        self.gens.forget()
        self.near.clear()
        self.standin.clear()

    def generation(self, bucket: str) -> int:
        """Fresh, never the hit path's memo: a fragment read for a render must be as new as the page's
        generation, or a list from before a publish could be kept in the page after it."""
        if self._available():
            try:
                return self.gens.get(bucket, fresh=True)
            except self._errors as exc:
                self.breaker.failure(exc)
        return self.standin.generation(bucket)

    def try_lock(self, key: str) -> bool:
        if not self._available():
            return True
        try:
            return bool(self.client.set(f"{self.prefix}pcl:{key}", b"1", nx=True, px=10_000))
        except self._errors as exc:
            self.breaker.failure(exc)
            return True

    def unlock(self, key: str) -> None:
        if not self._available():
            return
        try:
            self.client.delete(f"{self.prefix}pcl:{key}")
        except self._errors:  # the lock expires by itself
            pass

    # --- outages -----------------------------------------------------------------
    def _remember(self, purge: tuple) -> None:
        with self._missed_lock:
            self._missed[purge] = None
            if len(self._missed) > MAX_MISSED_PURGES:  # too many to replay one by one: every bucket goes
                buckets = {p[1] for p in self._missed}
                self._missed = {("B", b): None for b in buckets}

    def _after_outage(self) -> None:
        """Redis is back: what was purged here while it was away is purged there too, and the
        stand-in's pages (kept without the other processes' purges) are dropped."""
        with self._missed_lock:
            missed, self._missed = list(self._missed), {}
        self.gens.forget()
        self.near.clear()
        self.standin.clear()
        for purge in missed:
            if purge[0] == "P":
                self.delete_path(purge[1], purge[2])
            else:
                self.bump(purge[1])
        if missed:
            log.warning("page cache: %d purges made while redis was away replayed", len(missed))
