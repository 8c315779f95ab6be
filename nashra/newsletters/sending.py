"""Sending issues: in batches under a per-minute cap, through the task queue, never twice.

- :func:`send_issue_batch` (a task) mails the next subscribers of an issue, as many as the cap
  leaves this minute (``NASHRA_NEWSLETTER_PER_MINUTE``, counted over every issue) and at most
  ``NASHRA_NEWSLETTER_BATCH``, queues the next batch while the minute's budget lasts, and marks the
  issue sent when nobody is left. An issue starts as ``NASHRA_NEWSLETTER_PARALLEL`` such chains,
  each over its own share of the subscribers, so that as many workers send it side by side.
  Each mail first takes its row in the :class:`Delivery` ledger (unique per issue and
  subscriber), so a batch run twice, or by two workers, mails nobody twice;
  a worker killed between taking the row and sending loses that one mail rather than doubling it.
- An SMTP 5xx for an address (refused recipient, or a permanent error on the message) suppresses
  the subscriber: no further mail goes to them. A 4xx or a lost connection is logged on the row.
- :func:`scheduler_pass` (``nashra scheduler``, every 20 s) starts issues whose time came,
  assembles each daily digest at its list's local hour (a section's weekly: on its weekday), and
  enqueues the next batch of issues still being sent.
"""

from __future__ import annotations

import logging
import smtplib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models.functions import Mod
from django.utils import timezone
from django_tasks import task

from nashra.core import events

from . import digest, mail
from .models import DIGEST, SECTION_WEEKLY, Delivery, Issue, NewsletterList, Subscriber

log = logging.getLogger(__name__)


def recipients(issue):
    """Confirmed, not suppressed subscribers of the issue's list who have no ledger row yet."""
    return (Subscriber.objects.filter(subscriptions__newsletter_id=issue.newsletter_id, confirmed_at__isnull=False,
                                      suppressed_at__isnull=True)
            .exclude(deliveries__issue_id=issue.pk).order_by("pk"))


def minute_budget(now=None) -> int:
    """Mails that may still go out in the last sixty seconds under the cap."""
    now = now or timezone.now()
    spent = Delivery.objects.filter(at__gt=now - timedelta(seconds=60)).count()
    return max(0, settings.NASHRA_NEWSLETTER_PER_MINUTE - spent)


def _permanent(exc: Exception, address: str) -> str | None:
    """The server's words when ``exc`` is an SMTP 5xx for this address, else None."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = exc.recipients.get(address, (0, b""))
    elif isinstance(exc, smtplib.SMTPResponseException):
        code, text = exc.smtp_code, exc.smtp_error
    else:
        return None
    if 500 <= int(code) < 600:
        return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"[:300]
    return None


def _claim(issue, subscriber) -> Delivery | None:
    try:
        with transaction.atomic():
            return Delivery.objects.create(issue=issue, subscriber=subscriber)
    except IntegrityError:  # another run took it
        return None


def _deliver(connection, issue, subscriber) -> str:
    row = _claim(issue, subscriber)
    if row is None:
        return "skipped"
    try:
        connection.send_messages([mail.issue_message(issue, subscriber)])
    except Exception as exc:  # noqa: BLE001 - every failure is recorded on its row
        reason = _permanent(exc, subscriber.email)
        if reason:
            Subscriber.objects.filter(pk=subscriber.pk).update(suppressed_at=timezone.now(), suppressed_reason=reason)
            Delivery.objects.filter(pk=row.pk).update(status=Delivery.BOUNCED, error=reason)
            log.info("newsletter: %s suppressed after a hard bounce (%s)", subscriber.pk, reason)
            return "bounced"
        Delivery.objects.filter(pk=row.pk).update(status=Delivery.FAILED, error=str(exc)[:300])
        log.warning("newsletter: issue %s to subscriber %s failed: %s", issue.pk, subscriber.pk, exc)
        return "failed"
    Delivery.objects.filter(pk=row.pk).update(status=Delivery.SENT)
    return "sent"


def _finish(issue) -> None:
    updated = Issue.objects.filter(pk=issue.pk, status=Issue.SENDING).update(status=Issue.SENT, sent_at=timezone.now())
    if updated:
        events.emit(events.EditionContentChanged(edition_id=issue.newsletter.edition_id, source="newsletters"))


@task()
def send_issue_batch(issue_id: int, shard: int = 0, shards: int = 1) -> dict:
    """Mail the next batch of ``issue_id`` (see the module's note); the counts of this run.

    ``shards`` > 1: only the subscribers whose id ≡ ``shard`` (mod ``shards``), so that several workers
    share a big list without reaching for the same rows. A batch that leaves some of its share
    and some of the minute's budget queues the next one itself."""
    issue = Issue.objects.select_related("newsletter__edition__site").filter(pk=issue_id).first()
    counts = {"sent": 0, "bounced": 0, "failed": 0, "skipped": 0}
    if issue is None or issue.status != Issue.SENDING:
        return counts
    share = recipients(issue)
    if shards > 1:
        share = share.annotate(shard=Mod("pk", shards)).filter(shard=shard)
    budget = min(minute_budget(), settings.NASHRA_NEWSLETTER_BATCH)
    batch = list(share[:budget]) if budget else []
    if batch:
        with get_connection() as connection:
            for subscriber in batch:
                counts[_deliver(connection, issue, subscriber)] += 1
    if not recipients(issue).exists():
        _finish(issue)
    elif batch and share.exists() and minute_budget():
        send_issue_batch.enqueue(issue_id, shard, shards)
    return counts


@task()
def send_confirmation(subscriber_id: int) -> bool:
    subscriber = Subscriber.objects.select_related("edition__site").filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.confirmed:
        return False
    mail.confirmation_message(subscriber).send()
    return True


@task()
def send_test(issue_id: int, address: str) -> bool:
    issue = Issue.objects.select_related("newsletter__edition__site").get(pk=issue_id)
    mail.test_message(issue, address).send()
    return True


def start(issue) -> None:
    """Send ``issue`` now: it becomes «being sent» and its first batch is enqueued."""
    Issue.objects.filter(pk=issue.pk, status__in=[Issue.DRAFT, Issue.SCHEDULED]).update(status=Issue.SENDING)
    shards = max(1, settings.NASHRA_NEWSLETTER_PARALLEL)
    for shard in range(shards):
        send_issue_batch.enqueue(issue.pk, shard, shards)


def _digest_due(newsletter, now) -> bool:
    if newsletter.send_hour is None:
        return False
    local = now.astimezone(ZoneInfo(newsletter.edition.time_zone))
    if newsletter.kind == SECTION_WEEKLY and local.weekday() != newsletter.send_weekday:
        return False
    return local.hour >= newsletter.send_hour and newsletter.last_auto_on != local.date()


def scheduler_pass(now: datetime | None = None) -> None:
    now = now or timezone.now()
    automatic = NewsletterList.objects.filter(kind__in=[DIGEST, SECTION_WEEKLY], send_hour__isnull=False)
    for newsletter in automatic.select_related("edition"):
        if _digest_due(newsletter, now):
            local_day = now.astimezone(ZoneInfo(newsletter.edition.time_zone)).date()
            claimed = NewsletterList.objects.filter(pk=newsletter.pk).exclude(last_auto_on=local_day).update(
                last_auto_on=local_day)
            if claimed:  # one scheduler among several assembles it
                issue = digest.assemble(newsletter, now)
                if issue is not None:
                    start(issue)
    for issue in Issue.objects.filter(status=Issue.SCHEDULED, send_at__lte=now):
        start(issue)
    for issue_id in Issue.objects.filter(status=Issue.SENDING).values_list("pk", flat=True):
        if minute_budget(now):
            send_issue_batch.enqueue(issue_id)
