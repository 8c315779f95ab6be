"""Newsroom login: lockout per account and per address, with an Arabic answer."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = [pytest.mark.django_db]
PASSWORD = "كلمة-سر-طويلة-2025"


def login_url():
    return f"/{settings.NASHRA_ADMIN_PATH}/login/"


def attempt(username, password, ip="203.0.113.7"):
    return Client(REMOTE_ADDR=ip).post(login_url(), {"username": username, "password": password})


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)


def test_right_password_logs_in(editor):
    assert attempt("editor", PASSWORD).status_code == 302


def test_a_stranger_cannot_lock_an_editor_out(editor, mailoutbox):
    for n in range(settings.AXES_FAILURE_LIMIT):
        assert attempt("editor", f"wrong-{n}", ip="198.51.100.9").status_code in (200, 429)
    # The guessing address is refused even with the right password …
    response = attempt("editor", PASSWORD, ip="198.51.100.9")
    assert response.status_code == 429
    text = response.content.decode()
    assert "أُوقفت محاولات الدخول" in text and "حاول مجددًا" in text
    assert int(response["Retry-After"]) > 0
    # … but the editor, at their own desk, gets in.
    assert attempt("editor", PASSWORD, ip="192.0.2.99").status_code == 302


def test_the_owner_is_told_once_by_email(editor, mailoutbox):
    for n in range(settings.AXES_FAILURE_LIMIT + 3):
        attempt("editor", f"wrong-{n}", ip="198.51.100.9")
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["editor@example.com"] and "198.51.100.9" in mail.body
    assert "لم يُوقف" in mail.body  # the account itself still works


def test_each_failure_while_locked_doubles_the_wait(editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt("editor", f"wrong-{n}", ip="198.51.100.9")
    waits = [int(attempt("editor", "wrong-again", ip="198.51.100.9")["Retry-After"]) for _ in range(4)]
    first = int(settings.NASHRA_LOCKOUT_FIRST.total_seconds())
    assert waits == [first * 2, first * 4, first * 8, first * 16]
    # Another address is not slowed down by it.
    assert attempt("editor", "wrong", ip="198.51.100.10").status_code == 200


def test_address_locked_after_failures_on_many_accounts(editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(f"nobody-{n}", "wrong", ip="203.0.113.50")
    response = attempt("editor", PASSWORD, ip="203.0.113.50")
    assert response.status_code == 429
    assert "أُوقف الدخول" in response.content.decode()
    # The account itself is not locked: another address gets in.
    assert attempt("editor", PASSWORD, ip="203.0.113.51").status_code == 302


def test_success_resets_the_account_counter(editor):
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt("editor", "wrong", ip=f"198.51.100.{n + 1}")
    assert attempt("editor", PASSWORD, ip="198.51.100.200").status_code == 302
    assert attempt("editor", "wrong", ip="198.51.100.201").status_code == 200
    assert attempt("editor", PASSWORD, ip="198.51.100.202").status_code == 302
