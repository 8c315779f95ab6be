"""With ``NASHRA_HTTPS=1`` the page cache must never keep Django's redirect to https, nor answer a
plain-HTTP request with a page kept for https (a review saw «301 to the same URL» loops for 120 s)."""

import pytest
from django.test import Client

from tests.delivery.conftest import url_of

pytestmark = pytest.mark.django_db

HTTPS = {"HTTP_X_FORWARDED_PROTO": "https"}


@pytest.fixture
def https_settings(settings, page_cache):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    return settings


def _client():
    return Client(HTTP_HOST="lb.localhost", raise_request_exception=False)


def test_a_plain_http_request_first_does_not_poison_https_readers(https_settings, article_factory):
    article = article_factory("lb", title="خبر آمن")
    client = _client()
    plain = client.get(url_of(article))
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    assert "X-Cache" not in plain  # the redirect bypassed the cache
    first = client.get(url_of(article), **HTTPS)
    second = client.get(url_of(article), **HTTPS)
    assert (first.status_code, first["X-Cache"]) == (200, "MISS")
    assert (second.status_code, second["X-Cache"]) == (200, "HIT") and "خبر آمن" in second.content.decode()


def test_once_a_page_is_cached_plain_http_is_still_redirected(https_settings, article_factory):
    article = article_factory("lb", title="خبر آمن")
    client = _client()
    client.get("/", **HTTPS)
    assert client.get("/", **HTTPS)["X-Cache"] == "HIT"
    again = client.get("/")
    assert again.status_code == 301 and again["Location"] == "https://lb.localhost/"
    assert client.get(url_of(article)).status_code == 301


def test_the_wsgi_fast_path_follows_the_same_rules(https_settings, article_factory):
    from django.core import signals
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import close_old_connections

    from nashra.delivery.wsgi import PageCacheWSGI

    article_factory("lb")
    app = PageCacheWSGI(WSGIHandler())

    def call(**extra):
        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": "", "HTTP_HOST": "lb.localhost",
                   "SERVER_NAME": "lb.localhost", "SERVER_PORT": "80", "wsgi.url_scheme": "http",
                   "wsgi.input": __import__("io").BytesIO(b""), **extra}
        seen = {}

        def start_response(status, headers, exc_info=None):
            seen["status"], seen["headers"] = status, dict(headers)

        body = b"".join(app(environ, start_response))
        return seen["status"], seen["headers"], body

    # As Django's test client does: a real handler closes the connection when a request starts and ends,
    # which would close the test's transaction on PostgreSQL.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        call(HTTP_X_FORWARDED_PROTO="https")
        status, headers, _body = call(HTTP_X_FORWARDED_PROTO="https")
        assert status.startswith("200") and headers.get("X-Cache") == "HIT"
        status, headers, _body = call()
        assert status.startswith("301") and headers["Location"] == "https://lb.localhost/"
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def test_without_https_redirect_http_and_https_pages_are_kept_apart(page_cache, settings, article_factory):
    """Behind a TLS proxy without the redirect, the two schemes may differ (absolute links)."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    article_factory("lb")
    client = _client()
    client.get("/")
    assert client.get("/")["X-Cache"] == "HIT"
    assert client.get("/", **HTTPS)["X-Cache"] == "MISS"
    assert client.get("/", **HTTPS)["X-Cache"] == "HIT"
