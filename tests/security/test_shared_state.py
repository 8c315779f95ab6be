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
