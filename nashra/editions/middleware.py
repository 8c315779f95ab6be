"""Attach the edition serving this request as ``request.edition``.

The edition is chosen by host (Wagtail's Site routing). API clients on a
shared host may ask for another one with ``?edition=SLUG``; an unknown slug is
answered by the view that reads it, not here.
"""

from wagtail.models import Site

from .models import Edition


def edition_for_request(request) -> Edition | None:
    slug = request.GET.get("edition")
    if slug and request.path.startswith("/api/"):
        return Edition.objects.select_related("site").filter(slug=slug).first()
    site = Site.find_for_request(request)
    if site is None:
        return None
    return Edition.objects.select_related("site").filter(site=site).first()


class EditionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.edition = _LazyEdition(request)
        return self.get_response(request)


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
