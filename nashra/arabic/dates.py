"""Arabic Gregorian date and time stamps for story lists, headers and <time>.

Why this module exists rather than ``babel.dates.format_datetime``: Arabic
newsrooms name Gregorian months differently by region (Egypt «ديسمبر», the
Levant «كانون الأول», Algeria/Tunisia «جانفي», Morocco «دجنبر»), many print both
Levantine and Egyptian names side by side, and the seed site's stamp shape
(«الثلاثاء ,09 كانون الأول / ديسمبر 2025 04:47 GMT») is not a CLDR pattern. So
the *names* come from Babel (no hand-written month tables to drift out of
date) and the *layout* is assembled here.

Every function that takes a ``datetime`` insists on an aware one: a news site
must never guess which zone a timestamp was recorded in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import get_day_names, get_month_names

from .digits import ARABIC_INDIC, LATIN, check_digits, to_digits

EGYPTIAN = "egyptian"
LEVANTINE = "levantine"
BOTH = "both"
MAGHREBI = "maghrebi"
MOROCCAN = "moroccan"
MONTH_VALUES = (EGYPTIAN, LEVANTINE, BOTH, MAGHREBI, MOROCCAN)

# Babel locale whose CLDR month names define each style. ar_SY and ar_LB
# carry identical Syriac-derived names, as do ar_DZ and ar_TN (French-derived).
_MONTH_LOCALES = {
    EGYPTIAN: "ar_EG",
    LEVANTINE: "ar_SY",
    MAGHREBI: "ar_DZ",
    MOROCCAN: "ar_MA",
}
_BOTH_SEPARATOR = " / "

# Weekday names are the same in every Arabic locale; plain ``ar`` is the source.
_WEEKDAY_LOCALE = "ar"


@lru_cache(maxsize=16)
def _locale_months(locale: str) -> tuple[str, ...]:
    """Babel's wide, format-context month names for ``locale``, January first.

    Cached because stamps are rendered many times per page and Babel's
    LocaleDataDict lookups are comparatively slow.
    """
    names = get_month_names("wide", "format", locale)
    return tuple(names[m] for m in range(1, 13))


@lru_cache(maxsize=1)
def _weekdays() -> tuple[str, ...]:
    """Babel's Arabic weekday names indexed like ``date.weekday()`` (Monday=0)."""
    names = get_day_names("wide", "format", _WEEKDAY_LOCALE)
    return tuple(names[i] for i in range(7))


@lru_cache(maxsize=128)  # 12 months x 5 styles; only valid calls are cached
def month_name(month: int, month_style: str) -> str:
    """Arabic name of Gregorian ``month`` (1-12) in ``month_style``.

    ``BOTH`` gives «كانون الأول / ديسمبر»: Levantine first, then Egyptian, the
    convention of pan-Arab outlets whose readers span both naming systems.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12, got {month!r}")
    if month_style == BOTH:
        return month_name(month, LEVANTINE) + _BOTH_SEPARATOR + month_name(month, EGYPTIAN)
    try:
        locale = _MONTH_LOCALES[month_style]
    except KeyError:
        raise ValueError(f"unknown month style {month_style!r}; expected one of {MONTH_VALUES}") from None
    return _locale_months(locale)[month - 1]


def weekday_name(d: date) -> str:
    """Arabic weekday name (الاثنين … الأحد) of ``d`` as given (no zone conversion)."""
    return _weekdays()[d.weekday()]


# Choice labels show a sample month so editors see the difference, and the
# sample comes from Babel so a label can never disagree with what is rendered.
# December separates Egyptian/Levantine/Moroccan; January shows the Maghrebi
# French-derived names (December is «ديسمبر» there, same as Egypt).
MONTH_STYLES = (
    (EGYPTIAN, f"مصري ({month_name(12, EGYPTIAN)})"),
    (LEVANTINE, f"شامي ({month_name(12, LEVANTINE)})"),
    (BOTH, f"الاثنان معًا ({month_name(12, BOTH)})"),
    (MAGHREBI, f"مغاربي ({month_name(1, MAGHREBI)})"),
    (MOROCCAN, f"مغربي ({month_name(12, MOROCCAN)})"),
)

DIGIT_STYLES = (
    (LATIN, "أرقام لاتينية 0-9"),
    (ARABIC_INDIC, "أرقام عربية ٠-٩"),
)


@dataclass(frozen=True)
class DateStyle:
    """How one edition prints dates: month names, digits and local zone.

    Validated on construction so a bad value stored on a site setting fails
    where it is loaded, not halfway through rendering a page.
    """

    month_style: str = BOTH
    digits: str = LATIN
    time_zone: str = "Africa/Cairo"

    def __post_init__(self) -> None:
        if self.month_style not in MONTH_VALUES:
            raise ValueError(f"unknown month style {self.month_style!r}; expected one of {MONTH_VALUES}")
        check_digits(self.digits)
        _zone(self.time_zone)

    @property
    def tz(self) -> ZoneInfo:
        """The edition's zone; ZoneInfo caches instances, so this is cheap."""
        return _zone(self.time_zone)


def _zone(name: str) -> ZoneInfo:
    """ZoneInfo for ``name``, turning zoneinfo's KeyError into ValueError."""
    if not isinstance(name, str) or not name:
        raise ValueError(f"time zone must be a non-empty IANA name, got {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def _require_aware(moment: datetime) -> datetime:
    """Reject anything but an aware datetime: naive values have no known zone."""
    if not isinstance(moment, datetime):
        raise TypeError(f"expected a datetime, got {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: attach a time zone (e.g. UTC) before formatting")
    return moment


def _stamp(moment: datetime, style: DateStyle) -> str:
    """«weekday ,DD month YYYY HH:MM» for ``moment`` in whatever zone it carries.

    The « ,» before the zero-padded day reproduces the seed site exactly.
    """
    return (
        f"{weekday_name(moment)} ,{moment.day:02d} {month_name(moment.month, style.month_style)} "
        f"{moment.year} {moment.hour:02d}:{moment.minute:02d}"
    )


def gmt_stamp(moment: datetime, style: DateStyle) -> str:
    """Story-list stamp in UTC: «الثلاثاء ,09 كانون الأول / ديسمبر 2025 04:47 GMT».

    Weekday and date are those of the UTC instant, so they can differ from
    the local date near midnight; that is what the «GMT» suffix promises.
    """
    utc = _require_aware(moment).astimezone(UTC)
    return to_digits(_stamp(utc, style) + " GMT", style.digits)


def local_stamp(moment: datetime, style: DateStyle) -> str:
    """Same shape as :func:`gmt_stamp` but in the edition's zone and without «GMT»."""
    local = _require_aware(moment).astimezone(style.tz)
    return to_digits(_stamp(local, style), style.digits)


def month_year(d: date, style: DateStyle) -> str:
    """«كانون الأول / ديسمبر 2025»: a month page's title, never the machine form «2025-12»."""
    return to_digits(f"{month_name(d.month, style.month_style)} {d.year}", style.digits)


def long_date(d: date | datetime, style: DateStyle) -> str:
    """«الثلاثاء 9 كانون الأول / ديسمبر 2025» (day not padded, no time).

    Datetimes are converted to the edition's zone first so the weekday and
    day match what local readers see on their calendar.
    """
    if isinstance(d, datetime):
        d = _require_aware(d).astimezone(style.tz).date()
    elif not isinstance(d, date):
        raise TypeError(f"expected a date or datetime, got {type(d).__name__}")
    text = f"{weekday_name(d)} {d.day} {month_name(d.month, style.month_style)} {d.year}"
    return to_digits(text, style.digits)


def clock(moment: datetime, style: DateStyle) -> str:
    """Local 24-hour «HH:MM:SS», as in the header «توقيت القاهرة المحلي 06:58:00»."""
    local = _require_aware(moment).astimezone(style.tz)
    return to_digits(f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}", style.digits)


def iso_local(moment: datetime, style: DateStyle) -> str:
    """ISO 8601 with the local offset, e.g. ``2025-12-09T06:47:00+02:00``.

    For ``<time datetime=…>``: always Latin digits (it is machine-read) and
    whole seconds (sub-second precision is noise in markup).
    """
    local = _require_aware(moment).astimezone(style.tz)
    return local.isoformat(timespec="seconds")


# (singular, dual, plural for 3-10, singular for 11-99 and CLDR "other")
_UNITS = {
    "minute": ("دقيقة", "دقيقتين", "دقائق", "دقيقة"),
    "hour": ("ساعة", "ساعتين", "ساعات", "ساعة"),
    # After 11-99 the counted noun is accusative: «11 يومًا».
    "day": ("يوم", "يومين", "أيام", "يومًا"),
}
_PLURAL_RULE = Locale.parse("ar").plural_form
_RELATIVE_LIMIT = timedelta(days=7)


def _ago(count: int, unit: str, digits: str) -> str:
    """«منذ …» with Arabic number agreement for ``count`` (>= 1) ``unit``s.

    1 and 2 use the bare noun and the dual without a numeral (as Arabic does);
    3-10 take the plural, 11-99 the singular; CLDR's plural rules for ``ar``
    classify the count so 103 behaves like 3, 111 like 11.
    """
    one, two, few, many = _UNITS[unit]
    if count == 1:
        return f"منذ {one}"
    if count == 2:
        return f"منذ {two}"
    form = _PLURAL_RULE(count)
    noun = few if form == "few" else many if form == "many" else one
    return f"منذ {to_digits(str(count), digits)} {noun}"


def relative(moment: datetime, now: datetime, *, digits: str = LATIN) -> str | None:
    """Arabic «time ago» for ``moment`` seen from ``now``, or None past 7 days.

    Under a minute (and any future moment, i.e. clock skew between the
    editor's machine and the server) is «الآن». Counts are truncated, so 119
    seconds is still «منذ دقيقة». None tells the caller to print a full stamp
    instead: «منذ 23 يومًا» is less useful to a reader than the date.
    """
    check_digits(digits)
    delta = _require_aware(now) - _require_aware(moment)
    if delta > _RELATIVE_LIMIT:
        return None
    seconds = int(delta.total_seconds())
    if seconds < 60:
        return "الآن"
    if seconds < 3600:
        return _ago(seconds // 60, "minute", digits)
    if seconds < 86400:
        return _ago(seconds // 3600, "hour", digits)
    return _ago(seconds // 86400, "day", digits)
