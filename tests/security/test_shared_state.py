"""The state every app process shares (nashra.security.shared): counters that count atomically and a
cache every process reads (the comment form's security code lives there)."""

import time
import uuid

import pytest

from nashra.security import shared


def _fresh_key() -> str:
    # Redis keeps counters between test runs; a key of its own keeps one run from seeing another's hits.
    return f"test:{uuid.uuid4().hex}"


@pytest.mark.django_db
def test_the_database_counter_counts_each_hit_once_and_starts_again_after_its_window(monkeypatch):
    monkeypatch.setattr(shared, "_redis", lambda: None)  # the embedded install's path, also under test-pg
    key = _fresh_key()
    values = [shared.count(key, 60) for _ in range(4)]
    assert values == [1, 2, 3, 4]
    assert shared.peek(key) == 4 and shared.peek(_fresh_key()) == 0

    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert shared.count(key, 60) == 1
    assert shared.peek(key) == 1


@pytest.mark.django_db
def test_the_shared_counter_in_use_counts_and_its_window_ends():
    """Whatever backs the counter here (Redis under test-pg, the database otherwise): a real window ends."""
    key = _fresh_key()
    assert [shared.count(key, 1) for _ in range(3)] == [1, 2, 3]
    assert shared.peek(key) == 3
    time.sleep(2.1)  # Redis expires keys on its own clock; one-second windows keep the wait short
    assert shared.count(key, 1) == 1


def _resilient(location: str):
    from nashra.core.cache import ResilientRedisCache

    return ResilientRedisCache(location, {"KEY_PREFIX": f"t{uuid.uuid4().hex[:6]}", "OPTIONS": {
        "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2}})


@pytest.fixture
def breaker():
    from nashra.core.cache import breaker

    breaker.reset()
    yield breaker
    breaker.reset()


@pytest.mark.django_db
def test_with_redis_down_a_security_code_drawn_by_one_process_is_found_by_another(monkeypatch, breaker):
    """Behind a load balancer the form token and the comment reach different app processes. The default
    cache stands in for a dead Redis with one process's memory: the shared store must not."""
    from nashra.comments import captcha

    one_process, other_process = _resilient("redis://127.0.0.1:1/0"), _resilient("redis://127.0.0.1:1/0")
    monkeypatch.setattr(shared, "_redis", lambda: one_process)
    challenge = captcha.new_challenge()
    answer = captcha.get_challenge(challenge["id"])["answer"]
    assert one_process.fallback.get(f"comments:captcha:{challenge['id']}") is None  # not in this process only

    monkeypatch.setattr(shared, "_redis", lambda: other_process)
    assert captcha.verify(challenge["id"], str(answer)) is not None
    assert captcha.verify(challenge["id"], str(answer)) is None  # one use, outage or not


@pytest.mark.django_db
@pytest.mark.skipif(not __import__("tests.live", fromlist=["redis_up"]).redis_up(), reason="no Redis here")
def test_a_code_drawn_during_the_outage_still_works_when_redis_is_back(monkeypatch, breaker):
    import os

    from nashra.comments import captcha

    monkeypatch.setattr(shared, "_redis", lambda: _resilient("redis://127.0.0.1:1/0"))
    during = captcha.new_challenge()
    answer = captcha.get_challenge(during["id"])["answer"]

    breaker.reset()
    back = _resilient(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/10")
    monkeypatch.setattr(shared, "_redis", lambda: back)
    after = captcha.new_challenge()
    assert back.get(f"comments:captcha:{after['id']}") is not None  # new codes are in Redis again
    assert captcha.verify(during["id"], str(answer)) is not None
    assert captcha.verify(during["id"], str(answer)) is None


@pytest.mark.django_db
@pytest.mark.skipif(not __import__("tests.live", fromlist=["redis_up"]).redis_up(), reason="no Redis here")
def test_a_process_that_has_not_seen_redis_back_still_finds_a_code_another_wrote_there(monkeypatch, breaker):
    import os

    from nashra.comments import captcha

    up = _resilient(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/10")
    monkeypatch.setattr(shared, "_redis", lambda: up)
    drawn = captcha.new_challenge()  # by a process that sees Redis
    answer = captcha.get_challenge(drawn["id"])["answer"]
    breaker.failure(OSError("this process still thinks Redis is away"))
    assert not breaker.allow()
    assert captcha.verify(drawn["id"], str(answer)) is not None
    assert captcha.verify(drawn["id"], str(answer)) is None
