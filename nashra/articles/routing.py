"""What routing a reader's URL to a page keeps between requests, so that an article view reads
neither its section nor, once kept, the article's own row.

The models say how a page is found (their ``route`` and the query for a child by slug); this module
says what is kept of the answer and what drops it (:mod:`nashra.core.scopes`):

- a section by slug, with the edition's fragments (section and home changes purge them);
- where an article's slug leads (its pk, under the edition's *own* generation, which unpublish,
  delete and section changes bump) and the article itself (:func:`scopes.for_article`, renewed by
  its publish, edit or move);
- whether any page of the network is private (with the network fragments, which any view
  restriction saved or deleted purges: nashra.delivery.signals).

Only a page routed on its own edition's site is kept; anything else is asked of the database.
"""

from __future__ import annotations

from wagtail.models import PageViewRestriction

from nashra.core import scopes


def _edition_serving(request):
    """The edition whose site serves ``request`` (None on a host of no edition)."""
    # Imported here because this module is loaded with articles.models, while apps are still loading,
    # and editions.middleware imports wagtail.views, which needs the loaded app registry.
    from nashra.editions.middleware import get_edition

    return get_edition(request)


def any_view_restrictions() -> bool:
    """Whether any page of the network has a view restriction (privacy): Wagtail asks for every view."""
    return scopes.for_network("view-restrictions", PageViewRestriction.objects.exists)


def _kept_only_if_found(found) -> int:
    """A slug nobody published is asked again next time (someone may publish it)."""
    return scopes.default_ttl() if found is not None else 0


def section_by_slug(home, request, slug: str, find):
    """The section ``find()`` reads (the child ``slug`` of ``home``, or None), kept with the edition's
    fragments when ``home`` is the root of the site serving ``request``."""
    edition = _edition_serving(request)
    if edition is None or edition.site.root_page_id != home.pk:
        return find()
    return scopes.for_edition(edition, f"section:{slug}", find, ttl=_kept_only_if_found)


def child_by_slug(parent, request, slug: str, find):
    """The child ``slug`` of a section, read from what its edition keeps when it can be; ``find()``
    reads it from the database (None when there is none).

    A kept article that no longer sits at ``parent``/``slug`` (moved, renamed) is not trusted: the
    database answers.
    """
    edition = _edition_serving(request)
    if edition is None or getattr(parent, "edition_id", None) != edition.pk or len(slug) > 255:
        return find()

    found = []  # the article find() read, when it ran: no second read for the kept copy

    def find_pk():
        child = find()
        found.append(child)
        return child.pk if child is not None else None

    pk = scopes.cached(scopes.own_bucket(edition.slug), f"child:{parent.pk}:{slug}", find_pk,
                       ttl=_kept_only_if_found)
    if pk is None:
        return None
    child = scopes.for_article(edition, pk, "article", lambda: found[0] if found else find())
    if (child is None or child.pk != pk or child.slug != slug or not child.live
            or not child.path.startswith(parent.path) or child.depth != parent.depth + 1):
        return find()
    return child
