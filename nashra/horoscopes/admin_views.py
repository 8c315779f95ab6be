"""«حظك اليوم» in the newsroom: fill all twelve signs of one day on one screen."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from nashra.core import events

from .forms import HoroscopeDayForm
from .models import DailyHoroscope
from .services import day_entries, editable_editions, edition_today
from .signs import SIGNS


def edit_day(request):
    editions = editable_editions(request.user)
    if not editions.exists():
        raise PermissionDenied
    allowed = {str(pk) for pk in editions.values_list("pk", flat=True)}
    if request.method == "POST":
        if request.POST.get("edition") not in allowed:
            raise PermissionDenied  # another edition's horoscopes
        form = HoroscopeDayForm(request.POST, editions=editions)
        if form.is_valid():
            edition, day = form.cleaned_data["edition"], form.cleaned_data["date"]
            saved = _save(edition, day, form.cleaned_data)
            messages.success(request, _("حُفظت أبراج يوم %(day)s: %(count)d من 12.") % {
                "day": day.isoformat(), "count": saved})
            return redirect(f"{reverse('horoscopes_admin_day')}?edition={edition.pk}&date={day.isoformat()}")
        edition_id, day = request.POST["edition"], _parse(request.POST.get("date"))
    else:
        edition_id = request.GET.get("edition", "")
        edition = editions.get(pk=edition_id) if edition_id in allowed else editions.first()
        edition_id = str(edition.pk)
        day = _parse(request.GET.get("date")) or edition_today(edition)
        initial = {"edition": edition, "date": day}
        for sign_slug, entry in day_entries(edition, day).items():
            initial[f"sign_{sign_slug}"] = entry.text
        form = HoroscopeDayForm(initial=initial, editions=editions)
    return render(request, "horoscopes/admin/edit_day.html", {
        "form": form, "day": day, "edition_id": edition_id,
        "next_day": day + timedelta(days=1) if day else None,
        "previous_day": day - timedelta(days=1) if day else None,
    })


def _parse(value):
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


@transaction.atomic
def _save(edition, day, data) -> int:
    saved = 0
    with events.coalesced():  # twelve rows, one change of the edition's pages
        for sign in SIGNS:
            text = (data.get(f"sign_{sign.slug}") or "").strip()
            if text:
                DailyHoroscope.objects.update_or_create(edition=edition, date=day, sign=sign.slug,
                                                        defaults={"text": text})
                saved += 1
            else:
                DailyHoroscope.objects.filter(edition=edition, date=day, sign=sign.slug).delete()
    return saved
