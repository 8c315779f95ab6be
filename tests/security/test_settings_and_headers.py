"""Production settings: ``check --deploy`` clean, a missing secret refuses to start, headers and CSP."""

import secrets

import pytest
from django.conf import settings
from django.test import Client

from nashra.security import settings_security
from nashra.security.middleware import ADMIN_CSP, READER_CSP

from .conftest import needs_wiring, run_nashra

PRODUCTION = {"NASHRA_HTTPS": "1", "NASHRA_ALLOWED_HOSTS": "news.example",
              "NASHRA_ADMIN_BASE_URL": "https://news.example"}


@pytest.fixture
def data_dir(tmp_path):
    return {"NASHRA_DATA_DIR": str(tmp_path / "var")}


def test_security_settings_are_wired():
    assert "axes" in settings.INSTALLED_APPS, (
        "add `from nashra.security.settings_security import *  # noqa` at the end of nashra/settings.py"
    )


@needs_wiring
def test_check_deploy_is_clean_in_production(data_dir):
    env = {**PRODUCTION, **data_dir, "NASHRA_SECRET_KEY": secrets.token_urlsafe(50)}
    result = run_nashra("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@needs_wiring
@pytest.mark.parametrize("base_url, warning", [("", "nashra.W001"), ("http://localhost:8000", "nashra.W001"),
                                               ("http://news.example", "nashra.W002")])
def test_check_deploy_warns_while_mails_would_link_to_the_wrong_newsroom(data_dir, base_url, warning):
    env = {**PRODUCTION, **data_dir, "NASHRA_SECRET_KEY": secrets.token_urlsafe(50)}
    if base_url:
        env["NASHRA_ADMIN_BASE_URL"] = base_url
    else:
        del env["NASHRA_ADMIN_BASE_URL"]
    result = run_nashra("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0 and warning in result.stderr + result.stdout


@needs_wiring
def test_mail_settings_come_from_the_environment(data_dir):
    env = {**PRODUCTION, **data_dir, "NASHRA_SECRET_KEY": secrets.token_urlsafe(50),
           "NASHRA_EMAIL_HOST": "smtp.news.example", "NASHRA_EMAIL_TLS": "1", "NASHRA_EMAIL_USER": "desk",
           "NASHRA_EMAIL_PASSWORD": "s3cret", "NASHRA_EMAIL_FROM": "newsroom@news.example"}
    code = ("from django.conf import settings as s; print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, "
            "s.EMAIL_HOST_USER, s.DEFAULT_FROM_EMAIL, s.EMAIL_BACKEND.rsplit('.', 2)[1])")
    result = run_nashra("shell", "-c", code, env=env)
    printed = result.stdout.strip().splitlines()[-1].split()
    assert printed == ["smtp.news.example", "587", "True", "desk", "newsroom@news.example", "smtp"]


def test_missing_secret_key_is_a_clear_startup_error(data_dir):
    result = run_nashra("check", env={**PRODUCTION, **data_dir})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "NASHRA_SECRET_KEY is not set" in result.stderr


def test_build_is_a_pure_idempotent_function_of_the_base():
    base = {"INSTALLED_APPS": ["django.contrib.auth", "x"], "MIDDLEWARE": ["m"], "DEBUG": False}
    env = {"NASHRA_HTTPS": "1"}
    once = settings_security.build(base, env)
    twice = settings_security.build({**base, **once}, env)
    assert once["INSTALLED_APPS"] == twice["INSTALLED_APPS"]
    assert once["INSTALLED_APPS"][:2] == ["django.contrib.auth", "axes"] and once["INSTALLED_APPS"][-1] == "x"
    no_2fa = settings_security.build(base, {**env, "NASHRA_2FA": "0"})
    assert no_2fa["INSTALLED_APPS"] == ["django.contrib.auth", "axes", "x"]
    assert twice["MIDDLEWARE"].count("axes.middleware.AxesMiddleware") == 1
    assert once["SECURE_HSTS_SECONDS"] >= 31536000 and once["SESSION_COOKIE_SECURE"]
    debug = settings_security.build({**base, "DEBUG": True}, {"NASHRA_HTTPS": "1"})
    assert "SECURE_SSL_REDIRECT" not in debug
    opted_out = settings_security.build(base, {"NASHRA_HTTPS": "1", "NASHRA_HSTS_PRELOAD": "0"})
    assert "security.W021" in opted_out["SILENCED_SYSTEM_CHECKS"]


@needs_wiring
def test_password_and_session_rules():
    names = [v["NAME"].rsplit(".", 1)[1] for v in settings.AUTH_PASSWORD_VALIDATORS]
    assert {"MinimumLengthValidator", "CommonPasswordValidator", "NumericPasswordValidator"} <= set(names)
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600 and settings.SESSION_COOKIE_HTTPONLY


def test_reader_page_headers_and_csp(article_factory):
    article = article_factory()
    for path in ("/", article.url, "/no-such-page/"):
        response = Client(HTTP_HOST="eg.localhost").get(path)
        assert response.status_code in (200, 404), path
        csp = response["Content-Security-Policy"]
        assert csp == READER_CSP
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "script-src 'self'" in csp and "object-src 'none'" in csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "geolocation=()" in response["Permissions-Policy"]
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")


def test_reader_pages_have_no_inline_script_or_style(article_factory):
    from .conftest import Tags

    article = article_factory()
    for path in ("/", article.url):
        html = Client(HTTP_HOST="eg.localhost").get(path).content.decode()
        parser = Tags()
        parser.feed(html)
        for tag, attrs in parser.tags:
            attrs = dict(attrs)
            if tag == "script":
                assert attrs.get("src") or attrs.get("type") == "application/ld+json", attrs
            assert tag != "style" and "style" not in attrs, (path, tag)


@needs_wiring
def test_reader_pages_deny_framing():
    response = Client(HTTP_HOST="eg.localhost").get("/healthz")
    assert response["X-Frame-Options"] == "DENY"


def test_admin_has_its_own_policy(db):
    response = Client().get(f"/{settings.NASHRA_ADMIN_PATH}/login/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == ADMIN_CSP
    assert "'unsafe-eval'" not in ADMIN_CSP
    assert response["X-Frame-Options"] == "SAMEORIGIN"  # Wagtail's preview iframe
    assert "no-store" in response["Cache-Control"]


def test_media_files_are_sandboxed(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "x.html").write_text("<script>alert(1)</script>")
    response = Client().get("/media/x.html")
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def _frame_ancestors(csp: str) -> str:
    return next(part.strip() for part in csp.split(";") if part.strip().startswith("frame-ancestors"))


@needs_wiring
def test_frame_rules_agree_and_resources_stay_on_the_site(article_factory):
    """X-Frame-Options and the CSP's frame-ancestors must say the same thing (browsers use one or the other)."""
    article = article_factory()
    reader = Client(HTTP_HOST="eg.localhost").get(article.url)
    assert reader["X-Frame-Options"] == "DENY"
    assert _frame_ancestors(reader["Content-Security-Policy"]) == "frame-ancestors 'none'"
    assert reader["Cross-Origin-Resource-Policy"] == "same-origin"
    admin = Client().get(f"/{settings.NASHRA_ADMIN_PATH}/login/")
    assert admin["X-Frame-Options"] == "SAMEORIGIN"
    assert _frame_ancestors(admin["Content-Security-Policy"]) == "frame-ancestors 'self'"


def test_https_pages_ask_the_browser_to_upgrade_old_http_links(article_factory, settings):
    article = article_factory()
    plain = Client(HTTP_HOST="eg.localhost").get(article.url)
    assert "upgrade-insecure-requests" not in plain["Content-Security-Policy"]
    settings.SECURE_SSL_REDIRECT = True
    secure = Client(HTTP_HOST="eg.localhost").get(article.url, secure=True)
    assert secure.status_code == 200
    assert secure["Content-Security-Policy"].endswith("; upgrade-insecure-requests")


@pytest.mark.parametrize("method", ["TRACE", "TRACK", "CONNECT"])
def test_trace_and_friends_are_refused_everywhere(method, article_factory):
    article = article_factory()
    for path in ("/", article.url, "/api/v1/articles/", "/healthz", f"/{settings.NASHRA_ADMIN_PATH}/login/"):
        response = Client(HTTP_HOST="eg.localhost").generic(method, path)
        assert response.status_code == 405, (method, path)
        assert "TRACE" not in response["Allow"]
