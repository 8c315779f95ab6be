"""``/brand/<hex>.css``: an edition's colour as custom properties (see :mod:`nashra.editions.brand`).

The answer depends on the URL alone (no database, no edition), so it is kept by browsers for a year: a new
colour is a new URL, which the pages link once the edition is saved (saving it purges its pages)."""

import re

from django.http import Http404, HttpResponse

from . import brand

SIX_HEX = re.compile(r"^[0-9a-f]{6}$")


def brand_css(request, color: str):
    if not SIX_HEX.match(color):
        raise Http404
    response = HttpResponse(brand.stylesheet("#" + color), content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
