"""Template tags for the reader site: header and footer data, links, stamps.

The story lists (cards, navigation, ticker) are in ``article_lists.py``.

Reader pages are cached whole, so what these tags print must be right for
whoever sees the cached copy: times go out as ``<time datetime>`` (nashra.js
keeps the clock and the «منذ …» texts current) and nothing depends on the
visitor. Costs per page: none in the database once the edition's fragments
are built (:mod:`nashra.core.scopes`): the header's navigation and
breaking ticker are one indexed query each per fragment generation, the
footer (network settings, editions) two per network generation.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from django import template
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from nashra.arabic import dates, hijri
from nashra.core import scopes
from nashra.editions.models import Edition, NetworkSettings

from ..models import EditionHomePage, SectionPage
from .article_lists import nav_links, ticker_links

register = template.Library()

DEFAULT_STYLE = dates.DateStyle()
# A republish within this window is the first publish settling, not a correction.
UPDATE_THRESHOLD = timedelta(minutes=5)


def _style(edition) -> dates.DateStyle:
    return edition.date_style if edition is not None else DEFAULT_STYLE


@register.inclusion_tag("includes/header.html", takes_context=True)
def site_header(context):
    """Edition name, local clock, «آخر تحديث», breaking ticker and sections."""
    edition = context.get("edition")
    page = context.get("page")
    current_section_id = None
    if page is not None:
        current_section_id = page.pk if isinstance(page, SectionPage) else getattr(page, "section_id", None)
    request = context.get("request")
    now = timezone.now()
    return {
        "edition": edition,
        "now": now,
        "today": today_dates(edition, now),
        "breaking": ticker_links(edition, request),
        "sections": nav_links(edition, request),
        "current_section_id": current_section_id,
        "request": request,
    }


def today_dates(edition, now) -> dict | None:
    """The edition's day in the header: its Gregorian and Hijri dates (Umm al-Qura, corrected by the
    edition's announced month starts). Kept per edition and local day: the month starts are a query."""
    if edition is None:
        return None
    style = edition.date_style
    day = now.astimezone(style.tz).date()

    def build():
        try:
            hijri_text = hijri.format_hijri(hijri.to_hijri(day, edition.hijri_overrides), digits=style.digits)
        except ValueError:  # outside the Umm al-Qura table
            hijri_text = ""
        return {"iso": day.isoformat(), "gregorian": dates.long_date(day, style), "hijri": hijri_text}

    return scopes.for_edition(edition, f"today:{day.isoformat()}", build)


@register.simple_tag
def site_footer():
    """The group footer: the same bytes on every edition (no edition data), built once per network
    generation and year."""

    def build():
        return render_to_string("includes/footer.html", {
            "network": NetworkSettings.load(),
            "network_editions": list(Edition.objects.select_related("site").order_by("slug")),
        })

    return mark_safe(scopes.for_network(f"footer:{timezone.localtime().year}", build))


def _edition_route(name: str, slug: str) -> str:
    # The edition home is its Site's root, so its routes hang off "/".
    return "/" + EditionHomePage.get_resolver().reverse(name, slug)


@register.simple_tag
def author_url(author) -> str:
    return _edition_route("author", author.slug)


@register.simple_tag
def tag_url(tag) -> str:
    return _edition_route("tag", tag.slug)


@register.simple_tag(takes_context=True)
def stamp(context, moment, kind: str = "gmt"):
    """``<time datetime=…><bdi>stamp</bdi></time>`` in the edition's style.

    ``kind`` is ``gmt`` (story lists and the article, as the seed site prints
    them) or ``local``. ``data-ago`` lets nashra.js add «منذ …» next to it.
    """
    if not moment:
        return ""
    style = _style(context.get("edition"))
    text = dates.gmt_stamp(moment, style) if kind == "gmt" else dates.local_stamp(moment, style)
    iso = dates.iso_local(moment, style)
    return format_html('<time datetime="{}" data-ago><bdi>{}</bdi></time>', iso, text)


@register.filter
def updated_at(page):
    """When a published article was corrected, or None.

    Wagtail's ``last_published_at`` moves on every republish; an import or a
    quick second save just after the first publish is not a correction.
    """
    first = getattr(page, "first_published_at", None)
    last = getattr(page, "last_published_at", None)
    shown = getattr(page, "published_at", None) or first
    if not (first and last and shown):
        return None
    if last - first > UPDATE_THRESHOLD and last - shown > UPDATE_THRESHOLD:
        return last
    return None


@register.inclusion_tag("includes/share.html")
def share_links(url: str, title: str):
    """Plain share links (no widgets, no scripts, nothing loaded from outside)."""
    u = quote(url or "", safe="")
    t = quote(title or "", safe="")
    both = quote(f"{title} {url}", safe="")
    return {
        "links": [
            ("whatsapp", _("واتساب"), f"https://wa.me/?text={both}"),
            ("facebook", _("فيسبوك"), f"https://www.facebook.com/sharer/sharer.php?u={u}"),
            ("x", _("إكس"), f"https://x.com/intent/post?url={u}&text={t}"),
            ("telegram", _("تيليغرام"), f"https://t.me/share/url?url={u}&text={t}"),
            ("email", _("البريد الإلكتروني"), f"mailto:?subject={t}&body={u}"),
        ]
    }


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """``path`` made absolute on the current host (for og:image)."""
    request = context.get("request")
    if not path or request is None:
        return path or ""
    return request.build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def include_optional(context, template_name: str):
    """Render ``template_name`` with the current context if it exists (as ``{% include %}`` would).

    A slot another app (comments) can fill by shipping the template, without
    the article page depending on that app being installed.
    """
    try:
        tpl = get_template(template_name)
    except TemplateDoesNotExist:
        return ""
    with context.push():
        return tpl.template.render(context)
