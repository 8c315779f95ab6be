"""Cache keys: host (and port) → bucket (edition), path, allow-listed query parameters."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from django.conf import settings

from nashra.editions.resolve import resolve_edition

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
    extra = settings.NASHRA_PAGE_CACHE_PARAMS
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
    return scheme_is_secure(meta, settings.SECURE_PROXY_SSL_HEADER)


def scheme_is_secure(meta, proxy_ssl_header) -> bool:
    """:func:`is_secure` with the ``SECURE_PROXY_SSL_HEADER`` setting given (the WSGI fast path reads
    it once rather than through Django's lazy settings on every hit)."""
    if proxy_ssl_header:
        name, secure_value = proxy_ssl_header
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


def request_port(meta) -> str | None:
    """``request.get_port()`` from the WSGI environ (or ``request.META``), as Django decides it."""
    if settings.USE_X_FORWARDED_PORT and "HTTP_X_FORWARDED_PORT" in meta:
        return meta["HTTP_X_FORWARDED_PORT"]
    return meta.get("SERVER_PORT")


def bucket_for(path: str, host: str, qs: str = "", port=None) -> str | None:
    """Pages of an edition share one bucket; its API another (``api-<slug>``); None: do not cache.

    The edition is the one that renders the page (:func:`nashra.editions.resolve.resolve_edition`);
    a host no Site names (the default site standing in for it) is not cached: a page may carry the
    Host it was asked for, e.g. in absolute API links.
    """
    found = resolve_edition(host, port)
    if found is None or not found.named or found.slug is None:
        return None
    slug = found.slug
    if path.startswith("/api/"):
        for name, value in parse_qsl(qs) if "edition=" in qs else ():
            if name == "edition" and value:
                return f"api-{value[:40]}"
        return f"api-{slug}"
    return slug
