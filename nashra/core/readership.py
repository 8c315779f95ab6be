"""What readers do, told to whoever counts it: a page view (from the beacon) and a search.

Delivery's beacon and the search page call :func:`viewed` / :func:`searched`; the newsroom's
numbers (:mod:`nashra.dashboard`) subscribe in its ``ready()``. The callers do not know who
listens, so the reader-facing apps never import the dashboard. Listeners must be cheap (they run
inside the reader's request) and must not raise; one that does is logged and skipped.

Pure Python, no Django. Nothing about the reader is passed on: no address, no cookie, only the
article, the hostname the reader came from and the host the page was asked on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

_view_listeners: list[Callable[[int, str, str], None]] = []
_search_listeners: list[Callable[[int, str, int], None]] = []


def on_view(listener: Callable[[int, str, str], None]) -> None:
    """``listener(article_id, referrer_host, own_host)`` on every counted view (once per listener)."""
    if listener not in _view_listeners:
        _view_listeners.append(listener)


def on_search(listener: Callable[[int, str, int], None]) -> None:
    """``listener(edition_id, query, hits)`` on every first page of a reader's search."""
    if listener not in _search_listeners:
        _search_listeners.append(listener)


def viewed(article_id: int, referrer_host: str = "", own_host: str = "") -> None:
    for listener in list(_view_listeners):
        try:
            listener(article_id, referrer_host, own_host)
        except Exception:
            log.exception("view listener %r failed", listener)


def searched(edition_id: int, query: str, hits: int) -> None:
    for listener in list(_search_listeners):
        try:
            listener(edition_id, query, hits)
        except Exception:
            log.exception("search listener %r failed", listener)
