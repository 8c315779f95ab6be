"""The author picker puts the journalist's own edition's writers first (#21): an Egyptian reporter
finds Egyptian bylines at the top, a Lebanese one Lebanese bylines; the others follow, by name."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client

from nashra.articles.models import Author
from nashra.editions.services import group_name

pytestmark = pytest.mark.django_db


def offered_authors(editions, slug, article) -> list[str]:
    user = User.objects.create_user(f"{slug}-desk", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(editions[slug], "reporter")))
    client = Client()
    client.force_login(user)
    html = client.get(f"/{settings.NASHRA_ADMIN_PATH}/pages/{article.pk}/edit/").content.decode()
    # The picker's options in page order (checkboxes or a <select>), named by the authors' ids.
    start = html.index('name="authors"')
    ids = [int(v) for v in re.findall(r'value="(\d+)"', html[start - 2000:start + 20000])]
    names = dict(Author.objects.values_list("pk", "name"))
    seen = []
    for pk in ids:
        if pk in names and names[pk] not in seen:
            seen.append(names[pk])
    return seen


def test_the_users_own_editions_authors_come_first(editions, article_factory):
    article_factory("lb", title="خبر من بيروت", authors=["أحمد اللبناني"])
    article_factory("eg", title="خبر من القاهرة", authors=["يوسف المصري"])
    Author.objects.create(name="باسم بلا أخبار")
    eg_draft = article_factory("eg", publish=False)
    lb_draft = article_factory("lb", publish=False)

    assert offered_authors(editions, "eg", eg_draft) == ["يوسف المصري", "أحمد اللبناني", "باسم بلا أخبار"]
    assert offered_authors(editions, "lb", lb_draft) == ["أحمد اللبناني", "باسم بلا أخبار", "يوسف المصري"]
