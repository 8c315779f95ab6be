"""Prayer times for the reader pages, widgets and API: validation and caching.

The calculator (:mod:`nashra.arabic.prayer`) is pure, so a computed day is
memoised per process (``lru_cache``): the same city, day, method and school
always give the same times. Every bad input becomes a :class:`PrayerError`
carrying an Arabic message and the HTTP status to answer with.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nashra.arabic.digits import to_latin_digits
from nashra.arabic.prayer import MAX_DATE, MIN_DATE, PRAYERS, City, load_cities, prayer_times
from nashra.arabic.prayer import city as lookup_city
from nashra.core import events

FALLBACK_CITY = "cairo"
CONFIG_TTL = 3600
# Lazy: shown to readers in the active language; str() them where a plain string is needed.
EVENT_NAMES = {
    "fajr": gettext_lazy("الفجر"), "sunrise": gettext_lazy("الشروق"), "dhuhr": gettext_lazy("الظهر"),
    "asr": gettext_lazy("العصر"), "maghrib": gettext_lazy("المغرب"), "isha": gettext_lazy("العشاء"),
}
_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_SLUG = re.compile(r"[a-z0-9-]{1,40}")


class PrayerError(Exception):
    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


@dataclass(frozen=True)
class PrayerConfig:
    """An edition's choices: default city, method for its country, Asr school."""

    city_slug: str = FALLBACK_CITY
    method: str = ""
    asr_school: str = "standard"

    def method_for(self, place: City) -> str | None:
        """The edition's method applies to cities of its default city's country only."""
        if self.method and place.country == lookup_city(self.city_slug).country:
            return self.method
        return None


def default_city_for_zone(tz_name: str) -> str:
    """The first city (file order: capitals first) sharing the edition's zone, else Cairo."""
    for place in load_cities().values():
        if place.tz == tz_name:
            return place.slug
    return FALLBACK_CITY


def config_cache_key(edition_id) -> str:
    return f"prayer:config:{edition_id}"


def forget_config(event: events.EditionContentChanged) -> None:
    """The edition's prayer settings changed: drop the kept copy (subscribed in ``PrayerConfig.ready``,
    before delivery's purge, so the pages rebuilt after it read the new settings)."""
    if event.source == "prayer":
        try:
            cache.delete(config_cache_key(event.edition_id))
        except Exception:  # a cache outage must not fail the save; the copy expires on its own
            pass


def config_for(edition) -> PrayerConfig:
    """The edition's settings (cached: the header widget asks on every page), or its zone's default."""
    if edition is None:
        return PrayerConfig()
    key = config_cache_key(edition.pk)
    try:
        cached = cache.get(key)
    except Exception:  # a cache outage must not take the header down
        cached = None
    if isinstance(cached, PrayerConfig):
        return cached
    from .models import EditionPrayerSettings

    settings = EditionPrayerSettings.objects.filter(edition=edition).first()
    if settings is not None and settings.city_slug in load_cities():
        config = PrayerConfig(settings.city_slug, settings.method, settings.asr_school)
    else:
        config = PrayerConfig(default_city_for_zone(edition.time_zone))
    try:
        cache.set(key, config, CONFIG_TTL)
    except Exception:
        pass
    return config


def get_city(slug: str | None) -> City:
    if not slug or not _SLUG.fullmatch(slug) or slug not in load_cities():
        raise PrayerError("unknown_city", _("لا توجد مدينة بهذا الاسم في قائمة المدن."), 404)
    return lookup_city(slug)


def _check_range(day: date) -> date:
    if not MIN_DATE <= day <= MAX_DATE:
        raise PrayerError(
            "date_out_of_range",
            _("التاريخ خارج النطاق المدعوم (من %(start)s إلى %(end)s).")
            % {"start": MIN_DATE.isoformat(), "end": MAX_DATE.isoformat()},
        )
    return day


def parse_day(value: str | None, default: date) -> date:
    """``YYYY-MM-DD`` (Arabic-Indic digits accepted); empty → ``default``."""
    if value is None or not value.strip():
        return default
    match = _DATE.fullmatch(to_latin_digits(value.strip()))
    if not match:
        raise PrayerError("bad_date", _("صيغة التاريخ غير صحيحة؛ استعمل السنة-الشهر-اليوم مثل 2025-04-25."))
    try:
        day = date(*(int(part) for part in match.groups()))
    except ValueError:
        raise PrayerError("bad_date", _("هذا التاريخ غير موجود في التقويم.")) from None
    return _check_range(day)


def parse_month(value: str | None, default: date) -> date:
    """``YYYY-MM`` → the first day of that month; empty → ``default``'s month."""
    if value is None or not value.strip():
        return default.replace(day=1)
    match = _MONTH.fullmatch(to_latin_digits(value.strip()))
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise PrayerError("bad_month", _("صيغة الشهر غير صحيحة؛ استعمل السنة-الشهر مثل 2025-04."))
    first = date(int(match.group(1)), int(match.group(2)), 1) if int(match.group(1)) >= 1 else None
    if first is None:
        raise PrayerError("bad_month", _("صيغة الشهر غير صحيحة؛ استعمل السنة-الشهر مثل 2025-04."))
    _check_range(first)
    return first


def local_today(place: City, now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(ZoneInfo(place.tz)).date()


@lru_cache(maxsize=8192)
def _compute(slug: str, day: date, method: str | None, asr: str):
    return prayer_times(slug, day, method=method, asr=asr)


def day_times(place: City, day: date, config: PrayerConfig = PrayerConfig()):
    """The calculator's :class:`PrayerTimes` for ``place`` on ``day`` (memoised)."""
    _check_range(day)
    try:
        return _compute(place.slug, day, config.method_for(place), config.asr_school)
    except ValueError as exc:  # e.g. a prayer that does not occur at this latitude
        raise PrayerError("not_computable", _("تعذّر حساب المواقيت لهذه المدينة في هذا اليوم: %s") % exc) from None


@dataclass(frozen=True)
class Row:
    name: str
    label: str
    at: datetime  # rounded minute, local
    hhmm: str

    @property
    def iso(self) -> str:
        return self.at.isoformat()


def rows(times) -> list[Row]:
    return [Row(name, str(EVENT_NAMES[name]), at, at.strftime("%H:%M")) for name, at in times.rounded().items()]


def month_days(place: City, first: date, config: PrayerConfig = PrayerConfig()) -> list[tuple[date, dict]]:
    count = calendar.monthrange(first.year, first.month)[1]
    days = [first + timedelta(days=i) for i in range(count)]
    return [(d, day_times(place, d, config).as_hhmm()) for d in days if MIN_DATE <= d <= MAX_DATE]


@dataclass(frozen=True)
class NextPrayer:
    city: City
    name: str
    label: str
    at: datetime
    seconds: int

    @property
    def hhmm(self) -> str:
        return self.at.strftime("%H:%M")

    @property
    def iso(self) -> str:
        """Local ISO time with its offset (templates' |date would convert to UTC)."""
        return self.at.isoformat()

    @property
    def countdown(self) -> str:
        """«HH:MM:SS» left; the widget's script keeps it ticking."""
        hours, rest = divmod(max(self.seconds, 0), 3600)
        return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def next_prayer(place: City, config: PrayerConfig = PrayerConfig(), now: datetime | None = None) -> NextPrayer:
    """The next of the five prayers strictly after ``now`` (timetable minutes)."""
    now = now or timezone.now()
    today = local_today(place, now)
    for offset in (-1, 0, 1):
        day = today + timedelta(days=offset)
        if not MIN_DATE <= day <= MAX_DATE:
            continue
        times = day_times(place, day, config).rounded()
        for name in ("isha",) if offset == -1 else PRAYERS:
            if times[name] > now:
                seconds = int((times[name] - now).total_seconds())
                return NextPrayer(place, name, str(EVENT_NAMES[name]), times[name], seconds)
    raise PrayerError("not_computable", _("تعذّر حساب الصلاة القادمة."))  # pragma: no cover
