"""`nashra demo` gives one Egyptian story a gallery and another a YouTube facade, once."""

import json

import pytest
from django.core.management import call_command
from wagtail.images.models import Image

from nashra.articles.models import ArticlePage
from nashra.demo import rich_articles


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("demo", port=8000, stdout=open("/dev/null", "w"))


def test_demo_stories_show_a_gallery_and_a_video_facade_and_a_rerun_changes_nothing(demo, client):
    gallery_story = ArticlePage.objects.get(external_id=rich_articles.GALLERY_STORY, edition__slug="eg")
    video_story = ArticlePage.objects.get(external_id=rich_articles.VIDEO_STORY, edition__slug="eg")
    html = client.get(gallery_story.url, HTTP_HOST="eg.localhost:8000").content.decode()
    assert html.count('class="gallery-slide"') == len(rich_articles.GALLERY)
    html = client.get(video_story.url, HTTP_HOST="eg.localhost:8000").content.decode()
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' in html
    assert 'class="embed-poster"' in html and "ytimg" not in html
    def stored():
        return (json.dumps(list(gallery_story.extras.raw_data)), json.dumps(list(video_story.extras.raw_data)),
                Image.objects.count())

    before = stored()
    call_command("demo", port=8000, stdout=open("/dev/null", "w"))
    gallery_story.refresh_from_db()
    video_story.refresh_from_db()
    assert stored() == before
