"""A render that read the data before a purge is never kept as the fresh page after it.

A review saw publishes stay invisible on another app process for up to 120 s: a page rendered while
the publish was being purged was stored as fresh. Both stores refuse such a page (the token a render
takes before it reads anything), and a publish renews what pages are built from before the pages.
"""

import os
import uuid

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from nashra.delivery.cached_page import CachedPage
from tests.live import redis_up

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/10"
ENTRY = CachedPage(200, [("Content-Type", "text/html")], b"old page", 0.0, 1e12, 1e12, 1e12)


def _local():
    from nashra.delivery.store_local import LocalStore

    return LocalStore(max_entries=100, max_bytes=1 << 20, journal_path=None)


def _redis():
    if not redis_up(REDIS_URL):
        pytest.skip(f"no Redis at {REDIS_URL}")
    import redis

    from nashra.core.cache import Breaker
    from nashra.delivery.store_redis import RedisStore

    return RedisStore(redis.Redis.from_url(REDIS_URL), f"t{uuid.uuid4().hex[:8]}:", 60, circuit=Breaker())


@pytest.fixture(params=["local", "redis"])
def store(request):
    return _local() if request.param == "local" else _redis()


def test_a_render_begun_before_its_path_was_purged_is_not_kept(store):
    token = store.begin("eg", "/")
    store.delete_paths("eg", ["/", "/politics/"])
    assert store.set("eg", "/", "", ENTRY, token) is False
    assert store.get("eg", "/", "") is None


def test_a_render_begun_before_an_edition_purge_is_not_kept(store):
    token = store.begin("eg", "/")
    store.bump("eg")
    assert store.set("eg", "/", "", ENTRY, token) is False
    assert store.get("eg", "/", "") is None


def test_a_render_begun_after_the_purge_is_kept(store):
    store.delete_paths("eg", ["/"])
    token = store.begin("eg", "/")
    assert store.set("eg", "/", "", ENTRY, token) is True
    assert store.get("eg", "/", "").body == b"old page"
    other = store.begin("eg", "/politics/")
    store.delete_paths("eg", ["/world/"])  # another path's purge does not concern this render
    assert store.set("eg", "/politics/", "", ENTRY, other) is True


def test_fragments_read_fresh_generations_not_the_hit_memo():
    """A list kept under a generation memoised from before a purge must not reach a new page."""
    store = _redis()
    first = store.generation("frag-eg")
    store.gens.get("frag-eg")  # memoised for the hit path
    other = _redis()
    other.prefix = store.prefix
    other.gens.prefix = store.prefix
    other.bump("frag-eg")  # another process publishes
    assert store.generation("frag-eg") > first


def test_a_publish_during_a_render_leaves_no_stale_page(page_cache, editions):
    """Through the middleware: the view reads the old data, then a publish purges the path."""
    from nashra.delivery import purge
    from nashra.delivery.middleware import PageCacheMiddleware

    state = {"headline": "القديم", "publish_during_render": True}

    def view(request):
        body = state["headline"]
        if state.pop("publish_during_render", False):
            state["headline"] = "الجديد"
            purge.purge_paths("eg", ["/"])
        return HttpResponse(body)

    middleware = PageCacheMiddleware(view)
    factory = RequestFactory(HTTP_HOST="eg.localhost")
    assert middleware(factory.get("/")).content.decode() == "القديم"  # this reader saw the old one
    after = middleware(factory.get("/"))
    assert after.content.decode() == "الجديد" and after["X-Cache"] == "MISS"


def test_a_publish_renews_lists_before_pages(article_factory, monkeypatch):
    """Order matters: a page rendered between the page purge and the list purge would keep the old list."""
    from nashra.delivery import purge

    calls = []
    monkeypatch.setattr(purge, "purge_paths", lambda bucket, paths, root_url=None: calls.append("pages"))
    monkeypatch.setattr(purge, "purge_fragments", lambda slug: calls.append("lists"))
    monkeypatch.setattr(purge, "purge_article_parts", lambda pk: calls.append("parts"))
    monkeypatch.setattr(purge, "purge_api", lambda slug: calls.append("api"))
    purge.purge_article(article_factory())
    assert calls.index("lists") < calls.index("pages") and calls.index("parts") < calls.index("pages")
