"""The state every app process shares (nashra.security.shared): counters that count atomically and a
cache every process reads (the comment form's security code lives there)."""

import pytest

from nashra.security import shared


@pytest.mark.django_db
def test_a_counter_counts_each_hit_once_and_starts_again_after_its_window(monkeypatch):
    values = [shared.count("test:a", 60) for _ in range(4)]
    assert values == [1, 2, 3, 4]
    assert shared.peek("test:a") == 4 and shared.peek("test:other") == 0
    import time

    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert shared.count("test:a", 60) == 1
