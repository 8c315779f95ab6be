import re
from datetime import timedelta
from email.utils import parsedate_to_datetime

import pytest

from nashra.syndication.models import EditionFeedSettings

from .conftest import NS, fetch_xml

RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"


def rss(client, url):
    root, _ = fetch_xml(client, url, RSS_TYPE)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for name in ("title", "link", "description"):  # required by RSS 2.0
        assert channel.findtext(name), name
    assert channel.findtext("language") == "ar"
    assert channel.find("{http://www.w3.org/2005/Atom}link").get("rel") == "self"
    items = channel.findall("item")
    for item in items:
        assert item.findtext("title") and item.findtext("link").startswith("http://")
        assert item.findtext("guid") == item.findtext("link")
        assert item.findtext("description") is not None
        moment = parsedate_to_datetime(item.findtext("pubDate"))  # RFC 822
        assert moment.tzinfo is not None
    return channel, items


def atom(client, url):
    root, _ = fetch_xml(client, url, ATOM_TYPE)
    assert root.tag == f"{{{NS['atom']}}}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    for name in ("id", "title", "updated"):  # required by RFC 4287
        assert root.findtext(f"atom:{name}", namespaces=NS), name
    assert RFC3339.match(root.findtext("atom:updated", namespaces=NS))
    assert root.find("atom:link[@rel='self']", NS) is not None
    assert root.find("atom:author/atom:name", NS) is not None
    entries = root.findall("atom:entry", NS)
    for entry in entries:
        for name in ("id", "title", "updated", "published"):
            assert entry.findtext(f"atom:{name}", namespaces=NS), name
        for name in ("updated", "published"):
            assert RFC3339.match(entry.findtext(f"atom:{name}", namespaces=NS))
        assert entry.find("atom:link[@rel='alternate']", NS).get("href").startswith("http://")
    return root, entries


def test_edition_rss_newest_first_with_local_offsets(eg_client, article_factory):
    article_factory(title="الأحدث")  # the factory counts published_at down
    article_factory(title="الأقدم")
    article_factory(edition="lb", title="خبر لبناني")
    channel, items = rss(eg_client, "/feed/rss/")
    assert channel.findtext("title") == "مصر اليوم"
    assert [i.findtext("title") for i in items] == ["الأحدث", "الأقدم"]
    assert parsedate_to_datetime(items[0].findtext("pubDate")).utcoffset() == timedelta(hours=2)


def test_edition_atom(eg_client, article_factory):
    article = article_factory(title="خبر أتوم", authors=["فاطمة السعداوي"])
    root, entries = atom(eg_client, "/feed/atom/")
    assert [e.findtext("atom:title", namespaces=NS) for e in entries] == ["خبر أتوم"]
    assert entries[0].findtext("atom:author/atom:name", namespaces=NS) == "فاطمة السعداوي"
    assert entries[0].findtext("atom:id", namespaces=NS) == article.get_full_url()
    assert entries[0].findtext("atom:published", namespaces=NS).endswith("+02:00")


def test_summary_by_default_full_text_when_the_edition_asks(eg_client, editions, article_factory):
    article_factory(subtitle="ملخص قصير", body="<p>النص الكامل للخبر.</p>")
    _, items = rss(eg_client, "/feed/rss/")
    assert items[0].findtext("description") == "ملخص قصير"
    assert items[0].find("content:encoded", NS) is None
    EditionFeedSettings.objects.create(edition=editions["eg"], full_text=True)
    _, items = rss(eg_client, "/feed/rss/")
    assert "النص الكامل للخبر." in items[0].findtext("content:encoded", namespaces=NS)
    _, entries = atom(eg_client, "/feed/atom/")
    assert entries[0].find("atom:content", NS).get("type") == "html"


def test_lead_image_is_enclosure_and_media_content(eg_client, article_factory, make_image):
    article_factory(lead_image=make_image(), lead_image_caption="تعليق الصورة")
    _, items = rss(eg_client, "/feed/rss/")
    enclosure = items[0].find("enclosure")
    assert enclosure.get("url").startswith("http://eg.localhost/media/")
    assert enclosure.get("type") == "image/jpeg" and enclosure.get("length") == "0"
    media = items[0].find("media:content", NS)
    assert media.get("url") == enclosure.get("url") and media.get("medium") == "image"
    assert media.findtext("media:description", namespaces=NS) == "تعليق الصورة"
    _, entries = atom(eg_client, "/feed/atom/")
    assert entries[0].find("atom:link[@rel='enclosure']", NS).get("href") == enclosure.get("url")


def test_section_author_and_tag_feeds(eg_client, article_factory):
    sport = article_factory(section="sports", title="مباراة", authors=["كاتب الرياضة"])
    sport.tags.add("كرة")
    sport.save_revision().publish()
    article_factory(title="سياسة")
    _, items = rss(eg_client, "/feed/section/sports/rss/")
    assert [i.findtext("title") for i in items] == ["مباراة"]
    author_slug = sport.authors.get().slug
    _, entries = atom(eg_client, f"/feed/author/{author_slug}/atom/")
    assert [e.findtext("atom:title", namespaces=NS) for e in entries] == ["مباراة"]
    tag_slug = sport.tags.get().slug
    for url in (f"/feed/tag/{tag_slug}/rss/", f"/feed/tag/{tag_slug}/atom/"):
        assert "مباراة".encode() in eg_client.get(url).content
    _, items = rss(eg_client, "/feed/section/politics/rss/")
    assert [i.findtext("title") for i in items] == ["سياسة"]


@pytest.mark.parametrize("url", [
    "/feed/section/nope/rss/", "/feed/section/nope/atom/", "/feed/author/nobody/rss/", "/feed/tag/nothing/atom/",
    "/feed/section/%D8%B3/rss/", "/feed/section/../rss/",
])
def test_unknown_section_author_or_tag_feed_is_404(eg_client, article_factory, url):
    article_factory()
    assert eg_client.get(url).status_code == 404


def test_another_editions_section_is_404(eg_client, lb_client, article_factory):
    article_factory()
    assert eg_client.get("/feed/section/sports/rss/").status_code == 200
    assert lb_client.get("/feed/section/sports/rss/").status_code == 404


def test_empty_feeds_are_still_valid(eg_client, editions):
    _, items = rss(eg_client, "/feed/rss/")
    assert items == []
    atom(eg_client, "/feed/atom/")


def test_feed_query_count_does_not_grow_with_items(eg_client, article_factory, make_image,
                                                  django_assert_max_num_queries):
    for n in range(8):
        article_factory(lead_image=make_image() if n % 2 else None, authors=[f"كاتب {n}"])
    eg_client.get("/feed/rss/")  # renditions made once
    with django_assert_max_num_queries(12):
        assert eg_client.get("/feed/rss/").status_code == 200


def test_post_is_refused(eg_client, editions):
    assert eg_client.post("/feed/rss/").status_code == 405
