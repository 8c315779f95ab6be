"""Cache scopes: the one API for keeping parts of reader pages between page-cache misses, and for
saying what drops them. Any app that shows content keeps its widget here
(``scopes.for_edition(edition, "my-widget", build)``) and it is then dropped by every event that
purges the edition — there is nothing else to write (docs/architecture.md).

Four scopes: the network (``fragnet``: footer, host → edition), an edition (``frag-<slug>``: lists,
ticker, navigation, widgets), an edition's own setup (``own-<slug>``) and one article (``art-<pk>``).

A page-cache miss renders a whole page, but most of an article page is not about that
article: the navigation, the breaking ticker, the «آخر الأخبار» and section lists, the
footer. They are the same on every page of an edition and change only on editorial
events, so they are built once and kept in Django's cache (local memory, or Redis when
``REDIS_URL`` is set) under keys that carry a *generation* the purges of
:mod:`nashra.delivery.purge` bump:

=========================  ================================================================
generation bucket          bumped by
=========================  ================================================================
``frag-<slug>``            every purge that concerns the edition: an article published,
                           edited, moved, unpublished or deleted (targeted purges too — a
                           new story must reach every list at once), an import batch, the
                           ticker, section / home changes, edition settings, the daily
                           services, network settings (``purge_fragments``)
``fragnet``                what every edition shows: network settings, an edition or a Site
                           saved or deleted (the footer lists every edition)
=========================  ================================================================

A fragment also expires after ``NASHRA_FRAGMENT_TTL`` seconds (default: the page cache's
TTL, so it is never staler than a cached page would be) for what no event announces; a
builder can ask for less (the ticker: until the first «عاجل حتى» passes).

An article's own parts (:func:`for_article`) outlive other stories' publishes: they are kept under
``own-<slug>``, bumped only by edition-wide events (``purge_edition``: sections, settings,
unpublish, delete, images …), and the article's ``art-<pk>``, bumped by its publish, edit, move or
import. They are: the article a URL routes to (``child:…`` → pk, ``article:…``), its text and byline
(``{% article_fragment %}`` in ``article_page.html``), its head tags (``article-head:…``, also varied
on the network generation for hreflang), its comments section (``{% comment_section %}``: a comment
saved or deleted, or the article's comment override, bumps ``art-<pk>``).

Generations live in the page store, which :mod:`nashra.delivery` registers here at start-up
(:func:`use_generations`): in Redis, shared, when it is configured; otherwise per process, with
the purge journal of the other processes replayed before each read. This module imports no app,
so every app may use it. Nothing per visitor is ever kept here.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Protocol

from django.conf import settings
from django.core.cache import cache

log = logging.getLogger("nashra.delivery")

NETWORK = "fragnet"
#: Part of every key. Fragments are pickled objects (cards, links, editions); when a release
#: changes what a fragment holds, bump this so new code never reads what old code stored in a
#: shared Redis (the old keys expire with their TTL). 2: the rendered cards' class moved to
#: nashra.articles.templatetags.article_lists.
SCHEMA = 2
_MISSING = object()


class Generations(Protocol):
    """Where the scopes' generation numbers live (the page store of :mod:`nashra.delivery.store`)."""

    def generation(self, bucket: str) -> int: ...

    def bump(self, bucket: str) -> None: ...


_source: Callable[[], Generations] | None = None


def use_generations(source: Callable[[], Generations]) -> None:
    """Register what gives the current generation store (delivery's ``get_store``, in its ready())."""
    global _source
    _source = source


def _generations() -> Generations:
    if _source is None:
        raise RuntimeError("no generation store registered (nashra.delivery registers one)")
    return _source()


def edition_bucket(slug: str) -> str:
    return f"frag-{slug}"


def default_ttl() -> int:
    return int(settings.NASHRA_FRAGMENT_TTL or settings.NASHRA_PAGE_CACHE_TTL)


def enabled() -> bool:
    return bool(settings.NASHRA_FRAGMENT_CACHE)


def _key(bucket: str, name: str) -> str | None:
    if len(name) > 120 or not name.isascii():  # a slug from a URL: keep keys short and plain
        name = "h" + hashlib.sha1(name.encode()).hexdigest()
    try:
        return f"frag{SCHEMA}:{bucket}:{_generations().generation(bucket)}:{name}"
    except Exception as exc:  # the cache is down: build every time
        log.warning("fragments: no generation for %s (%s)", bucket, exc)
        return None


def network_version() -> str:
    """The network fragments' generation, for an edition fragment that also shows network data
    (hreflang languages): varying its name on this rebuilds it when they change."""
    try:
        return str(_generations().generation(NETWORK))
    except Exception:  # the cache is down: the edition fragment is built every time anyway
        return ""


def hashed_name(name: str, parts) -> str:
    """A fragment name for ``name`` varied on ``parts`` (any strings: hosts, ids, timestamps)."""
    return f"{name}:" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:20]


def cached(bucket: str, name: str, build, ttl=None):
    """``build()`` once per generation of ``bucket`` (and at most ``ttl`` seconds).

    ``ttl`` is seconds or a function of the built value (``0``: do not keep it).
    """
    key = _key(bucket, name) if enabled() else None
    if key is None:
        return build()
    try:
        found = cache.get(key, _MISSING)
    except Exception:
        found = _MISSING
    if found is not _MISSING:
        return found
    value = build()
    seconds = default_ttl() if ttl is None else ttl(value) if callable(ttl) else ttl
    if seconds and seconds > 0:
        try:
            cache.set(key, value, seconds)
        except Exception as exc:
            log.warning("fragments: cannot store %s (%s)", key, exc)
    return value


def for_edition(edition, name: str, build, ttl=None):
    """A fragment of one edition (``edition`` None: built every time)."""
    if edition is None:
        return build()
    return cached(edition_bucket(edition.slug), name, build, ttl)


def own_bucket(slug: str) -> str:
    return f"own-{slug}"


def article_bucket(article_pk) -> str:
    return f"art-{article_pk}"


def for_article(edition, article_pk, name: str, build, ttl=None):
    """A part of one article's page that shows only the article and its edition's setup (text,
    byline, head tags, where its URL leads). Kept across other stories' publishes: it lives under
    the edition's *own* generation (edition-wide events) and the article's (its publish, edit, move,
    import), not under the lists' generation that every publish bumps."""
    if edition is None:
        return build()
    try:
        version = _generations().generation(article_bucket(article_pk))
    except Exception as exc:  # the cache is down: build every time
        log.warning("fragments: no generation for article %s (%s)", article_pk, exc)
        return build()
    return cached(own_bucket(edition.slug), f"{name}:{article_pk}:{version}", build, ttl)


def for_network(name: str, build, ttl=None):
    """A fragment every edition shows (the footer)."""
    return cached(NETWORK, name, build, ttl)


def bump(bucket: str) -> None:
    _generations().bump(bucket)
