"""Automatic screening before a human looks: returns a reason code, never deletes.

Order matters only for which reason is shown first; every check is cheap.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import pgettext

from nashra.arabic.normalize import normalize
from nashra.arabic.screening import BannedList

from .models import Ban, Comment, CommentSettings

LINK_RE = re.compile(r"(?:https?://|www\.|\b[a-z0-9-]+\.(?:com|net|org|info|io|me|ly|co|xyz|ru|top)\b)", re.I)
REPEAT_WINDOW = timedelta(hours=24)


@dataclass
class Verdict:
    code: str = ""          # "" = clean; else a rules.REASONS key
    detail: str = ""
    spam: bool = False      # goes to the spam folder rather than the pending queue


def text_fingerprint(title: str, text: str) -> str:
    folded = " ".join(normalize(f"{title} {text}").split())
    return hashlib.sha256(folded.encode()).hexdigest()


def _banned_list(settings: CommentSettings) -> BannedList:
    """Compiled per edition, keyed on the settings' last change."""
    key = (settings.edition_id, settings.updated_at)
    cached = _COMPILED.get(settings.edition_id)
    if cached and cached[0] == key:
        return cached[1]
    compiled = BannedList(settings.banned_list())
    _COMPILED[settings.edition_id] = (key, compiled)
    return compiled


_COMPILED: dict = {}


def is_banned(edition, email: str, ip_hash: str) -> bool:
    cond = Q(kind=Ban.EMAIL, value=email.casefold())
    if ip_hash:
        cond |= Q(kind=Ban.ADDRESS, value=ip_hash)
    return Ban.objects.filter(cond).filter(Q(edition=edition) | Q(edition__isnull=True)).exists()


def _bad_email(settings: CommentSettings, email: str) -> bool:
    email = email.casefold()
    domain = email.rpartition("@")[2]
    for entry in settings.bad_email_list():
        if entry.startswith("@") and domain == entry[1:]:
            return True
        if entry == email or entry == domain:
            return True
    return False


def screen(settings: CommentSettings, *, name: str, email: str, title: str, text: str, ip_hash: str,
           fingerprint: str) -> Verdict:
    edition = settings.edition
    if is_banned(edition, email, ip_hash):
        return Verdict("banned", spam=True)
    if _bad_email(settings, email):
        return Verdict("bad_email", email.rpartition("@")[2], spam=True)
    since = timezone.now() - REPEAT_WINDOW
    repeated = Comment.objects.filter(edition=edition, text_hash=fingerprint, created_at__gte=since).filter(
        Q(email__iexact=email) | Q(ip_hash=ip_hash) if ip_hash else Q(email__iexact=email)
    )
    flood = len(text) >= 60 and not cache.add(f"comments:fp:{edition.pk}:{fingerprint}", 1, 60)
    if flood or repeated.exists():
        # Same words from the same person, or a long text pasted by anyone twice within a minute.
        return Verdict("repeated", spam=True)
    hits = _banned_list(settings).find(f"{name}\n{title}\n{text}")
    if hits:
        # The detail is shown to moderators in the queue: a list, joined with the language's separator.
        return Verdict("banned_word", pgettext("list separator", "، ").join(hits)[:300])
    links = len(LINK_RE.findall(f"{title} {text}"))
    if links > settings.max_links:
        return Verdict("links", str(links))
    return Verdict()
