"""Picks fixtures: newsroom members of one edition's role, a few stories of eg and lb."""

from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from nashra.editions.services import group_name

ADMIN = f"/{settings.NASHRA_ADMIN_PATH}"
#: The factory's stories are dated before this; the newest of eg is «أحدث خبر».
START = datetime(2025, 12, 9, 4, 47, tzinfo=UTC)


def member(editions, slug, role, username=None):
    """A logged-in client of a newsroom user holding ``role`` in edition ``slug``."""
    user = User.objects.create_user(username or f"{slug}-{role}-picks", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(editions[slug], role)))
    client = Client()
    client.force_login(user)
    return client


def picks_url(edition, section=None) -> str:
    url = f"{reverse('picks_admin')}?edition={edition.pk}"
    return url + (f"&section={section.pk}" if section is not None else "")


@pytest.fixture
def stories(editions, article_factory):
    """eg: the newest story is a décor-like piece in sports; three politics stories under it; a draft;
    lb: one story."""
    made = {
        "newest": article_factory("eg", section="sports", title="أحدث خبر عن الديكور", published_at=START),
        "politics": article_factory("eg", title="خبر سياسي مهم", published_at=START - timedelta(hours=1)),
        "politics2": article_factory("eg", title="خبر سياسي ثان", published_at=START - timedelta(hours=2)),
        "politics3": article_factory("eg", title="خبر سياسي ثالث", published_at=START - timedelta(hours=3)),
        "draft": article_factory("eg", title="مسودة لم تنشر", publish=False),
        "lb": article_factory("lb", title="خبر من بيروت", published_at=START - timedelta(hours=1)),
    }
    return made
