"""Reader pages: today's twelve signs, one sign, its archive, and «find your sign»."""

from __future__ import annotations

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from nashra.arabic.digits import to_latin_digits
from nashra.editions.middleware import get_edition

from . import services
from .signs import BY_SLUG, SIGNS, sign_for

ARCHIVE_PAGE_SIZE = 30


def _edition(request):
    edition = get_edition(request)
    if edition is None:
        raise Http404(_("لا يوجد إصدار يخدم هذا النطاق."))
    return edition


def _sign(slug):
    sign = BY_SLUG.get(slug)
    if sign is None:
        raise Http404(_("لا يوجد برج بهذا الاسم."))
    return sign


def index(request):
    edition = _edition(request)
    today = services.edition_today(edition)
    entries = services.day_entries(edition, today)
    return render(request, "horoscopes/index.html", {
        "today": today, "signs": [(sign, entries.get(sign.slug)) for sign in SIGNS],
        "months": range(1, 13), "days": range(1, 32),
    })


def sign_today(request, sign_slug):
    edition = _edition(request)
    sign = _sign(sign_slug)
    today = services.edition_today(edition)
    entry = services.day_entries(edition, today).get(sign.slug)
    return render(request, "horoscopes/sign.html", {
        "sign": sign, "today": today, "entry": entry, "all_signs": SIGNS,
    })


def sign_archive(request, sign_slug):
    edition = _edition(request)
    sign = _sign(sign_slug)
    entries = services.published(edition).filter(sign=sign.slug).order_by("-date")
    try:
        page = Paginator(entries, ARCHIVE_PAGE_SIZE, allow_empty_first_page=True).page(request.GET.get("page") or 1)
    except (EmptyPage, PageNotAnInteger):
        raise Http404(_("لا توجد صفحة بهذا الرقم.")) from None
    return render(request, "horoscopes/archive.html", {"sign": sign, "page": page})


def find_sign(request):
    """GET ``day`` and ``month`` of a birthday → redirect to that sign's page."""
    edition = _edition(request)
    day, month = (to_latin_digits(request.GET.get(k, "")).strip() for k in ("day", "month"))
    try:
        sign = sign_for(int(month), int(day))
    except (ValueError, OverflowError):
        message = _("تاريخ الميلاد غير صحيح؛ اختر يومًا وشهرًا موجودين، مثل 21 مارس.")
        return render(request, "horoscopes/find.html", {
            "message": message, "months": range(1, 13), "days": range(1, 32), "edition": edition,
        }, status=400)
    return HttpResponseRedirect(reverse("horoscopes:sign", args=[sign.slug]))
