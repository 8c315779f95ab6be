"""Wagtail's workflow notices (submitted, approved, rejected) go out through a background task.

Wagtail renders and sends them inside the editor's request: with the mail server down the
request waits on it and logs a traceback. Here the mails are rendered in the request (the
context holds pages and users, which a task cannot carry) and each is sent by a task, so a
failure is the worker's business: retried with backoff, then kept as a dead letter.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override
from django_tasks import task

from nashra.deadletters.retry import retrying

logger = logging.getLogger(__name__)


@task()
@retrying(tries=4, backoff=60)  # 1, 2, 4 minutes, then a dead letter in «المهام المتعثرة»
def send_notification_mail(subject: str, body: str, recipient: str, html: str = "") -> int:
    from_email = getattr(settings, "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", settings.DEFAULT_FROM_EMAIL)
    mail = EmailMultiAlternatives(subject, body, from_email, [recipient], headers={"Auto-Submitted": "auto-generated"})
    if html:
        mail.attach_alternative(html, "text/html")
    return mail.send()


def queue_emails(template_set, context, recipients, **kwargs):
    """EmailNotificationMixin.send_emails, rendering as Wagtail does and queueing each mail."""
    for recipient in recipients:
        context["user"] = recipient
        profile = recipient.wagtail_userprofile
        # In the recipient's language and time zone (their edition's by default), as the newsroom shows them.
        with override(profile.get_preferred_language()), timezone.override(profile.get_current_time_zone()):
            subject = render_to_string(template_set["subject"], context).strip()
            body = render_to_string(template_set["text"], context).strip()
            html = ""
            if getattr(settings, "WAGTAILADMIN_NOTIFICATION_USE_HTML", False):
                html = render_to_string(template_set["html"], context)
        try:
            send_notification_mail.enqueue(subject, body, recipient.email, html)
        except Exception:  # the immediate backend (tests, NASHRA_TASKS=immediate) raises what the send raised
            logger.exception("Workflow notice to %s not sent", recipient.email)
    return True


def route_workflow_mails_through_tasks():
    """Called from CoreConfig.ready: Wagtail's four notifier instances queue their mails."""
    from wagtail.admin import signal_handlers

    for name in ("task_submission_email_notifier", "workflow_submission_email_notifier",
                 "workflow_approval_email_notifier", "workflow_rejection_email_notifier"):
        getattr(signal_handlers, name).send_emails = queue_emails
