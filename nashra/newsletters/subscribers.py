"""What a reader does with their subscription: sign up (double opt-in), confirm, choose lists,
unsubscribe in one click, take their data away, or delete it.

Sign-ups are counted per address and per e-mail (``NASHRA_NEWSLETTER_SIGNUP_RATES``) in the counters
every process shares (nashra.security.shared), as comments are. A repeated sign-up answers exactly
like a first one (nobody learns who subscribes) and sends another confirmation only while the
address is unconfirmed.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from nashra.security import shared

from .models import NewsletterList, Subscriber, Subscription


def rate_wait(kind: str, ident: str) -> int:
    """Take one sign-up slot of ``ident`` (``kind``: «address» or «email»): 0, or the seconds to wait."""
    if not ident:
        return 0
    limit, window = settings.NASHRA_NEWSLETTER_SIGNUP_RATES[kind]
    key = f"newsletters:signup:{kind}:{hashlib.sha256(ident.encode()).hexdigest()[:32]}"
    return window if shared.count(key, window) > limit else 0


def offered_lists(edition):
    return NewsletterList.objects.filter(edition=edition, offered_at_signup=True).order_by("pk")


@transaction.atomic
def sign_up(edition, email: str) -> Subscriber | None:
    """The subscriber to send a confirmation to, or None when the address is already confirmed."""
    subscriber, _created = Subscriber.objects.get_or_create(edition=edition, email=email.strip().casefold())
    if subscriber.confirmed:
        return None
    for newsletter in offered_lists(edition):
        Subscription.objects.get_or_create(subscriber=subscriber, newsletter=newsletter)
    return subscriber


def confirm(subscriber_id: int, email: str) -> Subscriber | None:
    subscriber = Subscriber.objects.filter(pk=subscriber_id, email=email).first()
    if subscriber is not None and subscriber.confirmed_at is None:
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["confirmed_at"])
    return subscriber


def unsubscribe(subscriber, newsletter_id: int) -> bool:
    deleted, _detail = Subscription.objects.filter(subscriber=subscriber, newsletter_id=newsletter_id).delete()
    return bool(deleted)


@transaction.atomic
def choose(subscriber, newsletter_ids) -> None:
    wanted = set(NewsletterList.objects.filter(edition_id=subscriber.edition_id, pk__in=newsletter_ids)
                 .values_list("pk", flat=True))
    Subscription.objects.filter(subscriber=subscriber).exclude(newsletter_id__in=wanted).delete()
    for newsletter_id in wanted:
        Subscription.objects.get_or_create(subscriber=subscriber, newsletter_id=newsletter_id)


def export(subscriber) -> dict:
    """Everything kept about the subscriber (their «take my data» answer)."""
    def stamp(moment):
        return moment.isoformat() if moment else None

    return {
        "email": subscriber.email,
        "edition": subscriber.edition.slug,
        "signed_up_at": stamp(subscriber.created_at),
        "confirmed_at": stamp(subscriber.confirmed_at),
        "suppressed_at": stamp(subscriber.suppressed_at),
        "lists": [s.newsletter.name for s in subscriber.subscriptions.select_related("newsletter")],
        "mails": [{"subject": d.issue.subject, "at": stamp(d.at), "status": d.status}
                  for d in subscriber.deliveries.select_related("issue").order_by("at")],
    }


def delete(subscriber) -> None:
    """Forget the subscriber: their address, lists and the ledger of mails sent to them."""
    subscriber.delete()
