"""Everything that changes comments goes through here (reader views and the admin alike)."""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings as django_settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, ngettext

from nashra.arabic.screening import clean_invisible
from nashra.security import shared

from . import screening
from .models import CLOSED, INHERIT, POST, PRE, ArticleCommentSettings, Ban, Comment, CommentReport, CommentSettings

log = logging.getLogger(__name__)

# (max accepted comments, window in seconds); override with settings.NASHRA_COMMENT_RATES.
DEFAULT_RATES = {"address": (5, 600), "email": (3, 600), "token": (60, 600), "report": (10, 600)}

MSG_PENDING = gettext_lazy("شكرًا لك، تعليقك بانتظار المراجعة وسيظهر بعد موافقة المشرف.")
MSG_PUBLISHED = gettext_lazy("شكرًا لك، نُشر تعليقك.")
MSG_CLOSED = gettext_lazy("التعليقات مغلقة على هذا الخبر.")


def rate_message(minutes: int) -> str:
    """What a reader who hit a rate limit is told (``minutes``: how long to wait, at least 1)."""
    return ngettext(
        "أرسلت تعليقات كثيرة في وقت قصير. يُرجى المحاولة بعد دقيقة واحدة.",
        "أرسلت تعليقات كثيرة في وقت قصير. يُرجى المحاولة بعد %(minutes)s دقيقة.",
        minutes,
    ) % {"minutes": minutes}


# --- addresses and rate limits (the address itself: nashra.security.client.client_address) ---
def hash_ip(ip: str) -> str:
    if not ip:
        return ""
    key = django_settings.SECRET_KEY.encode()
    return hmac.new(key, f"comments-ip:{ip}".encode(), hashlib.sha256).hexdigest()[:40]


def _rate(kind: str) -> tuple[int, int]:
    return getattr(django_settings, "NASHRA_COMMENT_RATES", {}).get(kind, DEFAULT_RATES[kind])


def _rate_key(kind: str, ident: str) -> str:
    return f"comments:rate:{kind}:{hashlib.sha256(ident.encode()).hexdigest()[:32]}"


def rate_limited(kind: str, ident: str) -> int:
    """Seconds to wait if ``ident`` already used its quota of ``kind``, else 0 (nothing counted)."""
    if not ident:
        return 0
    limit, window = _rate(kind)
    return window if shared.peek(_rate_key(kind, ident)) >= limit else 0


def check_and_hit(kind: str, ident: str) -> int:
    """Take one of ``ident``'s ``kind`` slots: 0 if there was one, else the seconds to wait.

    Counted first and compared after, in one atomic step every process shares, so thirty
    simultaneous requests cannot all see «4 of 5 used» and all get in.
    """
    if not ident:
        return 0
    limit, window = _rate(kind)
    return window if shared.count(_rate_key(kind, ident), window) > limit else 0


# --- whether comments are open ------------------------------------------------------
@dataclass
class Openness:
    mode: str                 # pre / post / closed
    settings: CommentSettings = field(repr=False)

    @property
    def open(self) -> bool:
        return self.mode != CLOSED


def comment_mode(article, edition=None, now=None, comment_settings=None) -> Openness:
    """Whether comments on ``article`` are open, and how (``comment_settings``: the edition's, if read)."""
    edition = edition if edition is not None else article.edition
    cs = comment_settings if comment_settings is not None else CommentSettings.for_edition(edition)
    mode = cs.mode
    override = ArticleCommentSettings.objects.filter(article_id=article.pk).values_list("mode", flat=True).first()
    if override and override != INHERIT:
        mode = override
    if mode != CLOSED and cs.close_after_days and article.published_at:
        now = now or timezone.now()
        if now >= article.published_at + timedelta(days=cs.close_after_days):
            mode = CLOSED
    if not article.live:
        mode = CLOSED
    return Openness(mode, cs)


# --- submitting ---------------------------------------------------------------------
@dataclass
class Outcome:
    comment: Comment | None
    message: str
    published: bool = False


def _clean(value: str) -> str:
    """Drop bidi controls, zero-width and control characters; keep newlines in the text."""
    value = clean_invisible(value).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in value if ch in "\n\t" or ch >= " " and not "\x7f" <= ch <= "\x9f").strip()


@transaction.atomic
def submit_comment(article, *, name: str, email: str, title: str, text: str, ip: str = "",
                   user_agent: str = "") -> Outcome:
    """Store a validated comment; the caller has checked the form, code and rate limits."""
    edition = article.edition
    state = comment_mode(article, edition)
    if not state.open:
        return Outcome(None, str(MSG_CLOSED))
    name, title, text, email = _clean(name), _clean(title), _clean(text), email.strip().casefold()
    ip_hash = hash_ip(ip)
    fingerprint = screening.text_fingerprint(title, text)
    verdict = screening.screen(state.settings, name=name, email=email, title=title, text=text,
                               ip_hash=ip_hash, fingerprint=fingerprint)
    if verdict.spam:
        status = Comment.SPAM
    elif verdict.code or state.mode == PRE:
        status = Comment.PENDING
    else:
        status = Comment.APPROVED
    comment = Comment.objects.create(
        article=article, edition=edition, name=name[:80], email=email, title=title[:150], text=text,
        ip_hash=ip_hash, user_agent=user_agent[:300], status=status, reason_code=verdict.code,
        reason_detail=verdict.detail, text_hash=fingerprint,
    )
    if status == Comment.APPROVED:
        transaction.on_commit(lambda: on_comment_visible_change(article))
        return Outcome(comment, str(MSG_PUBLISHED), published=True)
    return Outcome(comment, str(MSG_PENDING))


# --- moderation -------------------------------------------------------------------
def on_comment_visible_change(article) -> None:
    """The single place where an article's cached page is purged after moderation.

    Every app process (and the CDN hook) drops the article page, so readers see
    the approved comment on their next request.
    """
    from nashra.delivery.purge import purge_article_comments

    log.debug("comments changed on article %s", getattr(article, "pk", article))
    purge_article_comments(article)


def _moderate(comments, status: str, user, rule: str = "") -> int:
    now = timezone.now()
    changed = 0
    articles = {}
    with transaction.atomic():
        for comment in comments:
            was_visible = comment.status == Comment.APPROVED
            comment.status = status
            comment.rejected_rule = rule if status == Comment.REJECTED else ""
            comment.moderated_by = user if getattr(user, "pk", None) else None
            comment.moderated_at = now
            comment.is_reported = False
            comment.save(update_fields=["status", "rejected_rule", "moderated_by", "moderated_at", "is_reported"])
            comment.reports.update(resolved=True)
            changed += 1
            if was_visible != (status == Comment.APPROVED):
                articles[comment.article_id] = comment.article
        for article in articles.values():
            transaction.on_commit(lambda a=article: on_comment_visible_change(a))
    return changed


def approve(comments, user=None) -> int:
    return _moderate(_iter(comments), Comment.APPROVED, user)


def reject(comments, rule: str, user=None) -> int:
    from .rules import RULES

    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}")
    return _moderate(_iter(comments), Comment.REJECTED, user, rule)


def mark_spam(comments, user=None) -> int:
    return _moderate(_iter(comments), Comment.SPAM, user, "spam")


def _iter(comments):
    if isinstance(comments, Comment):
        return [comments]
    return list(comments.select_related("article")) if hasattr(comments, "select_related") else list(comments)


def ban(kind: str, value: str, *, edition=None, user=None, reason: str = "") -> Ban:
    """Ban an email (stored folded) or an address (stored as its hash; raw IPs are hashed)."""
    value = value.strip()
    if kind == Ban.EMAIL:
        value = value.casefold()
    elif kind == Ban.ADDRESS and not (len(value) == 40 and all(c in "0123456789abcdef" for c in value)):
        value = hash_ip(value)
    if not value:
        raise ValueError("empty ban")
    obj, _ = Ban.objects.get_or_create(
        edition=edition, kind=kind, value=value,
        defaults={"created_by": user if getattr(user, "pk", None) else None, "reason": reason[:200]},
    )
    return obj


def ban_author(comment: Comment, kind: str, user=None) -> Ban | None:
    value = comment.email if kind == Ban.EMAIL else comment.ip_hash
    if not value:
        return None
    return ban(kind, value, edition=comment.edition, user=user, reason=gettext("تعليق رقم %(id)s") % {"id": comment.pk})


def report(comment: Comment, ip: str = "", reason: str = "") -> CommentReport:
    """A reader's «إبلاغ»: the comment shows up under «reported» in the queue."""
    rep = CommentReport.objects.create(comment=comment, ip_hash=hash_ip(ip), reason=_clean(reason)[:300])
    Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1, is_reported=True)
    return rep


__all__ = [
    "submit_comment", "approve", "reject", "mark_spam", "ban", "ban_author", "report", "comment_mode",
    "on_comment_visible_change", "PRE", "POST", "CLOSED",
]
