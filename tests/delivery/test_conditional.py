"""The page cache answers ``If-None-Match`` itself: 304 from a stored entry whose ETag matches, on the
middleware's hit path and on the bare WSGI path, without calling the view (issue #20, live coverage).

The live blog's update channel (``<blog>/updates/``) carries the blog's version as its ETag, and every
polling reader sends it back; ordinary pages get an ETag from their body when they are stored."""

from urllib.parse import unquote

import pytest
from django.test import Client

from nashra.delivery.conditional import body_etag, etag_matches
from nashra.liveblog import services
from tests.delivery.conftest import url_of
from tests.liveblog.conftest import blog  # noqa: F401 - the fixture
from tests.liveblog.conftest import url_of as page_url

pytestmark = pytest.mark.django_db

BODY_HEADERS = ("Content-Length", "Content-Type", "Content-Encoding")


@pytest.fixture
def view_calls(monkeypatch):
    """Every call of the update channel's view (the routable page imports it when called)."""
    from nashra.liveblog import views

    calls = []
    real = views.updates

    def counting(request, blog):  # noqa: F811 - the fixture's name
        calls.append(request.META.get("HTTP_IF_NONE_MATCH"))
        return real(request, blog)

    monkeypatch.setattr(views, "updates", counting)
    return calls


@pytest.fixture
def channel(page_cache, blog, view_calls):  # noqa: F811 - the fixture above
    services.post_entry(blog, None, title="أول تحديث", body="<p>نص</p>")
    client = Client(HTTP_HOST="eg.localhost")
    url = page_url(blog) + "updates/"
    first = client.get(url)
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    return {"client": client, "url": url, "etag": first["ETag"], "blog": blog, "calls": view_calls,
            "first": first}


def _assert_304(response, etag):
    assert response.status_code == 304, response.status_code
    assert response.content == b""
    assert response["ETag"] == etag
    for name in BODY_HEADERS:
        assert name not in response, name


# --- the comparison ----------------------------------------------------------------

@pytest.mark.parametrize(("header", "etag", "matches"), [
    ('"lb-1-2"', '"lb-1-2"', True),
    ('"lb-1-2"', '"lb-1-23"', False),
    ('"lb-1-23"', '"lb-1-2"', False),
    ('W/"lb-1-2"', '"lb-1-2"', True),  # weak comparison, either side
    ('"abc"', 'W/"abc"', True),
    ('W/"abc"', 'W/"abc"', True),
    ('"x", "y" ,W/"lb-1-2"', '"lb-1-2"', True),  # a list
    ('"x", "y"', '"lb-1-2"', False),
    ('"a,b", "c"', '"a,b"', True),  # a comma inside a tag is part of it
    ('"a,b"', '"a"', False),
    ("*", '"anything"', True),
    (" * ", 'W/"anything"', True),
    ("", '"lb-1-2"', False),
    ("lb-1-2", '"lb-1-2"', False),  # unquoted: not a tag
    ('"lb-1-2"', "", False),
])
def test_if_none_match_comparison(header, etag, matches):
    assert etag_matches(header, etag) is matches


def test_a_body_etag_is_weak_and_follows_the_body():
    assert body_etag(b"abc").startswith('W/"') and body_etag(b"abc") == body_etag(b"abc")
    assert body_etag(b"abc") != body_etag(b"abd")


# --- the middleware's hit path --------------------------------------------------------

def test_match_is_a_304_from_the_cache_without_the_view(channel):
    client, url, etag, calls = channel["client"], channel["url"], channel["etag"], channel["calls"]
    assert len(calls) == 1
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    _assert_304(response, etag)
    assert response["X-Cache"] == "HIT" and "Age" in response
    assert response["Cache-Control"] == channel["first"]["Cache-Control"]
    assert response["Surrogate-Key"] == channel["first"]["Surrogate-Key"]
    for header in (f"W/{etag}", f'"other", {etag}', "*"):
        _assert_304(client.get(url, HTTP_IF_NONE_MATCH=header), etag)
    _assert_304(client.head(url, HTTP_IF_NONE_MATCH=etag), etag)
    assert len(calls) == 1, "a conditional hit called the view"


def test_mismatch_is_a_200_with_the_body(channel):
    client, url = channel["client"], channel["url"]
    response = client.get(url, HTTP_IF_NONE_MATCH='"lb-0-0"')
    assert response.status_code == 200 and response["X-Cache"] == "HIT"
    assert response.content == channel["first"].content and "أول تحديث" in response.json()["entries"][0]["html"]
    assert response["ETag"] == channel["etag"]
    assert len(channel["calls"]) == 1


def test_after_a_new_entry_the_old_etag_gets_the_new_body(channel):
    client, url, old = channel["client"], channel["url"], channel["etag"]
    _assert_304(client.get(url, HTTP_IF_NONE_MATCH=old), old)
    services.post_entry(channel["blog"], None, title="تحديث عاجل", body="<p>نص جديد</p>")  # purges the channel
    response = client.get(url, HTTP_IF_NONE_MATCH=old)
    assert response.status_code == 200 and response["X-Cache"] == "MISS"
    assert response["ETag"] != old
    assert "تحديث عاجل" in response.json()["entries"][-1]["html"]
    new = response["ETag"]
    _assert_304(client.get(url, HTTP_IF_NONE_MATCH=new), new)
    assert client.get(url, HTTP_IF_NONE_MATCH=old).status_code == 200
    # The render held the condition back from the view: the whole answer was stored, not a 304.
    assert channel["calls"] == [None, None]


def test_a_miss_with_the_current_etag_stores_the_page_and_answers_304(channel):
    """Pollers all send the current ETag: the first after a purge (or an eviction) must store the
    page, or every one of them would render it again."""
    from nashra.delivery.store import get_store

    client, url, etag = channel["client"], channel["url"], channel["etag"]
    get_store().bump("eg")  # every page of the edition gone (local memory and Redis alike)
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    _assert_304(response, etag)
    assert response["X-Cache"] == "MISS"
    _assert_304(client.get(url, HTTP_IF_NONE_MATCH=etag), etag)
    again = client.get(url)
    assert again.status_code == 200 and again["X-Cache"] == "HIT" and again.content == channel["first"].content
    assert len(channel["calls"]) == 2


def test_post_is_never_answered_304(channel):
    client, url, etag = channel["client"], channel["url"], channel["etag"]
    response = client.post(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 405 and response.status_code != 304
    assert len(channel["calls"]) == 2  # the cache passed it on


def test_ordinary_pages_get_an_etag_and_vary_is_kept(page_cache, eg_client, article_factory):
    article = article_factory(title="خبر عادي")
    path = url_of(article)
    first = eg_client.get(path, HTTP_ACCEPT_ENCODING="gzip, br")
    etag = first["ETag"]
    assert first.status_code == 200 and etag.startswith('W/"') and first["Content-Encoding"] == "br"
    assert "Accept-Encoding" in first["Vary"]
    response = eg_client.get(path, HTTP_IF_NONE_MATCH=etag, HTTP_ACCEPT_ENCODING="gzip, br")
    _assert_304(response, etag)
    assert response["Vary"] == first["Vary"] and response["Cache-Control"] == first["Cache-Control"]
    assert response["X-Cache"] == "HIT"
    plain = eg_client.get(path)
    assert plain["ETag"] == etag and "خبر عادي" in plain.content.decode()
    assert eg_client.get(path, HTTP_IF_NONE_MATCH=etag.removeprefix("W/")).status_code == 304


def test_a_cached_404_is_never_304(page_cache, eg_client, editions):
    eg_client.get("/no-such-page/")
    response = eg_client.get("/no-such-page/", HTTP_IF_NONE_MATCH="*")
    assert response.status_code == 404 and response["X-Cache"] == "HIT"


# --- the bare WSGI path ------------------------------------------------------------------

def _wsgi(path: str, **extra):
    from nashra.delivery.wsgi import PageCacheWSGI

    calls, started = [], []
    wrapper = PageCacheWSGI(lambda environ, start_response: calls.append(environ) or [b"django"])
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": unquote(path).encode().decode("latin-1"),
               "QUERY_STRING": "", "HTTP_HOST": "eg.localhost", "SCRIPT_NAME": "", **extra}
    body = b"".join(wrapper(environ, lambda status, headers: started.append((status, dict(headers)))))
    return calls, (started[0] if started else (None, {})), body


def test_wsgi_fast_path_answers_304_without_django(channel):
    url, etag = channel["url"], channel["etag"]
    for header in (etag, f"W/{etag}", f'"x", {etag}', "*"):
        calls, (status, headers), body = _wsgi(url, HTTP_IF_NONE_MATCH=header)
        assert not calls and status == "304 Not Modified" and body == b"", header
        assert headers["ETag"] == etag and headers["X-Cache"] == "HIT"
        assert headers["Cache-Control"] == channel["first"]["Cache-Control"]
        for name in BODY_HEADERS:
            assert name not in headers
    calls, (status, headers), body = _wsgi(url, HTTP_IF_NONE_MATCH='"lb-0-0"')
    assert not calls and status == "200 OK" and body == channel["first"].content
    assert int(headers["Content-Length"]) == len(body)
    calls, _started, _body = _wsgi(url, HTTP_IF_NONE_MATCH=etag, REQUEST_METHOD="POST")
    assert len(calls) == 1  # Django's to answer
    assert len(channel["calls"]) == 1


def test_wsgi_fast_path_gives_the_new_body_after_a_purge(channel):
    url, old = channel["url"], channel["etag"]
    assert _wsgi(url, HTTP_IF_NONE_MATCH=old)[1][0] == "304 Not Modified"
    services.post_entry(channel["blog"], None, title="تحديث عاجل", body="<p>نص جديد</p>")
    calls, _started, _body = _wsgi(url, HTTP_IF_NONE_MATCH=old)
    assert len(calls) == 1  # purged: no entry, Django renders
    response = channel["client"].get(url, HTTP_IF_NONE_MATCH=old)
    assert response.status_code == 200 and "تحديث عاجل" in response.content.decode()
    calls, (status, headers), body = _wsgi(url, HTTP_IF_NONE_MATCH=old)
    assert not calls and status == "200 OK" and "تحديث عاجل" in body.decode()
    calls, (status, headers), body = _wsgi(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert not calls and status == "304 Not Modified" and body == b""


def test_wsgi_fast_path_keeps_vary_on_a_304(page_cache, eg_client, article_factory):
    article = article_factory(title="خبر للمسار السريع")
    path = url_of(article)
    first = eg_client.get(path)
    calls, (status, headers), body = _wsgi(path, HTTP_IF_NONE_MATCH=first["ETag"], HTTP_ACCEPT_ENCODING="br")
    assert not calls and status == "304 Not Modified" and body == b""
    assert headers["Vary"] == first["Vary"] and "Accept-Encoding" in headers["Vary"]
    assert headers["ETag"] == first["ETag"] and "Content-Encoding" not in headers


def test_a_response_not_kept_is_still_answered_304_with_its_cookies(page_cache, editions, rf):
    """The view never sees the condition on a render; one the cache does not keep (private, a cookie)
    is answered 304 from its own ETag, as the view would have, cookies and all."""
    from django.http import HttpResponse

    from nashra.delivery.middleware import PageCacheMiddleware

    def view(request):
        assert "HTTP_IF_NONE_MATCH" not in request.META
        response = HttpResponse(b"x" * 2000, content_type="text/html")
        response["ETag"] = '"v1"'
        response["Cache-Control"] = "private, max-age=0"
        response.set_cookie("seen", "1")
        return response

    middleware = PageCacheMiddleware(view)
    response = middleware(rf.get("/private/", HTTP_HOST="eg.localhost", HTTP_IF_NONE_MATCH='W/"v1"'))
    assert response.status_code == 304 and response.content == b""
    assert response["ETag"] == '"v1"' and response["Cache-Control"] == "private, max-age=0"
    assert response.cookies["seen"].value == "1" and "Content-Type" not in response
    again = middleware(rf.get("/private/", HTTP_HOST="eg.localhost", HTTP_IF_NONE_MATCH='"v0"'))
    assert again.status_code == 200 and len(again.content) == 2000 and "X-Cache" not in again
