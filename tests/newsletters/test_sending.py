"""Issues reach subscribers through a real SMTP server: both parts, RTL, the RFC 8058 headers and a
one-click POST that works; batches under the per-minute cap; a batch run twice mails nobody twice;
an SMTP 5xx suppresses the address; the sent issue joins the web archive (a purge announced)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from nashra.core import events
from nashra.newsletters import digest, sending
from nashra.newsletters.models import Delivery, Issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(digest_list, article_factory):
    story = article_factory(title="خبر النشرة الأول", subtitle="ملخص الخبر")
    made = Issue.objects.create(newsletter=digest_list, subject="موجز اليوم")
    digest.set_stories(made, [story, article_factory(title="خبر ثان")])
    return made


def test_a_subscriber_gets_both_parts_in_rtl_with_one_click_unsubscribe(editions, issue, subscribe, smtp):
    subscriber = subscribe("reader@example.com")
    sending.start(issue)
    [message] = smtp.to("reader@example.com")
    assert message["Subject"] == "موجز اليوم"
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert '<html lang="ar" dir="rtl">' in html and "خبر النشرة الأول" in html and "ملخص الخبر" in html
    assert 'name="color-scheme" content="light dark"' in html and "<img" not in html  # no tracking pixel
    assert "خبر النشرة الأول" in text and "إلغاء الاشتراك" in text
    assert f"/newsletters/p/{subscriber.token}/" in html and f"/newsletters/p/{subscriber.token}/" in text
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = message["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe.startswith("http") and "mailto:" not in message["List-Unsubscribe"]
    # What a mail client does on «unsubscribe»: a POST without cookies or CSRF token.
    client = Client(HTTP_HOST="eg.localhost", enforce_csrf_checks=True)
    path = unsubscribe.split("eg.localhost", 1)[1]
    assert client.get(path).status_code == 200 and subscriber.subscriptions.exists()  # a GET only asks
    answer = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert answer.status_code == 200 and not subscriber.subscriptions.exists()
    issue.refresh_from_db()
    assert issue.status == Issue.SENT and issue.sent_at is not None


def test_https_links_when_the_site_is_served_over_https(editions, issue, subscribe, smtp, settings):
    settings.SECURE_SSL_REDIRECT = True
    subscribe("reader@example.com")
    sending.start(issue)
    [message] = smtp.to("reader@example.com")
    assert message["List-Unsubscribe"].strip().startswith("<https://eg.localhost")


def test_a_tampered_unsubscribe_link_is_an_arabic_page(editions, issue, subscribe, reader):
    subscriber = subscribe("reader@example.com")
    answer = reader.post(f"/newsletters/u/{subscriber.token}x/{issue.newsletter_id}/")
    assert answer.status_code == 404 and "هذا الرابط غير صالح" in answer.content.decode()
    assert subscriber.subscriptions.exists()


def test_only_confirmed_reachable_subscribers_of_the_list_are_mailed(editions, issue, subscribe, smtp):
    subscribe("yes@example.com")
    unconfirmed = subscribe("later@example.com")
    unconfirmed.confirmed_at = None
    unconfirmed.save()
    sending.start(issue)
    assert [rcpt for rcpt, _m in smtp.messages] == ["yes@example.com"]


def test_batches_keep_under_the_per_minute_cap(editions, issue, subscribe, smtp, settings):
    settings.NASHRA_NEWSLETTER_PER_MINUTE = 3
    for n in range(5):
        subscribe(f"r{n}@example.com")
    sending.start(issue)
    assert len(smtp.messages) == 3
    sending.scheduler_pass()  # the same minute: the cap is spent
    assert len(smtp.messages) == 3 and Issue.objects.get().status == Issue.SENDING
    Delivery.objects.update(at=timezone.now() - timedelta(seconds=61))
    sending.scheduler_pass()  # a minute later: the rest
    assert sorted(r for r, _m in smtp.messages) == [f"r{n}@example.com" for n in range(5)]
    assert Issue.objects.get().status == Issue.SENT


def test_a_batch_run_twice_mails_nobody_twice(editions, issue, subscribe, smtp):
    for n in range(4):
        subscribe(f"r{n}@example.com")
    Issue.objects.filter(pk=issue.pk).update(status=Issue.SENDING)
    sending.send_issue_batch.call(issue.pk)
    Issue.objects.filter(pk=issue.pk).update(status=Issue.SENDING)  # as if the worker died before finishing
    sending.send_issue_batch.call(issue.pk)
    sending.send_issue_batch.enqueue(issue.pk)
    assert len(smtp.messages) == 4 and len({r for r, _m in smtp.messages}) == 4
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 4


def test_a_subscriber_the_ledger_already_holds_is_skipped(editions, issue, subscribe, smtp):
    taken = subscribe("taken@example.com")
    subscribe("fresh@example.com")
    Delivery.objects.create(issue=issue, subscriber=taken)  # another worker claimed it
    sending.start(issue)
    assert [r for r, _m in smtp.messages] == ["fresh@example.com"]


def test_an_smtp_5xx_suppresses_the_address(editions, issue, subscribe, smtp, digest_list, article_factory):
    gone = subscribe("gone@example.com")
    subscribe("ok@example.com")
    sending.start(issue)
    gone.refresh_from_db()
    assert gone.suppressed_at is not None and gone.suppressed_reason.startswith("550")
    assert Delivery.objects.get(subscriber=gone).status == Delivery.BOUNCED
    assert [r for r, _m in smtp.messages] == ["ok@example.com"]
    second = Issue.objects.create(newsletter=digest_list, subject="عدد آخر")
    digest.set_stories(second, [article_factory()])
    sending.start(second)
    assert not Delivery.objects.filter(issue=second, subscriber=gone).exists()  # never tried again


def test_a_sent_issue_joins_the_archive_and_purges_the_edition(editions, issue, subscribe, smtp, reader):
    seen = []
    events.subscribe(events.EditionContentChanged, seen.append)
    assert reader.get(f"/newsletters/{issue.pk}/").status_code == 404  # a draft is not public
    subscribe("reader@example.com")
    sending.start(issue)
    assert events.EditionContentChanged(edition_id=editions["eg"].pk, source="newsletters") in seen
    archive = reader.get("/newsletters/").content.decode()
    assert "موجز اليوم" in archive
    page = reader.get(f"/newsletters/{issue.pk}/").content.decode()
    assert "خبر النشرة الأول" in page
    assert Client(HTTP_HOST="lb.localhost").get(f"/newsletters/{issue.pk}/").status_code == 404


def test_the_digest_assembles_and_goes_out_at_the_lists_local_hour(editions, digest_list, subscribe, smtp,
                                                                   article_factory):
    morning = datetime(2026, 12, 4, 4, 30, tzinfo=UTC)  # 06:30 in Cairo: before the list's 7 o'clock
    article_factory(title="خبر الصباح", published_at=morning - timedelta(hours=2))
    article_factory(title="خبر قديم", published_at=morning - timedelta(days=3))
    subscribe("reader@example.com")
    sending.scheduler_pass(morning)
    assert not Issue.objects.exists()
    sending.scheduler_pass(morning + timedelta(minutes=31))  # 07:01 local
    issue = Issue.objects.get()
    assert [a.title for a in issue.ordered_stories()] == ["خبر الصباح"]
    assert issue.status == Issue.SENT and len(smtp.messages) == 1
    sending.scheduler_pass(morning + timedelta(hours=3))  # the same local day: not again
    assert Issue.objects.count() == 1


def test_a_scheduled_issue_goes_out_when_its_time_comes(editions, issue, subscribe, smtp):
    subscribe("reader@example.com")
    Issue.objects.filter(pk=issue.pk).update(status=Issue.SCHEDULED, send_at=timezone.now() + timedelta(hours=1))
    sending.scheduler_pass()
    assert not smtp.messages
    sending.scheduler_pass(timezone.now() + timedelta(hours=1, minutes=1))
    assert len(smtp.messages) == 1


def test_a_section_weekly_goes_out_on_its_weekday_with_the_sections_week(editions, subscribe, smtp,
                                                                         article_factory):
    from nashra.newsletters.models import SECTION_WEEKLY, NewsletterList

    weekly = NewsletterList.objects.create(edition=editions["eg"], name="أسبوعية الرياضة", kind=SECTION_WEEKLY,
                                           section=editions["sections"]["eg"]["sports"], send_hour=9, send_weekday=4)
    friday = datetime(2026, 12, 4, 7, 30, tzinfo=UTC)  # 09:30 in Cairo, a Friday
    article_factory(section="sports", title="مباراة الأسبوع", published_at=friday - timedelta(days=3))
    article_factory(section="politics", title="خبر سياسي", published_at=friday - timedelta(days=1))
    subscribe("fan@example.com", newsletter=weekly)
    sending.scheduler_pass(friday - timedelta(days=1))  # Thursday: not its day
    assert not Issue.objects.filter(newsletter=weekly).exists()
    sending.scheduler_pass(friday)
    issue = Issue.objects.get(newsletter=weekly)
    assert [a.title for a in issue.ordered_stories()] == ["مباراة الأسبوع"] and len(smtp.to("fan@example.com")) == 1


def test_a_big_list_goes_out_in_chained_batches_shared_by_parallel_chains(editions, issue, subscribe, smtp, settings):
    settings.NASHRA_NEWSLETTER_BATCH = 2
    settings.NASHRA_NEWSLETTER_PARALLEL = 3
    for n in range(11):
        subscribe(f"r{n}@example.com")
    sending.start(issue)  # three chains of two-mail batches, each queuing its next one
    received = [r for r, _m in smtp.messages]
    assert sorted(received) == sorted(f"r{n}@example.com" for n in range(11)) and len(received) == 11
    assert Issue.objects.get().status == Issue.SENT


def test_a_share_holds_only_its_own_subscribers(editions, issue, subscribe, smtp, settings):
    settings.NASHRA_NEWSLETTER_BATCH = 100
    people = [subscribe(f"r{n}@example.com") for n in range(6)]
    Issue.objects.filter(pk=issue.pk).update(status=Issue.SENDING)
    counts = sending.send_issue_batch.call(issue.pk, 1, 2)
    assert counts["sent"] == sum(1 for p in people if p.pk % 2 == 1)
    assert {r for r, _m in smtp.messages} == {p.email for p in people if p.pk % 2 == 1}
    assert Issue.objects.get().status == Issue.SENDING  # the other share is still to go
