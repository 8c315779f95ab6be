"""Redis that goes away: one warning, work from memory, purges kept and replayed when it is back.

A review measured pages ~95 % slower and 9,802 tracebacks in 13 s with Redis stopped: every cache
call waited for a refused connection and logged. The live drill is ``tests/faults/test_redis_outage.py``.
"""

import logging
import os
import uuid

import pytest

from nashra.delivery.cached_page import CachedPage
from tests.live import redis_up

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/10"
DEAD = "redis://127.0.0.1:1/0"


def _cache(location):
    from nashra.core.cache import ResilientRedisCache

    return ResilientRedisCache(location, {"KEY_PREFIX": f"t{uuid.uuid4().hex[:6]}", "OPTIONS": {
        "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2}})


def test_with_redis_gone_the_cache_works_from_memory_and_says_so_once(caplog):
    from nashra.core.cache import breaker

    cache = _cache(DEAD)
    with caplog.at_level(logging.WARNING):
        assert cache.get("missing", "default") == "default"
        for n in range(50):
            cache.set(f"k{n}", n, 30)
            assert cache.get(f"k{n}") == n
        assert cache.add("counter", 1, 30) and cache.incr("counter") == 2
        assert cache.ttl("k1") is None  # Redis-only calls answer «nothing there»
    assert not breaker.allow()  # nobody waits on Redis during the back-off
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "redis unavailable" in warnings[0].getMessage()
    assert not any(r.exc_info for r in caplog.records)  # no tracebacks


def test_when_redis_is_back_the_breaker_closes_and_says_so_once(caplog, monkeypatch):
    if not redis_up(REDIS_URL):
        pytest.skip(f"no Redis at {REDIS_URL}")
    from nashra.core.cache import breaker

    recovered = []
    breaker.on_recovery("test", lambda: recovered.append(True))
    cache = _cache(REDIS_URL)
    with caplog.at_level(logging.WARNING):
        breaker.failure(ConnectionError("stopped"))
        cache.set("during", 1, 30)  # to memory
        breaker.open_until = 1.0  # the back-off has passed
        cache.set("after", 2, 30)  # to Redis again
    assert breaker.allow() and not breaker.is_down and recovered == [True]
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == ["redis unavailable", "redis is back after 0.0 s"]
    breaker._on_recovery.pop("test")


def test_purges_made_while_redis_was_away_are_replayed_when_it_is_back():
    if not redis_up(REDIS_URL):
        pytest.skip(f"no Redis at {REDIS_URL}")
    import redis

    from nashra.core.cache import Breaker
    from nashra.delivery.store_redis import RedisStore

    circuit = Breaker()
    store = RedisStore(redis.Redis.from_url(REDIS_URL), f"t{uuid.uuid4().hex[:8]}:", 60, circuit=circuit)
    entry = CachedPage(200, [], b"before the outage", 0.0, 1e12, 1e12, 1e12)
    store.set("eg", "/", "", entry, store.begin("eg", "/"))
    store.set("lb", "/", "", entry, store.begin("lb", "/"))
    circuit.failure(ConnectionError("stopped"))
    store.delete_paths("eg", ["/"])  # a publish in eg, an edition-wide purge in lb, Redis away
    store.bump("lb")
    assert store.get("eg", "/", "") is None  # this process already serves without them
    circuit.open_until = 1.0
    assert store.get("eg", "/", "") is None  # Redis again: the first call closes the breaker and replays
    assert store.get("lb", "/", "") is None


def test_pages_kept_while_redis_is_away_live_only_seconds(settings):
    """Other processes' purges cannot reach this process's stand-in: it keeps pages briefly."""
    import redis

    from nashra.core.cache import Breaker
    from nashra.delivery.store_redis import RedisStore

    circuit = Breaker()
    store = RedisStore(redis.Redis.from_url(DEAD, socket_connect_timeout=0.2), "t:", 60, circuit=circuit)
    token = store.begin("eg", "/")  # Redis refuses: the stand-in's token
    assert token.kind == "local"
    entry = CachedPage(200, [], b"page", 1000.0, 1000.0 + 120, 1000.0 + 180, 1000.0 + 86400)
    assert store.set("eg", "/", "", entry, token)
    kept = store.get("eg", "/", "")
    outage_ttl = settings.NASHRA_PAGE_CACHE_OUTAGE_TTL
    assert kept.fresh_until == 1000.0 + outage_ttl and kept.stale_until == 1000.0 + outage_ttl
    assert kept.error_until == entry.error_until and kept.stored_at == entry.stored_at
