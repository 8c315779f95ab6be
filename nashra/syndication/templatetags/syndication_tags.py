"""``{% syndication_head %}``: structured data, social cards, feed links and hreflang.

Rendered inside ``<head>`` by ``syndication/head.html`` (which base.html
includes when present). ``page`` is the Wagtail page being shown (article,
section or edition home; author and tag pages pass the home with ``author`` /
``tag``); any other view gets nothing.
"""

from __future__ import annotations

import logging

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError

from nashra.articles.models import ArticlePage, EditionHomePage, SectionPage
from nashra.core import scopes
from nashra.editions.middleware import get_edition

from .. import sources
from .. import structured_data as sd
from ..models import settings_for

register = template.Library()
logger = logging.getLogger(__name__)

#: The same rendition article_page.html uses for og:image, so no second one is made.
CARD_FILTER = "fill-1200x630|format-jpeg"


def _ld(data) -> str:
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(sd.json_script_body(data)))


def _meta(pairs) -> str:
    tags = [(attr, name, value) for attr, name, value in pairs if value]
    return format_html_join("\n", '<meta {}="{}" content="{}">', tags)


def _link(rel, href, **attrs) -> str:
    extra = format_html_join("", ' {}="{}"', attrs.items())
    return format_html('<link rel="{}" href="{}"{}>', rel, href, extra)


def _card_image(article, request) -> str | None:
    if article.lead_image is None:
        return None
    try:
        return request.build_absolute_uri(article.lead_image.get_rendition(CARD_FILTER).url)
    except (SourceImageIOError, OSError) as exc:
        logger.warning("syndication: no card image for article %s: %s", article.pk, exc)
        return None


def _feed_links(edition, kind=None, slug=None, label=None) -> list[str]:
    root = sources.root_url(edition)
    base = f"{root}/feed/{kind}/{slug}" if kind else f"{root}/feed"
    title = f"{edition.name} - {label}" if label else edition.name
    return [
        _link("alternate", f"{base}/rss/", type="application/rss+xml", title=title),
        _link("alternate", f"{base}/atom/", type="application/atom+xml", title=title),
    ]


def _article_head(article, edition, request, context) -> list[str]:
    feed_settings = settings_for(edition)
    image = _card_image(article, request)
    url = context.get("canonical_url") or article.get_full_url(request)
    trail = [(edition.name, f"{sources.root_url(edition)}/")]
    if article.section_id:
        trail.append((article.section.title, article.section.get_full_url(request)))
    trail.append((article.title, url))
    modified = max(filter(None, (article.published_at, article.last_published_at)), default=None)
    parts = [
        _ld(sd.news_article(article, edition, feed_settings, request, image)),
        _ld(sd.breadcrumbs(trail)),
        _meta([
            ("property", "og:locale", "ar_AR"),
            ("property", "article:modified_time", sd.iso(modified, edition)),
            ("property", "article:section", article.section.title if article.section_id else None),
            # article_page.html sets twitter:card only with an image; a card needs one either way.
            ("name", "twitter:card", None if image else "summary"),
            ("name", "twitter:title", article.title),
            ("name", "twitter:description", sources.summary(article)),
            ("name", "twitter:image", image),
        ]),
    ]
    parts += [_link("alternate", href, hreflang=lang) for lang, href in sd.alternates(article, edition, request)]
    if article.section_id:
        parts += _feed_links(edition, "section", article.section.slug, article.section.title)
    return parts


def _listing_head(page, edition, request, context) -> list[str]:
    author, tag = context.get("author"), context.get("tag")
    url = request.build_absolute_uri(request.path)
    title = edition.name
    parts = [_ld(sd.website(edition, request))]
    if isinstance(page, SectionPage):
        title = f"{edition.name} - {page.title}"
        parts.append(_ld(sd.breadcrumbs([(edition.name, f"{sources.root_url(edition)}/"), (page.title, url)])))
        parts += _feed_links(edition, "section", page.slug, page.title)
    elif author is not None:
        title = f"{edition.name} - {author.name}"
        parts += _feed_links(edition, "author", author.slug, author.name)
    elif tag is not None:
        title = f"{edition.name} - {tag.name}"
        parts += _feed_links(edition, "tag", tag.slug, tag.name)
    else:
        parts += _feed_links(edition)
    if not request.GET:
        parts.append(_link("canonical", url))
    parts.append(_meta([
        ("property", "og:type", "website"),
        ("property", "og:site_name", edition.name),
        ("property", "og:title", title),
        ("property", "og:url", url),
        ("property", "og:locale", "ar_AR"),
        ("property", "og:description", getattr(page, "description", "") or edition.tagline),
        ("name", "twitter:card", "summary"),
        ("name", "twitter:title", title),
    ]))
    return parts


@register.simple_tag(takes_context=True)
def syndication_head(context) -> str:
    request = context.get("request")
    page = context.get("page") or context.get("self")
    if request is None or page is None:
        return ""
    edition = context.get("edition") or get_edition(request)
    if edition is None:
        return ""
    if isinstance(page, ArticlePage):
        if getattr(request, "is_preview", False):
            parts = _article_head(page, edition, request, context)
        else:  # JSON-LD, hreflang and feed links: a third of an article render, kept with the edition's
            # fragments; hreflang languages are network data, so the network generation is part of the name.
            name = scopes.hashed_name("article-head", [str(page.last_published_at), scopes.network_version(),
                                                          request.scheme, request.get_host()])
            return scopes.for_article(edition, page.pk, name,
                                         lambda: _join(_article_head(page, edition, request, context)))
    elif isinstance(page, SectionPage | EditionHomePage):
        parts = _listing_head(page, edition, request, context)
    else:
        return ""
    return _join(parts)


def _join(parts) -> str:
    return mark_safe("\n".join(str(part) for part in parts if part))
