"""The reader page: entries newest first with the pinned on top, anchors, keyset pages, JSON-LD."""

import json
import re

import pytest
from django.test import Client

from nashra.liveblog import services
from nashra.liveblog.models import PAGE_SIZE

from .conftest import url_of

pytestmark = pytest.mark.django_db


def jsonld(html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_entries_newest_first_pinned_on_top_each_with_its_anchor(blog):
    first = services.post_entry(blog, None, title="أول تحديث", body="<p>هزة أولى</p>")
    pinned = services.post_entry(blog, None, title="تعليمات السلامة", body="<p>ابتعدوا عن المباني</p>", pinned=True)
    newest = services.post_entry(blog, None, title="آخر تحديث", body="<p>هزة ارتدادية</p>", highlight=True)
    html = Client(HTTP_HOST="eg.localhost").get(url_of(blog)).content.decode()
    assert html.index("تعليمات السلامة") < html.index("آخر تحديث") < html.index("أول تحديث")
    for entry in (first, pinned, newest):
        assert f'id="entry-{entry.pk}"' in html
        assert f'#entry-{entry.pk}"' in html
    assert "مثبت" in html and "مهم" in html
    # The «N تحديثات جديدة» bar: hidden without JavaScript, its text for each Arabic plural class.
    assert 'class="lb-newbar" hidden' in html and 'data-few="{n} تحديثات جديدة"' in html
    assert 'data-one="تحديث جديد واحد"' in html and 'data-two="تحديثان جديدان"' in html
    assert 'data-many="{n} تحديثًا جديدًا"' in html
    assert 'data-minute-few="منذ {n} دقائق"' in html and 'data-minute-two="منذ دقيقتين"' in html
    assert "<script>" not in html.replace('<script type="application/ld+json">', "")


def test_a_long_blog_is_paginated_with_an_older_link(blog):
    entries = [services.post_entry(blog, None, title=f"تحديث {n}", body="<p>نص</p>") for n in range(PAGE_SIZE + 5)]
    client = Client(HTTP_HOST="eg.localhost")
    html = client.get(url_of(blog)).content.decode()
    assert html.count('class="lb-entry') == PAGE_SIZE
    older = re.search(r'href="\?before=(\d+)"', html).group(1)
    page2 = client.get(url_of(blog), {"before": older}).content.decode()
    assert page2.count('class="lb-entry') == 5
    assert f'id="entry-{entries[0].pk}"' in page2
    assert client.get(url_of(blog), {"before": "x"}).status_code == 404


def test_live_blog_posting_structured_data(blog):
    entry = services.post_entry(blog, None, title="تحديث", body="<p>نص</p>")
    data = jsonld(Client(HTTP_HOST="eg.localhost").get(url_of(blog)).content.decode())
    assert data["@type"] == "LiveBlogPosting"
    assert data["headline"] == blog.title
    iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$")
    assert iso.match(data["coverageStartTime"])
    assert "coverageEndTime" not in data
    update = data["liveBlogUpdate"][0]
    assert update["headline"] == "تحديث" and update["url"].endswith(f"#entry-{entry.pk}")
    assert iso.match(update["datePublished"])
    services.set_state(blog, "ended")
    data = jsonld(Client(HTTP_HOST="eg.localhost").get(url_of(blog)).content.decode())
    assert iso.match(data["coverageEndTime"])


def test_editors_may_create_a_live_blog_in_a_section(editions):
    from nashra.liveblog.models import LiveBlogPage

    assert LiveBlogPage.can_create_at(editions["sections"]["eg"]["politics"])
    assert not LiveBlogPage.can_create_at(editions["eg"].site.root_page)


def test_the_news_sitemap_lists_the_blog_while_it_is_live(blog):
    client = Client(HTTP_HOST="eg.localhost")
    assert url_of(blog) in client.get("/sitemaps/news.xml").content.decode()
    services.set_state(blog, "ended")
    assert url_of(blog) not in client.get("/sitemaps/news.xml").content.decode()
