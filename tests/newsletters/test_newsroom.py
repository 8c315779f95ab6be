"""«النشرات البريدية» in the newsroom: an editor of eg makes a list, composes an issue from chosen
stories or the day's digest, previews it, mails a test to themself, schedules it in Cairo time or
sends it now; reporters and editors of another edition are refused."""

from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.urls import reverse

from nashra.newsletters.models import Issue, NewsletterList
from tests.newsletters.conftest import member

pytestmark = pytest.mark.django_db
HOME = f"/{settings.NASHRA_ADMIN_PATH}/newsletters/"


def issue_url(issue) -> str:
    return reverse("newsletters_admin_issue", args=[issue.pk])


def denied(response) -> bool:
    return response.status_code == 403 or (response.status_code == 302 and "newsletters" not in response["Location"])


def test_an_editor_composes_previews_tests_and_sends(editions, digest_list, subscribe, smtp, article_factory):
    story = article_factory(title="خبر مختار للنشرة")
    subscribe("reader@example.com")
    editor = member(editions, "eg", "editor", email="editor@eg.example")
    page = editor.get(f"{HOME}?edition={editions['eg'].pk}")
    assert page.status_code == 200 and "خبر مختار للنشرة" in page.content.decode()
    made = editor.post(f"{HOME}?edition={editions['eg'].pk}", {
        "action": "compose", "newsletter": str(digest_list.pk), "subject": "عدد خاص", "stories": [str(story.pk)]})
    issue = Issue.objects.get()
    assert made.status_code == 302 and [a.title for a in issue.ordered_stories()] == ["خبر مختار للنشرة"]
    preview = editor.get(reverse("newsletters_admin_preview", args=[issue.pk])).content.decode()
    assert 'dir="rtl"' in preview and "خبر مختار للنشرة" in preview
    editor.post(issue_url(issue), {"action": "test"})
    [test_copy] = smtp.to("editor@eg.example")
    assert "[تجربة] عدد خاص" == test_copy["Subject"] and not smtp.to("reader@example.com")
    editor.post(issue_url(issue), {"action": "send"})
    assert len(smtp.to("reader@example.com")) == 1
    issue.refresh_from_db()
    assert issue.status == Issue.SENT
    assert editor.post(issue_url(issue), {"action": "send"}).status_code == 302
    assert len(smtp.to("reader@example.com")) == 1  # a sent issue is not sent again


def test_the_digest_assembles_itself_on_request(editions, digest_list, article_factory):
    article_factory(title="خبر اليوم", published_at=datetime.now(UTC))
    editor = member(editions, "eg", "editor")
    editor.post(f"{HOME}?edition={editions['eg'].pk}", {"action": "compose", "newsletter": str(digest_list.pk),
                                                          "auto": "on"})
    issue = Issue.objects.get()
    assert [a.title for a in issue.ordered_stories()] == ["خبر اليوم"] and "الموجز اليومي" in issue.subject


def test_scheduling_reads_the_editions_time_and_refuses_the_past(editions, digest_list, article_factory):
    issue = Issue.objects.create(newsletter=digest_list, subject="مجدول")
    editor = member(editions, "eg", "editor")
    editor.post(issue_url(issue), {"action": "schedule", "send_at": "٢٠٣٠-٠١-٠٢ ٠٨:٣٠"})
    issue.refresh_from_db()
    assert issue.status == Issue.SCHEDULED and issue.send_at == datetime(2030, 1, 2, 6, 30, tzinfo=UTC)
    past = editor.post(issue_url(issue), {"action": "schedule", "send_at": "2020-01-01 08:00"})
    assert past.status_code == 400 and "الموعد مضى" in past.content.decode()
    bad = editor.post(issue_url(issue), {"action": "schedule", "send_at": "غدًا"})
    assert bad.status_code == 400 and "اكتب الوقت كاملًا" in bad.content.decode()


def test_bad_input_is_an_arabic_message(editions, digest_list):
    editor = member(editions, "eg", "editor")
    url = f"{HOME}?edition={editions['eg'].pk}"
    empty = editor.post(url, {"action": "compose", "newsletter": str(digest_list.pk), "subject": ""})
    assert empty.status_code == 400 and "اختر خبرًا واحدًا على الأقل" in empty.content.decode()
    nothing = editor.post(url, {"action": "compose", "newsletter": str(digest_list.pk), "auto": "on"})
    assert nothing.status_code == 400 and "لا أخبار منشورة اليوم" in nothing.content.decode()
    hour = editor.post(url, {"action": "add_list", "name": "ليلية", "kind": "digest", "send_hour": "25"})
    assert hour.status_code == 400 and "الساعة من 0 إلى 23" in hour.content.decode()
    assert editor.get(f"{HOME}?edition=abc").status_code == 404
    made = editor.post(url, {"action": "add_list", "name": "عاجل", "kind": "breaking"})
    assert made.status_code == 302 and NewsletterList.objects.filter(name="عاجل").exists()


@pytest.mark.parametrize("role", ["reporter", "moderator"])
def test_reporters_cannot_reach_newsletters(editions, digest_list, role):
    issue = Issue.objects.create(newsletter=digest_list, subject="س")
    client = member(editions, "eg", role)
    assert denied(client.get(HOME))
    assert denied(client.post(issue_url(issue), {"action": "send"}))
    assert Issue.objects.get().status == Issue.DRAFT


def test_an_editor_of_lb_can_neither_see_nor_send_egs(editions, digest_list, subscribe, smtp):
    issue = Issue.objects.create(newsletter=digest_list, subject="س")
    subscribe("reader@example.com")
    client = member(editions, "lb", "editor")
    assert client.get(HOME).status_code == 200
    assert denied(client.get(f"{HOME}?edition={editions['eg'].pk}"))
    assert denied(client.get(issue_url(issue)))
    assert denied(client.get(reverse("newsletters_admin_preview", args=[issue.pk])))
    assert denied(client.post(issue_url(issue), {"action": "send"}))
    assert Issue.objects.get().status == Issue.DRAFT and not smtp.messages
