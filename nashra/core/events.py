"""Content events: one vocabulary for «something readers can see has changed».

Who emits: :mod:`nashra.articles.events` is the only listener of Wagtail's page signals
(publish, unpublish, move, delete) and turns them into the events below; the importer emits
:class:`ArticlesImported` after each committed batch; the daily services (prayer times,
horoscopes, caricatures) emit :class:`EditionContentChanged` instead of purging caches
themselves.

Who listens: search (keeps its index equal to what is live), delivery (purges cached pages
and tells the CDN) and anything new — a widget that shows articles subscribes here rather than
to Wagtail's signals, and so sees imports and moves too. Handlers run synchronously, in the
order they subscribed, inside the transaction that made the change; a handler that must act
after the commit uses ``transaction.on_commit`` itself.

Pure Python, no Django: the event carries model instances but this module never reads them.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ArticlePublished", "ArticleMoved", "ArticleWithdrawn", "StructureChanged", "ArticlesImported",
    "EditionContentChanged", "NetworkContentChanged", "PicksChanged", "LiveBlogChanged",
    "subscribe", "emit", "coalesced",
]


@dataclass(frozen=True)
class ArticlePublished:
    """A new article or a new revision of one went live. ``old_*`` describe it as readers saw it
    before (None for a first publish): its URL path, section and edition, and whether it was a
    live breaking story (then the ticker on every page of the edition showed it)."""

    article: Any
    old_url_path: str | None = None
    old_section_id: int | None = None
    old_edition_id: int | None = None
    was_breaking: bool = False


@dataclass(frozen=True)
class ArticleMoved:
    """A live article moved to another section (possibly of another edition). The article's own
    ``section_id`` / ``edition_id`` / ``url_path`` are already the new ones."""

    article: Any
    old_url_path: str | None
    old_section_id: int | None
    old_edition_id: int | None
    new_section_id: int | None


@dataclass(frozen=True)
class ArticleWithdrawn:
    """An article left the site: unpublished, or deleted (``deleted``; ``was_live`` says whether
    readers could see it)."""

    article: Any
    deleted: bool = False
    was_live: bool = True


@dataclass(frozen=True)
class StructureChanged:
    """A section or an edition's home page was published, unpublished, moved or deleted
    (``kind``); navigation shows it on every page of ``edition_id``. ``renamed``: its title is not
    the one of its previous revision (stories are indexed with their section's name).
    ``old_edition_id``: the edition a section was moved out of, when it changed edition."""

    page: Any
    edition_id: int | None
    kind: str
    renamed: bool = False
    old_edition_id: int | None = None


@dataclass(frozen=True)
class ArticlesImported:
    """An import batch committed: ``article_ids`` of ``edition`` were created or updated without
    any page signal (the bulk path writes rows directly). ``hints``: what subscribers asked the
    importer to work out beside the writes, by name (search: ``{"search-stems": {text: stems}}``);
    a shortcut only — a text not in it is worked out as usual."""

    edition: Any
    article_ids: tuple[int, ...] = field(default_factory=tuple)
    hints: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class EditionContentChanged:
    """A daily service of one edition changed what its pages show (``source``: «prayer»,
    «horoscopes», «caricatures» …): today's horoscope on the home page, the prayer-time slot."""

    edition_id: int | None
    source: str


@dataclass(frozen=True)
class PicksChanged:
    """The editors' picks of one page changed (added, removed, reordered, re-timed, or expired):
    the home page of ``edition_id`` when ``section_id`` is None, else that section's page."""

    edition_id: int | None
    section_id: int | None = None


@dataclass(frozen=True)
class LiveBlogChanged:
    """An entry of a live blog was posted, edited, pinned, approved or deleted, or the blog itself was
    published (``blog``, a LiveBlogPage): its page, its update channel and the API show the entries."""

    blog: Any


@dataclass(frozen=True)
class NetworkContentChanged:
    """Something every edition shows changed (``source``: «infopages» — the footer's pages «من نحن»,
    «اتصل بنا» …, linked from the footer of every page and served on every edition's host)."""

    source: str


@dataclass(frozen=True)
class DataReplaced:
    """The database and media were replaced wholesale (``nashra restore``): every cached page,
    fragment and API answer shows data that is gone. ``removed_editions``: slugs of editions that
    existed before and not after (their caches are dropped too)."""

    removed_editions: tuple[str, ...] = ()


Handler = Callable[[Any], None]
_handlers: dict[type, list[Handler]] = defaultdict(list)


def subscribe(event_type: type, handler: Handler) -> None:
    """Call ``handler(event)`` for every event of ``event_type``; subscribing twice is a no-op
    (apps subscribe in ``AppConfig.ready``, which tests may run again)."""
    if handler not in _handlers[event_type]:
        _handlers[event_type].append(handler)


_batch = threading.local()


def emit(event: object) -> None:
    """Hand ``event`` to its subscribers, in subscription order (inside :func:`coalesced`, once at
    the end of the block). An exception propagates: a failed index or purge must fail the publish
    rather than leave readers a stale site."""
    pending = getattr(_batch, "events", None)
    if pending is not None:
        if event not in pending:
            pending.append(event)
        return
    for handler in list(_handlers.get(type(event), ())):
        handler(event)


@contextmanager
def coalesced() -> Iterator[None]:
    """Collect the events emitted inside the block and hand each distinct one on once, at its end:
    a day of twelve horoscopes saved row by row is one change of the edition, not twelve purges.
    Nested blocks join the outermost one; if the block raises, nothing is emitted."""
    if getattr(_batch, "events", None) is not None:
        yield
        return
    _batch.events = pending = []
    try:
        yield
    except BaseException:
        _batch.events = None
        raise
    _batch.events = None
    for event in pending:
        emit(event)
