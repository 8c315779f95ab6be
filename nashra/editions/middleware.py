"""Attach the edition serving this request as ``request.edition``.

The edition is chosen by host (Wagtail's Site routing). API clients on a
shared host may ask for another one with ``?edition=SLUG``; an unknown slug is
answered by the view that reads it, not here.

The host → edition answer is :func:`.resolve.resolve_edition`'s (the page
cache's key asks it too); the edition (with its Site and its home page, read as
an ``EditionHomePage``) is kept with the cached fragments
(:mod:`nashra.core.scopes`) per fragment generation of that edition
(every publish moves its «آخر تحديث»). A page view
then needs no query to find its Site, home page and edition: the Site is
handed to Wagtail as ``request._wagtail_site``, which ``Site.find_for_request``
returns as it is.
"""

from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from nashra.core import scopes

from .models import Edition
from .resolve import resolve_edition


def edition_for_request(request) -> Edition | None:
    slug = request.GET.get("edition")
    if slug and request.path.startswith("/api/"):
        return Edition.objects.select_related("site").filter(slug=slug).first()
    cached = _cached_edition(request)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    if site is None:
        return None
    return Edition.objects.select_related("site").filter(site=site).first()


def _cached_edition(request) -> Edition | None:
    """The edition of the request's host from the fragment cache (None: not cached, ask the database)."""
    # Wagtail's own matching (exact host, port, default site), from the Sites kept in memory.
    found = resolve_edition(split_domain_port(request._get_raw_host())[0], request.get_port())
    if found is None or found.slug is None:
        return None
    slug = found.slug

    def load():
        edition = Edition.objects.select_related("site__root_page").filter(slug=slug).first()
        if edition is not None:
            edition.site.root_page = edition.site.root_page.specific
        return edition

    edition = scopes.cached(scopes.edition_bucket(slug), "edition", load)
    if edition is None:
        return None
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        request._wagtail_site = edition.site
    elif site.pk != edition.site_id:  # Wagtail chose another Site meanwhile: trust it
        return None
    return edition


class EditionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.edition = _LazyEdition(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve:
            get_edition(request)  # a Wagtail page: resolve its Site, home and edition from the cache first
        return None


class _LazyEdition:
    """Resolve on first use so static files and /healthz cost no query."""

    __slots__ = ("_request", "_value", "_done")

    def __init__(self, request):
        self._request = request
        self._done = False
        self._value = None

    def get(self):
        if not self._done:
            self._value = edition_for_request(self._request)
            self._done = True
        return self._value


def get_edition(request) -> Edition | None:
    lazy = getattr(request, "edition", None)
    if isinstance(lazy, _LazyEdition):
        return lazy.get()
    return lazy
