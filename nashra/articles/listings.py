"""Queries behind the reader pages: each one an index range scan.

Keyset pagination: a page link carries the (published_at, id) of the last
article shown (``?before=<iso>_<id>``), so page 500 reads the same 20 rows
from the index that page 1 does. Page numbers are kept for display only.

What every page of an edition shows — the navigation, the breaking ticker,
«آخر الأخبار», the section lists of the article sidebar and the home page —
is built once per fragment generation (:mod:`nashra.core.scopes`),
as rendered cards, not re-read and re-rendered on every page-cache miss.
Every list is one query of at most a page of rows (``LIMIT``), read in the
order of an index (see ``ArticlePage.Meta.indexes``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from django.db.models import Q
from django.template.context import make_context
from django.template.loader import get_template
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.safestring import SafeString, mark_safe

PAGE_SIZE = 20
RELATED_SIZE = 5  # «المزيد من …» on an article
LATEST_SIZE = 6  # «آخر الأخبار» on an article
HOME_LATEST_SIZE = 13  # the top story and twelve more on the home page
HOME_SECTION_SIZE = 4
TICKER_SIZE = 5
CARD_TEMPLATE = "includes/article_card.html"

#: Page columns a card (and the ticker) reads; the rest of wagtailcore_page is not fetched.
CARD_PAGE_FIELDS = ("title", "url_path", "live", "subtitle", "published_at", "section_id", "lead_image_id",
                    "edition_id")


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


def card_articles(with_section: bool = True):
    """:func:`live_articles` reading only what a card shows: its columns, its section's title and
    URL (``with_section``), and the thumbnail with its renditions (one more query for the list)."""
    from .models import ArticlePage

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


def breaking_articles(edition, limit: int = TICKER_SIZE):
    """The edition's current breaking stories, newest first (index ``article_breaking_recent``)."""
    from .models import ArticlePage

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
    from .models import SectionPage

    if edition is None:
        return []
    return list(
        SectionPage.objects.live().filter(edition=edition, show_in_nav=True).order_by("nav_order", "path")
    )


# --- shared fragments: navigation, ticker, rendered cards ---------------------------------------


@dataclass(frozen=True)
class Link:
    """A page as the header and the home blocks print it (kept in the fragment cache)."""

    pk: int
    title: str
    url: str
    slug: str = ""


def nav_links(edition, request, cache: bool = True) -> list[Link]:
    """The edition's navigation (sections shown in the menu), one query per fragment generation."""
    from nashra.core import scopes

    def build():
        return [Link(s.pk, s.title, s.get_url(request), s.slug) for s in sections_for_nav(edition)]

    return scopes.for_edition(edition, "nav", build) if cache else build()


def ticker_links(edition, request) -> list[Link]:
    """The breaking ticker; kept until a shown story's «عاجل حتى» passes at the latest."""
    from nashra.core import scopes

    expires: list = []

    def build():
        items = breaking_articles(edition)
        expires.extend(a.breaking_until for a in items if a.breaking_until)
        return [Link(a.pk, a.title, a.get_url(request)) for a in items]

    def ttl(_value) -> int:
        seconds = scopes.default_ttl()
        if expires:
            seconds = min(seconds, int((min(expires) - timezone.now()).total_seconds()) + 1)
        return max(seconds, 0)

    return scopes.for_edition(edition, "ticker", build, ttl)


class Cards:
    """Rendered article cards: ``{{ cards }}`` prints ``<ul class="cards">…</ul>`` (no list when empty).

    The markup is what ``includes/article_list.html`` prints for the same articles (byte for byte,
    its final newline included); each card is kept with its article id so a page can leave itself
    out of a shared list.
    """

    __slots__ = ("items",)

    def __init__(self, items=()):
        self.items = tuple(items)  # ((article id, "<li …>…</li>\n"), …)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, index):
        return Cards(self.items[index]) if isinstance(index, slice) else self.items[index]

    def ids(self) -> list[int]:
        return [pk for pk, _html in self.items]

    def without(self, article_id, limit: int) -> Cards:
        return Cards([item for item in self.items if item[0] != article_id][:limit])

    def __html__(self) -> SafeString:
        if not self.items:
            return mark_safe("\n")
        return mark_safe('<ul class="cards">' + "".join(html for _pk, html in self.items) + "</ul>\n")

    __str__ = __html__


_SAME = object()  # cards shown on their own edition's site


def render_cards(articles, request, edition, **flags) -> Cards:
    """``includes/article_card.html`` for each article, with one template context for the list."""
    template = get_template(CARD_TEMPLATE).template
    context = make_context({"edition": edition, **flags}, request)
    items = []
    with context.bind_template(template):
        for item in articles:
            with context.push(item=item):
                items.append((item.pk, template.render(context)))
    return Cards(items)


def _cards(edition, request, name: str, queryset, size: int, shown_for=_SAME, **flags) -> Cards:
    """``queryset()`` (built only when the fragment is) as ``size`` cards of ``edition``.

    ``shown_for``: the edition of the site showing them, when not ``edition``'s own (an editor's
    preview on another edition's host): then they are dated in its style and not kept.
    """
    from nashra.core import scopes

    style = edition if shown_for is _SAME else shown_for

    def build():
        return render_cards(list(queryset()[:size]), request, style, **flags)

    if edition is None or shown_for is not _SAME:
        return build()
    return scopes.for_edition(edition, name, build)


def latest_cards(edition, request, shown_for=_SAME) -> Cards:
    """The edition's newest stories as «آخر الأخبار» cards (with their section)."""
    if edition is None:
        return Cards()
    return _cards(edition, request, "latest", lambda: card_articles().filter(edition=edition), HOME_LATEST_SIZE,
                  shown_for, with_section=True)


def section_cards(edition, request, section_id, size: int, name: str, shown_for=_SAME, **flags) -> Cards:
    return _cards(edition, request, f"{name}:{section_id}", lambda: card_articles().filter(section_id=section_id),
                  size, shown_for, **flags)


def _request_edition(request):
    """The edition whose site serves the request (what the page's dates and lists are shown for)."""
    from nashra.editions.middleware import get_edition

    return get_edition(request) if request is not None else None


def home_context(home, request) -> dict:
    from nashra.core import scopes
    from nashra.editions.models import Edition

    display = _request_edition(request)
    edition = display
    if edition is None or edition.site.root_page_id != home.pk:  # a preview from another edition's host
        edition = Edition.objects.select_related("site").filter(site__root_page_id=home.pk).first()
    if edition is None:
        return {"top_story": "", "latest_articles": Cards(), "section_blocks": []}
    # Kept per edition only when shown on the edition's own site (links are relative to it).
    shown_for = _SAME if display is not None and display.pk == edition.pk else display
    latest = latest_cards(edition, request, shown_for)

    def top_story():
        if not latest:
            return ""
        item = card_articles().filter(pk=latest.ids()[0]).first()
        if item is None:
            return ""
        style = edition if shown_for is _SAME else shown_for
        return get_template("includes/top_story.html").render({"item": item, "edition": style}, request)

    def blocks():
        links = nav_links(edition, request) if shown_for is _SAME else nav_links(edition, request, cache=False)
        return [(link, cards) for link in links
                if (cards := section_cards(edition, request, link.pk, HOME_SECTION_SIZE, "home-section", shown_for,
                                           with_image=True))]

    if shown_for is not _SAME:
        return {"top_story": mark_safe(top_story()), "latest_articles": latest[1:], "section_blocks": blocks()}
    return {
        "top_story": mark_safe(scopes.for_edition(edition, "top-story", top_story)),
        "latest_articles": latest[1:],
        "section_blocks": scopes.for_edition(edition, "home-sections", blocks),
    }


def section_context(section, request) -> dict:
    """A page of the section as cards; page one is kept with the edition's fragments."""
    from nashra.core import scopes

    cursor = Cursor.decode(request.GET.get("before"))
    display = _request_edition(request)

    def build():
        page = keyset_page(
            card_articles(with_section=False).filter(section=section),
            cursor,
            page_number=page_number_from(request) if cursor else 1,
        )
        page.items = render_cards(page.items, request, display, with_image=True, with_subtitle=True)
        return page

    if cursor is None and display is not None and display.pk == section.edition_id:
        return {"articles_page": scopes.for_edition(display, f"section-page:{section.pk}", build)}
    return {"articles_page": build()}


def article_context(article, request) -> dict:
    """The sidebar lists (shared per section / edition, this article left out) and the canonical URL."""
    display = _request_edition(request)
    # The lists are kept per edition: shared only when the page is shown on its own edition's site.
    shared = display is not None and display.pk == article.edition_id
    related = Cards()
    if article.section_id:
        if shared:
            related = section_cards(display, request, article.section_id, RELATED_SIZE + 1, "related")
        else:
            related = render_cards(card_articles().filter(section_id=article.section_id)[:RELATED_SIZE + 1],
                                   request, display)
        related = related.without(article.pk, RELATED_SIZE)
    latest = Cards()
    if article.edition_id:
        if shared:
            latest = latest_cards(display, request)
        else:
            latest = render_cards(card_articles().filter(edition_id=article.edition_id)[:LATEST_SIZE + 1],
                                  request, display, with_section=True)
        latest = latest.without(article.pk, LATEST_SIZE)
    return {
        "related_articles": related,
        "latest_articles": latest,
        "canonical_url": article.get_full_url(request),
    }
