"""Cache keys: host → bucket (edition), path, allow-listed query parameters."""

from __future__ import annotations

import threading
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings

DEFAULT_PARAMS = frozenset({
    "page", "before", "q", "date", "city", "month", "year", "day", "sign",
    # JSON API
    "edition", "section", "limit", "cursor",
})
# Ignored in the key (the page does not depend on them), never a reason to bypass.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "ref", "_"})
MAX_PATH = 512
MAX_QUERY = 512


def allowed_params() -> frozenset:
    extra = getattr(settings, "NASHRA_PAGE_CACHE_PARAMS", None)
    return frozenset(extra) if extra is not None else DEFAULT_PARAMS


def normalise_query(query_string: str, allowed: frozenset) -> str | None:
    """Sorted allow-listed parameters, or None if the request must bypass the cache."""
    if not query_string:
        return ""
    if len(query_string) > MAX_QUERY:
        return None
    kept = []
    for name, value in parse_qsl(query_string, keep_blank_values=True):
        if name in allowed:
            kept.append((name, value))
        elif name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES):
            continue
        else:  # an unknown parameter might change the page: do not guess
            return None
    kept.sort()
    return urlencode(kept)


def is_secure(meta) -> bool:
    """``request.is_secure()`` from the WSGI environ (or ``request.META``), as Django decides it."""
    header = settings.SECURE_PROXY_SSL_HEADER
    if header:
        name, secure_value = header
        value = meta.get(name)
        if value is not None:
            return value.split(",", 1)[0].strip() == secure_value
    return meta.get("wsgi.url_scheme") == "https"


def variant(qs: str, secure: bool) -> str:
    """The stored variant of a path: its query, and its scheme (a page may carry absolute URLs, and
    with ``NASHRA_HTTPS`` a plain-HTTP request is a redirect, never a page)."""
    return f"https|{qs}" if secure else qs


def request_host(meta) -> str:
    host = meta.get("HTTP_HOST") or meta.get("SERVER_NAME") or ""
    host = host.lower()
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.partition(":")[0]


class _SiteMap:
    """hostname → edition slug, reloaded every 30 s and on Edition/Site saves."""

    REFRESH_SECONDS = 30.0

    def __init__(self):
        self._map: dict[str, str] = {}
        self._hosts_by_slug: dict[str, list[str]] = {}
        self._expires = 0.0
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        self._expires = 0.0

    def _load(self) -> None:
        from nashra.editions.models import Edition

        rows = list(Edition.objects.values_list("slug", "site__hostname", "site__is_default_site"))
        mapping, by_slug = {}, {}
        for slug, hostname, _is_default in rows:
            mapping[(hostname or "").lower()] = slug
            by_slug.setdefault(slug, []).append((hostname or "").lower())
        self._map, self._hosts_by_slug = mapping, by_slug

    def _fresh(self) -> None:
        now = time.monotonic()
        if now < self._expires:
            return
        with self._lock:
            if now < self._expires:
                return
            try:
                self._load()
                self._expires = now + self.REFRESH_SECONDS
            except Exception:  # database down: keep what we had, retry soon
                self._expires = now + 1.0

    def bucket_for_host(self, host: str) -> str | None:
        """The edition serving this hostname; None for hosts no Site names (not cached:
        a page may carry the Host it was asked for, e.g. in absolute API links)."""
        self._fresh()
        return self._map.get(host)

    def hostname_for(self, slug: str) -> str | None:
        self._fresh()
        hosts = self._hosts_by_slug.get(slug)
        return hosts[0] if hosts else None


sites = _SiteMap()


def bucket_for(path: str, host: str, qs: str = "") -> str | None:
    """Pages of an edition share one bucket; its API another (``api-<slug>``); None: do not cache."""
    slug = sites.bucket_for_host(host)
    if slug is None:
        return None
    if path.startswith("/api/"):
        for name, value in parse_qsl(qs) if "edition=" in qs else ():
            if name == "edition" and value:
                return f"api-{value[:40]}"
        return f"api-{slug}"
    return slug
