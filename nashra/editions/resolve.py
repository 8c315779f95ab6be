"""Which edition serves a host: one answer for the edition middleware and the page cache's key.

:func:`resolve_edition` chooses the Site as Wagtail's ``Site.find_for_request`` does (exact hostname
and port, then the hostname on the default site, then the default site standing in for a host no Site
names, unless exactly one other Site has the hostname) and answers with that Site's edition. Both
callers ask it, so a page is cached under the edition that renders it, and a hostname changed in the
newsroom reaches both at once.

The Sites are few: this process keeps them all (one query) and reloads them when a Site or Edition is
saved or deleted here (:func:`invalidate`, connected in :mod:`.signals`), or when the network
fragment generation has moved — other processes bump it on the same saves — checked at most every
:data:`CHECK_SECONDS`.
"""

from __future__ import annotations

import threading
import time
from typing import NamedTuple

CHECK_SECONDS = 1.0
MAX_MEMO = 4096  # hosts asked for (any Host header a client sends): past this, the memo starts again

# Wagtail's match order (wagtail.models.sites.get_site_for_hostname).
_HOST_AND_PORT, _HOST_ON_DEFAULT, _DEFAULT, _HOST = range(4)


class Resolved(NamedTuple):
    """The Site chosen for a host, and its edition."""

    slug: str | None  # the Site's edition; None: the Site has none (e.g. Wagtail's stock site)
    site_id: int
    named: bool  # the Site's hostname is the host asked for, not the default site standing in for it


class _Row(NamedTuple):
    site_id: int
    hostname: str
    port: int
    is_default: bool
    slug: str | None


class _Sites:
    def __init__(self):
        self._rows: tuple[_Row, ...] | None = None
        self._memo: dict[tuple[str, int | None], Resolved | None] = {}
        self._version: str | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self.generation = 0  # counts the times what a host resolves to may have changed

    def invalidate(self) -> None:
        self._rows = None
        self.generation += 1

    def resolve(self, host: str, port) -> Resolved | None:
        self._fresh()
        key = (host, _port(port))
        try:
            return self._memo[key]
        except KeyError:
            pass
        found = _choose(self._rows or (), *key)
        if len(self._memo) >= MAX_MEMO:
            self._memo = {}
        self._memo[key] = found
        return found

    def _fresh(self) -> None:
        now = time.monotonic()
        if self._rows is not None and now < self._checked + CHECK_SECONDS:
            return
        with self._lock:
            if self._rows is not None and now < self._checked + CHECK_SECONDS:
                return
            version = _network_version()
            if self._rows is not None and version == self._version:
                self._checked = now
                return
            try:
                rows = _load()
            except Exception:  # the database is down: keep what we had (if anything), try again soon
                self._checked = now
                if self._rows is None:
                    self._rows = ()
                    self._version = None
                return
            self._rows, self._memo, self._version, self._checked = rows, {}, version, now
            self.generation += 1


def _load() -> tuple[_Row, ...]:
    from wagtail.models import Site  # not at the top: the WSGI fast path imports this before setup

    return tuple(_Row(*row) for row in Site.objects.order_by("pk").values_list(
        "pk", "hostname", "port", "is_default_site", "edition__slug"))


def _network_version() -> str:
    """The network fragments' generation: bumped (by any process) when a Site or Edition is saved."""
    from nashra.core.scopes import network_version

    return network_version()


def _port(port) -> int | None:
    try:
        return int(port)
    except (TypeError, ValueError):
        return None


def _choose(rows, hostname: str, port: int | None) -> Resolved | None:
    """``get_site_for_hostname`` over the rows in memory."""
    ranked = []
    for row in rows:
        if row.hostname == hostname:
            rank = _HOST_AND_PORT if row.port == port else _HOST_ON_DEFAULT if row.is_default else _HOST
        elif row.is_default:
            rank = _DEFAULT
        else:
            continue
        ranked.append((rank, row))
    if not ranked:
        return None
    ranked.sort(key=lambda item: item[0])
    if len(ranked) == 1 or ranked[0][0] in (_HOST_AND_PORT, _HOST_ON_DEFAULT):
        chosen = ranked[0][1]
    elif ranked[0][0] == _DEFAULT:  # one Site has the hostname: it wins; several: the default does
        chosen = ranked[len(ranked) == 2][1]
    else:  # several Sites have the hostname on other ports, and there is no default site
        return None
    return Resolved(chosen.slug, chosen.site_id, chosen.hostname == hostname)


_sites = _Sites()


def resolve_edition(host: str, port=None) -> Resolved | None:
    """The Site (and its edition) serving ``host`` — a hostname, lower case, without the port — on
    ``port`` (the server port, as ``request.get_port()``; None: no Site matches by port); None when
    no Site would serve it."""
    return _sites.resolve(host, port)


def sites_generation() -> int:
    """A number that changes whenever :func:`resolve_edition` may answer differently (Sites reloaded,
    here or, within a few seconds, in another process): what a caller memoises from it is kept while
    the number stays the same."""
    _sites._fresh()
    return _sites.generation


def invalidate(*_args, **_kwargs) -> None:
    """Forget the Sites (a Site or Edition was saved or deleted); also a signal receiver."""
    _sites.invalidate()
