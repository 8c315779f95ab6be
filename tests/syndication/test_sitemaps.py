from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from nashra.syndication import sitemaps

from .conftest import NS, fetch_xml, xsd_validate


def locs(root, path=".//sm:loc"):
    return [el.text for el in root.findall(path, NS)]


def test_index_lists_sections_news_and_every_article_page_and_validates(eg_client, article_factory, monkeypatch):
    monkeypatch.setattr(sitemaps, "PAGE", 2)
    articles = [article_factory() for _ in range(5)]
    root, content = fetch_xml(eg_client, "/sitemap.xml")
    urls = locs(root, "sm:sitemap/sm:loc")
    assert urls[:2] == ["http://eg.localhost/sitemaps/sections.xml", "http://eg.localhost/sitemaps/news.xml"]
    pages = sorted({a.pk // 2 + 1 for a in articles})
    assert urls[2:] == [f"http://eg.localhost/sitemaps/articles-{n}.xml" for n in pages]
    for el in root.findall("sm:sitemap/sm:lastmod", NS):
        assert datetime.fromisoformat(el.text).utcoffset() == timedelta(hours=2)  # Cairo, winter
    xsd_validate(content, "siteindex.xsd")


def test_article_pages_cover_every_live_article_exactly_once(eg_client, article_factory, monkeypatch):
    monkeypatch.setattr(sitemaps, "PAGE", 3)
    live = [article_factory() for _ in range(7)]
    article_factory(title="مسودة", publish=False)
    article_factory(edition="lb", title="خبر لبناني")
    index, _ = fetch_xml(eg_client, "/sitemap.xml")
    seen, documents = [], []
    for url in locs(index, "sm:sitemap/sm:loc")[2:]:
        root, content = fetch_xml(eg_client, url.removeprefix("http://eg.localhost"))
        seen += locs(root, "sm:url/sm:loc")
        documents.append(content)
    assert sorted(seen) == sorted(a.get_full_url() for a in live)
    assert len(documents) == 3
    for content in documents:
        xsd_validate(content, "urlset-with-extensions.xsd")


def test_article_sitemap_has_image_entries(eg_client, article_factory, make_image):
    article = article_factory(lead_image=make_image())
    root, content = fetch_xml(eg_client, f"/sitemaps/articles-{article.pk // sitemaps.PAGE + 1}.xml")
    images = locs(root, "sm:url/image:image/image:loc")
    assert len(images) == 1 and images[0].startswith("http://eg.localhost/media/")
    xsd_validate(content, "urlset-with-extensions.xsd")


@pytest.mark.parametrize("page", ["0", "999999", "1844674407370955", "99999999999999999999"])
def test_article_sitemap_page_past_the_end_is_404(eg_client, article_factory, page):
    article_factory()
    assert eg_client.get(f"/sitemaps/articles-{page}.xml").status_code == 404


@pytest.mark.parametrize("url", ["/sitemaps/articles--1.xml", "/sitemaps/articles-x.xml", "/sitemaps/articles-.xml"])
def test_malformed_sitemap_page_is_404(eg_client, editions, url):
    assert eg_client.get(url).status_code == 404


def test_news_sitemap_keeps_only_the_last_48_hours(eg_client, article_factory):
    now = timezone.now()
    fresh = article_factory(title="خبر طازج", published_at=now - timedelta(hours=1))
    edge = article_factory(title="قبل يومين إلا قليلًا", published_at=now - timedelta(hours=47))
    article_factory(title="خبر قديم", published_at=now - timedelta(hours=49))
    article_factory(title="خبر لبناني", edition="lb", published_at=now - timedelta(hours=1))
    root, content = fetch_xml(eg_client, "/sitemaps/news.xml")
    assert locs(root, "sm:url/sm:loc") == [fresh.get_full_url(), edge.get_full_url()]
    news = root.find("sm:url/news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "مصر اليوم"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "ar"
    assert news.findtext("news:title", namespaces=NS) == "خبر طازج"
    published = datetime.fromisoformat(news.findtext("news:publication_date", namespaces=NS))
    assert abs(published - fresh.published_at) < timedelta(seconds=1)
    xsd_validate(content, "urlset-with-extensions.xsd")


def test_news_sitemap_of_a_quiet_edition_is_an_empty_urlset(eg_client, article_factory):
    article_factory(published_at=datetime(2020, 1, 1, tzinfo=UTC))
    root, _ = fetch_xml(eg_client, "/sitemaps/news.xml")
    assert root.tag == f"{{{NS['sm']}}}urlset" and len(root) == 0


def test_sections_sitemap_lists_home_and_live_sections(eg_client, editions):
    root, content = fetch_xml(eg_client, "/sitemaps/sections.xml")
    assert locs(root, "sm:url/sm:loc") == [
        "http://eg.localhost/", "http://eg.localhost/politics/", "http://eg.localhost/sports/",
    ]
    xsd_validate(content, "urlset-with-extensions.xsd")


def test_article_page_costs_a_fixed_number_of_queries(eg_client, article_factory, make_image,
                                                      django_assert_max_num_queries):
    articles = [article_factory(lead_image=make_image() if n % 2 else None) for n in range(6)]
    page = articles[0].pk // sitemaps.PAGE + 1  # ids are not reset between tests on PostgreSQL
    with django_assert_max_num_queries(8):
        assert eg_client.get(f"/sitemaps/articles-{page}.xml").status_code == 200


def test_host_without_edition_has_no_sitemap_or_feed(db):
    from django.test import Client

    client = Client(HTTP_HOST="unknown.localhost")  # no edition and no default site
    assert client.get("/sitemap.xml").status_code == 404
    assert client.get("/feed/rss/").status_code == 404


def test_robots_txt_points_at_the_editions_sitemaps(eg_client, lb_client, editions):
    text = eg_client.get("/robots.txt").content.decode()
    assert "Sitemap: http://eg.localhost/sitemap.xml" in text
    assert "Sitemap: http://eg.localhost/sitemaps/news.xml" in text
    assert "Disallow: /" in text
    assert "Sitemap: http://lb.localhost/sitemap.xml" in lb_client.get("/robots.txt").content.decode()
