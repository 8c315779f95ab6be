"""Reader page: one of the network's footer pages, on whichever edition's host it is asked."""

from django.shortcuts import get_object_or_404, render

from .models import InfoPage


def page(request, slug: str):
    info_page = get_object_or_404(InfoPage, slug=slug, live=True)
    return render(request, "infopages/page.html", {"info_page": info_page})
