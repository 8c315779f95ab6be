"""The page cache's fast path, in front of Django: a fresh hit never builds a request.

``PageCacheMiddleware`` is the outermost *middleware*, but Django still builds
a ``WSGIRequest``, sends ``request_started``/``request_finished`` (closing old
database connections) and wraps the response on every hit. This WSGI wrapper
answers fresh GET hits straight from the same store with the same key and the
same bypass rules (and answers ``If-None-Match`` with 304 when the stored ETag matches,
:mod:`.conditional`); everything else (misses, stale copies, HEAD, bypasses) goes
to Django, where the middleware handles it. To use it, ``nashra/wsgi.py``::

    from nashra.delivery.wsgi import PageCacheWSGI
    application = PageCacheWSGI(get_wsgi_application())

or serve ``nashra.delivery.wsgi:application`` directly.
"""

from __future__ import annotations

import os
import time
from http import HTTPStatus

from django.conf import settings

from nashra.editions.resolve import sites_generation

from . import middleware
from .compression import choose
from .conditional import not_modified
from .keys import (
    MAX_PATH,
    allowed_params,
    bucket_for,
    normalise_query,
    request_host,
    scheme_is_secure,
    variant,
)
from .store import get_store

# Distinct request lines remembered (a few hundred bytes each); past it the memo starts again.
ADDRESS_MEMO_MAX = 2048
MEMO_MAX_REQUEST = 1024  # characters of path and query: longer requests are worked out every time
_UNKNOWN = object()
_REASONS = {status.value: f"{status.value} {status.phrase}" for status in HTTPStatus}
_HIT = ("X-Cache", "HIT")


class PageCacheWSGI:
    """Every microsecond here is a share of the hit rate: settings are read once
    (again after ``setting_changed``), stored headers are sent as they are."""

    def __init__(self, app):
        self.app = app
        self._epoch = -1
        # request → store address, so that a hit skips decoding the path, normalising the query and
        # resolving the Host (about a third of its Python time, bench/hit_profile.py)
        self._addresses: dict[tuple, tuple[str, str, str] | None] = {}
        self._sites_generation = -1

    def _setup(self) -> None:
        self.session_cookie = f"{settings.SESSION_COOKIE_NAME}="
        self.bypass = middleware.bypass_prefixes()
        self.allowed = allowed_params()
        self.script_name = (settings.FORCE_SCRIPT_NAME or "").rstrip("/")
        self.enabled = middleware.cache_enabled()
        self.ssl_redirect = bool(settings.SECURE_SSL_REDIRECT)
        # is_secure / request_port read these on every call through Django's lazy settings (~0.3 µs a hit)
        self.proxy_ssl_header = settings.SECURE_PROXY_SSL_HEADER
        self.proxy_ssl_name = self.proxy_ssl_header[0] if self.proxy_ssl_header else None
        self.forwarded_port = bool(settings.USE_X_FORWARDED_PORT)
        self._addresses = {}
        self._epoch = middleware.settings_epoch

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") != "GET":
            return self.app(environ, start_response)
        if self._epoch != middleware.settings_epoch:
            self._setup()
        if not self.enabled or "HTTP_AUTHORIZATION" in environ:
            return self.app(environ, start_response)
        cookies = environ.get("HTTP_COOKIE")
        if cookies is not None and self.session_cookie in cookies:
            return self.app(environ, start_response)
        generation = sites_generation()
        if generation != self._sites_generation:
            self._addresses, self._sites_generation = {}, generation
        # This request reads and writes the memo it saw here: an address it works out while another thread
        # starts a new memo (the Sites changed meanwhile) goes into the old one, which nobody reads again.
        addresses = self._addresses
        # Everything the store address is made from, as the server gave it: the same request line
        # and Host map to the same address until the settings or the Sites change.
        asked = (environ.get("PATH_INFO"), environ.get("QUERY_STRING"), environ.get("HTTP_HOST"),
                 environ.get("SERVER_NAME"), environ.get("SERVER_PORT"), environ.get("SCRIPT_NAME"),
                 environ.get("wsgi.url_scheme"), environ.get(self.proxy_ssl_name) if self.proxy_ssl_name else None,
                 environ.get("HTTP_X_FORWARDED_PORT") if self.forwarded_port else None)
        address = addresses.get(asked, _UNKNOWN)
        if address is _UNKNOWN:
            try:
                address = self._address(environ)
            except Exception:  # anything odd: let Django (and the middleware) deal with it
                return self.app(environ, start_response)
            if len(asked[0] or "") + len(asked[1] or "") <= MEMO_MAX_REQUEST:  # junk is not worth its bytes
                if len(addresses) >= ADDRESS_MEMO_MAX:
                    addresses.clear()
                addresses[asked] = address
        if address is None:
            return self.app(environ, start_response)
        try:
            entry = get_store().get(*address)
        except Exception:  # the store is away or odd: Django serves (and the middleware decides)
            return self.app(environ, start_response)
        now = time.time()
        if entry is None or now >= entry.fresh_until:
            return self.app(environ, start_response)
        age = now - entry.stored_at
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and (unchanged := not_modified(entry, if_none_match)) is not None:
            start_response("304 Not Modified", unchanged + [_HIT, ("Age", str(int(age)) if age > 0 else "0")])
            return []
        headers, body = (entry.encoded and choose(entry.encoded, environ.get("HTTP_ACCEPT_ENCODING"))) or (
            entry.headers, entry.body)
        start_response(_REASONS.get(entry.status) or str(entry.status),
                       headers + [_HIT, ("Age", str(int(age)) if age > 0 else "0")])
        return [body]

    def _address(self, environ) -> tuple[str, str, str] | None:
        """``(bucket, path, variant)`` of this request's page in the store, or None: not from the store."""
        try:  # as Django does: WSGI gives latin-1 decoded bytes
            path = environ.get("PATH_INFO", "/").encode("latin-1").decode("utf-8") or "/"
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
        script = self.script_name or environ.get("SCRIPT_NAME", "").rstrip("/")
        if script:
            path = script + path
        if path.startswith(self.bypass) or len(path) > MAX_PATH:
            return None
        secure = scheme_is_secure(environ, self.proxy_ssl_header)
        if self.ssl_redirect and not secure:
            return None
        query = normalise_query(environ.get("QUERY_STRING", ""), self.allowed)
        if query is None:
            return None
        port = (environ["HTTP_X_FORWARDED_PORT"] if self.forwarded_port and "HTTP_X_FORWARDED_PORT" in environ
                else environ.get("SERVER_PORT"))
        bucket = bucket_for(path, request_host(environ), query, port)
        return None if bucket is None else (bucket, path, variant(query, secure))


_application = None


def __getattr__(name: str):
    """``nashra.delivery.wsgi:application``, built on first use (importing the class costs nothing)."""
    global _application
    if name != "application":
        raise AttributeError(name)
    if _application is None:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nashra.settings")
        from django.core.wsgi import get_wsgi_application

        _application = PageCacheWSGI(get_wsgi_application())
    return _application
