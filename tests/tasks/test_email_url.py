"""NASHRA_EMAIL_URL names the mail server (or the console, or a folder) in one setting."""

import pytest

from nashra.core.email_url import parse_email_url


def test_smtp_with_starttls_and_credentials():
    found = parse_email_url("smtp://desk%40nashra.example:s%3Acret@mail.example:587?tls=1")
    assert found["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (found["EMAIL_HOST"], found["EMAIL_PORT"]) == ("mail.example", 587)
    assert (found["EMAIL_HOST_USER"], found["EMAIL_HOST_PASSWORD"]) == ("desk@nashra.example", "s:cret")
    assert found["EMAIL_USE_TLS"] and not found["EMAIL_USE_SSL"]


def test_smtps_means_ssl_on_465():
    found = parse_email_url("smtps://u:p@mail.example")
    assert found["EMAIL_PORT"] == 465 and found["EMAIL_USE_SSL"] and not found["EMAIL_USE_TLS"]


def test_plain_smtp_defaults_to_port_25():
    assert parse_email_url("smtp://localhost")["EMAIL_PORT"] == 25


def test_console_and_file():
    assert parse_email_url("console:")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    found = parse_email_url("file:///var/mail/nashra")
    assert found["EMAIL_BACKEND"].endswith("filebased.EmailBackend")
    assert found["EMAIL_FILE_PATH"] == "/var/mail/nashra"


def test_an_unknown_scheme_is_refused():
    with pytest.raises(ValueError):
        parse_email_url("http://mail.example")
