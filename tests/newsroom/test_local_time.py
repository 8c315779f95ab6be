"""The newsroom runs on the journalist's own edition's clock, not the server's UTC (#21): a comment
sent at 10:57 Cairo time shows 10:57 in the queue, a story scheduled for 10:00 Beirut time shows
10:00 on both sides of Lebanon's DST change, and a zone the journalist chose is theirs to keep."""

from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client
from wagtail.users.models import UserProfile

from nashra.comments.models import Comment
from nashra.editions.services import group_name

pytestmark = pytest.mark.django_db
ADMIN = f"/{settings.NASHRA_ADMIN_PATH}"


def journalist(editions, slug, role, name=None):
    user = User.objects.create_user(name or f"{slug}-{role}", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(editions[slug], role)))
    return user


def zone(user) -> str:
    return UserProfile.get_for_user(user).current_time_zone


def test_joining_an_edition_gives_its_zone(editions):
    assert zone(journalist(editions, "eg", "reporter")) == "Africa/Cairo"
    assert zone(journalist(editions, "lb", "editor")) == "Asia/Beirut"
    # Added from the group's side (group.user_set.add), as the newsroom's group editor does.
    user = User.objects.create_user("joined-from-group", password="x" * 12)
    Group.objects.get(name=group_name(editions["lb"], "moderator")).user_set.add(user)
    assert zone(user) == "Asia/Beirut"


def test_a_zone_the_journalist_chose_is_kept(editions):
    user = User.objects.create_user("traveller", password="x" * 12)
    profile = UserProfile.get_for_user(user)
    profile.current_time_zone = "Europe/London"
    profile.save()
    user.groups.add(Group.objects.get(name=group_name(editions["eg"], "editor")))
    assert zone(user) == "Europe/London"


def test_older_accounts_get_their_editions_zone_when_they_sign_in(editions):
    user = journalist(editions, "lb", "reporter")
    UserProfile.objects.filter(user=user).update(current_time_zone="")  # an account from before
    Client().force_login(user)  # django.contrib.auth.login: the user_logged_in signal
    assert zone(user) == "Asia/Beirut"
    # An operator without an edition gets the default edition's.
    admin = User.objects.create_superuser("operator", "op@example.invalid", "x" * 12)
    Client().force_login(admin)
    assert zone(admin) == "Africa/Cairo"


def test_the_comment_queue_shows_local_time(editions, article_factory):
    article = article_factory()
    Comment.objects.create(article=article, edition=article.edition, name="قارئ", email="r@example.com",
                           title="تعليق", text="نص", ip_hash="a" * 40,
                           created_at=datetime(2026, 12, 3, 8, 57, tzinfo=UTC))  # 10:57 in Cairo (winter)
    Comment.objects.filter(article=article).update(created_at=datetime(2026, 12, 3, 8, 57, tzinfo=UTC))
    client = Client()
    client.force_login(journalist(editions, "eg", "moderator"))
    html = client.get(f"{ADMIN}/comments/").content.decode()
    assert "2026-12-03 10:57" in html and "08:57" not in html


@pytest.mark.parametrize(("edition", "instant", "local"), [
    ("eg", datetime(2027, 7, 1, 7, 0, tzinfo=UTC), "2027-07-01 10:00"),  # Cairo summer time (since 2023): UTC+3
    ("eg", datetime(2027, 12, 1, 8, 0, tzinfo=UTC), "2027-12-01 10:00"),  # Cairo winter: UTC+2
    ("lb", datetime(2027, 3, 27, 8, 0, tzinfo=UTC), "2027-03-27 10:00"),  # Beirut the day before DST: UTC+2
    ("lb", datetime(2027, 3, 28, 7, 0, tzinfo=UTC), "2027-03-28 10:00"),  # Beirut the day DST began: UTC+3
])
def test_a_scheduled_time_is_shown_in_the_editions_local_time(editions, article_factory, edition, instant, local):
    article = article_factory(edition, publish=False)
    article.go_live_at = instant
    article.save_revision()
    client = Client()
    client.force_login(journalist(editions, edition, "editor"))
    html = client.get(f"{ADMIN}/pages/{article.pk}/edit/").content.decode()
    assert local in html
    assert instant.strftime("%Y-%m-%d %H:%M") not in html


@pytest.mark.parametrize(("edition", "words"), [("eg", "بتوقيت مصر"), ("lb", "بتوقيت لبنان")])
def test_the_article_form_says_which_zone_its_times_are_in(editions, article_factory, edition, words):
    article = article_factory(edition, publish=False)
    client = Client()
    client.force_login(journalist(editions, edition, "editor"))
    html = client.get(f"{ADMIN}/pages/{article.pk}/edit/").content.decode()
    assert html.count(words) >= 3  # go-live, expiry, the stamp (and «عاجل حتى»)


@pytest.mark.parametrize(("zone_name", "instant", "hint"), [
    ("Asia/Beirut", datetime(2027, 3, 27, 8, 0, tzinfo=UTC), "بتوقيت لبنان (UTC+02:00)"),
    ("Asia/Beirut", datetime(2027, 3, 28, 8, 0, tzinfo=UTC), "بتوقيت لبنان (UTC+03:00)"),  # DST began
    ("Africa/Cairo", datetime(2027, 7, 1, 8, 0, tzinfo=UTC), "بتوقيت مصر (UTC+03:00)"),
    ("UTC", datetime(2027, 7, 1, 8, 0, tzinfo=UTC), "بالتوقيت العالمي (UTC)"),
])
def test_the_zone_hint_names_the_zone_and_its_offset_that_day(zone_name, instant, hint):
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    from nashra.editions.newsroom_time import zone_hint

    with timezone.override(ZoneInfo(zone_name)):
        assert zone_hint(instant) == hint


@pytest.mark.parametrize(("edition", "typed", "instant"), [
    ("lb", "2027-03-28 10:00", datetime(2027, 3, 28, 7, 0, tzinfo=UTC)),  # Beirut, the day DST began: UTC+3
    ("lb", "2027-03-27 10:00", datetime(2027, 3, 27, 8, 0, tzinfo=UTC)),  # the day before: UTC+2
    ("eg", "2027-07-01 10:00", datetime(2027, 7, 1, 7, 0, tzinfo=UTC)),  # Cairo summer (rules of 2023): UTC+3
    ("eg", "2027-12-01 10:00", datetime(2027, 12, 1, 8, 0, tzinfo=UTC)),  # Cairo winter: UTC+2
])
def test_a_time_typed_in_local_time_publishes_at_the_right_instant(editions, article_factory, edition, typed,
                                                                   instant):
    """The editor types 10:00 in the article form (read in their zone, their edition's); the story goes
    live at the UTC instant that is 10:00 there, not a minute before."""
    from unittest import mock
    from zoneinfo import ZoneInfo

    from django.core.management import call_command
    from django.utils import timezone

    from nashra.articles.models import ArticlePage

    user = journalist(editions, edition, "editor")
    article = article_factory(edition, publish=False)
    form_class = ArticlePage.get_edit_handler().get_form_class()
    form = form_class(instance=article, for_user=user, parent_page=article.get_parent())
    with timezone.override(ZoneInfo(user.wagtail_userprofile.current_time_zone)):
        go_live = form.fields["go_live_at"].clean(typed)
    assert go_live == instant
    article.go_live_at = go_live
    article.save_revision(approved_go_live_at=go_live)
    for moment, live in ((instant - timedelta(minutes=1), False), (instant + timedelta(seconds=1), True)):
        with mock.patch("django.utils.timezone.now", return_value=moment):
            call_command("scheduler", once=True)
        article.refresh_from_db()
        assert article.live is live, moment
