"""Reader pages: today in a city, a month table and the city chooser."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from nashra.arabic.dates import weekday_name
from nashra.arabic.digits import to_digits
from nashra.arabic.prayer import MAX_DATE, MIN_DATE, load_cities
from nashra.editions.middleware import get_edition

from . import services
from .services import PrayerError


def _error(request, exc: PrayerError):
    edition = get_edition(request)
    message = to_digits(exc.message, edition.digits) if edition is not None else exc.message
    return render(request, "prayer/error.html", {"message": message}, status=exc.status)


def _city_groups():
    """Cities for the chooser: Egypt's governorates, then the Arab capitals."""
    groups: dict[str, list] = {}
    for place in load_cities().values():
        key = _("محافظات مصر") if place.country == "EG" else _("العواصم العربية")
        groups.setdefault(key, []).append(place)
    return list(groups.items())


def today(request, city_slug: str | None = None):
    edition = get_edition(request)
    config = services.config_for(edition)
    if city_slug is None and request.GET.get("city"):
        # The chooser's GET form: land on the city's own address.
        target = request.GET["city"]
        try:
            services.get_city(target)
        except PrayerError as exc:
            return _error(request, exc)
        url = reverse("prayer:city", args=[target])
        if request.GET.get("date"):
            url += "?date=" + request.GET["date"][:20]
        return HttpResponseRedirect(url)
    try:
        place = services.get_city(city_slug or config.city_slug)
        local_today = services.local_today(place)
        day = services.parse_day(request.GET.get("date"), local_today)
        times = services.day_times(place, day, config)
    except PrayerError as exc:
        return _error(request, exc)
    if day == local_today:
        title = _("مواقيت الصلاة في %(city)s اليوم") % {"city": place.name_ar}
    else:
        title = _("مواقيت الصلاة في %(city)s") % {"city": place.name_ar}
    # The day's bounds in the city's zone: prayer.js highlights the next prayer only while the
    # reader's clock is inside them (a cached copy of «today» must not light up yesterday's).
    zone = ZoneInfo(place.tz)
    starts = datetime.combine(day, time(0), tzinfo=zone)
    ends = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone) if day < MAX_DATE else starts
    return render(request, "prayer/today.html", {
        "title": title, "city": place, "day": day, "is_today": day == local_today,
        "rows": services.rows(times), "method": times.method, "asr_school": times.asr_school,
        "city_groups": _city_groups(), "next_day": day.toordinal() + 1,
        "day_starts": starts.isoformat(), "day_ends": ends.isoformat(),
    })


def _month_step(first: date, step: int) -> date | None:
    """The first day of the month before (-1) or after (+1) ``first``, inside the supported range."""
    month = first.month + step
    year = first.year + (month - 1) // 12
    if not MIN_DATE.year <= year <= MAX_DATE.year:
        return None
    target = date(year, (month - 1) % 12 + 1, 1)
    return target if MIN_DATE <= target <= MAX_DATE else None


def month(request, city_slug: str):
    edition = get_edition(request)
    config = services.config_for(edition)
    try:
        place = services.get_city(city_slug)
        first = services.parse_month(request.GET.get("month"), services.local_today(place))
        days = services.month_days(place, first, config)
    except PrayerError as exc:
        return _error(request, exc)
    method = services.day_times(place, days[0][0], config).method if days else None
    local_today = services.local_today(place)
    return render(request, "prayer/month.html", {
        "title": _("مواقيت الصلاة في %(city)s لشهر") % {"city": place.name_ar},
        "city": place, "first": first, "method": method,
        # (day, its weekday, is it today, times): the table's first column is «9 الثلاثاء» on two lines.
        "days": [(d, weekday_name(d), d == local_today, times) for d, times in days],
        "previous_month": _month_step(first, -1), "next_month": _month_step(first, 1),
        "events": [(key, str(label)) for key, label in services.EVENT_NAMES.items()],
    })


def cities(request):
    return render(request, "prayer/cities.html", {"city_groups": _city_groups()})
