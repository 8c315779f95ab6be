"""``articles/<id>/`` carries the article's galleries, videos and embeds (``blocks``), in the editor's order."""

import json

import pytest
from django.test import Client

from tests.rich_factories import rich_article


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_article_detail_has_the_gallery_the_video_and_the_embed(article_factory):
    related = article_factory(title="خبر ذو صلة")
    article, images = rich_article(article_factory, related=[related])
    response = Client(HTTP_HOST="eg.localhost").get(f"/api/v1/articles/{article.pk}/")
    assert response.status_code == 200
    blocks = json.loads(response.content)["blocks"]
    assert [b["type"] for b in blocks] == ["gallery", "pull_quote", "video", "embed", "related"]
    gallery, quote, video, embed, box = blocks
    assert gallery["after_paragraph"] == 1 and len(gallery["images"]) == len(images)
    first = gallery["images"][0]
    assert first["url"].startswith("http://eg.localhost/media/") and first["width"] and first["height"]
    assert first["caption"] == "تعليق الصورة 1" and first["credit"] == "رويترز"
    assert quote["quote"] == "لن نترك المدينة" and quote["after_paragraph"] == 2
    assert video["content_url"].startswith("http://eg.localhost/") and video["mime_type"] == "video/mp4"
    assert video["captions_url"].endswith(".vtt") and video["poster"]["url"].startswith("http://eg.localhost/")
    assert embed["platform"] == "youtube" and embed["watch_url"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert embed["embed_url"].startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    assert embed["poster"]["url"].startswith("http://eg.localhost/")  # our drawn placeholder, not the platform's
    assert box["articles"] == [{"id": related.pk, "title": "خبر ذو صلة", "url": related.get_full_url()}]


def test_an_article_without_blocks_has_an_empty_list(article_factory):
    article = article_factory()
    data = json.loads(Client(HTTP_HOST="eg.localhost").get(f"/api/v1/articles/{article.pk}/").content)
    assert data["blocks"] == []
