"""Conditional requests answered by the page cache itself: ``If-None-Match`` against a stored ETag → 304.

A reader polling the live blog's ``<blog>/updates/`` sends back the ETag it last saw; while nothing
changed, the cached answer's ETag still matches and the hit path (the middleware and the bare WSGI
path alike) answers ``304 Not Modified`` with no body and without calling the view. A page whose view
sets no ETag gets one when it is stored (:func:`body_etag`, a hash of its body taken once), so every
cached 200 can be revalidated so.

Comparison is the weak one RFC 9110 §13.1.2 prescribes for ``If-None-Match`` (``W/"x"`` matches
``"x"``), over a comma-separated list; ``*`` matches any stored page. Only a 200 is ever answered 304
(a cached 404 or 301 is replayed as it is).
"""

from __future__ import annotations

import hashlib
import re

# An entity tag in a list: its opaque part (commas may appear inside the quotes, RFC 9110 §8.8.3).
_TAG = re.compile(r'(?:W/)?("[^"]*")')

# Not sent with a 304: it has no body, so nothing that describes one (RFC 9110 §15.4.5). ETag,
# Cache-Control, Vary, Surrogate-* and X-Accel-Expires (the nginx front's revalidation) are kept.
BODY_HEADERS = frozenset({"content-length", "content-type", "content-encoding", "content-language"})
# The same names as stored (Django keeps the case they were set in): matched without lower() on the hit path.
_BODY_NAMES = BODY_HEADERS | {"-".join(part.capitalize() for part in n.split("-")) for n in BODY_HEADERS}


def body_etag(body: bytes) -> str:
    """A validator for a stored body (SHA-256 cut to 96 bits: ~25 µs for a 27 kB page here, once per store,
    beside ~1 ms for its compressed copies; BLAKE2b took ~45 µs on the same machine).

    Weak (``W/``): the same ETag stands for the plain, brotli and gzip copies of the page, which are
    equivalent but not byte-identical — a strong ETag must differ between them (RFC 9110 §8.8.3.3)."""
    return f'W/"{hashlib.sha256(body).hexdigest()[:24]}"'


def _opaque(tag: str) -> str:
    tag = tag.strip()
    return tag[2:] if tag[:2] in ("W/", "w/") else tag


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Does an ``If-None-Match`` field value match ``etag`` (weak comparison)?"""
    if if_none_match == etag and etag:  # the usual case: one tag sent back as received
        return True
    if not etag:
        return False
    if if_none_match.strip() == "*":
        return True
    wanted = _opaque(etag)
    return if_none_match == wanted or wanted in _TAG.findall(if_none_match)


def stored_etag(headers) -> str | None:
    for name, value in headers:
        if name == "ETag":  # as Django and the page cache set it
            return value
    for name, value in headers:
        if name.lower() == "etag":
            return value
    return None


def not_modified(entry, if_none_match: str | None):
    """The headers of a 304 for a stored page when ``if_none_match`` matches its ETag, else None."""
    if not if_none_match or entry.status != 200:
        return None
    headers = entry.headers
    etag = stored_etag(headers)
    if etag is None or not etag_matches(if_none_match, etag):
        return None
    return [header for header in headers if header[0] not in _BODY_NAMES
            and (header[0][0] not in "Cc" or header[0].lower() not in BODY_HEADERS)]
