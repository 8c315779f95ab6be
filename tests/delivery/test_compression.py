"""Compressed pages (issue #18, Part 2): a stored page is compressed once, when it is stored, and every
reader whose browser accepts brotli or gzip gets that copy — from Django's replay and from the WSGI
fast path alike — with ``Vary: Accept-Encoding``; a purge drops the compressed copies with the page."""

import gzip
import time
from urllib.parse import unquote

import brotli
import pytest

from nashra.delivery import compression
from nashra.delivery.cached_page import CachedPage
from tests.delivery.conftest import url_of

pytestmark = pytest.mark.django_db

BROWSER = "gzip, deflate, br, zstd"


def _plain(response) -> bytes:
    coding = response.get("Content-Encoding")
    if coding == "br":
        return brotli.decompress(response.content)
    if coding == "gzip":
        return gzip.decompress(response.content)
    assert coding is None, coding
    return response.content


# --- choosing a coding (pure) ---------------------------------------------------------------------

@pytest.mark.parametrize("header, expected", [
    ("gzip, deflate, br, zstd", ("br", "gzip")),
    ("gzip, deflate", ("gzip",)),
    ("GZIP", ("gzip",)),
    ("br;q=0.5, gzip;q=0.8", ("gzip", "br")),
    ("br;q=0, gzip", ("gzip",)),  # q=0 refuses a coding
    ("*", ("br", "gzip")),
    ("*;q=0.1, br;q=0", ("gzip",)),
    ("identity", ()),
    ("br;q=oops", ()),  # an unreadable weight is no consent
    ("", ()),
])
def test_the_accept_encoding_header_decides_the_coding(header, expected):
    assert compression.preferred(header) == expected


def test_only_text_worth_compressing_gets_compressed_copies():
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "5000")]
    variants = compression.encoded_variants(headers, "خبر ".encode() * 700)
    assert set(variants) == {"br", "gzip"}
    br_headers, br_body = variants["br"]
    assert brotli.decompress(br_body) == "خبر ".encode() * 700
    assert dict(br_headers)["Content-Encoding"] == "br"
    assert dict(br_headers)["Content-Length"] == str(len(br_body))  # the compressed length, not the plain one
    assert compression.encoded_variants(headers, b"short") == {}
    assert compression.encoded_variants([("Content-Type", "image/png")], b"\x89PNG" * 1000) == {}


# --- through the page cache -----------------------------------------------------------------------

def test_a_browser_gets_the_compressed_page_on_the_miss_and_on_every_hit(page_cache, eg_client, article_factory):
    article = article_factory(title="خبر مضغوط")
    plain = eg_client.get(url_of(article))  # stores it; this client accepts no coding
    assert "Content-Encoding" not in plain and "Accept-Encoding" in plain["Vary"]
    for coding, accept in (("br", BROWSER), ("gzip", "gzip, deflate")):
        response = eg_client.get(url_of(article), HTTP_ACCEPT_ENCODING=accept)
        assert response["X-Cache"] == "HIT" and response["Content-Encoding"] == coding
        assert int(response["Content-Length"]) == len(response.content) < len(plain.content) / 2
        assert _plain(response) == plain.content and "Accept-Encoding" in response["Vary"]


def test_the_first_reader_gets_the_compressed_copy_too(page_cache, eg_client, article_factory):
    article = article_factory(title="أول قارئ")
    first = eg_client.get(url_of(article), HTTP_ACCEPT_ENCODING=BROWSER)
    assert first["X-Cache"] == "MISS" and first["Content-Encoding"] == "br"
    assert "أول قارئ" in _plain(first).decode()
    assert int(first["Content-Length"]) == len(first.content)


def test_a_publish_replaces_the_compressed_copies(page_cache, eg_client, article_factory):
    article = article_factory(title="العنوان الأول")
    eg_client.get(url_of(article), HTTP_ACCEPT_ENCODING=BROWSER)
    article.title = "العنوان المعدل"
    article.save_revision().publish()
    for accept in (BROWSER, "gzip", ""):
        text = _plain(eg_client.get(url_of(article), HTTP_ACCEPT_ENCODING=accept)).decode()
        assert "العنوان المعدل" in text and "العنوان الأول" not in text, accept


def test_the_wsgi_fast_path_serves_the_compressed_copy(page_cache, eg_client, article_factory):
    from nashra.delivery.wsgi import PageCacheWSGI

    article = article_factory(title="مسار سريع مضغوط")
    eg_client.get(url_of(article))
    wrapper = PageCacheWSGI(lambda environ, start_response: pytest.fail("a fresh hit reached Django"))
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": unquote(url_of(article)).encode().decode("latin-1"),
               "QUERY_STRING": "", "HTTP_HOST": "eg.localhost", "SCRIPT_NAME": ""}
    for accept, coding, unpack in ((BROWSER, "br", brotli.decompress), ("gzip", "gzip", gzip.decompress),
                                   (None, None, bytes)):
        started = {}
        env = dict(environ, HTTP_ACCEPT_ENCODING=accept) if accept else environ
        body = b"".join(wrapper(env, lambda status, headers, into=started: into.update(headers)))
        headers = started
        assert headers.get("Content-Encoding") == coding and int(headers["Content-Length"]) == len(body)
        assert "مسار سريع مضغوط" in unpack(body).decode()
        assert headers["X-Cache"] == "HIT" and "Accept-Encoding" in headers["Vary"]


def test_small_and_redirect_responses_are_not_compressed(page_cache, eg_client, article_factory):
    article = article_factory()
    url = url_of(article)
    eg_client.get(url.rstrip("/"))  # a 301 to the slash form
    moved = eg_client.get(url.rstrip("/"), HTTP_ACCEPT_ENCODING=BROWSER)
    assert moved.status_code == 301 and "Content-Encoding" not in moved


def test_the_store_counts_compressed_copies_in_its_byte_bound():
    """Bounded by bytes: a page's compressed copies and headers count, not only its plain body."""
    from nashra.delivery.store import LocalStore

    body = ("نص " * 4000).encode()
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
    page = CachedPage(200, headers, body, 0, 1e12, 1e12, 1e12, compression.encoded_variants(headers, body))
    assert page.nbytes() > len(body) + sum(len(b) for _h, b in page.encoded.values())
    store = LocalStore(max_entries=10_000, max_bytes=page.nbytes() * 5, journal_path=None)
    for i in range(50):
        store.set("eg", f"/p{i}/", "", page)
    assert len(store) == 5 and store._bytes <= page.nbytes() * 5
    assert store.get("eg", "/p49/", "") is not None and store.get("eg", "/p0/", "") is None


def test_pages_kept_by_an_earlier_release_are_still_read():
    """Redis may hold 7-tuples written before compressed copies existed (a rolling restart)."""
    now = time.time()
    old = (200, [("Content-Type", "text/html")], b"old", now, now + 60, now + 120, now + 1000)
    page = CachedPage.from_stored(old)
    assert page is not None and page.body == b"old" and page.encoded is None
    assert CachedPage.from_stored(page.stored()) == page
    assert CachedPage.from_stored((1, 2)) is None
