"""Newsroom access belongs to the edition, not to its display name: renaming an edition keeps its
moderators moderating and its reporters writing, and an edition made any way gets its groups."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client
from wagtail.models import Page, Site

from nashra.comments.admin_views import moderated_editions
from nashra.editions.models import Edition, EditionGroup
from nashra.editions.services import ROLE_LABELS, editions_for, group_name

pytestmark = pytest.mark.django_db
ADMIN = f"/{settings.NASHRA_ADMIN_PATH}"


def _staff(edition, role):
    user = User.objects.create_user(f"{edition.slug}-{role}-renamed", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(edition, role)))
    return user


def test_a_renamed_edition_keeps_its_moderator_and_reporter(editions, article_factory):
    eg = editions["eg"]
    moderator, reporter = _staff(eg, "moderator"), _staff(eg, "reporter")
    article = article_factory("eg", title="خبر قبل تغيير الاسم")
    eg.name = "مصر الآن"
    eg.save()

    assert list(moderated_editions(moderator)) == [eg]
    assert list(editions_for(reporter)) == [eg]
    assert moderator.groups.get().name == "مصر الآن — مشرفو التعليقات"  # the label follows the name
    client = Client()
    client.force_login(moderator)
    assert client.get(f"{ADMIN}/comments/", HTTP_HOST="eg.localhost").status_code == 200
    writer = Client()
    writer.force_login(reporter)
    assert writer.get(f"{ADMIN}/pages/{article.pk}/edit/", HTTP_HOST="eg.localhost").status_code == 200
    assert Group.objects.filter(name__startswith="مصر اليوم").count() == 0  # no stray groups left behind


def test_an_edition_made_outside_the_demo_loader_gets_its_newsroom(editions):
    root = Page.get_first_root_node()
    home = root.add_child(instance=Page(title="الأردن اليوم", slug="home-jo"))
    site = Site.objects.create(hostname="jo.localhost", port=80, root_page=home, site_name="الأردن اليوم")
    jordan = Edition.objects.create(site=site, slug="jo", name="الأردن اليوم", city_name="عمّان",
                                    time_zone="Asia/Amman")
    assert set(EditionGroup.objects.filter(edition=jordan).values_list("role", flat=True)) == set(ROLE_LABELS)
    editor = _staff(jordan, "editor")
    assert list(editions_for(editor)) == [jordan]
