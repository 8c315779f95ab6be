"""Shared abuse limits: 429 with Retry-After, never a 500 (even with the cache down)."""

import json
from unittest import mock

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from nashra.security import ratelimit as rl
from nashra.security.client import client_address


@rl.ratelimit("api", rate="3/m")
def api_view(request):
    return HttpResponse("ok")


@rl.ratelimit("search", rate="2/m", methods=("GET",))
def search_view(request):
    return HttpResponse("ok")


def test_parse_rate():
    assert rl.parse_rate("30/m") == (30, 60)
    assert rl.parse_rate("100/5m") == (100, 300)
    assert rl.parse_rate("5/h") == (5, 3600)
    with pytest.raises(ValueError):
        rl.parse_rate("0/m")


def test_api_answers_429_json_with_retry_after():
    factory = RequestFactory()
    statuses = [api_view(factory.get("/api/v1/articles/", REMOTE_ADDR="198.51.100.1")).status_code
                for _ in range(3)]
    assert statuses == [200, 200, 200]
    refused = api_view(factory.get("/api/v1/articles/", REMOTE_ADDR="198.51.100.1"))
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 61
    assert json.loads(refused.content)["code"] == "rate_limited"
    # Another client is counted separately.
    assert api_view(factory.get("/api/v1/articles/", REMOTE_ADDR="198.51.100.2")).status_code == 200


def test_html_answer_and_methods_filter():
    factory = RequestFactory()
    for _ in range(2):
        assert search_view(factory.get("/search/", REMOTE_ADDR="203.0.113.9")).status_code == 200
    refused = search_view(factory.get("/search/", REMOTE_ADDR="203.0.113.9"))
    assert refused.status_code == 429 and "Retry-After" in refused
    assert "انتظر" in refused.content.decode()
    assert search_view(factory.post("/search/", REMOTE_ADDR="203.0.113.9")).status_code == 200


def test_limit_function_and_custom_key():
    factory = RequestFactory()
    for n in range(5):
        request = factory.post("/comments/", REMOTE_ADDR=f"192.0.2.{n}")
        assert rl.limit(request, "comments", rate="5/m", key=lambda r: "article-7") is None
    refused = rl.limit(factory.post("/comments/", REMOTE_ADDR="192.0.2.99"), "comments", rate="5/m",
                       key=lambda r: "article-7")
    assert refused is not None and refused.status_code == 429


def test_proxy_address_is_used_when_configured(settings):
    settings.NASHRA_TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 5.6.7.8")
    assert client_address(request) == "5.6.7.8"


def test_configured_rate_and_cache_failure_never_500(settings):
    factory = RequestFactory()
    settings.NASHRA_RATELIMITS = {"api": "1/m"}  # NASHRA_RATELIMIT_API=1/m
    assert api_view(factory.get("/api/v1/x/", REMOTE_ADDR="192.0.2.200")).status_code == 200
    assert api_view(factory.get("/api/v1/x/", REMOTE_ADDR="192.0.2.200")).status_code == 429
    with mock.patch.object(rl.cache, "add", side_effect=ConnectionError("redis down")):
        assert api_view(factory.get("/api/v1/x/", REMOTE_ADDR="192.0.2.201")).status_code == 200


def test_shared_counter_lives_in_the_cache():
    """The counter is in Django's cache (Redis with REDIS_URL), not in process memory."""
    from django.core.cache import cache

    request = RequestFactory().get("/search/", REMOTE_ADDR="192.0.2.77")
    rl.limit(request, "shared", rate="10/m")
    keys = [k for k in getattr(cache, "_cache", {}) if "rl:shared:" in str(k)]
    if hasattr(cache, "_cache"):
        assert keys
