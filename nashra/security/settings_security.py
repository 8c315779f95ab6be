"""Security settings, applied by ONE line at the very end of ``nashra/settings.py``::

    from nashra.security.settings_security import *  # noqa

:func:`build` is a pure function of the base settings (the globals
``nashra/settings.py`` defined above that line) and of the environment; the
module-level code finds the base in ``sys.modules`` (``nashra.settings`` is
mid-import there when the line runs) and exports only the names it changes.
It is idempotent: importing it twice adds nothing twice.

Environment (all optional):

- ``NASHRA_LOGIN_FAILURES`` (5): failed logins before a lockout, counted per
  (account, address) pair and, separately, per address.
- ``NASHRA_LOCKOUT_MINUTES`` (5): the first lockout's length; each failure while
  locked doubles it, up to ``NASHRA_LOCKOUT_MAX_HOURS`` (24).
- ``NASHRA_PROXY_COUNT`` (0): reverse proxies in front of Nashra (the client
  address is then read from ``X-Forwarded-For``).
- ``NASHRA_SESSION_HOURS`` (12): newsroom sessions expire after this many hours.
- ``NASHRA_HSTS_SUBDOMAINS`` / ``NASHRA_HSTS_PRELOAD`` (1): set 0 if some
  sub-domain of the site is not served over HTTPS.
- ``NASHRA_IMAGE_MAX_MB`` (10): largest accepted image upload.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Mapping
from datetime import timedelta


def _env_bool(environ: Mapping, name: str, default: bool) -> bool:
    value = environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(environ: Mapping, name: str, default: int) -> int:
    try:
        return int(environ.get(name, "") or default)
    except ValueError:
        return default


def _with(items, new, *, after=None, before=None):
    """``items`` as a list with ``new`` inserted once (after/before an anchor if present)."""
    items = list(items)
    if new in items:
        return items
    if after in items:
        items.insert(items.index(after) + 1, new)
    elif before in items:
        items.insert(items.index(before), new)
    else:
        items.append(new)
    return items


def build(base: Mapping, environ: Mapping = os.environ) -> dict:
    """Return the settings to add or replace, given the base settings and the environment."""
    debug = bool(base.get("DEBUG"))
    https = not debug and _env_bool(environ, "NASHRA_HTTPS", False)
    out: dict = {}

    # --- login brute-force protection (django-axes) ---------------------------------
    apps = _with(base.get("INSTALLED_APPS", []), "axes", after="django.contrib.auth")
    out["INSTALLED_APPS"] = apps
    # AxesMiddleware turns a locked-out login into the Arabic lockout answer; it goes
    # after authentication (it needs the request user) and last is fine.
    out["MIDDLEWARE"] = _with(base.get("MIDDLEWARE", []), "axes.middleware.AxesMiddleware")
    backends = list(base.get("AUTHENTICATION_BACKENDS", ["django.contrib.auth.backends.ModelBackend"]))
    out["AUTHENTICATION_BACKENDS"] = ["axes.backends.AxesStandaloneBackend"] + [
        b for b in backends if b != "axes.backends.AxesStandaloneBackend"
    ]
    out["AXES_ENABLED"] = _env_bool(environ, "NASHRA_AXES_ENABLED", True)
    out["AXES_FAILURE_LIMIT"] = _env_int(environ, "NASHRA_LOGIN_FAILURES", 5)
    # Two counters: one per (account, address) pair and one per address (one host trying many
    # accounts). Never one per account alone: then anyone could lock the editors out before a
    # breaking story by typing five wrong passwords. Each further failure from a locked address
    # doubles its wait (nashra.security.lockout.cool_off), and the account's owner is told by e-mail.
    out["AXES_LOCKOUT_PARAMETERS"] = [["username", "ip_address"], "ip_address"]
    out["NASHRA_LOCKOUT_FIRST"] = timedelta(minutes=_env_int(environ, "NASHRA_LOCKOUT_MINUTES", 5))
    out["NASHRA_LOCKOUT_LONGEST"] = timedelta(hours=_env_int(environ, "NASHRA_LOCKOUT_MAX_HOURS", 24))
    out["AXES_COOLOFF_TIME"] = "nashra.security.lockout.cool_off"
    out["AXES_ENABLE_ACCESS_FAILURE_LOG"] = True  # the history the growing wait is counted from
    out["AXES_RESET_ON_SUCCESS"] = True
    out["AXES_LOCKOUT_CALLABLE"] = "nashra.security.lockout.lockout_response"
    out["AXES_HTTP_RESPONSE_CODE"] = 429
    out["AXES_HANDLER"] = "axes.handlers.database.AxesDatabaseHandler"  # shared by every process
    out["AXES_VERBOSE"] = False
    # The same client address as the rate limits (NASHRA_PROXY_COUNT), without django-ipware.
    out["AXES_CLIENT_IP_CALLABLE"] = "nashra.security.client.client_ip_or_none"

    # --- optional TOTP two-factor (django-otp), when installed ---------------------------
    if importlib.util.find_spec("django_otp") is not None and _env_bool(environ, "NASHRA_2FA", True):
        apps = _with(apps, "django_otp", after="axes")
        apps = _with(apps, "django_otp.plugins.otp_totp", after="django_otp")
        out["INSTALLED_APPS"] = apps
        middleware = _with(out["MIDDLEWARE"], "django_otp.middleware.OTPMiddleware",
                           after="django.contrib.auth.middleware.AuthenticationMiddleware")
        out["MIDDLEWARE"] = _with(middleware, "nashra.security.twofactor.RequireOTPMiddleware",
                                  after="django_otp.middleware.OTPMiddleware")
        out["OTP_TOTP_ISSUER"] = base.get("WAGTAIL_SITE_NAME") or "Nashra"

    # --- sessions and cookies --------------------------------------------------------
    out["SESSION_COOKIE_AGE"] = 60 * 60 * _env_int(environ, "NASHRA_SESSION_HOURS", 12)
    out["SESSION_COOKIE_HTTPONLY"] = True
    out["SESSION_COOKIE_SAMESITE"] = "Lax"
    out["CSRF_COOKIE_SAMESITE"] = "Lax"
    out["PASSWORD_RESET_TIMEOUT"] = 60 * 60 * 2
    validators = list(base.get("AUTH_PASSWORD_VALIDATORS", []))
    if not any(v.get("NAME", "").endswith("MinimumLengthValidator") for v in validators):
        validators.append({"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
                           "OPTIONS": {"min_length": 10}})
    out["AUTH_PASSWORD_VALIDATORS"] = validators

    # --- headers -----------------------------------------------------------------------
    out["SECURE_CONTENT_TYPE_NOSNIFF"] = True
    out["SECURE_REFERRER_POLICY"] = "strict-origin-when-cross-origin"
    out["SECURE_CROSS_ORIGIN_OPENER_POLICY"] = "same-origin"
    # Reader pages are never framed by another page; the admin path is relaxed to
    # SAMEORIGIN by SecurityHeadersMiddleware for Wagtail's preview iframe.
    out["X_FRAME_OPTIONS"] = "DENY"
    if https:
        out["SECURE_PROXY_SSL_HEADER"] = ("HTTP_X_FORWARDED_PROTO", "https")
        out["SESSION_COOKIE_SECURE"] = True
        out["CSRF_COOKIE_SECURE"] = True
        out["SECURE_SSL_REDIRECT"] = True
        out["SECURE_HSTS_SECONDS"] = 60 * 60 * 24 * 365
        # Editions live on sub-domains of one site (eg.…, lb.…): all HTTPS.
        out["SECURE_HSTS_INCLUDE_SUBDOMAINS"] = _env_bool(environ, "NASHRA_HSTS_SUBDOMAINS", True)
        out["SECURE_HSTS_PRELOAD"] = _env_bool(environ, "NASHRA_HSTS_PRELOAD", True)
        # /healthz is probed over plain HTTP by load balancers.
        out["SECURE_REDIRECT_EXEMPT"] = [r"^healthz$"]
    silenced = list(base.get("SILENCED_SYSTEM_CHECKS", []))
    if https and not out["SECURE_HSTS_INCLUDE_SUBDOMAINS"]:
        silenced.append("security.W005")  # an explicit operator decision
    if https and not out["SECURE_HSTS_PRELOAD"]:
        silenced.append("security.W021")
    out["SILENCED_SYSTEM_CHECKS"] = sorted(set(silenced))

    # --- uploads -----------------------------------------------------------------------
    max_mb = _env_int(environ, "NASHRA_IMAGE_MAX_MB", 10)
    out["WAGTAILIMAGES_MAX_UPLOAD_SIZE"] = max_mb * 1024 * 1024
    out["WAGTAILIMAGES_MAX_IMAGE_PIXELS"] = int(base.get("WAGTAILIMAGES_MAX_IMAGE_PIXELS") or 40_000_000)
    out["WAGTAILIMAGES_IMAGE_FORM_BASE"] = "nashra.security.image_forms.SafeImageForm"
    out["FILE_UPLOAD_PERMISSIONS"] = 0o644
    out["FILE_UPLOAD_DIRECTORY_PERMISSIONS"] = 0o755
    # No third-party requests from the newsroom (avatars from gravatar.com).
    out["WAGTAIL_GRAVATAR_PROVIDER_URL"] = None
    return out


def _base_settings() -> dict:
    module = sys.modules.get("nashra.settings")
    return dict(vars(module)) if module is not None else {}


_applied = build(_base_settings())
globals().update(_applied)
__all__ = sorted(_applied)
