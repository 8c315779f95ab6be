"""Stampede protection, stale-while-revalidate, stale-if-error, Redis down."""

import threading
import time
from collections import Counter

import pytest
from django.db import OperationalError
from django.http import HttpResponse
from django.test import RequestFactory

from tests.delivery.conftest import url_of

pytestmark = pytest.mark.django_db


def _middleware(view):
    from nashra.delivery.middleware import PageCacheMiddleware
    from nashra.editions.resolve import resolve_edition

    resolve_edition("eg.localhost")  # resolve host → edition here, not in the threads
    return PageCacheMiddleware(view)


def _concurrently(func, n):
    results, barrier = [], threading.Barrier(n)

    def run():
        barrier.wait()
        results.append(func())

    threads = [threading.Thread(target=run) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    return results


def test_concurrent_misses_render_once(page_cache, editions):
    renders = []

    def slow_view(request):
        renders.append(1)
        time.sleep(0.3)
        return HttpResponse("<p>صفحة واحدة</p>")

    middleware = _middleware(slow_view)
    factory = RequestFactory(HTTP_HOST="eg.localhost")
    results = _concurrently(lambda: middleware(factory.get("/busy/")), 16)
    assert len(renders) == 1
    assert len(results) == 16 and all(r.status_code == 200 and "واحدة" in r.content.decode() for r in results)
    assert Counter(r["X-Cache"] for r in results) == {"MISS": 1, "HIT-WAIT": 15}


def test_stale_while_revalidate_one_render_others_get_the_stale_copy(page_cache, editions, settings):
    settings.NASHRA_PAGE_CACHE_TTL = 0  # stored pages are stale at once, within the SWR window
    version = {"n": 1}
    renders = []

    def view(request):
        renders.append(1)
        time.sleep(0.3)
        return HttpResponse(f"v{version['n']}")

    middleware = _middleware(view)
    factory = RequestFactory(HTTP_HOST="eg.localhost")
    assert middleware(factory.get("/swr/")).content == b"v1"
    version["n"] = 2
    renders.clear()
    started = time.monotonic()
    results = _concurrently(lambda: (middleware(factory.get("/swr/")), time.monotonic() - started), 8)
    assert len(renders) == 1
    stale = [(r, t) for r, t in results if r["X-Cache"] == "STALE"]
    assert len(stale) == 7 and all(r.content == b"v1" and t < 0.25 for r, t in stale)
    assert [r.content for r, _t in results if r["X-Cache"] == "MISS"] == [b"v2"]


def test_stale_if_error_when_the_database_is_down(page_cache, eg_client, article_factory, settings, monkeypatch):
    article = article_factory(title="نسخة محفوظة")
    other = article_factory(title="لم تُخزّن")
    settings.NASHRA_PAGE_CACHE_TTL = 0
    settings.NASHRA_PAGE_CACHE_SWR = 0  # stored copies are at once past fresh and past stale-while-revalidate
    assert eg_client.get(url_of(article))["X-Cache"] == "MISS"

    def database_stopped(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr("nashra.articles.listings.card_articles", database_stopped)  # the sidebar lists
    response = eg_client.get(url_of(article))
    assert response.status_code == 200 and response["X-Cache"] == "STALE-ERROR"
    assert "نسخة محفوظة" in response.content.decode()
    unavailable = eg_client.get(url_of(other))  # nothing to fall back on: «try again shortly», in Arabic
    assert unavailable.status_code == 503 and unavailable["Retry-After"] == "30"
    assert 'dir="rtl"' in unavailable.content.decode() and "X-Cache" not in unavailable


def test_view_returning_5xx_is_replaced_by_the_stale_copy(page_cache, editions, settings):
    settings.NASHRA_PAGE_CACHE_TTL = 0
    settings.NASHRA_PAGE_CACHE_SWR = 0
    status = {"code": 200}
    middleware = _middleware(lambda request: HttpResponse("ok", status=status["code"]))
    factory = RequestFactory(HTTP_HOST="eg.localhost")
    middleware(factory.get("/flaky/"))
    status["code"] = 503
    response = middleware(factory.get("/flaky/"))
    assert response.status_code == 200 and response["X-Cache"] == "STALE-ERROR"


def test_redis_down_means_pages_are_still_served(page_cache, eg_client, article_factory, monkeypatch):
    import redis

    from nashra.delivery import middleware
    from nashra.delivery.store import RedisStore

    dead = RedisStore(redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2), "t:", 60)
    monkeypatch.setattr(middleware, "get_store", lambda: dead)
    article = article_factory(title="بلا ريدس")
    for _ in range(3):
        response = eg_client.get(url_of(article))
        assert response.status_code == 200 and "بلا ريدس" in response.content.decode()
    assert dead.get("eg", "/", "") is None
