from django import template

from ..counts import most_read as _most_read

register = template.Library()


@register.simple_tag
def most_read(edition, hours=24, limit=5):
    """``{% most_read edition 24 as items %}``: the edition's most-read live articles."""
    try:
        return _most_read(edition, hours=int(hours), limit=int(limit))
    except Exception:  # a side list must never take the page down
        return []


@register.filter
def beacon_article_id(page):
    """The id to count for this page, or "" (only article pages are counted)."""
    from nashra.articles.models import ArticlePage

    return page.pk if isinstance(page, ArticlePage) and page.pk else ""
