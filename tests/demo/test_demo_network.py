"""`nashra demo` (what `make run` calls) builds the documented demo network, idempotently."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from nashra.articles.models import ArticlePage, SectionPage
from nashra.editions.models import Edition


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("demo", port=8000, stdout=open("/dev/null", "w"))


def test_demo_loads_two_editions_with_sections_articles_and_accounts(demo, client):
    assert sorted(Edition.objects.values_list("slug", flat=True)) == ["eg", "lb"]
    eg = Edition.objects.get(slug="eg")
    assert eg.name == "مصر اليوم" and eg.month_style == "both"
    assert SectionPage.objects.filter(edition=eg).count() == 8
    assert ArticlePage.objects.live().count() >= 40
    seed_like = ArticlePage.objects.get(edition=eg, external_id="demo-eg-001")
    assert seed_like.dateline == "طرابلس" and seed_like.byline
    assert seed_like.lead_image is not None and seed_like.lead_image_caption
    assert get_user_model().objects.filter(username="editor-eg").exists()
    html = client.get(seed_like.url, HTTP_HOST="eg.localhost:8000").content.decode()
    assert "<bdi>طرابلس</bdi> ـ" in html and "<figcaption" in html


def test_demo_twice_changes_nothing(demo):
    counts = (ArticlePage.objects.count(), SectionPage.objects.count(), get_user_model().objects.count())
    call_command("demo", port=8000, stdout=open("/dev/null", "w"))
    assert (ArticlePage.objects.count(), SectionPage.objects.count(), get_user_model().objects.count()) == counts


def test_demo_stories_are_moved_to_today_keeping_their_spacing(demo):
    from datetime import UTC, datetime, timedelta

    from django.utils import timezone

    stories = ArticlePage.objects.live().order_by("-published_at")
    newest, seed_like = stories[0], stories.get(external_id="demo-eg-001")
    assert timezone.now() - timedelta(days=1) < newest.published_at <= timezone.now()
    # Whole days only: the seed story keeps its time of day (04:47 GMT) and its place in the run.
    assert seed_like.published_at.astimezone(UTC).strftime("%H:%M") == "04:47"
    shift = seed_like.published_at - datetime(2025, 12, 9, 4, 47, tzinfo=UTC)
    assert shift.days >= 0 and shift.seconds == 0


def test_demo_keep_dates_keeps_the_seed_dates(db, settings, tmp_path):
    from datetime import UTC, datetime

    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("demo", port=8000, keep_dates=True, stdout=open("/dev/null", "w"))
    seed_like = ArticlePage.objects.get(external_id="demo-eg-001")
    assert seed_like.published_at == datetime(2025, 12, 9, 4, 47, tzinfo=UTC)
