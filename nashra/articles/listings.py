"""Queries behind the reader pages: each one an index range scan.

Keyset pagination: a page link carries the (published_at, id) of the last
article shown (``?before=<iso>_<id>``), so page 500 reads the same 20 rows
from the index that page 1 does. Page numbers are kept for display only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

PAGE_SIZE = 20


def live_articles():
    from .models import ArticlePage

    return (
        ArticlePage.objects.live()
        .filter(published_at__isnull=False)
        .select_related("lead_image", "section")
        # One query per list for every thumbnail, instead of one per image.
        .prefetch_related("lead_image__renditions")
        .order_by("-published_at", "-page_ptr_id")
    )


@dataclass(frozen=True)
class Cursor:
    published_at: datetime
    article_id: int

    def encode(self) -> str:
        return f"{self.published_at.astimezone(UTC).strftime('%Y%m%dT%H%M%S.%fZ')}_{self.article_id}"

    @classmethod
    def decode(cls, value: str | None) -> Cursor | None:
        """Parse a cursor from a URL; anything malformed means «from the start»."""
        if not value or len(value) > 64 or "_" not in value:
            return None
        stamp, _sep, ident = value.rpartition("_")
        if not (ident.isascii() and ident.isdigit()) or int(ident) > 2**63 - 1:
            return None
        try:
            moment = datetime.strptime(stamp, "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=UTC)
        except ValueError:
            try:
                moment = parse_datetime(stamp)
            except ValueError:  # date-shaped but not a date: 2025-13-45T…
                return None
            if moment is None:
                return None
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
        return cls(moment, int(ident))


@dataclass
class KeysetPage:
    items: list
    next_cursor: str | None
    page_number: int


def keyset_page(queryset, cursor: Cursor | None, page_number: int = 1, size: int = PAGE_SIZE) -> KeysetPage:
    """Return ``size`` items strictly older than ``cursor`` plus the next cursor."""
    if cursor is not None:
        queryset = queryset.filter(
            Q(published_at__lt=cursor.published_at)
            | Q(published_at=cursor.published_at, page_ptr_id__lt=cursor.article_id)
        )
    rows = list(queryset[: size + 1])
    items = rows[:size]
    next_cursor = None
    if len(rows) > size:
        last = items[-1]
        next_cursor = Cursor(last.published_at, last.pk).encode()
    return KeysetPage(items=items, next_cursor=next_cursor, page_number=page_number)


def page_number_from(request) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), 1_000_000))
    except ValueError:
        return 1


def breaking_articles(edition, limit: int = 5):
    if edition is None:
        return []
    now = timezone.now()
    return list(
        live_articles()
        .filter(edition=edition, is_breaking=True)
        .filter(Q(breaking_until__isnull=True) | Q(breaking_until__gt=now))[:limit]
    )


def sections_for_nav(edition):
    from .models import SectionPage

    if edition is None:
        return []
    return list(
        SectionPage.objects.live().filter(edition=edition, show_in_nav=True).order_by("nav_order", "path")
    )


def home_context(home, request) -> dict:
    from nashra.editions.models import Edition

    edition = Edition.objects.filter(site__root_page_id=home.pk).first()
    latest = list(live_articles().filter(edition=edition)[:13]) if edition else []
    per_section = []
    for section in sections_for_nav(edition):
        items = list(live_articles().filter(section=section)[:4])
        if items:
            per_section.append((section, items))
    return {
        "top_story": latest[0] if latest else None,
        "latest_articles": latest[1:],
        "section_blocks": per_section,
    }


def section_context(section, request) -> dict:
    cursor = Cursor.decode(request.GET.get("before"))
    page = keyset_page(
        live_articles().filter(section=section),
        cursor,
        page_number=page_number_from(request) if cursor else 1,
    )
    return {"articles_page": page}


def article_context(article, request) -> dict:
    related = []
    if article.section_id:
        related = list(
            live_articles().filter(section_id=article.section_id).exclude(pk=article.pk)[:5]
        )
    latest = []
    if article.edition_id:
        latest = list(live_articles().filter(edition_id=article.edition_id).exclude(pk=article.pk)[:6])
    return {
        "related_articles": related,
        "latest_articles": latest,
        "canonical_url": article.get_full_url(request),
    }
