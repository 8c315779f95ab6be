"""The story lists of the reader pages, as the templates print them: rendered cards, the header's
navigation and breaking ticker, the home page's blocks, a section's or author's page of stories.

The data comes from :mod:`nashra.articles.listings` (queries only). What every page of an edition
shows — the navigation, the ticker, «آخر الأخبار», the section lists of the article sidebar and
the home page — is rendered once per fragment generation and kept here with
:func:`nashra.core.scopes.for_edition`, not re-read and re-rendered on every page-cache miss.

A list is kept only when it is shown on its own edition's site: its links are relative to that
site and its dates in that edition's style. Shown anywhere else (an editor's preview on another
edition's host) it is built for that view alone, dated for the site showing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django import template
from django.template.context import make_context
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from nashra.core import scopes
from nashra.editions.middleware import get_edition

from .. import listings
from ..listings import KeysetPage, Link

register = template.Library()

CARD_TEMPLATE = "includes/article_card.html"
TOP_STORY_TEMPLATE = "includes/top_story.html"


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

    def without_ids(self, article_ids) -> Cards:
        """These cards less the stories ``article_ids`` (shown elsewhere on the page: the picks)."""
        return Cards([item for item in self.items if item[0] not in article_ids]) if article_ids else self

    def __html__(self) -> SafeString:
        if not self.items:
            return mark_safe("\n")
        return mark_safe('<ul class="cards">' + "".join(html for _pk, html in self.items) + "</ul>\n")

    __str__ = __html__


def render_cards(articles, request, site_edition, **flags) -> Cards:
    """``includes/article_card.html`` for each article, with one template context for the list.

    ``site_edition`` dates the cards (the edition of the site showing them); ``flags`` are the
    card's ``with_image``, ``with_section`` and ``with_subtitle``.
    """
    card = get_template(CARD_TEMPLATE).template
    context = make_context({"edition": site_edition, **flags}, request)
    items = []
    with context.bind_template(card):
        for item in articles:
            with context.push(item=item):
                items.append((item.pk, card.render(context)))
    return Cards(items)


def on_own_site(site_edition, edition_id) -> bool:
    """Whether a list of the edition ``edition_id``'s stories is shown on that edition's own site
    (``site_edition``, from the request's host): only then is it kept."""
    return site_edition is not None and site_edition.pk == edition_id


def _site_edition(request):
    """The edition whose site serves the request (what the page's dates and lists are shown for)."""
    return get_edition(request) if request is not None else None


def _edition_cards(edition, request, site_edition, name: str, articles, size: int, **flags) -> Cards:
    """The first ``size`` of ``articles()`` (queried only when the list is built) as cards of
    ``edition``'s stories, kept as its fragment ``name`` when shown on its own site."""

    def build():
        return render_cards(list(articles()[:size]), request, site_edition, **flags)

    if on_own_site(site_edition, edition.pk):
        return scopes.for_edition(edition, name, build)
    return build()


def latest_cards(edition, request, site_edition) -> Cards:
    """The edition's newest stories as «آخر الأخبار» cards (with their section)."""
    if edition is None:
        return Cards()
    # PICKED_MAX more than the home page shows: leaving its picked stories out still fills it.
    return _edition_cards(edition, request, site_edition, "latest",
                          lambda: listings.card_articles().filter(edition=edition),
                          listings.HOME_LATEST_SIZE + listings.PICKED_MAX, with_section=True)


def section_cards(edition, request, site_edition, section_id, size: int, name: str, **flags) -> Cards:
    return _edition_cards(edition, request, site_edition, f"{name}:{section_id}",
                          lambda: listings.card_articles().filter(section_id=section_id), size, **flags)


# --- the header ------------------------------------------------------------------------------------


def nav_links(edition, request) -> list[Link]:
    """The edition's navigation (sections shown in the menu), one query per fragment generation."""
    return scopes.for_edition(edition, "nav", lambda: listings.nav_links(edition, request))


def breaking_leads(edition) -> list:
    """The edition's live blogs in breaking mode, read once per fragment generation: the ticker and
    the top story both ask (switching on or off, or the blog published again, bumps it)."""
    if edition is None:
        return []
    return scopes.for_edition(edition, "breaking-leads", lambda: listings.breaking_leads(edition.pk))


def ticker_links(edition, request) -> list[Link]:
    """The breaking ticker; kept until a shown story's «عاجل حتى» passes at the latest."""
    expires: list = []

    def build():
        # A live blog in breaking mode first (the running story), then the flagged articles.
        leads = [Link(lead.page.pk, lead.page.title, lead.page.get_url(request), published=lead.since.isoformat())
                 for lead in breaking_leads(edition)]
        items = listings.breaking_articles(edition)
        expires.extend(a.breaking_until for a in items if a.breaking_until)
        articles = [Link(a.pk, a.title, a.get_url(request), published=a.published_at.isoformat()) for a in items]
        return (leads + articles)[:listings.TICKER_SIZE]

    def ttl(_value) -> int:
        seconds = scopes.default_ttl()
        if expires:
            seconds = min(seconds, int((min(expires) - timezone.now()).total_seconds()) + 1)
        return max(seconds, 0)

    return scopes.for_edition(edition, "ticker", build, ttl)


# --- the pages' lists ----------------------------------------------------------------------------


@dataclass
class PickedStories:
    """A page's top story and the editors' featured picks, as printed (``top_story``: safe HTML).
    ``shown_ids``: their stories, left out of the lists below them."""

    top_story: str = ""
    featured: Cards = field(default_factory=Cards)
    shown_ids: tuple = ()

    def __bool__(self) -> bool:
        return bool(self.top_story or self.featured)


def picked_stories(edition_id, request, site_edition, section_id=None, newest_id=None) -> PickedStories:
    """The lead pick of the edition's home page (``section_id`` None) or of a section's page, else the
    story ``newest_id`` (None: no top story), and the featured picks as cards. Kept on the edition's own
    site until the first shown pick expires at the latest (an expired pick must not outlive itself in
    a kept list; ``nashra scheduler`` purges the cached pages that show it)."""
    expires: list = []

    def build():
        picks = listings.page_picks(edition_id, section_id, newest_id)
        if picks.expires_at:
            expires.append(picks.expires_at)
        lead = picks.lead or picks.newest
        top = ""
        featured = list(picks.featured)
        leads = breaking_leads(site_edition) if on_own_site(site_edition, edition_id) else \
            listings.breaking_leads(edition_id)
        breaking = next((b for b in leads if section_id is None or section_id in b.section_ids), None)
        if breaking is not None:
            # A live blog in breaking mode leads; the editors' own lead, if any, heads the featured.
            top = get_template(breaking.template).render({"item": breaking.page, "edition": site_edition}, request)
            featured = ([picks.lead] if picks.lead else []) + featured
            lead = None
        elif lead is not None:
            top = get_template(TOP_STORY_TEMPLATE).render({"item": lead, "edition": site_edition}, request)
        featured = [a for a in featured if lead is None or a.pk != lead.pk]
        cards = render_cards(featured, request, site_edition, with_image=True, with_section=section_id is None)
        return PickedStories(top, cards, ((lead.pk,) if lead else ()) + tuple(cards.ids()))

    def ttl(_value) -> int:
        seconds = scopes.default_ttl()
        if expires:
            seconds = min(seconds, int((expires[0] - timezone.now()).total_seconds()) + 1)
        return max(seconds, 0)

    if not on_own_site(site_edition, edition_id):
        return build()
    name = "home-top" if section_id is None else f"section-picks:{section_id}"
    return scopes.for_edition(site_edition, name, build, ttl)


@dataclass
class HomeLists:
    top_story: str = ""  # the lead pick, else the newest story, rendered large (safe HTML)
    latest_articles: Cards = field(default_factory=Cards)  # the twelve after it (picks left out)
    section_blocks: list = field(default_factory=list)  # [(section Link, Cards), …] in menu order
    featured: Cards = field(default_factory=Cards)  # the editors' featured picks, in their order


@register.simple_tag(takes_context=True)
def home_lists(context, home) -> HomeLists:
    """``{% home_lists page as home %}``: the top story, the featured picks, «آخر الأخبار» and a block
    per section."""
    request = context.get("request")
    site_edition = _site_edition(request)
    edition = site_edition
    if edition is None or edition.site.root_page_id != home.pk:  # a preview from another edition's host
        edition = listings.edition_of_home(home)
    if edition is None:
        return HomeLists()
    kept = on_own_site(site_edition, edition.pk)
    latest = latest_cards(edition, request, site_edition)
    top = picked_stories(edition.pk, request, site_edition, None, latest.ids()[0] if latest else None)
    rest = latest.without_ids(top.shown_ids)[: listings.HOME_LATEST_SIZE - 1]

    def blocks():
        # The navigation's own fragment is shared with the header only where the lists are kept.
        links = nav_links(edition, request) if kept else listings.nav_links(edition, request)
        return [(link, cards) for link in links
                if (cards := section_cards(edition, request, site_edition, link.pk, listings.HOME_SECTION_SIZE,
                                           "home-section", with_image=True))]

    sections = scopes.for_edition(edition, "home-sections", blocks) if kept else blocks()
    return HomeLists(mark_safe(top.top_story), rest, sections, top.featured)


@register.simple_tag(takes_context=True)
def section_articles(context, section) -> KeysetPage:
    """``{% section_articles page as articles_page %}``: a page of the section as cards; page one is
    kept with the edition's fragments."""
    request = context.get("request")
    site_edition = _site_edition(request)

    def build():
        page = listings.requested_page(listings.card_articles(with_section=False).filter(section=section), request)
        page.items = render_cards(page.items, request, site_edition, with_image=True, with_subtitle=True)
        return page

    first = listings.Cursor.decode(request.GET.get("before")) is None
    if first and on_own_site(site_edition, section.edition_id):
        page = scopes.for_edition(site_edition, f"section-page:{section.pk}", build)
    else:
        page = build()
    if first:  # the section's picks are shown above it ({% section_picks %}): not twice
        shown = picked_stories(section.edition_id, request, site_edition, section.pk).shown_ids
        page = KeysetPage(page.items.without_ids(shown), page.next_cursor, page.page_number)
    return page


@register.simple_tag(takes_context=True)
def section_picks(context, section) -> PickedStories:
    """``{% section_picks page as picks %}``: the section's lead and featured picks, on its first page."""
    request = context.get("request")
    if listings.Cursor.decode(request.GET.get("before")) is not None:
        return PickedStories()
    return picked_stories(section.edition_id, request, _site_edition(request), section.pk)


@dataclass
class ArticleLists:
    related_articles: Cards  # «المزيد من …»: the section's newest, this article left out
    latest_articles: Cards  # «آخر الأخبار»: the edition's newest, this article left out


@register.simple_tag(takes_context=True)
def article_lists(context, article) -> ArticleLists:
    """``{% article_lists page as lists %}``: the sidebar lists, shared per section / edition."""
    request = context.get("request")
    site_edition = _site_edition(request)
    kept = on_own_site(site_edition, article.edition_id)
    # One more card than shown, so that leaving this article out still fills the list.
    related = Cards()
    if article.section_id:
        if kept:
            related = section_cards(site_edition, request, site_edition, article.section_id,
                                    listings.RELATED_SIZE + 1, "related")
        else:
            stories = listings.card_articles().filter(section_id=article.section_id)
            related = render_cards(stories[:listings.RELATED_SIZE + 1], request, site_edition)
        related = related.without(article.pk, listings.RELATED_SIZE)
    latest = Cards()
    if article.edition_id:
        if kept:
            latest = latest_cards(site_edition, request, site_edition)
        else:
            stories = listings.card_articles().filter(edition_id=article.edition_id)
            latest = render_cards(stories[:listings.LATEST_SIZE + 1], request, site_edition, with_section=True)
        latest = latest.without(article.pk, listings.LATEST_SIZE)
    return ArticleLists(related, latest)


@register.simple_tag(takes_context=True)
def author_articles(context, home, author) -> KeysetPage:
    """``{% author_articles page author as articles_page %}``: a page of the author's stories (not kept)."""
    return listings.requested_page(listings.author_articles(home, author), context.get("request"))


@register.simple_tag(takes_context=True)
def tagged_articles(context, home, tag) -> KeysetPage:
    """``{% tagged_articles page tag as articles_page %}``: a page of the tag's stories (not kept)."""
    return listings.requested_page(listings.tagged_articles(home, tag), context.get("request"))
