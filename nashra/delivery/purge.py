"""Purge by dependency: which cached pages an editorial event invalidates.

Two tools, both seen by every app process within 1 s:

* **targeted** — delete given paths of one edition (all their query variants:
  ``?before=…`` pages of a section go with the section);
* **edition-wide** — bump the edition's generation number (part of every key),
  which drops all its pages at once. It is the cheapest correct purge for
  things shown on every page.

=====================================  ===============================================
event                                  purged
=====================================  ===============================================
article published / edited (new        the article (new and old URL), its section(s),
revision published) / moved            home, feeds, its authors' and tags' pages, and
                                       the edition's API (``api-<slug>`` generation)
breaking article published (ticker),   the whole edition (the ticker is on every page)
  or an article that *was* breaking
article unpublished / deleted          the whole edition: a retracted story must vanish
                                       from every sidebar and list at once
section / home page published,         the whole edition (navigation is on every page)
  unpublished, moved, deleted
edition settings, Hijri month starts,  the whole edition; network settings → all
  its Site; network settings
comment or feed settings of an         the whole edition (the comment form and the
  edition; a day's horoscope           JSON-LD publisher are on every article page)
comment approved / hidden / deleted;   the article page and its kept parts, comments
  comments opened or closed on one      included (``purge_article_comments``; a saved
  article                               comment: the kept parts, ``signals.on_comment_saved``)
import batch                           ≤ 50 articles: targeted per article; more: the
                                       whole edition (``purge_after_import``)
editors' picks of a page changed or    that page (home: ``/``; a section: its pages) and
  expired                              the edition's fragments (``purge_picks``)
=====================================  ===============================================

Not purged on purpose: the «آخر الأخبار» / related sidebars of *other* article
pages after a publish; they catch up within ``NASHRA_PAGE_CACHE_TTL`` (120 s).

Every event of the table that concerns an edition also bumps its *fragment* generation
(:mod:`nashra.core.scopes`): the lists, navigation, ticker and widgets that uncached renders
reuse are rebuilt from the database on the next miss of any page, so a miss never shows
a list older than the event. Network settings, edition/Site changes and feed settings bump
the network fragments (footer, host → edition, hreflang) too; so do view restrictions
(privacy) saved or deleted, and a deleted rendition (an edited image) bumps every fragment.
An article's own kept parts follow its own events and the edition-wide ones only
(:func:`.scopes.for_article`).
The events are wired in :mod:`.signals`.

Every purge is also handed to the CDN hook (:func:`cdn_purge`): Wagtail's
frontend cache (``wagtail.contrib.frontend_cache`` + ``WAGTAILFRONTENDCACHE``)
for URLs, and/or a POST of ``{"urls": [...], "surrogate_keys": [...]}`` to
``NASHRA_CDN_PURGE_URL``; the :data:`page_cache_purged` signal for anything else.
"""

from __future__ import annotations

import json
import logging
import threading
import urllib.request
from urllib.parse import unquote

from django.conf import settings
from django.db import transaction
from django.dispatch import Signal
from django.utils.encoding import iri_to_uri

from nashra.core import scopes

from .middleware import surrogate_key_for_bucket, surrogate_key_for_path
from .store import get_store

log = logging.getLogger("nashra.delivery")

page_cache_purged = Signal()  # sender=None, bucket=str, paths=list[str] | None (None: edition-wide)

IMPORT_TARGETED_LIMIT = 50

_dependents: list = []


def register_dependents(func) -> None:
    """``func(article) -> iterable of site-relative paths`` also purged with an article (feeds …)."""
    if func not in _dependents:
        _dependents.append(func)


# --- primitives -------------------------------------------------------------------------


def _run(func) -> None:
    """Purge now and again after the transaction commits.

    Now, so this process never serves the old page; after commit, so a page
    another process re-rendered from not-yet-committed data is dropped too.
    """
    func()
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        transaction.on_commit(func)


def purge_paths(bucket: str, paths, root_url: str | None = None) -> None:
    paths = sorted({p for p in paths if p})
    if not paths:
        return

    def go():
        try:
            get_store().delete_paths(bucket, paths)
        except Exception as exc:  # Redis down: nothing cached there to be stale
            log.warning("page cache: purge of %s %s failed: %s", bucket, paths, exc)
        _announce(bucket, paths, root_url)

    _run(go)


def purge_edition(slug: str, root_url: str | None = None) -> None:
    """Everything of one edition: pages, API and fragments."""

    def go():
        store = get_store()
        # Fragments first: a page rendered between the two steps must not take the old lists into
        # a generation the page purge has already passed.
        for bucket in (scopes.edition_bucket(slug), scopes.own_bucket(slug), f"api-{slug}", slug):
            try:
                store.bump(bucket)
            except Exception as exc:
                log.warning("page cache: purge of %s failed: %s", bucket, exc)
        _announce(slug, None, root_url)

    _run(go)


def purge_api(slug: str) -> None:
    def go():
        try:
            get_store().bump(f"api-{slug}")
        except Exception as exc:
            log.warning("page cache: purge of api-%s failed: %s", slug, exc)

    _run(go)


def purge_fragments(slug: str) -> None:
    """The edition's shared fragments (lists, ticker, navigation) only; pages stay cached."""
    _bump_quietly(scopes.edition_bucket(slug))


def purge_article_parts(article_pk) -> None:
    """One article's own kept parts (text, head tags, where its URL leads): its publish, edit, move."""
    _bump_quietly(scopes.article_bucket(article_pk))


def purge_network_fragments() -> None:
    """What every edition shows (the footer: network settings, the list of editions)."""
    _bump_quietly(scopes.NETWORK)


def _bump_quietly(bucket: str) -> None:
    def go():
        try:
            get_store().bump(bucket)
        except Exception as exc:
            log.warning("fragment cache: purge of %s failed: %s", bucket, exc)

    _run(go)


def purge_all_fragments() -> None:
    """Every edition's fragments and the network's (pages stay cached)."""
    from nashra.editions.models import Edition

    purge_network_fragments()
    for slug in Edition.objects.values_list("slug", flat=True):
        purge_fragments(slug)
        _bump_quietly(scopes.own_bucket(slug))


def purge_all_editions() -> None:
    from nashra.editions.models import Edition

    purge_network_fragments()
    for slug, root_url in _edition_roots(Edition.objects.select_related("site")):
        purge_edition(slug, root_url)


def _edition_roots(editions):
    for edition in editions:
        yield edition.slug, edition.site.root_url


# --- the CDN hook ---------------------------------------------------------------------------


def _announce(bucket: str, paths: list[str] | None, root_url: str | None) -> None:
    page_cache_purged.send(sender=None, bucket=bucket, paths=paths)
    cdn_purge(bucket, paths, root_url)


def cdn_purge(bucket: str, paths: list[str] | None, root_url: str | None) -> None:
    endpoint = settings.NASHRA_CDN_PURGE_URL
    frontend = "wagtail.contrib.frontend_cache" in settings.INSTALLED_APPS and getattr(
        settings, "WAGTAILFRONTENDCACHE", None
    )
    if not endpoint and not frontend:
        return
    base = (root_url or "").rstrip("/")
    urls = [iri_to_uri(base + p) for p in paths] if (paths and base) else []
    if paths is None and base:
        urls = [base + "/"]  # frontend caches without tags: at least the home page
    keys = [surrogate_key_for_bucket(bucket)] if paths is None else [surrogate_key_for_path(bucket, p) for p in paths]

    def send():
        if frontend and urls:
            try:
                from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

                purge_urls_from_cache(urls)
            except Exception as exc:
                log.warning("frontend cache purge failed: %s", exc)
        if endpoint:
            body = json.dumps({"urls": urls, "surrogate_keys": keys}).encode()
            request = urllib.request.Request(endpoint, data=body, method="POST",
                                             headers={"Content-Type": "application/json"})
            try:
                urllib.request.urlopen(request, timeout=2).close()  # noqa: S310 - operator-set URL
            except Exception as exc:
                log.warning("CDN purge to %s failed: %s", endpoint, exc)

    threading.Thread(target=send, name="nashra-cdn-purge", daemon=True).start()


# --- pages → paths -----------------------------------------------------------------------


def site_path(url_path: str | None) -> tuple[str | None, str | None]:
    """(site-relative path, root_url) for a Wagtail url_path."""
    from wagtail.models import Site

    if not url_path:
        return None, None
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return "/" + url_path[len(root.root_path):], root.root_url
    return None, None


def edition_slug(edition_id) -> str | None:
    from nashra.editions.models import Edition

    if edition_id is None:
        return None
    return Edition.objects.filter(pk=edition_id).values_list("slug", flat=True).first()


def article_paths(article, old_url_path: str | None = None, old_section_id=None,
                  new_section_id=None) -> tuple[set[str], str | None]:
    from nashra.articles.models import SectionPage

    paths: set[str] = {"/"}
    path, root_url = site_path(article.url_path)
    paths.add(path)
    if old_url_path and old_url_path != article.url_path:
        paths.add(site_path(old_url_path)[0])
    section_ids = {sid for sid in (article.section_id, old_section_id, new_section_id) if sid}
    for url_path in SectionPage.objects.filter(pk__in=section_ids).values_list("url_path", flat=True):
        section_path = site_path(url_path)[0]
        if section_path:
            paths.add(section_path)
    # Its authors' and tags' pages: the article names them from its edition's routes.
    paths.update(article.listing_paths())
    # Feeds and sitemaps: their app names them (nashra.syndication.purge_paths, via register_dependents).
    for func in _dependents:
        try:
            paths.update(func(article) or ())
        except Exception as exc:
            log.warning("page cache: dependents hook failed: %s", exc)
    paths.discard(None)
    # Kept decoded, as the page cache keys a request (``reverse()`` gives «%D8%B3…» for «س…»); the CDN
    # hook encodes them again.
    return {unquote(path) for path in paths}, root_url


# --- events --------------------------------------------------------------------------------


def purge_article(article, old_url_path=None, old_section_id=None, old_edition_id=None, was_breaking=False,
                  new_section_id=None):
    """An article was published, edited or moved."""
    slug = edition_slug(article.edition_id)
    if slug is None:
        return
    if article.is_breaking or was_breaking:
        purge_edition(slug, site_path(article.url_path)[1])
    else:
        # What pages are built from goes before the pages: a page rendered in between would
        # otherwise read the old lists and be kept as fresh after its own purge.
        paths, root_url = article_paths(article, old_url_path, old_section_id, new_section_id)
        purge_fragments(slug)
        purge_article_parts(article.pk)
        purge_api(slug)
        purge_paths(slug, paths, root_url)
    if old_edition_id and old_edition_id != article.edition_id:
        old_slug = edition_slug(old_edition_id)
        if old_slug:
            purge_edition(old_slug)


def purge_article_everywhere(article) -> None:
    """Unpublished or deleted: drop the edition (retracted stories vanish from every list)."""
    slug = edition_slug(getattr(article, "edition_id", None))
    if slug:
        purge_edition(slug, site_path(article.url_path)[1])


def purge_article_comments(article) -> None:
    """Comments shown on an article changed, or were opened or closed: the article page, and its own
    kept parts (``art-<pk>``), which hold the rendered comments (``{% comment_section %}``)."""
    purge_article_parts(article.pk)  # before the page, as in purge_article
    slug = edition_slug(article.edition_id)
    path, root_url = site_path(article.url_path)
    if slug and path:
        purge_paths(slug, [path], root_url)


def purge_after_import(edition, article_ids) -> None:
    """After an import batch (``nashra.importing.bulk.after_import``)."""
    from nashra.articles.models import ArticlePage

    article_ids = list(article_ids or ())
    if not article_ids or edition is None:
        return
    if len(article_ids) > IMPORT_TARGETED_LIMIT:
        purge_edition(edition.slug, edition.site.root_url)
        return
    paths: set[str] = set()
    root_url = None
    for article in ArticlePage.objects.filter(pk__in=article_ids):
        found, root_url = article_paths(article)
        paths |= found
    if any(ArticlePage.objects.filter(pk__in=article_ids, is_breaking=True).values_list("pk", flat=True)[:1]):
        purge_edition(edition.slug, root_url)
        return
    purge_fragments(edition.slug)  # before the pages, as in purge_article
    for article_pk in article_ids:
        purge_article_parts(article_pk)
    purge_api(edition.slug)
    purge_paths(edition.slug, paths, root_url)


def purge_picks(edition_id, section_id=None) -> None:
    """An editor changed the picks of one page (or one expired): that page — the edition's home, or the
    section's page with its ``?before=`` pages — and the edition's kept lists the page is built from.
    Nothing else shows picks (the API has no home page)."""
    from nashra.articles.models import SectionPage
    from nashra.editions.models import Edition

    edition = Edition.objects.select_related("site").filter(pk=edition_id).first()
    if edition is None:
        return
    if section_id is None:
        paths, root_url = ["/"], edition.site.root_url
    else:
        path, root_url = site_path(SectionPage.objects.filter(pk=section_id).values_list("url_path", flat=True).first())
        paths = [unquote(path)] if path else []
    purge_fragments(edition.slug)  # before the pages, as in purge_article
    purge_paths(edition.slug, paths, root_url)


def purge_edition_by_id(edition_id) -> None:
    slug = edition_slug(edition_id)
    if slug:
        purge_edition(slug)
