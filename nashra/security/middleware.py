"""Security headers on every response: CSP, Permissions-Policy, COOP, CORP, frame rules.

Two Content-Security-Policies:

- **Reader pages** (everything outside the admin path): no ``unsafe-inline``, no
  ``unsafe-eval``. Reader templates have no inline scripts or styles by design;
  JSON-LD ``<script type="application/ld+json">`` blocks are data, which CSP
  does not block (browsers never execute them).
- **Wagtail admin** (``/<NASHRA_ADMIN_PATH>/``): Wagtail 8 still renders inline
  ``<script>`` blocks (``wagtailadmin/panels/inline_panel.html``,
  ``multiple_chooser_panel.html``, the date/time widgets) and ``style="…"``
  attributes, and supports no nonces, so the admin policy allows
  ``'unsafe-inline'`` for scripts and styles — but never ``'unsafe-eval'`` —
  ``blob:`` images (upload previews) and same-origin frames (the live preview
  panel is an ``<iframe>`` of an admin URL). The admin is behind a login with
  lockout, which is where its exposure is limited.

``X-Frame-Options`` comes from Django (``X_FRAME_OPTIONS = "DENY"`` in
``nashra/settings.py``); on the admin path this middleware
relaxes it to ``SAMEORIGIN`` for the preview iframe. The policies can be
replaced with ``NASHRA_CSP`` / ``NASHRA_ADMIN_CSP``; ``NASHRA_CSP_REPORT_ONLY=1``
sends the reader policy as ``Content-Security-Policy-Report-Only``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import HttpResponseNotAllowed

# Hosts reader pages may frame: the article video embeds (YouTube, Facebook, X, TikTok), iframes put in
# by rich.js after a reader's click. The app that makes the embeds names them at start-up
# (nashra.articles registers nashra/articles/embeds.py's hosts in its ready()); nothing else may be framed.
_frame_hosts: list[str] = []


def allow_frames(hosts) -> None:
    """Let reader pages frame ``hosts`` (and let those frames autoplay after a click, go full screen)."""
    for host in hosts:
        if host not in _frame_hosts:
            _frame_hosts.append(host)


def reader_csp() -> str:
    # frame-ancestors 'none' says what X-Frame-Options: DENY says (browsers honour one or the other).
    frames = " ".join(_frame_hosts) or "'none'"
    return (
        "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; font-src 'self'; "
        f"connect-src 'self'; frame-src {frames}; frame-ancestors 'none'; base-uri 'self'; "
        "form-action 'self'; object-src 'none'"
    )


ADMIN_CSP = (
    "default-src 'self'; img-src 'self' data: blob:; script-src 'self' 'unsafe-inline'; "
    "style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
    "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"
)
# Uploaded files: never sniffed into HTML, never scripted (also printed into `nashra nginx_conf`).
MEDIA_CSP = "default-src 'none'; img-src 'self'; sandbox"


def permissions_policy() -> str:
    # The framed hosts may play what the reader clicked (autoplay after the click, full screen, protected media).
    origins = " ".join(f'"{host}"' for host in _frame_hosts)
    return (
        f"accelerometer=(), autoplay=(self {origins}), camera=(), display-capture=(), "
        f"encrypted-media=({origins}), fullscreen=(self {origins}), "
        "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
        f"picture-in-picture=(self {origins}), publickey-credentials-get=(), usb=(), xr-spatial-tracking=(), "
        "interest-cohort=(), browsing-topics=()"
    )


# Methods no page answers: TRACE echoes the request (cookies included) back to a script.
REFUSED_METHODS = frozenset({"TRACE", "TRACK", "CONNECT"})


def _policy(configured: str, default: str, https: bool) -> str:
    policy = configured or default
    if https and "upgrade-insecure-requests" not in policy:
        # Under HTTPS an old article's http:// image must not turn the page into mixed content.
        policy += "; upgrade-insecure-requests"
    return policy


# Longer digit runs than any database id (2**63 - 1 has 19 digits): SQLite raises OverflowError.
_HUGE_NUMBER = re.compile(r"(?:^|/)\d{19,}(?:/|$)")


def malformed(request) -> bool:
    """A NUL or another control character in the path or the decoded query string (PostgreSQL refuses
    NUL in text and answered 500), or an id too big for any database column."""
    query = unquote_to_bytes(request.META.get("QUERY_STRING", "").replace("+", " "))
    # The API answers a huge id itself, with its own JSON 404 («article_not_found»).
    huge = not request.path.startswith("/api/") and _HUGE_NUMBER.search(request.path) is not None
    return _CONTROL.search(request.path) is not None or _CONTROL_BYTES.search(query) is not None or huge


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RefuseMethodsMiddleware:
    """Before any view or cache: 405 for TRACE/TRACK/CONNECT, 400 for a malformed path or query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in REFUSED_METHODS:
            response = HttpResponseNotAllowed(["GET", "HEAD", "POST"])
            response["Cache-Control"] = "no-store"
            return response
        if malformed(request):
            from nashra.core.views import bad_request

            return bad_request(request)
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Adds the headers that Django's SecurityMiddleware does not.

    Headers already set by a view are kept (a view may need a looser policy,
    e.g. an embed endpoint), except ``X-Frame-Options`` on the admin path.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        admin_path = settings.NASHRA_ADMIN_PATH
        self.admin_prefix = f"/{admin_path}/"
        https = bool(settings.SECURE_SSL_REDIRECT)
        self.reader_csp = _policy(settings.NASHRA_CSP, reader_csp(), https)
        self.permissions_policy = permissions_policy()
        self.admin_csp = _policy(settings.NASHRA_ADMIN_CSP, ADMIN_CSP, https)
        report_only = settings.NASHRA_CSP_REPORT_ONLY
        self.csp_header = "Content-Security-Policy-Report-Only" if report_only else "Content-Security-Policy"

    def is_admin(self, request) -> bool:
        return request.path_info.startswith(self.admin_prefix)

    def __call__(self, request):
        response = self.get_response(request)
        admin = self.is_admin(request)
        if "Content-Security-Policy" not in response and "Content-Security-Policy-Report-Only" not in response:
            response[self.csp_header] = self.admin_csp if admin else self.reader_csp
        response.setdefault("Permissions-Policy", self.permissions_policy)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        # Another site cannot embed our pages, images or JSON as resources (Spectre-class leaks).
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.setdefault("X-Content-Type-Options", "nosniff")
        response.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY
                            or "strict-origin-when-cross-origin")
        if admin:
            # Wagtail's preview panel frames admin URLs: same origin only.
            response["X-Frame-Options"] = "SAMEORIGIN"
            response.setdefault("Cache-Control", "private, no-store")
        else:
            response.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        if request.path_info.startswith(settings.MEDIA_URL):
            response["Content-Security-Policy"] = MEDIA_CSP
        return response
