"""Reader pages: the edition's gallery (newest first), a caricature, an artist."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from nashra.editions.middleware import get_edition

from .models import Artist, Caricature

PAGE_SIZE = 12


def _edition(request):
    edition = get_edition(request)
    if edition is None:
        raise Http404(_("لا يوجد إصدار يخدم هذا النطاق."))
    return edition


def _page(request, queryset):
    try:
        return Paginator(queryset, PAGE_SIZE).page(request.GET.get("page") or 1)
    except (EmptyPage, PageNotAnInteger):
        raise Http404(_("لا توجد صفحة بهذا الرقم.")) from None


def _visible(edition):
    return Caricature.objects.visible(edition).select_related("artist", "image")


def gallery(request):
    edition = _edition(request)
    return render(request, "caricatures/gallery.html", {"page": _page(request, _visible(edition))})


def detail(request, pk: int):
    edition = _edition(request)
    visible = _visible(edition)
    caricature = get_object_or_404(visible, pk=pk)
    # Neighbours in the gallery's order (newest first), to leaf through without going back to it.
    at = caricature.published_at
    newer = (visible.filter(published_at__gt=at) | visible.filter(published_at=at, pk__gt=pk)).last()
    older = (visible.filter(published_at__lt=at) | visible.filter(published_at=at, pk__lt=pk)).first()
    return render(request, "caricatures/detail.html", {"caricature": caricature, "newer": newer, "older": older})


def artist(request, slug: str):
    edition = _edition(request)
    person = get_object_or_404(Artist, slug=slug)
    page = _page(request, _visible(edition).filter(artist=person))
    return render(request, "caricatures/artist.html", {"artist": person, "page": page})
