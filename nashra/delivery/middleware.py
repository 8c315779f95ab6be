"""The full-page cache: the outermost middleware, so a hit costs almost nothing.

Key: edition bucket (from the Host) + generation + path + allow-listed query
parameters (see :mod:`.keys`). Only anonymous GET/HEAD are served from it: a
``sessionid`` cookie (a logged-in editor), an ``Authorization`` header, the
admin, static/media, comments and the beacon bypass it, as does any query
parameter not on the allow-list (utm_* and friends are ignored instead), and
any Host that no Wagtail Site names.

Stored: 200, 301 and 404 responses without Set-Cookie, without ``Vary: Cookie``
and without private/no-store Cache-Control — body and headers. HTTPS and plain-HTTP requests
are kept apart; with ``SECURE_SSL_REDIRECT`` (``NASHRA_HTTPS=1``) a plain-HTTP request never
touches the cache (Django answers it with its redirect, which is never stored).

Conditional requests (:mod:`.conditional`): a stored 200 always has an ETag (the view's, or a hash
of the body taken when it is stored), and a request whose ``If-None-Match`` matches it is answered
``304 Not Modified`` from the stored entry — no body, the view never called — here and on the WSGI
fast path. On a miss the view renders the whole page (the condition is held back from it), which is
stored, and the condition is answered from it.

A render is stored only if nothing purged its path or bucket while it ran (the token of
``store.begin``): a page rendered from the data before a publish never outlives the publish.

Freshness (seconds; declared in ``nashra/settings.py``, each read from the environment variable
of the same name)::

    NASHRA_PAGE_CACHE_TTL            120   fresh pages (purges make it exact)
    NASHRA_PAGE_CACHE_API_TTL         30   /api/
    NASHRA_PAGE_CACHE_404_TTL         60
    NASHRA_PAGE_CACHE_SWR             60   stale-while-revalidate window
    NASHRA_PAGE_CACHE_STALE_IF_ERROR 86400 a stale copy may stand in for a 5xx
    NASHRA_PAGE_CACHE_BROWSER_TTL     15   browsers (a purge cannot reach them)
    NASHRA_FRONT_CACHE_SECONDS         1   the nginx front's micro-cache (X-Accel-Expires)

Stampede: one render per key per process (the others wait ≤ 3 s, or get the
stale copy at once); across processes sharing Redis, a ``SET NX`` lock does
the same. A render that fails (exception or 5xx — e.g. the database is down)
is answered with the stale copy if one exists.

``NASHRA_PAGE_CACHE=0`` switches it off; it is off in tests unless a test switches it on.
"""

from __future__ import annotations

import hashlib
import threading
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers

from nashra.core import ttl as ttl_limits

from . import compression, conditional
from .cached_page import CachedPage
from .keys import (
    MAX_PATH,
    allowed_params,
    bucket_for,
    is_secure,
    normalise_query,
    request_host,
    request_port,
    variant,
)
from .store import get_store

WAIT_SECONDS = 3.0
CACHEABLE_STATUS = frozenset({200, 301, 404})
# Not stored: per-response headers, and Content-Length, which is stored as computed from the body.
SKIP_HEADERS = frozenset({
    "x-cache", "age", "set-cookie", "date", "connection", "transfer-encoding", "content-length",
})

_inflight: dict[str, threading.Event] = {}
_inflight_lock = threading.Lock()


_enabled: bool | None = None


def cache_enabled() -> bool:
    """Memoised: every hit asks. ``setting_changed`` (tests) forgets the answer."""
    global _enabled
    if _enabled is None:
        _enabled = bool(settings.NASHRA_PAGE_CACHE)
    return _enabled


# Bumped whenever a setting changes (tests), so the WSGI fast path re-reads what it memoised.
settings_epoch = 0


def on_setting_changed(setting: str, **_kwargs) -> None:
    """``setting_changed`` receiver: what a hit memoises must follow ``override_settings``."""
    global _enabled, settings_epoch
    _enabled = None
    settings_epoch += 1
    if setting == "CACHES" or setting.startswith("NASHRA_PAGE_CACHE_"):
        from .store import reset_store

        reset_store()


def bypass_prefixes() -> tuple[str, ...]:
    return (
        f"/{settings.NASHRA_ADMIN_PATH}/", "/django-admin/", settings.STATIC_URL, settings.MEDIA_URL,
        "/_b/", "/comments/", "/documents/", "/images/", "/healthz", "/readyz",
    )


def is_cacheable(response) -> bool:
    if response.status_code not in CACHEABLE_STATUS or response.streaming or response.cookies:
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.session_cookie = f"{settings.SESSION_COOKIE_NAME}="
        self.bypass = bypass_prefixes()
        self.allowed = allowed_params()
        self.ssl_redirect = bool(settings.SECURE_SSL_REDIRECT)

    # --- the hit path --------------------------------------------------------------
    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not cache_enabled():
            return self.get_response(request)
        meta = request.META
        path = request.path
        if (
            path.startswith(self.bypass)
            or len(path) > MAX_PATH
            or self.session_cookie in meta.get("HTTP_COOKIE", "")
            or "HTTP_AUTHORIZATION" in meta
        ):
            return self.get_response(request)
        secure = is_secure(meta)
        if self.ssl_redirect and not secure:  # Django's redirect to https: never kept, never replayed
            return self.get_response(request)
        query = normalise_query(meta.get("QUERY_STRING", ""), self.allowed)
        if query is None:
            return self.get_response(request)
        bucket = bucket_for(path, request_host(meta), query, request_port(meta))
        if bucket is None:
            return self.get_response(request)
        qs = variant(query, secure)
        store = get_store()
        entry = store.get(bucket, path, qs)
        now = time.time()
        if entry is not None and now < entry.fresh_until:
            return self._replay(request, entry, "HIT", now)
        if request.method == "HEAD":
            if entry is not None and now < entry.stale_until:
                return self._replay(request, entry, "STALE", now)
            return self.get_response(request)
        return self._miss(request, store, bucket, path, qs, entry, now)

    @staticmethod
    def _replay(request, entry: CachedPage, state: str, now: float):
        unchanged = conditional.not_modified(entry, request.META.get("HTTP_IF_NONE_MATCH"))
        if unchanged is not None:
            return _not_modified(unchanged, state, now - entry.stored_at)
        head = request.method == "HEAD"
        headers, body = compression.choose(entry.encoded, request.META.get("HTTP_ACCEPT_ENCODING")) or (
            entry.headers, entry.body)
        response = HttpResponse(b"" if head else body, status=entry.status)
        for name, value in headers:
            response.headers[name] = value
        response.headers["X-Cache"] = state
        response.headers["Age"] = str(max(0, int(now - entry.stored_at)))
        return response

    # --- misses: coalesce, render, store ---------------------------------------------
    def _miss(self, request, store, bucket, path, qs, entry, now):
        key = f"{bucket}|{path}|{qs}"
        with _inflight_lock:
            event = _inflight.get(key)
            leader = event is None
            if leader:
                event = _inflight[key] = threading.Event()
        if not leader:
            if entry is not None and now < entry.stale_until:
                return self._replay(request, entry, "STALE", now)
            event.wait(WAIT_SECONDS)
            again = store.get(bucket, path, qs)
            if again is not None and time.time() < again.stale_until:
                return self._replay(request, again, "HIT-WAIT", time.time())
            return self._render(request, store, bucket, path, qs, entry)
        locked = False
        try:
            locked = store.try_lock(key)
            if not locked:  # another process is rendering this key
                if entry is not None and now < entry.stale_until:
                    return self._replay(request, entry, "STALE", now)
                fresh = self._wait_for_other_process(store, bucket, path, qs, entry)
                if fresh is not None:
                    return self._replay(request, fresh, "HIT-WAIT", time.time())
            return self._render(request, store, bucket, path, qs, entry)
        finally:
            if locked:
                store.unlock(key)
            with _inflight_lock:
                _inflight.pop(key, None)
            event.set()

    @staticmethod
    def _wait_for_other_process(store, bucket, path, qs, entry):
        deadline = time.monotonic() + WAIT_SECONDS
        seen = entry.stored_at if entry is not None else 0
        while time.monotonic() < deadline:
            time.sleep(0.02)
            again = store.get(bucket, path, qs)
            if again is not None and again.stored_at > seen:
                return again
        return None

    def _render(self, request, store, bucket, path, qs, entry):
        try:  # before the view reads anything: a purge from now on makes this render unkept
            token = store.begin(bucket, path)
        except Exception:  # the store cannot say: render, keep nothing
            token = None
        # The view renders the whole page, which is stored; the condition is answered here from what
        # was stored. A view's own 304 would be kept nowhere, and every later poller sending the
        # current ETag (all of them, on the live blog) would miss and render again.
        if_none_match = request.META.pop("HTTP_IF_NONE_MATCH", None)
        try:
            response = self.get_response(request)
        except Exception:
            if if_none_match is not None:
                request.META["HTTP_IF_NONE_MATCH"] = if_none_match
            if entry is not None and time.time() < entry.error_until:
                return self._replay(request, entry, "STALE-ERROR", time.time())
            raise
        if if_none_match is not None:  # a stale copy replayed below answers it too
            request.META["HTTP_IF_NONE_MATCH"] = if_none_match
        now = time.time()
        if response.status_code >= 500 and entry is not None and now < entry.error_until:
            return self._replay(request, entry, "STALE-ERROR", now)
        if token is not None and is_cacheable(response) and not _is_scheme_redirect(request, response):
            ttl = self._ttl(path, response.status_code)
            if response.status_code == 200:
                ttl = ttl_limits.limit(request, path, ttl)  # e.g. a breaking story's home page
            self._decorate(response, bucket, path, ttl)
            body = response.content
            if response.status_code == 200 and "ETag" not in response:
                response.headers["ETag"] = conditional.body_etag(body)
            if compression.compressible(response.get("Content-Type", ""), body):
                patch_vary_headers(response, ("Accept-Encoding",))
            headers = stored_headers(response.items(), body)
            swr = settings.NASHRA_PAGE_CACHE_SWR
            sie = settings.NASHRA_PAGE_CACHE_STALE_IF_ERROR
            entry = CachedPage(
                status=response.status_code, headers=headers, body=body, stored_at=now,
                fresh_until=now + ttl, stale_until=now + ttl + swr, error_until=now + sie,
                encoded=compression.encoded_variants(headers, body) or None,
            )
            store.set(bucket, path, qs, entry, token)
            unchanged = conditional.not_modified(entry, if_none_match)
            if unchanged is not None:
                return _not_modified(unchanged, "MISS", 0)
            response.headers["X-Cache"] = "MISS"
            _send_encoded(request, response, entry)
        elif if_none_match and response.status_code == 200 and conditional.etag_matches(
                if_none_match, response.get("ETag", "")):  # not kept (private, a purge meanwhile…): still a 304
            unchanged = _not_modified([(k, v) for k, v in response.items()
                                       if k.lower() not in conditional.BODY_HEADERS], None, 0)
            unchanged.cookies = response.cookies  # what the view would have sent with its own 304
            return unchanged
        return response

    @staticmethod
    def _ttl(path: str, status: int) -> int:
        if path.startswith("/api/"):
            return settings.NASHRA_PAGE_CACHE_API_TTL
        if status == 404:
            return settings.NASHRA_PAGE_CACHE_404_TTL
        return settings.NASHRA_PAGE_CACHE_TTL

    @staticmethod
    def _decorate(response, bucket: str, path: str, ttl: int) -> None:
        """Cache-Control for browsers and shared caches, Surrogate-* for CDNs."""
        swr = settings.NASHRA_PAGE_CACHE_SWR
        sie = settings.NASHRA_PAGE_CACHE_STALE_IF_ERROR
        browser = min(ttl, settings.NASHRA_PAGE_CACHE_BROWSER_TTL)
        if "Cache-Control" not in response:
            response.headers["Cache-Control"] = (
                f"public, max-age={browser}, s-maxage={ttl}, stale-while-revalidate={swr}, stale-if-error={sie}"
            )
        response.headers["Surrogate-Control"] = f"max-age={ttl}, stale-while-revalidate={swr}, stale-if-error={sie}"
        response.headers["Surrogate-Key"] = f"{surrogate_key_for_bucket(bucket)} {surrogate_key_for_path(bucket, path)}"
        # The nginx front (``nashra nginx_conf``) keeps only what carries this, and only this long:
        # a purge here reaches readers through it within that time. nginx does not pass it on.
        response.headers["X-Accel-Expires"] = str(settings.NASHRA_FRONT_CACHE_SECONDS)


def _not_modified(headers, state: str | None, age: float) -> HttpResponseNotModified:
    """304 with the stored page's headers but those of its body (:mod:`.conditional`)."""
    response = HttpResponseNotModified()
    for name, value in headers:
        response.headers[name] = value
    if state is not None:
        response.headers["X-Cache"] = state
        response.headers["Age"] = str(max(0, int(age)))
    return response


def _send_encoded(request, response, entry: CachedPage) -> None:
    """The first reader of a page gets the compressed copy just stored, as every later one will."""
    chosen = compression.choose(entry.encoded, request.META.get("HTTP_ACCEPT_ENCODING"))
    if chosen is not None:
        headers, body = chosen
        response.content = body
        response.headers["Content-Encoding"] = dict(headers)["Content-Encoding"]
        response.headers["Content-Length"] = str(len(body))


def _is_scheme_redirect(request, response) -> bool:
    """A redirect to this very URL on https (the security middleware's): kept, it would loop."""
    if response.status_code not in (301, 302, 307, 308) or request.is_secure():
        return False
    return response.get("Location", "") == f"https://{request.get_host()}{request.get_full_path()}"


def stored_headers(items, body: bytes) -> list[tuple[str, str]]:
    """The headers a replay sends as they are (the WSGI fast path adds only X-Cache and Age)."""
    headers = [(k, v) for k, v in items if k.lower() not in SKIP_HEADERS]
    headers.append(("Content-Length", str(len(body))))
    return headers


def surrogate_key_for_bucket(bucket: str) -> str:
    return f"b-{bucket}"


def surrogate_key_for_path(bucket: str, path: str) -> str:
    return "p-" + hashlib.sha1(f"{bucket}|{path}".encode()).hexdigest()[:16]
