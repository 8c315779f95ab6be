"""What feeds, sitemaps and structured data read: one place for the queries.

Every listing is an index range scan over the same (edition/section,
published_at, id) keys the reader pages use; nothing here counts or sorts a
whole archive.
"""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, tzinfo

from django.http import Http404
from taggit.models import Tag

from nashra.api.serializers import with_summary_relations
from nashra.articles.listings import live_articles
from nashra.articles.models import Author, EditionHomePage, SectionPage
from nashra.editions.middleware import get_edition

FEED_SIZE = 30


def require_edition(request):
    """The edition serving this host; a host without one has no feeds or sitemaps (404)."""
    edition = get_edition(request)
    if edition is None:
        raise Http404("no edition for this host")
    return edition


def edition_zone(edition) -> tzinfo:
    try:
        return zoneinfo.ZoneInfo(edition.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def local(value: datetime | None, edition) -> datetime | None:
    """An instant shown with the edition's UTC offset (``+02:00`` for Cairo)."""
    return value.astimezone(edition_zone(edition)) if value is not None else None


def root_url(edition) -> str:
    return edition.site.root_url.rstrip("/")


def section_by_slug(edition, slug: str) -> SectionPage:
    section = SectionPage.objects.live().filter(edition=edition, slug=slug).first()
    if section is None:
        raise Http404("unknown section")
    return section


def author_by_slug(slug: str) -> Author:
    author = Author.objects.filter(slug=slug).first()
    if author is None:
        raise Http404("unknown author")
    return author


def tag_by_slug(slug: str) -> Tag:
    tag = Tag.objects.filter(slug=slug).first() or Tag.objects.filter(name=slug).first()
    if tag is None:
        raise Http404("unknown tag")
    return tag


def feed_articles(edition, *, section=None, author=None, tag=None, size: int = FEED_SIZE) -> list:
    """The newest ``size`` live articles, with everything a feed item reads prefetched."""
    queryset = live_articles().filter(edition=edition)
    if section is not None:
        queryset = queryset.filter(section=section)
    if author is not None:
        queryset = queryset.filter(authors=author)
    if tag is not None:
        queryset = queryset.filter(tags=tag)
    return list(with_summary_relations(queryset)[:size])


def author_url(edition, author) -> str:
    return f"{root_url(edition)}/{EditionHomePage.get_resolver().reverse('author', author_slug=author.slug)}"


def tag_url(edition, tag) -> str:
    return f"{root_url(edition)}/{EditionHomePage.get_resolver().reverse('tag', tag_slug=tag.slug)}"


# What search engines and link previews show of a description (about a line and a half).
SUMMARY_CHARACTERS = 160


def summary(article) -> str:
    """Subtitle, else the search description, else the start of the body as plain text — at most
    SUMMARY_CHARACTERS, cut at a word boundary."""
    from django.utils.html import strip_tags

    text = article.subtitle or article.search_description or strip_tags(article.body or "")
    return cut_at_word(" ".join(text.split()), SUMMARY_CHARACTERS)


def cut_at_word(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip("،,؛;:.- ") + "…"
