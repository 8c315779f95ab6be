"""The page cache's entry is a named contract (:class:`CachedPage`): each field means what it says,
and what Redis keeps stays a plain 7-tuple (readable by another release during a rolling restart)."""

import os
import pickle
import time
import uuid

import pytest
from django.test import Client

from nashra.delivery.cached_page import CachedPage
from nashra.delivery.store import get_store
from tests.delivery.conftest import url_of
from tests.live import redis_up

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/10"


def _bucket_key(path):
    """The bucket and the decoded path a request for ``path`` on eg.localhost is kept under."""
    from urllib.parse import unquote

    from nashra.delivery.keys import bucket_for

    return bucket_for(unquote(path), "eg.localhost"), unquote(path)


def test_a_stored_page_carries_each_time_in_its_own_field(page_cache, settings, eg_client, article_factory):
    """Distinct TTLs: a mix-up of stored/fresh/stale/error times, or of status/headers/body, fails here."""
    settings.NASHRA_PAGE_CACHE_TTL = 100
    settings.NASHRA_PAGE_CACHE_SWR = 7
    settings.NASHRA_PAGE_CACHE_STALE_IF_ERROR = 5000
    article = article_factory(title="حقول مسمّاة")
    before = time.time()
    response = eg_client.get(url_of(article))
    bucket, path = _bucket_key(url_of(article))
    entry = get_store().get(bucket, path, "")  # the settings above made a new store
    assert isinstance(entry, CachedPage)
    assert entry.status == 200 and entry.body == response.content
    assert dict(entry.headers)["Content-Length"] == str(len(response.content))
    assert before <= entry.stored_at <= time.time()
    assert entry.fresh_until == entry.stored_at + 100
    assert entry.stale_until == entry.fresh_until + 7
    assert entry.error_until == entry.stored_at + 5000


def test_a_replay_reads_the_fields_by_name(page_cache, article_factory):
    """A hand-made entry: fresh for a while yet, stored 50 s ago, a 404 with its own header and body."""
    from urllib.parse import unquote

    from nashra.delivery.wsgi import PageCacheWSGI

    article_factory()  # the edition and its Site
    now = time.time()
    page = CachedPage(status=404, headers=[("X-Test", "named")], body=b"kept body", stored_at=now - 50,
                      fresh_until=now + 60, stale_until=now + 120, error_until=now + 1000)
    bucket, path = _bucket_key("/kept/")
    page_cache.set(bucket, path, "", page)
    response = Client(HTTP_HOST="eg.localhost").get(path)
    assert response.status_code == 404 and response.content == b"kept body"
    assert response["X-Test"] == "named" and response["X-Cache"] == "HIT" and 50 <= int(response["Age"]) <= 52
    started = []
    wrapper = PageCacheWSGI(lambda environ, start_response: [b"django"])
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": unquote(path), "QUERY_STRING": "",
               "HTTP_HOST": "eg.localhost", "SCRIPT_NAME": ""}
    body = b"".join(wrapper(environ, lambda status, headers: started.append((status, dict(headers)))))
    assert body == b"kept body" and started[0][0] == "404 Not Found"
    assert started[0][1]["X-Test"] == "named" and 50 <= int(started[0][1]["Age"]) <= 52


def test_stale_entries_are_not_hits(page_cache, article_factory):
    article_factory()
    now = time.time()
    page = CachedPage(status=200, headers=[], body=b"old", stored_at=now - 500,
                      fresh_until=now - 1, stale_until=now + 60, error_until=now + 1000)
    bucket, path = _bucket_key("/politics/")
    page_cache.set(bucket, path, "", page)
    response = Client(HTTP_HOST="eg.localhost").head(path)
    assert response["X-Cache"] == "STALE"  # HEAD: the stale copy at once, no render
    assert Client(HTTP_HOST="eg.localhost").get(path).content != b"old"  # GET renders afresh


def test_from_stored_reads_old_tuples_and_refuses_unknown_layouts():
    fields = (200, [("A", "b")], b"x", 1.0, 2.0, 3.0, 4.0)
    page = CachedPage.from_stored(fields)
    assert page == CachedPage(*fields) and page.error_until == 4.0
    assert CachedPage.from_stored(page) is page
    assert CachedPage.from_stored(fields[:6]) is None
    assert CachedPage.from_stored({"status": 200}) is None


def test_redis_keeps_a_plain_tuple_and_reads_entries_written_by_older_code():
    if not redis_up(REDIS_URL):
        pytest.skip(f"no Redis at {REDIS_URL}")
    import redis

    from nashra.core.cache import Breaker
    from nashra.delivery.store_redis import RedisStore

    client = redis.Redis.from_url(REDIS_URL)
    store = RedisStore(client, f"t{uuid.uuid4().hex[:8]}:", 60, circuit=Breaker())
    now = time.time()
    page = CachedPage(200, [("Content-Type", "text/html")], b"page", now, now + 60, now + 120, now + 600)
    assert store.set("eg", "/", "", page, store.begin("eg", "/"))
    raw = client.hget(store._key("eg", "/"), "")
    assert b"nashra" not in raw and type(pickle.loads(raw)) is tuple  # no class name in what Redis keeps
    assert store.get("eg", "/", "") == page and isinstance(store.get("eg", "/", ""), CachedPage)
    # What the code before CachedPage wrote (a pickled plain tuple), and a layout nobody knows.
    client.hset(store._key("eg", "/old/"), "", pickle.dumps(tuple(page)))
    assert store.get("eg", "/old/", "").body == b"page"
    client.hset(store._key("eg", "/odd/"), "", pickle.dumps((200, b"page")))
    assert store.get("eg", "/odd/", "") is None
    client.delete(store._key("eg", "/"), store._key("eg", "/old/"), store._key("eg", "/odd/"))
