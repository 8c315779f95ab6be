"""State that every app process must see alike: the comment form's security code and abuse counters.

Django's default cache is per process in the embedded install (local memory), so a code drawn by
one worker was «wrong» on the other and two workers let an address post twice its quota. Here:

- ``shared_cache()``: Redis when ``REDIS_URL`` is set, else a cache table in the database. While Redis
  is out of reach it writes to and reads from the database table — never one process's memory, which
  is what the default cache falls back to: a code drawn by one app process would be «wrong» on the
  next, and no reader behind a load balancer could comment during a Redis outage (the fault drill
  found exactly that).
- ``count(key, window)``: add one to a fixed-window counter and return the new value, atomically
  (Redis INCR, or one ``INSERT … ON CONFLICT … RETURNING`` statement), so simultaneous requests
  cannot both slip under a limit. While Redis is out of reach the database counts instead.
"""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connection

logger = logging.getLogger(__name__)

# A database cache table (created by the security app's migration) for the embedded install.
DATABASE_ALIAS = "shared_db"
_INCR = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end return n"


def _redis():
    from nashra.core.cache import redis_configured

    return caches["default"] if redis_configured(settings.CACHES) else None


def shared_cache():
    """The cache every process sees: Redis (the database table while it is down), else the database table."""
    redis = _redis()
    return _RedisOrDatabase(redis) if redis is not None else caches[DATABASE_ALIAS]


class _RedisOrDatabase:
    """``get``/``set``/``delete`` on Redis, on the database table while Redis fails (a value written there
    during an outage is still found, and consumed, after Redis is back)."""

    def __init__(self, redis):
        self.redis, self.database = redis, caches[DATABASE_ALIAS]

    def _on_redis(self, name: str, *args, despite_breaker: bool = False):
        """(True, result) from Redis itself, or (False, None) when it cannot answer (or the breaker says so)."""
        from django_redis.cache import RedisCache

        from nashra.core.cache import _redis_errors, breaker

        if despite_breaker or breaker.allow():
            try:
                result = getattr(RedisCache, name)(self.redis, *args)
            except _redis_errors() as exc:
                breaker.failure(exc)
            else:
                breaker.success()
                return True, result
        return False, None

    def set(self, key: str, value, timeout: int) -> None:
        stored, _ = self._on_redis("set", key, value, timeout)
        if not stored:
            self.database.set(key, value, timeout)

    # Each process has its own breaker: just after Redis returns, a process that has not yet seen it back
    # may be asked for a value another process already wrote to Redis. On a database miss it asks Redis
    # once anyway (during the outage itself the value is in the database, so nobody waits on Redis).
    def get(self, key: str, default=None):
        answered, value = self._on_redis("get", key)
        if answered and value is not None:
            return value
        value = self.database.get(key)  # written while Redis was away (a miss costs one query)
        if value is None and not answered:
            value = self._on_redis("get", key, despite_breaker=True)[1]
        return default if value is None else value

    def delete(self, key: str) -> bool:
        answered, removed = self._on_redis("delete", key)
        if answered and removed:
            return True
        if self.database.delete(key):
            return True
        return not answered and bool(self._on_redis("delete", key, despite_breaker=True)[1])


def count(key: str, window: int) -> int:
    """One more hit on ``key`` in the current ``window``-second window; the hits so far, this one included."""
    from nashra.core.cache import breaker

    redis = _redis()
    if redis is not None and breaker.allow():
        try:
            client = redis.client.get_client(write=True)
            value = int(client.eval(_INCR, 1, redis.make_key(f"count:{key}"), int(window)))
        except redis._errors as exc:
            breaker.failure(exc)  # logged once per outage; the database counts meanwhile
        else:
            breaker.success()
            return value
    return _count_in_database(key, window)


def peek(key: str) -> int:
    """The hits in ``key``'s current window, without counting one."""
    from nashra.core.cache import breaker

    redis = _redis()
    if redis is not None and breaker.allow():
        try:
            value = redis.client.get_client(write=False).get(redis.make_key(f"count:{key}"))
        except redis._errors as exc:
            breaker.failure(exc)
        else:
            breaker.success()
            return int(value or 0)
    from .models import RateCounter

    row = RateCounter.objects.filter(key=key, expires_at__gt=time.time()).values_list("count", flat=True).first()
    return row or 0


_UPSERT = """
INSERT INTO {table} ("key", "count", "expires_at") VALUES (%s, 1, %s)
ON CONFLICT ("key") DO UPDATE SET
  "count" = CASE WHEN {table}."expires_at" <= %s THEN 1 ELSE {table}."count" + 1 END,
  "expires_at" = CASE WHEN {table}."expires_at" <= %s THEN excluded."expires_at" ELSE {table}."expires_at" END
RETURNING "count"
"""


def _count_in_database(key: str, window: int) -> int:
    from .models import RateCounter

    now = time.time()
    table = connection.ops.quote_name(RateCounter._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(_UPSERT.format(table=table), [key, now + window, now, now])
        value = cursor.fetchone()[0]
    if value == 1 and int(now) % 97 == 0:  # now and then, drop ended windows
        RateCounter.objects.filter(expires_at__lt=now - 3600).delete()
    return value
