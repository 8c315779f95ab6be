"""Absolute links a mail carries (a mail has no request): the edition's own host, in https when the
site is served over https (``NASHRA_HTTPS``), and the signed confirmation token.

The confirmation token is signed (``django.core.signing``) and expires; the preferences and
unsubscribe links carry the subscriber's random secret instead (they must keep working in old mails).
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

CONFIRM_SALT = "nashra.newsletters.confirm"


def base_url(edition) -> str:
    url = edition.base_url.rstrip("/")
    if getattr(settings, "SECURE_SSL_REDIRECT", False) and url.startswith("http://"):
        url = "https://" + url[len("http://"):]
    return url


def absolute(edition, path: str) -> str:
    return base_url(edition) + path


def confirm_token(subscriber) -> str:
    return signing.dumps({"s": subscriber.pk, "e": subscriber.email}, salt=CONFIRM_SALT, compress=True)


def read_confirm_token(token: str) -> dict:
    """The signed content; ``signing.SignatureExpired`` or ``signing.BadSignature`` when it is not good."""
    return signing.loads(token, salt=CONFIRM_SALT, max_age=settings.NASHRA_NEWSLETTER_CONFIRM_HOURS * 3600)


def confirm_url(subscriber) -> str:
    return absolute(subscriber.edition, reverse("newsletters:confirm", args=[confirm_token(subscriber)]))


def preferences_url(subscriber) -> str:
    return absolute(subscriber.edition, reverse("newsletters:preferences", args=[subscriber.token]))


def unsubscribe_url(subscriber, newsletter) -> str:
    return absolute(subscriber.edition, reverse("newsletters:unsubscribe", args=[subscriber.token, newsletter.pk]))


def archive_url(issue) -> str:
    return absolute(issue.newsletter.edition, reverse("newsletters:issue", args=[issue.pk]))
