"""The search page an article shows up on, named by this app's own route (``reverse``): a story published,
edited or moved changes what a search finds. Every query of the page is one cached variant of this one path,
and the page cache drops them all with it. Registered with :func:`nashra.delivery.purge.register_dependents`
when the app is ready (an unpublish or a delete purges the whole edition anyway)."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse


def search_page_paths(article) -> set[str]:
    try:
        return {reverse("search:page")}
    except NoReverseMatch:  # a deployment without the search routes
        return set()
