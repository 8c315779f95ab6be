"""The feed and sitemap URLs an article shows up in, named by this app's own routes (``reverse``), so
the page cache and a CDN told through ``NASHRA_CDN_PURGE_URL`` purge the URLs that really changed.
Registered with :func:`nashra.delivery.purge.register_dependents` when the app is ready."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

EDITION_WIDE = ("syndication:rss", "syndication:atom", "syndication:sitemap-index", "syndication:sitemap-news")


def article_feed_paths(article) -> set[str]:
    paths: set[str] = set()
    try:
        paths.update(reverse(name) for name in EDITION_WIDE)
        section = getattr(article, "section", None)
        if section is not None:
            paths.update(reverse(f"syndication:section-{kind}", args=[section.slug]) for kind in ("rss", "atom"))
        if article.pk:
            for kind, slugs in (("author", article.authors.values_list("slug", flat=True)),
                                ("tag", article.tags.values_list("slug", flat=True))):
                for slug in slugs:
                    paths.update(reverse(f"syndication:{kind}-{feed}", args=[slug]) for feed in ("rss", "atom"))
    except NoReverseMatch:  # a deployment without the syndication routes
        return set()
    return paths
