"""A CDN told through NASHRA_CDN_PURGE_URL receives exactly the URLs an article change touches —
URLs that exist (its page, home, section, the feeds and sitemaps it is in), not guessed ones."""

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.test import Client

from nashra.delivery import purge

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiver():
    bodies: queue.Queue = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            bodies.put(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/purge", bodies
    server.shutdown()


def test_an_article_change_sends_the_real_feed_and_sitemap_urls(receiver, settings, article_factory):
    endpoint, bodies = receiver
    settings.NASHRA_CDN_PURGE_URL = endpoint
    article = article_factory(title="خبر للخلاصات")
    while not bodies.empty():
        bodies.get_nowait()  # what publishing the fixture sent
    purge.purge_article(article)
    urls = set(bodies.get(timeout=5)["urls"])
    try:
        while True:  # several buckets may be purged, each its own request
            urls.update(bodies.get(timeout=0.5)["urls"])
    except queue.Empty:
        pass
    paths = {url.removeprefix("http://eg.localhost") for url in urls}
    expected = {"/feed/rss/", "/feed/atom/", "/sitemap.xml", "/sitemaps/news.xml",
                "/feed/section/politics/rss/", "/feed/section/politics/atom/", "/"}
    assert expected <= paths, paths
    assert not paths & {"/rss/", "/feeds/", "/feed/", "/news-sitemap.xml", "/politics/feed/"}
    client = Client()
    for path in sorted(paths):
        assert client.get(path, HTTP_HOST="eg.localhost").status_code == 200, path


def _drain(bodies) -> set[str]:
    urls: set[str] = set()
    try:
        while True:
            urls.update(bodies.get(timeout=1)["urls"])
    except queue.Empty:
        return urls


def test_arabic_section_author_and_tag_pages_are_purged_and_announced(receiver, settings, page_cache, editions):
    """Routes named by ``reverse()`` come percent-encoded («%D8%B3…»), the page cache keys a request by
    its decoded path: the purge must drop the kept pages under Arabic slugs, and tell the CDN their
    encoded URLs."""
    from urllib.parse import quote

    from tests.factories import make_article, make_section

    endpoint, bodies = receiver
    section = make_section(editions["eg"], "اقتصاد", "اقتصاد")
    article = make_article(section, "خبر أول", authors=["كاتب"])
    article.tags.add("بورصة")
    article.save_revision().publish()
    author_slug = article.authors.get().slug
    client = Client(HTTP_HOST="eg.localhost")
    pages = [f"/feed/section/{quote('اقتصاد')}/rss/", f"/authors/{quote(author_slug)}/",
             f"/tags/{quote(article.tags.get().slug)}/"]
    for path in pages:
        client.get(path)
        assert client.get(path)["X-Cache"] == "HIT", path
    settings.NASHRA_CDN_PURGE_URL = endpoint
    _drain(bodies)
    article.title = "خبر معدل"
    article.save_revision().publish()
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200 and response["X-Cache"] == "MISS", path
    announced = {url.removeprefix("http://eg.localhost") for url in _drain(bodies)}
    assert set(pages) <= announced, announced
