"""The queries behind the reader pages' lists: each one an index range scan, returning data.

Keyset pagination: a page link carries the (published_at, id) of the last
article shown (``?before=<iso>_<id>``), so page 500 reads the same 20 rows
from the index that page 1 does. Page numbers are kept for display only.

Every list is one query of at most a page of rows (``LIMIT``), read in the
order of an index (see ``ArticlePage.Meta.indexes``). Nothing here reads a
cache or renders HTML: the cards and what is kept between page-cache misses
are the template layer's (``templatetags/article_lists.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from nashra.editions.models import Edition

from .models import ArticlePage, SectionPage, edition_id_for_home

PAGE_SIZE = 20
RELATED_SIZE = 5  # «المزيد من …» on an article
LATEST_SIZE = 6  # «آخر الأخبار» on an article
HOME_LATEST_SIZE = 13  # the top story and twelve more on the home page
HOME_SECTION_SIZE = 4
TICKER_SIZE = 5
#: Editors' picks a page shows at most: one lead and six featured (nashra.picks keeps to it). The
#: home page's «آخر الأخبار» reads this many more stories, so leaving the picked ones out still fills it.
PICKED_MAX = 7

#: Page columns a card (and the ticker) reads; the rest of wagtailcore_page is not fetched.
CARD_PAGE_FIELDS = ("title", "url_path", "live", "subtitle", "published_at", "section_id", "lead_image_id",
                    "edition_id")


def live_articles():
    return (
        ArticlePage.objects.live()
        .filter(published_at__isnull=False)
        .select_related("lead_image", "section")
        # One query per list for every thumbnail, instead of one per image.
        .prefetch_related("lead_image__renditions")
        .order_by("-published_at", "-page_ptr_id")
    )


def card_articles(with_section: bool = True):
    """:func:`live_articles` reading only what a card shows: its columns, its section's title and
    URL (``with_section``), and the thumbnail with its renditions (one more query for the list)."""
    fields = CARD_PAGE_FIELDS + (("section__title", "section__url_path") if with_section else ())
    return (
        ArticlePage.objects.live()
        .filter(published_at__isnull=False)
        .select_related("lead_image", *(["section"] if with_section else []))
        .only(*fields)
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
        # The first term bounds the index range (SQLite cannot take a range from the OR alone and
        # would walk the index from the newest story down to the cursor: page 500 read 10,000 entries).
        queryset = queryset.filter(published_at__lte=cursor.published_at).filter(
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


def requested_page(queryset, request) -> KeysetPage:
    """The page of ``queryset`` that the request's ``?before=`` cursor asks for (the newest without one);
    its ``?page=`` number is shown only past the first page."""
    cursor = Cursor.decode(request.GET.get("before"))
    return keyset_page(queryset, cursor, page_number=page_number_from(request) if cursor else 1)


def breaking_articles(edition, limit: int = TICKER_SIZE):
    """The edition's current breaking stories, newest first (index ``article_breaking_recent``)."""
    if edition is None:
        return []
    now = timezone.now()
    return list(
        ArticlePage.objects.live()
        .filter(edition=edition, is_breaking=True, published_at__isnull=False)
        .filter(Q(breaking_until__isnull=True) | Q(breaking_until__gt=now))
        .only("title", "url_path", "live", "published_at", "breaking_until")
        .order_by("-published_at", "-page_ptr_id")[:limit]
    )


def sections_for_nav(edition):
    if edition is None:
        return []
    return list(
        SectionPage.objects.live().filter(edition=edition, show_in_nav=True).order_by("nav_order", "path")
    )


def edition_of_home(home) -> Edition | None:
    """The edition whose Site has ``home`` as its root (with the Site), or None."""
    return Edition.objects.select_related("site").filter(site__root_page_id=home.pk).first()


def author_articles(home, author):
    """The author's live stories in the edition of ``home``, newest first."""
    return live_articles().filter(edition_id=edition_id_for_home(home), authors=author)


def tagged_articles(home, tag):
    """The live stories tagged ``tag`` in the edition of ``home``, newest first."""
    return live_articles().filter(edition_id=edition_id_for_home(home), tags=tag)


@dataclass(frozen=True)
class Link:
    """A page as the header and the home blocks print it (kept in the fragment cache)."""

    pk: int
    title: str
    url: str
    slug: str = ""
    #: ISO time the story was published (the ticker's «منذ …», written by nashra.js): "" elsewhere.
    published: str = ""


def nav_links(edition, request) -> list[Link]:
    """The edition's navigation: the sections shown in the menu, with their URLs for ``request``."""
    return [Link(s.pk, s.title, s.get_url(request), s.slug) for s in sections_for_nav(edition)]


# --- editors' picks ---------------------------------------------------------------------------


@dataclass
class PagePicks:
    """What the editors chose for one page (the lead, the featured stories in their order), with the
    page's ``newest`` story (asked for by id: the lead when no pick is) read in the same query, and
    when the first of the shown picks expires (a kept list must not outlive it)."""

    lead: ArticlePage | None = None
    featured: list = field(default_factory=list)
    newest: ArticlePage | None = None
    expires_at: datetime | None = None


_picks_source = None


def use_picks(source) -> None:
    """Register ``source(edition_id, section_id, newest_id) -> PagePicks`` (nashra.picks, in its ready()):
    the picks live in an app below this one, which this module must not import."""
    global _picks_source
    _picks_source = source


def page_picks(edition_id, section_id=None, newest_id=None) -> PagePicks:
    """The live, unexpired picks of the edition's home page (``section_id`` None) or of a section's,
    as card articles; the story ``newest_id`` too. No picks app: the newest story only."""
    if _picks_source is not None:
        return _picks_source(edition_id, section_id, newest_id)
    newest = card_articles().filter(pk=newest_id).first() if newest_id else None
    return PagePicks(newest=newest)


# --- stories in breaking mode that are not articles ----------------------------------------------


@dataclass
class BreakingLead:
    """A story of another kind (a live blog) in breaking mode: first in the edition's ticker, the
    top story of its home page and of ``section_ids``, rendered with its own ``template``."""

    page: object
    since: datetime
    section_ids: frozenset = frozenset()
    template: str = ""


_breaking_leads_source = None


def use_breaking_leads(source) -> None:
    """Register ``source(edition_id) -> [BreakingLead]`` (nashra.breaking, in its ready()): breaking
    mode lives in an app below this one, which this module must not import."""
    global _breaking_leads_source
    _breaking_leads_source = source


def breaking_leads(edition_id) -> list[BreakingLead]:
    """The edition's running non-article breaking stories, the latest switched on first."""
    if _breaking_leads_source is None or edition_id is None:
        return []
    return _breaking_leads_source(edition_id)
