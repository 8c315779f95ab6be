"""Workflow notices go out through a task: in Arabic, and a dead mail server costs the editor nothing."""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from nashra.editions.services import ensure_groups_and_workflow

pytestmark = pytest.mark.django_db


def _newsroom(editions):
    groups = ensure_groups_and_workflow(editions["eg"])
    users = get_user_model().objects
    editor = users.create_user("editor", "editor@nashra.example", "x", first_name="منى")
    editor.groups.add(groups["editor"])
    reporter = users.create_user("reporter", "reporter@nashra.example", "x", first_name="سامي")
    reporter.groups.add(groups["reporter"])
    return editor, reporter


def test_submitting_an_article_mails_the_editors_in_arabic(editions, article_factory):
    editor, reporter = _newsroom(editions)
    article = article_factory()
    mail.outbox.clear()

    article.get_workflow().start(article, reporter)

    to_editor = [m for m in mail.outbox if m.to == ["editor@nashra.example"]]
    assert to_editor, [m.to for m in mail.outbox]
    assert any("\u0600" <= ch <= "\u06ff" for ch in to_editor[0].subject + to_editor[0].body)
    assert to_editor[0].extra_headers["Auto-Submitted"] == "auto-generated"


def test_the_notice_is_queued_as_a_task_not_sent_in_the_request(editions, article_factory, monkeypatch):
    from nashra.core import workflow_mail

    queued = []
    monkeypatch.setattr(workflow_mail, "send_notification_mail", SimpleNamespace(enqueue=lambda *a: queued.append(a)))
    editor, reporter = _newsroom(editions)
    article = article_factory()
    mail.outbox.clear()

    article.get_workflow().start(article, reporter)

    assert [args[2] for args in queued] == ["editor@nashra.example"]
    assert mail.outbox == []


def test_a_mail_server_that_refuses_does_not_break_the_submission(editions, article_factory, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens on discard
    editor, reporter = _newsroom(editions)
    article = article_factory()

    state = article.get_workflow().start(article, reporter)

    assert state.pk and state.status == "in_progress"
    from nashra.deadletters.models import DeadLetter

    assert DeadLetter.objects.get().task_path == "nashra.core.workflow_mail.send_notification_mail"
