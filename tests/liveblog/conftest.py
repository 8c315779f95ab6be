"""Live-blog fixtures: a running blog in eg's politics section, newsroom members."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from nashra.editions.services import group_name
from nashra.liveblog.models import LiveBlogPage

START = datetime(2026, 2, 6, 1, 17, tzinfo=UTC)


def make_blog(section, title="زلزال: تغطية مباشرة", **fields):
    blog = LiveBlogPage(title=title, summary="<ul><li>زلزال بقوة 6 درجات</li></ul>", coverage_start=START, **fields)
    section.add_child(instance=blog)
    blog.save_revision().publish()
    blog.refresh_from_db()
    return blog


@pytest.fixture
def blog(editions):
    return make_blog(editions["sections"]["eg"]["politics"])


def member(editions, slug, role, username=None):
    user = User.objects.create_user(username or f"{slug}-{role}-lb", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(editions[slug], role)))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def url_of(page) -> str:
    return page.get_url_parts()[2]
