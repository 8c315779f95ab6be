"""Redis that may go away: a circuit breaker and a Django cache backend that falls back to memory.

With ``REDIS_URL`` set, every app process keeps its generations, fragments, rate-limit counters and
pages in Redis. When Redis stops answering, each call would otherwise wait for a refused or timed-out
connection and log a traceback: a review measured pages ~95 % slower and 9,802 tracebacks in 13 s.

:data:`breaker` is shared by everything in this process that talks to Redis (the cache backend
below, the page store, the most-read counters). The first failure *opens* it: for
``NASHRA_REDIS_BACKOFF`` seconds (default 5) nobody tries Redis and everyone works from this
process's memory; then one call tries again (a refused connection costs a millisecond, a hung
server the 0.5 s socket timeout). One warning line when Redis goes, one when it is back. Whoever
kept work aside while it was away (the page store keeps its purges) registers a recovery callback.

What the outage costs, by design: counters and caches are per process until Redis returns (rate
limits count per process, pages are kept a few seconds per process — see the page store).
"""

from __future__ import annotations

import logging
import threading
import time

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache

log = logging.getLogger("nashra.redis")



class Breaker:
    """Open after a failure, for ``backoff`` seconds; closed again by the first success after it."""

    def __init__(self, backoff: float | None = None):
        self._backoff = backoff  # None: settings.NASHRA_REDIS_BACKOFF, read when a failure needs it
        self.open_until = 0.0
        self.down_since: float | None = None
        self.failures = 0  # failed calls since start-up (what a health check or a test may compare)
        self._lock = threading.Lock()
        self._on_recovery: dict[str, object] = {}

    @property
    def backoff(self) -> float:
        return settings.NASHRA_REDIS_BACKOFF if self._backoff is None else self._backoff

    def allow(self) -> bool:
        """May this call try Redis? (False while open; True again once the back-off has passed.)"""
        return self.open_until == 0.0 or time.monotonic() >= self.open_until

    @property
    def is_down(self) -> bool:
        return self.down_since is not None

    def failure(self, exc: BaseException) -> None:
        with self._lock:
            now = time.monotonic()
            self.failures += 1
            self.open_until = now + self.backoff
            if self.down_since is None:
                self.down_since = now
                log.warning("redis unavailable (%s: %s): working from this process's memory, "
                            "trying again every %g s", exc.__class__.__name__, exc, self.backoff)

    def success(self) -> None:
        if self.down_since is None:  # the common case: one attribute read per call
            return
        with self._lock:
            if self.down_since is None:
                return
            outage = time.monotonic() - self.down_since
            self.down_since = None
            self.open_until = 0.0
            callbacks = list(self._on_recovery.values())
        log.warning("redis is back after %.1f s", outage)
        for callback in callbacks:
            try:
                callback()
            except Exception as exc:  # a failed replay must not fail the request that noticed
                log.warning("redis recovery step %s failed: %s", getattr(callback, "__name__", callback), exc)

    def on_recovery(self, name: str, callback) -> None:
        """``callback()`` when Redis answers again after an outage (one per ``name``: the latest)."""
        self._on_recovery[name] = callback

    def reset(self) -> None:
        """Closed, no outage (tests)."""
        with self._lock:
            self.open_until = 0.0
            self.down_since = None


breaker = Breaker()


def _redis_errors() -> tuple[type[BaseException], ...]:
    from django_redis.exceptions import ConnectionInterrupted
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    return (RedisConnectionError, RedisTimeoutError, ConnectionInterrupted, OSError)


# Every operation a caller may use; while the breaker is open they go to the process's memory.
_FORWARDED = (
    "get", "set", "add", "delete", "incr", "decr", "get_many", "set_many", "delete_many", "has_key",
    "touch", "clear", "get_or_set", "incr_version", "decr_version",
)
# django-redis extras with no local-memory equivalent: answered as "nothing there" while Redis is away.
_REDIS_ONLY = {"ttl": None, "pttl": None, "expire": False, "persist": False, "delete_pattern": 0, "keys": [],
               "lock": None}


class ResilientRedisCache(RedisCache):
    """django-redis behind :data:`breaker`, with a local-memory cache standing in while it is open.

    Configure it like django-redis, without ``IGNORE_EXCEPTIONS`` (this class decides what a failure
    means; django-redis would log a traceback per call).
    """

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        options["IGNORE_EXCEPTIONS"] = False
        super().__init__(server, {**params, "OPTIONS": options})
        self._ignore_exceptions = False
        self._log_ignored_exceptions = False
        self.fallback = LocMemCache(f"nashra-redis-fallback-{id(self)}", {
            "TIMEOUT": params.get("TIMEOUT", 300), "KEY_PREFIX": params.get("KEY_PREFIX", ""),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        })
        self._errors = _redis_errors()


def _forward(name: str):
    redis_method = getattr(RedisCache, name)
    local_method = getattr(LocMemCache, name)

    def method(self, *args, **kwargs):
        if breaker.allow():
            try:
                result = redis_method(self, *args, **kwargs)
            except self._errors as exc:
                breaker.failure(exc)
            else:
                breaker.success()
                return result
        kwargs.pop("client", None)
        return local_method(self.fallback, *args, **kwargs)

    method.__name__ = name
    method.__doc__ = f"``{name}`` on Redis, or on this process's memory while the breaker is open."
    return method


def _redis_only(name: str, answer):
    redis_method = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        if breaker.allow():
            try:
                result = redis_method(self, *args, **kwargs)
            except self._errors as exc:
                breaker.failure(exc)
            else:
                breaker.success()
                return result
        return answer

    method.__name__ = name
    return method


for _name in _FORWARDED:
    setattr(ResilientRedisCache, _name, _forward(_name))
for _name, _answer in _REDIS_ONLY.items():
    setattr(ResilientRedisCache, _name, _redis_only(_name, _answer))


def redis_configured(caches_setting: dict) -> bool:
    """Is the default cache Redis (django-redis or the resilient wrapper)?"""
    return "redis" in caches_setting["default"]["BACKEND"].lower()
