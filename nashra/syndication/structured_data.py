"""schema.org JSON-LD for article, section and home pages, built as Python dicts.

:func:`json_script_body` serialises with ``<``, ``>`` and ``&`` escaped as
``\\u003c`` … so no title or caption can close the ``<script>`` element; the
block is ``type="application/ld+json"``, a data block a strict CSP allows.

"Same story in several editions" means articles with the same ``external_id``
(the importer's stable id, unique per edition) in different editions: each
edition's copy stays its own canonical URL and all copies point at each other
with ``hreflang`` (``ar-EG``, ``ar-LB`` …), so search engines show readers their
own country's edition.
"""

from __future__ import annotations

import json

from nashra.articles.models import ArticlePage

from . import rich_structured_data as rich
from . import sources
from .models import EditionFeedSettings, hreflang, settings_for

_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_script_body(data) -> str:
    """JSON safe to place between ``<script type="application/ld+json">`` and ``</script>``."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)


def iso(value, edition) -> str | None:
    local = sources.local(value, edition)
    return local.isoformat(timespec="seconds") if local else None


def logo_url(feed_settings: EditionFeedSettings, request) -> str | None:
    if feed_settings.logo is None:
        return None
    return request.build_absolute_uri(feed_settings.logo.get_rendition("max-600x60").url)


def organization(edition, feed_settings, request) -> dict:
    data = {"@type": "NewsMediaOrganization", "name": edition.name, "url": f"{sources.root_url(edition)}/"}
    logo = logo_url(feed_settings, request)
    if logo:
        data["logo"] = {"@type": "ImageObject", "url": logo}
    return data


def breadcrumbs(items: list[tuple[str, str]]) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": url}
            for n, (name, url) in enumerate(items, start=1)
        ],
    }


def website(edition, request) -> dict:
    root = sources.root_url(edition)
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": edition.name,
        "url": f"{root}/",
        "inLanguage": "ar",
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{root}/search/?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }


def news_article(article, edition, feed_settings, request, image_url: str | None) -> dict:
    url = article.get_full_url(request)
    modified = max(filter(None, (article.published_at, article.last_published_at)), default=None)
    authors = [
        {"@type": "Person", "name": author.name, "url": sources.author_url(edition, author)}
        for author in _authors(article)
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title[:110],
        "description": sources.summary(article),
        "datePublished": iso(article.published_at, edition),
        "dateModified": iso(modified, edition),
        "author": authors or [organization(edition, feed_settings, request)],
        "publisher": organization(edition, feed_settings, request),
        "isAccessibleForFree": True,
        "inLanguage": "ar",
    }
    images = ([image_url] if image_url else []) + rich.gallery_image_urls(article, request)
    if images:
        data["image"] = images
    videos = rich.video_objects(article, edition, request)
    if videos:
        data["video"] = videos if len(videos) > 1 else videos[0]
    if article.dateline:
        data["locationCreated"] = {"@type": "Place", "name": article.dateline}
    if article.section_id:
        data["articleSection"] = article.section.title
    keywords = [tag.name for tag in _tags(article)]
    if keywords:
        data["keywords"] = keywords
    return data


def _authors(article) -> list:
    return article.author_list if hasattr(article, "author_list") else list(article.authors.all())


def _tags(article) -> list:
    return article.tag_list if hasattr(article, "tag_list") else list(article.tags.all())


def alternates(article, edition, request) -> list[tuple[str, str]]:
    """``[(hreflang, url)]`` of this story in every edition that published it, this one included.

    Empty when the story is in one edition only (no external_id or no copy elsewhere).
    """
    if not article.external_id:
        return []
    # Index article_external_id; only the URL and the edition of each copy are read.
    copies = list(
        ArticlePage.objects.live()
        .filter(external_id=article.external_id, published_at__isnull=False, edition__isnull=False)
        .only("url_path", "edition_id")
    )
    if len(copies) < 2:
        return []
    languages = edition_languages()
    result = []
    for copy in copies:
        if copy.edition_id in languages:
            result.append((languages[copy.edition_id], copy.get_full_url(request)))
    return sorted(set(result))


def edition_languages() -> dict[int, str]:
    """``{edition id: hreflang}`` for every edition (network fragment: feed settings and edition
    saves purge it)."""
    from nashra.core import scopes
    from nashra.editions.models import Edition

    def build():
        feed_settings = {fs.edition_id: fs for fs in EditionFeedSettings.objects.all()}
        return {e.pk: hreflang(e, feed_settings.get(e.pk)) for e in Edition.objects.all()}

    return scopes.for_network("hreflang", build)


__all__ = ["alternates", "breadcrumbs", "json_script_body", "news_article", "settings_for", "website"]
