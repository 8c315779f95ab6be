"""The WSGI fast path remembers each request line's store address (``PageCacheWSGI._addresses``):
what it remembers must never outlive what it was worked out from — the Sites, the settings, the page
itself — and the memory it takes stays bounded."""

from urllib.parse import unquote

import pytest

from nashra.delivery import wsgi
from nashra.delivery.wsgi import PageCacheWSGI
from tests.delivery.conftest import url_of

pytestmark = pytest.mark.django_db


def _wrapper():
    calls = []
    return PageCacheWSGI(lambda environ, start_response: calls.append(environ) or [b"django"]), calls


def _environ(path, host="eg.localhost", **extra):
    return {"REQUEST_METHOD": "GET", "PATH_INFO": unquote(path).encode().decode("latin-1"), "QUERY_STRING": "",
            "HTTP_HOST": host, "SERVER_PORT": "80", "SCRIPT_NAME": "", "wsgi.url_scheme": "http", **extra}


def _get(wrapper, environ):
    sent = {}
    body = b"".join(wrapper(dict(environ), lambda status, headers: sent.update(headers)))
    return body, sent.get("X-Cache")


def test_a_site_renamed_by_another_process_no_longer_answers_from_a_remembered_address(
        page_cache, editions, article_factory, monkeypatch):
    from django.test import Client
    from wagtail.models import Site

    from nashra.core.scopes import NETWORK
    from nashra.editions import resolve

    article = article_factory(title="عنوان بيروت", edition="lb")
    Client(HTTP_HOST="lb.localhost").get(url_of(article))
    wrapper, calls = _wrapper()
    assert _get(wrapper, _environ(url_of(article), "lb.localhost"))[1] == "HIT" and not calls

    # Another process renames the Site: no signal here, the network generation is bumped, and the
    # edition's pages stay in this store under their bucket.
    Site.objects.filter(pk=editions["lb"].site_id).update(hostname="beirut.localhost")
    page_cache.bump(NETWORK)
    monkeypatch.setattr(resolve, "CHECK_SECONDS", 0.0)

    # The old host now names no Site: the page it served is not the answer any more.
    assert _get(wrapper, _environ(url_of(article), "lb.localhost")) == (b"django", None)
    assert len(calls) == 1


def test_a_purged_page_is_not_served_from_a_remembered_address(page_cache, eg_client, article_factory):
    from nashra.delivery.purge import purge_paths

    article = article_factory(title="خبر يتغير")
    eg_client.get(url_of(article))
    wrapper, calls = _wrapper()
    assert _get(wrapper, _environ(url_of(article)))[1] == "HIT"
    purge_paths("eg", [unquote(url_of(article))])
    assert _get(wrapper, _environ(url_of(article)))[0] == b"django" and len(calls) == 1


def test_a_reader_signed_in_or_a_changed_setting_is_not_answered_from_the_memo(
        page_cache, settings, eg_client, article_factory):
    article = article_factory(title="قارئ مسجل")
    eg_client.get(url_of(article))
    wrapper, calls = _wrapper()
    assert _get(wrapper, _environ(url_of(article)))[1] == "HIT"
    assert _get(wrapper, _environ(url_of(article), HTTP_COOKIE="sessionid=abc"))[0] == b"django"
    settings.SECURE_SSL_REDIRECT = True  # plain HTTP is now a redirect Django makes, never a stored page
    assert _get(wrapper, _environ(url_of(article)))[0] == b"django"
    assert len(calls) == 2


def test_the_memo_stays_bounded_and_skips_long_request_lines(page_cache, eg_client, article_factory, monkeypatch):
    monkeypatch.setattr(wsgi, "ADDRESS_MEMO_MAX", 5)
    article = article_factory(title="ذاكرة محدودة")
    eg_client.get(url_of(article))
    wrapper, _calls = _wrapper()
    for number in range(12):
        _get(wrapper, _environ(f"/page-{number}/"))
        assert len(wrapper._addresses) <= 5
    wrapper._addresses.clear()
    _get(wrapper, _environ("/" + "x" * 2000 + "/"))
    assert not wrapper._addresses
    assert _get(wrapper, _environ(url_of(article)))[1] == "HIT" and len(wrapper._addresses) == 1
