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


class EditionFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        edition = context.get("edition")
        request = context.get("request")
        if edition is None or request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)  # a preview shows the draft, never a kept copy
        parts = [str(var.resolve(context)) for var in self.vary_on]
        # Absolute URLs (canonical, og:url, share links) depend on the host the page was asked on.
        parts += [request.scheme, request.get_host()]
        name = fragments.hashed_name(self.name.resolve(context), parts)
        return fragments.for_edition(edition, name, lambda: self.nodelist.render(context))


@register.tag
def edition_fragment(parser, token):
    """``{% edition_fragment "name" var … %}…{% endedition_fragment %}``: the enclosed HTML kept
    with the edition's fragments (:mod:`nashra.delivery.fragments`), varied on the given values
    and the request's scheme and host.

    For parts of a page that depend only on what the edition's purges announce (the article's own
    text, its head tags) — never on the visitor, the clock or anything a purge does not bump:
    approved comments, for one, are outside (an approval purges the page, not the fragments).
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name")
    nodelist = parser.parse(("endedition_fragment",))
    parser.delete_first_token()
    return EditionFragmentNode(nodelist, parser.compile_filter(bits[1]),
                               [parser.compile_filter(bit) for bit in bits[2:]])
