"""Production settings: ``check --deploy`` clean, a missing secret refuses to start, headers and CSP."""

import ast
import re
import secrets
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from nashra.articles.embeds import FRAME_HOSTS
from nashra.security.middleware import ADMIN_CSP, reader_csp

from .conftest import run_nashra

PRODUCTION = {"NASHRA_HTTPS": "1", "NASHRA_ALLOWED_HOSTS": "news.example",
              "NASHRA_ADMIN_BASE_URL": "https://news.example"}


@pytest.fixture
def data_dir(tmp_path):
    return {"NASHRA_DATA_DIR": str(tmp_path / "var")}


def test_security_settings_are_declared_with_the_rest():
    assert "axes" in settings.INSTALLED_APPS and "axes.middleware.AxesMiddleware" in settings.MIDDLEWARE
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.X_FRAME_OPTIONS == "DENY"


def test_check_deploy_is_clean_in_production(data_dir):
    env = {**PRODUCTION, **data_dir, "NASHRA_SECRET_KEY": secrets.token_urlsafe(50)}
    result = run_nashra("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


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


def _settings_in_a_fresh_process(env, *names):
    code = f"from django.conf import settings as s; print(repr([getattr(s, n, None) for n in {names!r}]))"
    result = run_nashra("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    return eval(result.stdout.strip().splitlines()[-1])  # noqa: S307 - our own process's repr of plain values


def test_https_two_factor_and_opt_outs_come_from_the_environment(data_dir):
    base = {**PRODUCTION, **data_dir, "NASHRA_SECRET_KEY": secrets.token_urlsafe(50)}
    hsts, secure, apps = _settings_in_a_fresh_process(base, "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE",
                                                      "INSTALLED_APPS")
    assert hsts >= 31536000 and secure and "django_otp" in apps and apps.count("axes") == 1
    no_2fa, silenced = _settings_in_a_fresh_process({**base, "NASHRA_2FA": "0", "NASHRA_HSTS_PRELOAD": "0"},
                                                    "INSTALLED_APPS", "SILENCED_SYSTEM_CHECKS")
    assert "django_otp" not in no_2fa and "security.W021" in silenced
    debug = _settings_in_a_fresh_process({**base, "NASHRA_DEBUG": "1"}, "SECURE_SSL_REDIRECT")
    assert debug == [False]


def test_nashra_settings_are_read_from_the_environment_once(data_dir):
    """An operator's NASHRA_CDN_PURGE_URL, NASHRA_FRAGMENT_TTL … reach the code (they used to be
    documented but read nowhere), and no module reads the environment while serving."""
    env = {**PRODUCTION, **data_dir, "NASHRA_SECRET_KEY": secrets.token_urlsafe(50),
           "NASHRA_CDN_PURGE_URL": "https://cdn.example/purge", "NASHRA_FRAGMENT_TTL": "45",
           "NASHRA_RATELIMIT_SEARCH": "5/m", "NASHRA_REQUIRE_2FA": "1", "NASHRA_PAGE_CACHE_TTL": "90"}
    assert _settings_in_a_fresh_process(env, "NASHRA_CDN_PURGE_URL", "NASHRA_FRAGMENT_TTL", "NASHRA_RATELIMITS",
                                        "NASHRA_REQUIRE_2FA", "NASHRA_PAGE_CACHE_TTL") == [
        "https://cdn.example/purge", 45, {"search": "5/m"}, True, 90]
    package = Path(__file__).resolve().parents[2] / "nashra"
    readers = [str(p.relative_to(package)) for p in package.rglob("*.py")
               if "os.environ" in p.read_text(encoding="utf-8") and "management" not in p.parts]
    assert sorted(readers) == ["cli.py", "delivery/wsgi.py", "security/backup.py", "settings.py", "wsgi.py"]


def test_no_setting_is_assigned_twice_at_the_top_of_the_settings():
    tree = ast.parse((Path(__file__).resolve().parents[2] / "nashra" / "settings.py").read_text(encoding="utf-8"))
    names = [t.id for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
             for t in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(t, ast.Name)]
    assert [n for n in set(names) if names.count(n) > 1] == []


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
        assert csp == reader_csp()
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "script-src 'self'" in csp and "object-src 'none'" in csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "geolocation=()" in response["Permissions-Policy"]
        # exactly the video platforms' players may be framed (registered by the articles app at start-up)
        frames = re.search(r"frame-src ([^;]+);", csp).group(1).split()
        assert frames == list(FRAME_HOSTS) and len(frames) == 4
        quoted = " ".join(f'"{host}"' for host in FRAME_HOSTS)
        assert f"autoplay=(self {quoted})" in response["Permissions-Policy"]
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
