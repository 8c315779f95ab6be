from django import template

from nashra.core import scopes

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
        return scopes.for_edition(edition, f"most-read:{int(hours)}:{int(limit)}", build,
                                     ttl=MOST_READ_CACHE_SECONDS)
    except Exception:  # a side list must never take the page down
        return []


@register.filter
def beacon_article_id(page):
    """The id to count for this page, or "" (stories are counted: pages that say ``counts_views``)."""
    return page.pk if getattr(page, "counts_views", False) and page.pk else ""


class ArticleFragmentNode(template.Node):
    def __init__(self, nodelist, name, article):
        self.nodelist, self.name, self.article = nodelist, name, article

    def render(self, context):
        edition = context.get("edition")
        request = context.get("request")
        article = self.article.resolve(context)
        if edition is None or request is None or not getattr(article, "pk", None) \
                or getattr(request, "is_preview", False):
            return self.nodelist.render(context)  # a preview shows the draft, never a kept copy
        # Absolute URLs (canonical, og:url, share links) depend on the host the page was asked on.
        name = scopes.hashed_name(self.name.resolve(context), [str(article.last_published_at),
                                                                  request.scheme, request.get_host()])
        return scopes.for_article(edition, article.pk, name, lambda: self.nodelist.render(context))


@register.tag
def article_fragment(parser, token):
    """``{% article_fragment "name" page %}…{% endarticle_fragment %}``: the enclosed HTML kept as a
    part of that article's page (:func:`nashra.core.scopes.for_article`), per scheme and host.

    Only for what shows the article itself and its edition's setup — never the visitor, the clock,
    or what another event changes: the comments, for one, stay outside (kept apart by
    ``{% comment_section %}``, with its own time limit), and so do the lists of other stories.
    """
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes a fragment name and the article")
    nodelist = parser.parse(("endarticle_fragment",))
    parser.delete_first_token()
    return ArticleFragmentNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
