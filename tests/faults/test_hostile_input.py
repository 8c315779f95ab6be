"""Every public URL pattern, walked with hostile values: NUL bytes, overlong values, negative and huge
numbers, bad dates, broken percent-encoding and odd methods. Nothing may answer 5xx (a review found
500s and 503s from NUL bytes on PostgreSQL and an OverflowError on SQLite)."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

HOSTILE = ["%00", "a%00b", "x" * 3000, "-1", "0", "99999999999999999999", "2025-13-45", "9999-12-31",
           "0001-01-01", "%ff", "%", "%e2%82", "..%2f..%2fetc", "'%20OR%201=1", "%3Cscript%3E"]
QUERY_PARAMS = ["page", "q", "section", "author", "edition", "date", "from", "to", "sort", "tag", "limit",
                "offset", "month", "year", "day", "city", "sign", "cursor", "before", "after", "id"]
METHODS = ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "POST"]
SKIP = (settings.NASHRA_ADMIN_PATH, "documents/", "django-admin")


def _patterns(resolver=None, prefix=""):
    """(route template with <name> placeholders) for every pattern outside the newsroom."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(SKIP):
            continue
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, route)
        elif isinstance(entry, URLPattern):
            yield route


def _fill(route: str, value: str) -> str:
    route = route.lstrip("^").rstrip("$").replace("\\Z", "")
    route = re.sub(r"<(?:\w+:)?\w+>", value, route)
    route = re.sub(r"\(\?P<\w+>[^)]*\)", value, route)  # regex routes (Wagtail's serve)
    return "/" + route.replace("\\", "")


@pytest.fixture
def battery(editions, article_factory):
    article_factory()
    return sorted(set(_patterns()))


def _assert_no_5xx(client, method, path, **extra):
    response = client.generic(method, path, **extra)
    assert response.status_code < 500, (method, path[:120], response.status_code)


@pytest.mark.django_db
def test_no_public_url_answers_5xx_to_hostile_values(battery):
    client = Client(HTTP_HOST="eg.localhost", raise_request_exception=False)
    assert len(battery) > 20  # the walk found the site's routes
    for route in battery:
        for value in HOSTILE:
            _assert_no_5xx(client, "GET", _fill(route, value))
        plain = _fill(route, "1")
        for name in QUERY_PARAMS:
            for value in HOSTILE:
                _assert_no_5xx(client, "GET", f"{plain}?{name}={value}")


@pytest.mark.django_db
def test_no_public_url_answers_5xx_to_odd_methods(battery):
    client = Client(HTTP_HOST="eg.localhost", raise_request_exception=False)
    for route in battery:
        for method in METHODS:
            _assert_no_5xx(client, method, _fill(route, "1"))
            _assert_no_5xx(client, method, _fill(route, "%00"), data="%00", content_type="text/plain")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/politics/?page=%00", "/api/v1/articles/?section=a%00", "/search/?q=%00",
                                  "/comments/99999999999999999999/new/", "/api/v1/prayer-times/?edition=%00"])
def test_malformed_requests_get_an_arabic_400(editions, path):
    response = Client(HTTP_HOST="eg.localhost").get(path)
    assert response.status_code == 400
    body = response.content.decode()
    assert "طلب غير صالح" in body or "تعذّر فهم هذا الطلب" in body
