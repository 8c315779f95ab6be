"""Newsroom login: lockout per account and per address, with an Arabic answer."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from .conftest import needs_wiring

pytestmark = [needs_wiring, pytest.mark.django_db]
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


def test_account_locked_after_failures_even_with_right_password(editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        assert attempt("editor", f"wrong-{n}", ip=f"198.51.100.{n + 1}").status_code in (200, 429)
    # From a new address, with the right password: still refused.
    response = attempt("editor", PASSWORD, ip="192.0.2.99")
    assert response.status_code == 429
    text = response.content.decode()
    assert "أُوقف الدخول" in text and "حاول مجددًا" in text
    assert int(response["Retry-After"]) > 0
    assert "_auth_user_id" not in Client().session


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
