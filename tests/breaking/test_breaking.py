"""Breaking mode: an editor switches it on for a story — it is in the ticker, leads the home page and
its section, the home page is kept briefly, its comments go to review — and off (by hand or when its
time is up): everything it changed is back. Reporters and other editions' editors are refused."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nashra.breaking import services
from nashra.breaking.models import BreakingSwitch
from nashra.comments.models import CLOSED, PRE, ArticleCommentSettings
from nashra.comments.services import comment_mode
from nashra.picks.models import LEAD, Pick
from nashra.push.models import PushAlert
from tests.breaking.conftest import member

pytestmark = pytest.mark.django_db


def home(host="eg.localhost"):
    return Client(HTTP_HOST=host).get("/").content.decode()


def top_story(body):
    return body[body.index('<article class="top-story">'):body.index("</article>")]


def ticker(body):
    if 'class="ticker"' not in body:
        return ""
    start = body.index('class="ticker"')
    return body[start:body.index("</section>", start)]


def switch_on(client, article, **data):
    form = {"ends_at": "", **data}
    return client.post(reverse("breaking_start", args=[article.pk]), form)


def test_an_editor_switches_it_on_and_readers_see_it_everywhere(editions, stories):
    story = stories["story"]
    assert "زلزال" not in ticker(home()) and "الخبر الرئيسي المختار" in top_story(home())
    client = member(editions, "eg", "editor")
    form = client.get(reverse("breaking_start", args=[story.pk]))
    assert form.status_code == 200 and "أرسل تنبيهًا عاجلًا" in form.content.decode()
    response = switch_on(client, story, sections=[str(editions["sections"]["eg"]["politics"].pk)])
    assert response.status_code == 302
    body = home()
    assert "زلزال يضرب المدينة" in ticker(body)
    assert f'<time datetime="{story.published_at.isoformat()}" data-ago>' in ticker(body)  # nashra.js: «منذ …»
    assert "زلزال يضرب المدينة" in top_story(body)
    section = Client(HTTP_HOST="eg.localhost").get(editions["sections"]["eg"]["politics"].url).content.decode()
    assert "زلزال يضرب المدينة" in top_story(section)
    assert ArticleCommentSettings.objects.get(article=story).mode == PRE
    assert comment_mode(story).mode == PRE  # what the comment form obeys
    assert "زلزال" not in ticker(home("lb.localhost"))  # another edition's ticker is untouched
    listing = client.get(reverse("breaking_admin")).content.decode()
    assert "زلزال يضرب المدينة" in listing and "إنهاء" in listing


def test_ending_by_hand_restores_everything(editions, stories):
    story = stories["story"]
    ArticleCommentSettings.objects.create(article=story, mode="post")
    client = member(editions, "eg", "editor")
    switch_on(client, story, sections=[str(editions["sections"]["eg"]["politics"].pk)])
    switch = BreakingSwitch.objects.get()
    assert client.post(reverse("breaking_end", args=[switch.pk])).status_code == 302
    story.refresh_from_db()
    assert story.is_breaking is False and story.breaking_until is None
    assert ArticleCommentSettings.objects.get(article=story).mode == "post"
    assert list(Pick.objects.values_list("article_id", "slot", "section_id")) == [(stories["lead"].pk, LEAD, None)]
    body = home()
    assert "زلزال" not in ticker(body) and "الخبر الرئيسي المختار" in top_story(body)
    switch.refresh_from_db()
    assert switch.ended_at is not None and switch.ended_by.username == "eg-editor-picks"
    # ending twice is refused in Arabic
    again = client.post(reverse("breaking_end", args=[switch.pk]), follow=True).content.decode()
    assert "انتهى وضع العاجل لهذا الخبر بالفعل" in again


def test_the_scheduler_ends_a_switch_whose_time_is_up(editions, stories):
    story = stories["story"]
    user = member(editions, "eg", "editor").get(reverse("breaking_admin")).wsgi_request.user
    switch = services.start(story, user, ends_at=timezone.now() + timedelta(minutes=30))
    story.refresh_from_db()
    assert story.is_breaking and story.breaking_until == switch.ends_at
    assert services.end_due_switches() == 0
    assert services.end_due_switches(timezone.now() + timedelta(hours=1)) == 1
    story.refresh_from_db()
    switch.refresh_from_db()
    assert not story.is_breaking and switch.ended_at and switch.ended_by is None
    assert not ArticleCommentSettings.objects.filter(article=story).exists()  # it had no override before
    assert Pick.objects.get(slot=LEAD).article_id == stories["lead"].pk
    assert "الخبر الرئيسي المختار" in top_story(home())


def test_home_page_is_kept_briefly_while_it_lasts(editions, stories, settings, page_cache):
    settings.NASHRA_BREAKING_CACHE_TTL = 15
    reader = Client(HTTP_HOST="eg.localhost")
    assert f"s-maxage={settings.NASHRA_PAGE_CACHE_TTL}" in reader.get("/")["Cache-Control"]
    client = member(editions, "eg", "editor")
    switch_on(client, stories["story"], sections=[str(editions["sections"]["eg"]["politics"].pk)])
    response = reader.get("/")
    assert response["X-Cache"] == "MISS"  # the switch purged it
    assert "s-maxage=15," in response["Cache-Control"]
    section = reader.get(editions["sections"]["eg"]["politics"].url)
    assert "s-maxage=15," in section["Cache-Control"]
    sports = reader.get(editions["sections"]["eg"]["sports"].url)
    assert "s-maxage=15," not in sports["Cache-Control"]
    assert "s-maxage=15," not in Client(HTTP_HOST="lb.localhost").get("/")["Cache-Control"]
    client.post(reverse("breaking_end", args=[BreakingSwitch.objects.get().pk]))
    assert f"s-maxage={settings.NASHRA_PAGE_CACHE_TTL}" in reader.get("/")["Cache-Control"]


def test_the_alert_checkbox_sends_a_push_alert(editions, stories, django_capture_on_commit_callbacks):
    client = member(editions, "eg", "editor")
    with django_capture_on_commit_callbacks():
        switch_on(client, stories["story"], send_alert="on")
    alert = PushAlert.objects.get()
    assert "زلزال يضرب المدينة" in alert.title and alert.edition == editions["eg"]
    assert BreakingSwitch.objects.get().alert == alert


def test_no_alert_without_the_checkbox(editions, stories):
    switch_on(member(editions, "eg", "editor"), stories["story"])
    assert not PushAlert.objects.exists()


def denied(response) -> bool:
    return response.status_code == 403 or (response.status_code == 302 and "breaking" not in response["Location"])


@pytest.mark.parametrize("role", ["reporter", "moderator"])
def test_reporters_cannot_switch(editions, stories, role):
    client = member(editions, "eg", role)
    assert denied(client.get(reverse("breaking_admin")))
    assert denied(switch_on(client, stories["story"]))
    assert not BreakingSwitch.objects.exists()


def test_an_editor_of_another_edition_cannot_switch_or_end(editions, stories):
    lb = member(editions, "lb", "editor", username="lb-ed")
    assert denied(switch_on(lb, stories["story"]))
    assert not BreakingSwitch.objects.exists()
    switch_on(member(editions, "eg", "editor"), stories["story"])
    switch = BreakingSwitch.objects.get()
    assert denied(lb.post(reverse("breaking_end", args=[switch.pk])))
    switch.refresh_from_db()
    assert switch.ended_at is None
    assert "زلزال" not in lb.get(reverse("breaking_admin")).content.decode()
    with pytest.raises(services.ValidationError, match="محررو إصدار"):
        services.start(stories["lb"], switch.started_by)


def test_every_switch_is_logged(editions, stories):
    client = member(editions, "eg", "editor")
    switch_on(client, stories["story"])
    client.post(reverse("breaking_end", args=[BreakingSwitch.objects.get().pk]))
    switch_on(client, stories["story"])
    assert BreakingSwitch.objects.count() == 2
    log = client.get(reverse("breaking_admin")).content.decode()
    log = log[log.index("breaking-log"):]
    assert log.count("زلزال يضرب المدينة") == 2 and "eg-editor-picks" in log


@pytest.mark.parametrize("ends_at, message", [
    ("2020-01-01 10:00", "وقت الانتهاء مضى"),
    ("غدًا", "اكتب الوقت كاملًا"),
    ("9999-01-01 10:00", "خارج المدى"),
])
def test_bad_end_times_are_refused_in_arabic(editions, stories, ends_at, message):
    response = switch_on(member(editions, "eg", "editor"), stories["story"], ends_at=ends_at)
    assert response.status_code == 400 and message in response.content.decode()
    assert not BreakingSwitch.objects.exists()


def test_a_draft_a_second_switch_and_a_foreign_section_are_refused(editions, stories):
    client = member(editions, "eg", "editor")
    response = switch_on(client, stories["draft"])
    assert response.status_code == 400 and "غير منشور" in response.content.decode()
    switch_on(client, stories["story"])
    again = client.post(reverse("breaking_start", args=[stories["story"].pk]), {"ends_at": ""})
    assert again.status_code == 400 and "مشغّل لهذا الخبر بالفعل" in again.content.decode()
    sports = editions["sections"]["eg"]["sports"]
    other = switch_on(client, stories["lead"], sections=[str(sports.pk)])
    assert other.status_code == 400 and "غير متاح" in other.content.decode()
    assert BreakingSwitch.objects.count() == 1


def test_closed_comments_stay_closed(editions, stories):
    ArticleCommentSettings.objects.create(article=stories["story"], mode=CLOSED)
    switch_on(member(editions, "eg", "editor"), stories["story"])
    assert comment_mode(stories["story"]).mode == CLOSED
    services.end(BreakingSwitch.objects.get())
    assert ArticleCommentSettings.objects.get(article=stories["story"]).mode == CLOSED


def test_publishing_the_story_again_keeps_it_breaking_and_the_header_offers_the_switch(editions, stories):
    story = stories["story"]
    client = member(editions, "eg", "editor")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    assert reverse("breaking_start", args=[story.pk]) in edit
    switch_on(client, story, ends_at="2099-01-01 10:00")
    story.refresh_from_db()
    story.is_breaking, story.breaking_until = False, None  # the editor's form, written before the switch
    revision = story.save_revision()
    revision.publish()
    story.refresh_from_db()
    assert story.is_breaking and story.breaking_until == BreakingSwitch.objects.get().ends_at
    assert "زلزال يضرب المدينة" in ticker(home())
    reporter = member(editions, "eg", "reporter", username="rep")
    assert reverse("breaking_start", args=[story.pk]) not in reporter.get(
        reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()


def test_the_scheduler_pass_ends_it(editions, stories):
    from nashra.core import periodic

    switch = services.start(stories["story"], User.objects.create_superuser("chief", password="x" * 12),
                            ends_at=timezone.now() + timedelta(minutes=5))
    BreakingSwitch.objects.filter(pk=switch.pk).update(ends_at=timezone.now() - timedelta(seconds=1))
    periodic.run_all()
    switch.refresh_from_db()
    assert switch.ended_at is not None
    assert "زلزال" not in ticker(home()) and "الخبر الرئيسي المختار" in top_story(home())
