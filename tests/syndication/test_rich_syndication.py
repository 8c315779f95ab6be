"""Rich articles for machines: NewsArticle JSON-LD (``image`` list, ``video`` VideoObjects with our own
thumbnails), the sitemaps' image entries for gallery pictures, and the API schema of ``blocks``."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from nashra.syndication import sitemaps
from tests.rich_factories import rich_article

from .conftest import NS, fetch_xml, xsd_validate
from .test_openapi import schema, validate  # noqa: F401 (fixtures)
from .test_structured_data import page


@pytest.fixture
def rich(article_factory, make_image):
    return rich_article(article_factory, lead_image=make_image("رئيسية"), title="خبر بمعرض وفيديو",
                        published_at=timezone.now() - timedelta(hours=1))


def test_news_article_lists_the_gallery_pictures_and_the_videos(eg_client, rich):
    article, images = rich
    _html, blocks, _head = page(eg_client, article.url)
    data = blocks["NewsArticle"]
    assert len(data["image"]) == 1 + len(images)  # the lead card, then every gallery picture
    assert all(url.startswith("http://eg.localhost/") for url in data["image"])
    videos = data["video"]
    assert [v["@type"] for v in videos] == ["VideoObject", "VideoObject"]
    own, youtube = videos
    assert own["name"] == "جولة في الميناء" and own["contentUrl"].startswith("http://eg.localhost/")
    assert own["contentUrl"].endswith(".mp4") and own["uploadDate"]
    assert youtube["name"] == "لقطات من الميدان"
    assert youtube["embedUrl"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0"
    assert youtube["uploadDate"] == data["datePublished"] or youtube["uploadDate"]
    for video in videos:  # thumbnails on our host only: never the platform's
        assert video["thumbnailUrl"] and all(u.startswith("http://eg.localhost/") for u in video["thumbnailUrl"])
    assert youtube["thumbnailUrl"][0].endswith("video-placeholder.svg")


def test_news_sitemap_has_an_image_entry_per_gallery_picture(eg_client, rich):
    article, images = rich
    root, content = fetch_xml(eg_client, "/sitemaps/news.xml")
    url = next(u for u in root.findall("sm:url", NS) if u.findtext("sm:loc", namespaces=NS) == article.get_full_url())
    pictures = [el.text for el in url.findall("image:image/image:loc", NS)]
    assert len(pictures) == 1 + len(images) and len(set(pictures)) == len(pictures)
    assert all(p.startswith("http://eg.localhost/media/") for p in pictures)
    xsd_validate(content, "urlset-with-extensions.xsd")
    root, content = fetch_xml(eg_client, f"/sitemaps/articles-{article.pk // sitemaps.PAGE + 1}.xml")
    assert len(root.findall("sm:url/image:image/image:loc", NS)) == 1 + len(images)


def test_api_detail_blocks_match_the_published_schema(eg_client, rich, validate):  # noqa: F811
    article, images = rich
    response = eg_client.get(f"/api/v1/articles/{article.pk}/")
    assert response.status_code == 200
    data = json.loads(response.content)
    validate(data, "ArticleDetail")
    assert [b["type"] for b in data["blocks"]] == ["gallery", "pull_quote", "video", "embed"]
