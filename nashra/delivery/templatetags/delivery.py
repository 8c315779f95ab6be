from django import template

from .. import fragments
from ..counts import MOST_READ_CACHE_SECONDS
from ..counts import most_read as _most_read

register = template.Library()


@register.simple_tag(takes_context=True)
def most_read(context, edition, hours=24, limit=5):
    """``{% most_read edition 24 as items %}``: the edition's most-read live articles as links
    (``.title``, ``.url``), kept for a minute with the edition's fragments."""
    from nashra.articles.listings import Link

    request = context.get("request")

    def build():
        return [Link(a.pk, a.title, a.get_url(request))
                for a in _most_read(edition, hours=int(hours), limit=int(limit))]

    try:
        return fragments.for_edition(edition, f"most-read:{int(hours)}:{int(limit)}", build,
                                     ttl=MOST_READ_CACHE_SECONDS)
    except Exception:  # a side list must never take the page down
        return []


@register.filter
def beacon_article_id(page):
    """The id to count for this page, or "" (only article pages are counted)."""
    from nashra.articles.models import ArticlePage

    return page.pk if isinstance(page, ArticlePage) and page.pk else ""
