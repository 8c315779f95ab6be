"""Limits on how long a reader page is kept, set by apps delivery does not know (breaking mode).

An app registers ``fn(request, path) -> seconds or None``; delivery keeps a page no longer than the
smallest answer. A limit that fails is ignored (the page keeps its usual lifetime).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)
_limits: list[Callable] = []


def register_ttl_limit(fn: Callable) -> None:
    if fn not in _limits:
        _limits.append(fn)


def limit(request, path: str, ttl: int) -> int:
    for fn in _limits:
        try:
            seconds = fn(request, path)
        except Exception:  # a limit must never break a reader's page
            log.exception("ttl limit %r failed", fn)
            continue
        if seconds is not None:
            ttl = min(ttl, max(int(seconds), 1))
    return ttl
