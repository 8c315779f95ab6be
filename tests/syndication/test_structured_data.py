import json
import re
from datetime import datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest

from nashra.syndication.models import EditionFeedSettings
from nashra.syndication.structured_data import json_script_body

# How an HTML tokenizer ends a script element: at the first «</script».
LD_BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script', re.S)


class HeadTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links = {}, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.setdefault(attrs.get("property") or attrs.get("name"), attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    html = response.content.decode()
    head = html.split("</head>")[0]
    blocks = [json.loads(block) for block in LD_BLOCK.findall(head)]
    parser = HeadTags()
    parser.feed(head)
    return html, {block["@type"]: block for block in blocks}, parser


def path_of(page_obj):
    return page_obj.get_full_url().removeprefix("http://eg.localhost")


@pytest.fixture
def full_article(editions, article_factory, make_image):
    EditionFeedSettings.objects.create(edition=editions["eg"], logo=make_image("شعار", (600, 60)))
    return article_factory(
        title="الجيش الليبي يؤكد", subtitle="ملخص الخبر", dateline="طرابلس",
        authors=["فاطمة السعداوي"], lead_image=make_image(),
    )


def test_article_has_news_article_json_ld_with_every_required_property(eg_client, full_article):
    _, ld, _ = page(eg_client, path_of(full_article))
    article = ld["NewsArticle"]
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == "الجيش الليبي يؤكد"
    assert article["image"][0].startswith("http://eg.localhost/media/")
    published = datetime.fromisoformat(article["datePublished"])
    assert published.utcoffset() == timedelta(hours=2) and published == full_article.published_at
    assert datetime.fromisoformat(article["dateModified"]) >= published
    (author,) = article["author"]
    assert author["@type"] == "Person" and author["name"] == "فاطمة السعداوي"
    assert unquote(author["url"]) == f"http://eg.localhost/authors/{full_article.authors.get().slug}/"
    publisher = article["publisher"]
    assert publisher["@type"] == "NewsMediaOrganization" and publisher["name"] == "مصر اليوم"
    assert publisher["logo"]["url"].startswith("http://eg.localhost/media/")
    assert article["locationCreated"] == {"@type": "Place", "name": "طرابلس"}
    assert article["isAccessibleForFree"] is True
    assert article["inLanguage"] == "ar"
    assert article["mainEntityOfPage"]["@id"] == full_article.get_full_url()


def test_article_breadcrumbs_go_home_section_article(eg_client, full_article):
    _, ld, _ = page(eg_client, path_of(full_article))
    items = ld["BreadcrumbList"]["itemListElement"]
    assert [(i["position"], i["name"]) for i in items] == [(1, "مصر اليوم"), (2, "سياسة"), (3, "الجيش الليبي يؤكد")]
    assert items[1]["item"] == "http://eg.localhost/politics/"


def test_article_social_cards(eg_client, full_article):
    _, _, tags = page(eg_client, path_of(full_article))
    assert tags.meta["og:title"] == "الجيش الليبي يؤكد"
    assert tags.meta["og:type"] == "article"
    assert tags.meta["og:locale"] == "ar_AR"
    assert tags.meta["twitter:card"] == "summary_large_image"
    assert tags.meta["twitter:title"] == "الجيش الليبي يؤكد"
    assert tags.meta["twitter:image"].startswith("http://eg.localhost/")
    assert tags.meta["article:modified_time"].endswith("+02:00")
    canonical = [link["href"] for link in tags.links if link.get("rel") == "canonical"]
    assert canonical == [full_article.get_full_url()]


def test_article_without_image_or_author_still_has_a_valid_block(eg_client, article_factory):
    article = article_factory(title="خبر بلا صورة")
    _, ld, tags = page(eg_client, path_of(article))
    assert "image" not in ld["NewsArticle"] and "locationCreated" not in ld["NewsArticle"]
    assert ld["NewsArticle"]["author"][0]["@type"] == "NewsMediaOrganization"
    assert tags.meta["twitter:card"] == "summary"


@pytest.mark.parametrize("title", [
    "</script><script>alert(1)</script>", "</SCRIPT ><img src=x onerror=alert(1)>", "<!--<script>", "a & b > c",
])
def test_a_title_cannot_break_out_of_the_json_ld_block(eg_client, article_factory, title):
    article = article_factory(title=title)
    html, ld, _ = page(eg_client, path_of(article))
    assert ld["NewsArticle"]["headline"] == title
    assert ld["BreadcrumbList"]["itemListElement"][-1]["name"] == title
    head = html.split("</head>")[0]
    assert "<script>alert" not in head and "<img src=x" not in head


def test_json_script_body_escapes_markup_characters():
    body = json_script_body({"t": "</script>&<!--"})
    assert not set("<>&") & set(body)
    assert json.loads(body) == {"t": "</script>&<!--"}


def test_home_and_sections_have_website_with_search_action(eg_client, editions):
    for url in ("/", "/politics/"):
        _, ld, tags = page(eg_client, url)
        site = ld["WebSite"]
        assert site["url"] == "http://eg.localhost/" and site["inLanguage"] == "ar"
        action = site["potentialAction"]
        assert action["@type"] == "SearchAction"
        assert action["target"]["urlTemplate"] == "http://eg.localhost/search/?q={search_term_string}"
        assert action["query-input"] == "required name=search_term_string"
        assert tags.meta["og:type"] == "website"
    _, ld, tags = page(eg_client, "/politics/")
    assert [i["name"] for i in ld["BreadcrumbList"]["itemListElement"]] == ["مصر اليوم", "سياسة"]
    feeds = {link["href"] for link in tags.links if link.get("rel") == "alternate"}
    assert {f"http://eg.localhost/feed/section/politics/{kind}/" for kind in ("rss", "atom")} <= feeds


def test_same_story_in_two_editions_gets_hreflang_alternates(eg_client, lb_client, editions, article_factory):
    eg = article_factory(title="قصة مشتركة", external_id="story-1")
    lb = article_factory(edition="lb", title="قصة مشتركة", external_id="story-1")
    alone = article_factory(title="قصة وحيدة", external_id="story-2")
    expected = {("ar-EG", eg.get_full_url()), ("ar-LB", lb.get_full_url())}
    for client, article in ((eg_client, eg), (lb_client, lb)):
        response = client.get(article.get_full_url().split("localhost", 1)[1])
        parser = HeadTags()
        parser.feed(response.content.decode().split("</head>")[0])
        found = {(link["hreflang"], link["href"]) for link in parser.links if "hreflang" in link}
        assert found == expected
    _, _, tags = page(eg_client, path_of(alone))
    assert not [link for link in tags.links if "hreflang" in link]


def test_country_code_setting_overrides_the_time_zone(eg_client, lb_client, editions, article_factory):
    EditionFeedSettings.objects.create(edition=editions["lb"], country_code="sy")
    eg = article_factory(title="قصة", external_id="s")
    article_factory(edition="lb", title="قصة", external_id="s")
    _, _, tags = page(eg_client, path_of(eg))
    assert {link["hreflang"] for link in tags.links if "hreflang" in link} == {"ar-EG", "ar-SY"}


def test_author_and_tag_pages_advertise_their_own_feeds(eg_client, article_factory):
    article = article_factory(authors=["كاتب"])
    author_url = f"/authors/{article.authors.get().slug}/"
    _, ld, tags = page(eg_client, author_url)
    feeds = {link["href"] for link in tags.links if link.get("type") == "application/rss+xml"}
    assert unquote(feeds.pop()) == f"http://eg.localhost/feed/author/{article.authors.get().slug}/rss/"
    assert "WebSite" in ld


def test_pages_without_a_wagtail_page_get_nothing(eg_client, editions):
    response = eg_client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"application/ld+json" not in response.content


def test_without_a_subtitle_descriptions_are_a_line_of_the_body_cut_at_a_word(eg_client, article_factory):
    from nashra.syndication.sources import SUMMARY_CHARACTERS

    words = " ".join(f"كلمة{n}" for n in range(3000))
    article = article_factory(title="خبر طويل بلا عنوان فرعي", body=f"<p>{words}</p>", subtitle="")
    _, ld, tags = page(eg_client, path_of(article))
    for description in (ld["NewsArticle"]["description"], tags.meta["twitter:description"]):
        assert len(description) <= SUMMARY_CHARACTERS and description.endswith("…")
        assert words.startswith(description[:-1])  # whole words: the cut falls before a space
        assert words[len(description) - 1] == " "
