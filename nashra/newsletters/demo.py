"""Demo data: the daily digest list of an edition (sent at 7 in the morning, local time) and one
sent issue of it in the web archive (idempotent; no mail is sent and nobody is subscribed)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from . import digest
from .models import DIGEST, Issue, NewsletterList


def load_demo(edition) -> bool:
    """True when the demo issue was made now."""
    newsletter, _created = NewsletterList.objects.get_or_create(
        edition=edition, kind=DIGEST, defaults={"name": _("الموجز اليومي"), "send_hour": 7})
    if Issue.objects.filter(newsletter=newsletter, status=Issue.SENT).exists():
        return False
    stories = digest.chosen_stories(newsletter, now=timezone.now())
    if not stories:  # the demo's dates may lie in the past: the newest stories stand in for the day's
        from nashra.articles import listings

        stories = list(listings.card_articles(with_section=False).filter(edition_id=edition.pk)[:digest.DIGEST_SIZE])
    if not stories:
        return False
    issue = Issue.objects.create(newsletter=newsletter, subject=digest.default_subject(newsletter),
                                 status=Issue.SENT, sent_at=timezone.now())
    digest.set_stories(issue, stories)
    return True
