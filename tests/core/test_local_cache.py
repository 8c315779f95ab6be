"""The local-memory caches (fragments, renditions) are bounded by bytes, least recently used out first."""

import pickle

import pytest
from django.core.cache import caches

from nashra.core.local_cache import BoundedLocMemCache


def cache_of(name: str, max_bytes: int, max_entries: int = 100_000) -> BoundedLocMemCache:
    backend = BoundedLocMemCache(name, {"OPTIONS": {"MAX_BYTES": max_bytes, "MAX_ENTRIES": max_entries}})
    backend.clear()
    return backend


def stored_bytes(backend: BoundedLocMemCache) -> int:
    return sum(len(value) for value in backend._cache.values())


def text(size: int, mark: str = "ن") -> str:
    return mark * (size // 2)  # two bytes per Arabic letter in UTF-8, as pickled


def test_the_settings_bound_the_fragment_and_rendition_caches_by_bytes(settings):
    for name in ("default", "renditions"):
        backend = caches[name]
        if settings.CACHES[name]["BACKEND"].endswith("RedisCache"):
            pytest.skip("with Redis the fragments live in Redis")
        assert isinstance(backend, BoundedLocMemCache)
        assert 0 < backend.max_bytes <= 64 << 20


def test_many_large_fragments_stay_within_the_bound_and_the_newest_are_kept():
    backend = cache_of("test-bounded-1", max_bytes=200_000)
    for n in range(100):  # 100 fragments of ~10 kB: five times the bound
        backend.set(f"article-text:{n}", text(10_000), 60)
    assert stored_bytes(backend) <= 200_000
    assert backend.held_bytes == stored_bytes(backend)
    assert backend.get("article-text:99") is not None
    assert backend.get("article-text:0") is None
    assert len(backend._cache) >= 15  # it evicts only what it must: ~19 of ~10 kB fit


def test_what_was_read_recently_outlives_what_was_not():
    backend = cache_of("test-bounded-2", max_bytes=100_000)
    for n in range(8):
        backend.set(f"k{n}", text(10_000), 60)
    assert backend.get("k0") is not None  # read: now the most recently used
    for n in range(8, 12):
        backend.set(f"k{n}", text(10_000), 60)
    assert backend.get("k0") is not None
    assert backend.get("k1") is None


def test_replacing_deleting_expiring_and_clearing_keep_the_count_true():
    backend = cache_of("test-bounded-3", max_bytes=1_000_000)
    backend.set("a", text(5_000), 60)
    backend.set("a", text(1_000), 60)  # replaced: counts once, at its new size
    backend.set("b", text(2_000), 60)
    backend.add("c", text(3_000), 60)
    assert backend.held_bytes == stored_bytes(backend)
    backend.delete("b")
    assert backend.held_bytes == stored_bytes(backend)
    backend.set("gone", text(4_000), -1)  # a negative timeout: expired at once
    assert backend.get("gone") is None
    assert backend.held_bytes == stored_bytes(backend) == len(pickle.dumps(text(1_000), pickle.HIGHEST_PROTOCOL)) + \
        len(pickle.dumps(text(3_000), pickle.HIGHEST_PROTOCOL))
    backend.clear()
    assert backend.held_bytes == 0


def test_an_entry_count_cull_keeps_the_byte_count_true():
    backend = cache_of("test-bounded-4", max_bytes=10_000_000, max_entries=30)
    for n in range(100):
        backend.set(f"small:{n}", n, 60)
    assert len(backend._cache) <= 30
    assert backend.held_bytes == stored_bytes(backend)


def test_a_value_larger_than_an_eighth_of_the_bound_is_not_kept_and_pushes_nothing_out():
    backend = cache_of("test-bounded-5", max_bytes=80_000)
    backend.set("kept", text(5_000), 60)
    backend.set("huge", text(5_000), 60)
    backend.set("huge", text(20_000), 60)  # over 10 kB: not kept, and its older value is not served either
    assert backend.get("huge") is None
    assert backend.get("kept") == text(5_000)
    assert backend.held_bytes == stored_bytes(backend)


def test_the_instances_of_one_cache_share_one_count():
    first = cache_of("test-bounded-6", max_bytes=50_000)
    second = BoundedLocMemCache("test-bounded-6", {"OPTIONS": {"MAX_BYTES": 50_000}})  # another thread's
    for n in range(10):
        (first if n % 2 else second).set(f"k{n}", text(10_000), 60)
    assert first.held_bytes == second.held_bytes == stored_bytes(first) <= 50_000
