"""The mails themselves: an HTML part (RTL, every style inline, a colour scheme that reads in dark
mode, no images that track) and a plain-text part, with the one-click unsubscribe headers of
RFC 8058 (``List-Unsubscribe`` with an https link and ``List-Unsubscribe-Post``)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from . import links


def _message(subject, to, template, context, headers=None) -> EmailMultiAlternatives:
    with translation.override("ar"):
        text = render_to_string(f"newsletters/mail/{template}.txt", context)
        html = render_to_string(f"newsletters/mail/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [to], headers=headers or {})
    message.attach_alternative(html, "text/html")
    return message


def story_rows(issue, edition) -> list[dict]:
    rows = []
    for article in issue.ordered_stories():
        parts = article.get_url_parts()
        path = parts[2] if parts else "/"
        rows.append({"title": article.title, "summary": article.subtitle, "url": links.absolute(edition, path)})
    return rows


def issue_context(issue, subscriber=None) -> dict:
    edition = issue.newsletter.edition
    return {
        "issue": issue, "edition": edition, "newsletter": issue.newsletter,
        "stories": story_rows(issue, edition), "archive_url": links.archive_url(issue),
        "preferences_url": links.preferences_url(subscriber) if subscriber else "",
        "unsubscribe_url": links.unsubscribe_url(subscriber, issue.newsletter) if subscriber else "",
    }


def issue_message(issue, subscriber) -> EmailMultiAlternatives:
    edition = issue.newsletter.edition
    unsubscribe = links.unsubscribe_url(subscriber, issue.newsletter)
    host = links.base_url(edition).split("://", 1)[-1].split(":")[0]
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"<{issue.newsletter.kind}-{issue.newsletter.pk}.{host}>",
    }
    return _message(issue.subject, subscriber.email, "issue", issue_context(issue, subscriber), headers)


def test_message(issue, to) -> EmailMultiAlternatives:
    """The editor's test copy: the issue as readers will get it, links to the archive only."""
    context = issue_context(issue)
    with translation.override("ar"):
        subject = _("[تجربة] %(subject)s") % {"subject": issue.subject}
    return _message(subject, to, "issue", context)


def confirmation_message(subscriber) -> EmailMultiAlternatives:
    edition = subscriber.edition
    with translation.override("ar"):
        subject = _("أكّد اشتراكك في نشرات «%(edition)s»") % {"edition": edition.name}
    return _message(subject, subscriber.email, "confirm", {
        "edition": edition, "confirm_url": links.confirm_url(subscriber),
        "hours": settings.NASHRA_NEWSLETTER_CONFIRM_HOURS, "preferences_url": links.preferences_url(subscriber),
    })
