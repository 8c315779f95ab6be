"""The page cache's fast path, in front of Django: a fresh hit never builds a request.

``PageCacheMiddleware`` is the outermost *middleware*, but Django still builds
a ``WSGIRequest``, sends ``request_started``/``request_finished`` (closing old
database connections) and wraps the response on every hit. This WSGI wrapper
answers fresh GET hits straight from the same store with the same key and the
same bypass rules; everything else (misses, stale copies, HEAD, bypasses) goes
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

from .keys import MAX_PATH, allowed_params, bucket_for, normalise_query, request_host
from .middleware import bypass_prefixes, cache_enabled
from .store import get_store

_REASONS = {status.value: f"{status.value} {status.phrase}" for status in HTTPStatus}
_SKIP = frozenset({"content-length", "x-cache", "age"})


class PageCacheWSGI:
    def __init__(self, app):
        self.app = app
        self._ready = False

    def _setup(self) -> None:
        self.session_cookie = f"{settings.SESSION_COOKIE_NAME}="
        self.bypass = bypass_prefixes()
        self.allowed = allowed_params()
        self.script_name = settings.FORCE_SCRIPT_NAME or ""
        self._ready = True

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") != "GET":
            return self.app(environ, start_response)
        if not self._ready:
            self._setup()
        raw_path = environ.get("PATH_INFO", "/")
        try:  # as Django does: WSGI gives latin-1 decoded bytes
            path = raw_path.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return self.app(environ, start_response)
        path = (self.script_name or environ.get("SCRIPT_NAME", "")).rstrip("/") + (path or "/")
        if (
            path.startswith(self.bypass)
            or len(path) > MAX_PATH
            or self.session_cookie in environ.get("HTTP_COOKIE", "")
            or "HTTP_AUTHORIZATION" in environ
            or not cache_enabled()
        ):
            return self.app(environ, start_response)
        qs = normalise_query(environ.get("QUERY_STRING", ""), self.allowed)
        if qs is None:
            return self.app(environ, start_response)
        try:
            bucket = bucket_for(path, request_host(environ), qs)
            entry = get_store().get(bucket, path, qs) if bucket is not None else None
        except Exception:  # anything odd: let Django (and the middleware) deal with it
            return self.app(environ, start_response)
        now = time.time()
        if entry is None or now >= entry[4]:
            return self.app(environ, start_response)
        body = entry[2]
        headers = [(k, v) for k, v in entry[1] if k.lower() not in _SKIP]
        headers += [("Content-Length", str(len(body))), ("X-Cache", "HIT"), ("Age", str(max(0, int(now - entry[3]))))]
        start_response(_REASONS.get(entry[0], str(entry[0])), headers)
        return [body]


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
