"""Optional TOTP two-factor sign-in for the newsroom."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = [
    pytest.mark.skipif("django_otp.plugins.otp_totp" not in settings.INSTALLED_APPS,
                       reason="django-otp not installed/configured"),
    pytest.mark.django_db,
]
PASSWORD = "كلمة-سر-طويلة-2025"


def admin(path=""):
    return f"/{settings.NASHRA_ADMIN_PATH}/{path}"


def current_code(device):
    from django_otp.oath import totp

    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def reset_throttle(device):
    """django-otp delays the next try after a wrong code; tests do not wait for it."""
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()


@pytest.fixture
def editor_client():
    user = get_user_model().objects.create_superuser("editor2fa", "e@example.com", PASSWORD)
    client = Client()
    assert client.post(admin("login/"), {"username": "editor2fa", "password": PASSWORD}).status_code == 302
    return user, client


def test_without_a_device_2fa_is_optional(editor_client):
    _user, client = editor_client
    assert client.get(admin()).status_code == 200


def test_enrol_then_code_required_at_next_login(editor_client):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user, client = editor_client
    page = client.get(admin("2fa/"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "data:image/svg+xml;base64," in html and re.search(r"[A-Z2-7]{32}", html)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.post(admin("2fa/"), {"token": "000000" if current_code(device) != "000000" else "111111"}
                       ).status_code == 200  # wrong code: the form again
    reset_throttle(device)
    assert client.post(admin("2fa/"), {"token": current_code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed

    # A new session: password alone is no longer enough.
    fresh = Client()
    assert fresh.post(admin("login/"), {"username": "editor2fa", "password": PASSWORD}).status_code == 302
    blocked = fresh.get(admin("pages/"))
    assert blocked.status_code == 302 and admin("2fa/verify/") in blocked["Location"]
    wrong = fresh.post(admin("2fa/verify/"), {"token": "12345x"})
    assert wrong.status_code == 200
    assert fresh.get(admin()).status_code == 302
    reset_throttle(device)
    device.last_t = -1  # the enrolment code may be reused in this test's 30-second step
    device.save()
    ok = fresh.post(admin("2fa/verify/") + "?next=" + admin("pages/"), {"token": current_code(device)})
    assert ok.status_code == 302 and ok["Location"] == admin("pages/")
    assert fresh.get(admin()).status_code == 200


def test_required_mode_sends_staff_to_enrolment(editor_client, settings):
    settings.NASHRA_REQUIRE_2FA = True
    _user, client = editor_client
    response = client.get(admin())
    assert response.status_code == 302 and response["Location"].endswith(admin("2fa/"))
    assert client.get(admin("2fa/")).status_code == 200


def test_verify_next_does_not_redirect_off_site(editor_client):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user, client = editor_client
    device = TOTPDevice.objects.create(user=user, name="t", confirmed=True)
    fresh = Client()
    fresh.post(admin("login/"), {"username": "editor2fa", "password": PASSWORD})
    response = fresh.post(admin("2fa/verify/") + "?next=https://evil.example/", {"token": current_code(device)})
    assert response.status_code == 302 and "evil.example" not in response["Location"]
