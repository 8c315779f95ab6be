"""With Redis, a page a process has just read is kept in that process for
``NASHRA_PAGE_CACHE_NEAR_SECONDS``: a hot URL's hits then cost no round trip. A purge made in the
process drops it at once; one made by another process reaches it within that time (the purge
contract's one second)."""

import time
import uuid

from nashra.delivery.cached_page import CachedPage
from tests.delivery.test_purge_races import _redis

ENTRY = CachedPage(200, [("Content-Type", "text/html")], b"page one", 0.0, 1e12, 1e12, 1e12)
NEWER = CachedPage(200, [("Content-Type", "text/html")], b"page two", 0.0, 1e12, 1e12, 1e12)


def two_processes(seconds=0.5):
    """Two stores on one Redis and one key prefix, as two app processes see it."""
    here, there = _redis(), _redis()
    prefix = f"n{uuid.uuid4().hex[:8]}:"
    for store in (here, there):
        store.prefix = store.gens.prefix = prefix
        store.near.seconds = seconds
    return here, there


def test_a_hot_page_is_read_from_redis_once_then_from_the_process(monkeypatch):
    here, there = two_processes()
    there.set("eg", "/updates/", "", ENTRY)
    assert here.get("eg", "/updates/", "").body == b"page one"
    calls = []
    monkeypatch.setattr(here.client, "hget", lambda *a: calls.append(a))
    for _ in range(100):
        assert here.get("eg", "/updates/", "").body == b"page one"
    assert calls == []  # no round trip
    assert here.get("eg", "/updates/", "?other=1") is None and len(calls) == 1  # another variant: asked


def test_a_purge_in_the_same_process_is_seen_at_once():
    here, there = two_processes()
    there.set("eg", "/", "", ENTRY)
    assert here.get("eg", "/", "").body == b"page one"
    here.delete_paths("eg", ["/"])
    assert here.get("eg", "/", "") is None
    there.set("eg", "/", "", ENTRY)
    assert here.get("eg", "/", "").body == b"page one"
    here.bump("eg")
    assert here.get("eg", "/", "") is None


def test_a_purge_in_another_process_is_seen_within_the_near_time():
    here, there = two_processes(seconds=0.3)
    there.set("eg", "/", "", ENTRY)
    assert here.get("eg", "/", "").body == b"page one"
    there.delete_paths("eg", ["/"])
    there.set("eg", "/", "", NEWER)
    deadline = time.monotonic() + 2
    while here.get("eg", "/", "").body == b"page one":
        assert time.monotonic() < deadline, "a purge made elsewhere never reached this process"
        time.sleep(0.02)
    started = time.monotonic()
    there.bump("eg")
    while here.get("eg", "/", "") is not None:
        assert time.monotonic() - started < 1.0, "an edition purge took longer than the promised second"
        time.sleep(0.02)


def test_zero_seconds_turns_it_off(monkeypatch):
    here, there = two_processes(seconds=0)
    there.set("eg", "/", "", ENTRY)
    assert here.get("eg", "/", "").body == b"page one"
    calls = []
    real = here.client.hget
    monkeypatch.setattr(here.client, "hget", lambda *a: calls.append(a) or real(*a))
    here.get("eg", "/", "")
    assert len(calls) == 1


def test_it_stays_bounded():
    here, there = two_processes()
    for n in range(here.near.max_paths + 500):
        there.set("eg", f"/p{n}/", "", ENTRY)
        here.get("eg", f"/p{n}/", "")
    assert len(here.near._paths) <= here.near.max_paths
