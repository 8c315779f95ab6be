"""Prayer times for a city (or coordinates) on a local calendar date.

Definitions (sun's centre, geometric altitude, see :mod:`.solar`):

* Fajr — the sun is ``method.fajr_angle`` below the horizon, morning.
* Sunrise / Maghrib — altitude −0.833° (refraction + semi-diameter); with
  ``use_elevation=True`` lowered by the dip of the horizon 0.0347°·√h.
  Maghrib is sunset plus the method's offset (Jordan, Morocco, Dubai).
* Dhuhr — the sun's upper transit, plus the method's offset (see
  :mod:`.methods`: 0 for Egypt, +1 min for MWL/Karachi/ISNA as in adhan-js).
* Asr — the shadow of an object equals k × its height plus its noon shadow
  (k = 1 "standard": Shafi'i, Maliki, Hanbali; k = 2 "hanafi").
* Isha — the sun is ``method.isha_angle`` below the horizon, evening; or
  ``isha_interval`` minutes after sunset (Umm al-Qura: 120 in Ramadan, by the
  Umm al-Qura calendar unless ``ramadan=`` says otherwise; Qatar).

The day is the civil date in the city's IANA time zone: the events are those
around the solar transit nearest 12:00 local time that day, converted with
zoneinfo, so summer time (Egypt since 2023, Lebanon, Jordan before 2022,
Palestine, Morocco's Ramadan hour…) is whatever the tz database says.

High latitudes. When the sun does not get ``angle`` degrees below the horizon
(or does so too close to midnight), Fajr/Isha come from the chosen rule — the
night (sunset to sunrise) times 1/2 ("middle_of_the_night"), 1/7
("one_seventh") or angle/60 ("angle_based", default) — before sunrise/after
sunset. As in adhan and PrayTimes.org the rule is used both when the angle is
not reached and when the angle time lies further from sunrise/sunset than the
rule's portion; using it *only* when the angle is not reached would make Fajr
jump by an hour or more on the first day the angle is missed. Between ±48°
the rule never triggers for the built-in methods. ``high_latitude="none"``
raises ValueError instead. Latitudes beyond ±65° are refused (the sun may not
set).

Rounding. ``PrayerTimes`` fields are exact (to the second and below);
:meth:`PrayerTimes.as_hhmm` and :meth:`PrayerTimes.rounded` round to the
*nearest* minute, half a minute rounding up (12:00:30 → 12:01), as published
Egyptian tables do for Dhuhr (see tests). Minute adjustments are added to the
exact time before rounding.

Supported dates: 1900-01-01 to 2100-12-31 (the validity of the solar series).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from math import floor
from zoneinfo import ZoneInfo

from hijridate import Gregorian

from . import solar
from .cities import City, check_coordinates, check_timezone
from .cities import city as lookup_city
from .methods import EVENTS, PRAYERS, Method, get_method

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)
ASR_FACTORS = {"standard": 1.0, "hanafi": 2.0}
HIGH_LATITUDE_RULES = ("angle_based", "middle_of_the_night", "one_seventh", "none")


def round_to_minute(dt: datetime) -> datetime:
    """Nearest minute, half up, in the same time zone (offsets are whole minutes)."""
    return datetime.fromtimestamp(floor((dt.timestamp() + 30.0) / 60.0) * 60.0, dt.tzinfo)


@dataclass(frozen=True)
class PrayerTimes:
    day: date
    tz: str
    method: Method
    #: Asr school: "standard" or "hanafi".
    asr_school: str
    fajr: datetime
    sunrise: datetime
    dhuhr: datetime
    asr: datetime
    maghrib: datetime
    isha: datetime
    #: Events whose time came from the high-latitude rule, e.g. ("fajr", "isha").
    high_latitude: tuple[str, ...] = ()
    city: City | None = None

    def times(self) -> dict[str, datetime]:
        """Exact aware datetimes in day order: fajr, sunrise, dhuhr, asr, maghrib, isha."""
        return {
            "fajr": self.fajr, "sunrise": self.sunrise, "dhuhr": self.dhuhr,
            "asr": self.asr, "maghrib": self.maghrib, "isha": self.isha,
        }

    def rounded(self) -> dict[str, datetime]:
        """The same, rounded to the nearest minute (what a timetable shows)."""
        return {name: round_to_minute(dt) for name, dt in self.times().items()}

    def as_hhmm(self) -> dict[str, str]:
        """Local ``HH:MM`` strings (24-hour, Latin digits), nearest minute."""
        return {name: dt.strftime("%H:%M") for name, dt in self.rounded().items()}

    def __getitem__(self, name: str) -> datetime:
        return self.times()[name]


def _check_day(day) -> date:
    if isinstance(day, datetime):
        raise ValueError("pass a calendar date (datetime.date or 'YYYY-MM-DD'), not a datetime")
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day.strip())
        except ValueError:
            raise ValueError(f"invalid date {day!r}: expected an existing date as YYYY-MM-DD") from None
    if not isinstance(day, date):
        raise ValueError(f"invalid date {day!r}: expected datetime.date or 'YYYY-MM-DD'")
    if not MIN_DATE <= day <= MAX_DATE:
        raise ValueError(f"date {day.isoformat()} is outside the supported range {MIN_DATE} to {MAX_DATE}")
    return day


def _resolve(city_or_coords) -> tuple[City | None, float, float, float, str]:
    """(city, lat, lon, elevation, tz) from a City, a slug, or (lat, lon, tz[, elevation])."""
    if isinstance(city_or_coords, City):
        c = city_or_coords
        return c, c.lat, c.lon, c.elevation, c.tz
    if isinstance(city_or_coords, str):
        c = lookup_city(city_or_coords)
        return c, c.lat, c.lon, c.elevation, c.tz
    if isinstance(city_or_coords, Sequence) and len(city_or_coords) in (3, 4):
        lat, lon, tz = city_or_coords[:3]
        lat, lon = check_coordinates(lat, lon)
        check_timezone(tz)
        elevation = float(city_or_coords[3]) if len(city_or_coords) == 4 else 0.0
        return None, lat, lon, elevation, tz
    raise ValueError("expected a City, a city slug, or (latitude, longitude, 'Area/Zone'[, elevation_m])")


def _is_ramadan(day: date) -> bool:
    """Ramadan by the Umm al-Qura calendar (hijridate covers 1924-08-01…2077-11-16; outside: False)."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().month == 9
    except (OverflowError, ValueError):
        return False


def prayer_times(
    city_or_coords,
    day: date | str,
    method: str | Method | None = None,
    asr: str = "standard",
    high_latitude: str = "angle_based",
    *,
    adjust: bool = True,
    use_elevation: bool = False,
    ramadan: bool | None = None,
) -> PrayerTimes:
    """Prayer times for ``day`` (a local civil date) at a city or coordinates.

    ``city_or_coords``: a :class:`City`, a city slug (``"cairo"``), or
    ``(lat, lon, "Area/Zone")`` / ``(lat, lon, "Area/Zone", elevation_m)``.
    ``method``: slug or :class:`Method`; default the city's (coordinates: ``mwl``).
    ``asr``: ``"standard"`` or ``"hanafi"``. ``high_latitude``: one of
    :data:`HIGH_LATITUDE_RULES`. ``adjust=False`` returns the astronomical
    instants without the method's and the city's minute offsets.
    ``use_elevation``: lower the sunrise/sunset horizon by the dip for the
    city's elevation. ``ramadan``: force the Umm al-Qura Ramadan Isha interval
    on/off (default: the Umm al-Qura calendar decides).

    Raises ValueError (unknown city is :class:`~.cities.UnknownCity`, also a
    KeyError) for impossible or out-of-range dates, unknown methods or rules,
    unsupported latitudes and unknown time zones.
    """
    day = _check_day(day)
    place, lat, lon, elevation, tzname = _resolve(city_or_coords)
    m = get_method(method if method is not None else (place.method if place else "mwl"))
    if asr not in ASR_FACTORS:
        raise ValueError(f"unknown Asr school {asr!r}; expected 'standard' or 'hanafi'")
    if high_latitude not in HIGH_LATITUDE_RULES:
        raise ValueError(
            f"unknown high-latitude rule {high_latitude!r}; expected one of {', '.join(HIGH_LATITUDE_RULES)}"
        )
    tz = ZoneInfo(tzname)

    noon = datetime(day.year, day.month, day.day, 12, tzinfo=tz)
    jt, dec_noon = solar.transit(solar.jd_from_unix(noon.timestamp()), lon)
    horizon = solar.horizon_altitude(elevation if use_elevation else 0.0)
    sunrise = solar.altitude_event(jt, lat, lon, horizon, rising=True)
    sunset = solar.altitude_event(jt, lat, lon, horizon, rising=False)
    if sunrise is None or sunset is None:  # pragma: no cover - excluded by MAX_LATITUDE
        raise ValueError(f"the sun does not rise and set at latitude {lat} on {day}")
    asr_alt = solar.asr_altitude(lat, dec_noon, ASR_FACTORS[asr])
    asr_jd = solar.altitude_event(jt, lat, lon, asr_alt, rising=False)
    fajr = solar.altitude_event(jt, lat, lon, -m.fajr_angle, rising=True)
    if m.isha_angle is not None:
        isha = solar.altitude_event(jt, lat, lon, -m.isha_angle, rising=False)
    else:
        in_ramadan = _is_ramadan(day) if ramadan is None else ramadan
        interval = m.isha_interval_ramadan if in_ramadan and m.isha_interval_ramadan else m.isha_interval
        isha = None  # exactly `interval` minutes after sunset, added below as a timedelta

    ruled: list[str] = []
    if high_latitude == "none":
        for name, value, angle in (("Fajr", fajr, m.fajr_angle), ("Isha", isha, m.isha_angle)):
            if value is None and angle is not None:
                raise ValueError(
                    f"{name} does not occur at latitude {lat} on {day}: the sun does not get {angle}° below "
                    "the horizon; choose a high-latitude rule"
                )
    else:
        # Night = sunset to sunrise: the one ending this morning for Fajr, starting this evening for Isha.
        prev_sunset = solar.altitude_event(jt - 1.0, lat, lon, horizon, rising=False)
        next_sunrise = solar.altitude_event(jt + 1.0, lat, lon, horizon, rising=True)
        safe_fajr = sunrise - _portion(high_latitude, m.fajr_angle) * (sunrise - prev_sunset)
        if fajr is None or fajr < safe_fajr:
            fajr = safe_fajr
            ruled.append("fajr")
        if m.isha_angle is not None:
            safe_isha = sunset + _portion(high_latitude, m.isha_angle) * (next_sunrise - sunset)
            if isha is None or isha > safe_isha:
                isha = safe_isha
                ruled.append("isha")

    jds = {"fajr": fajr, "sunrise": sunrise, "dhuhr": jt, "asr": asr_jd, "maghrib": sunset, "isha": isha}
    offsets = dict.fromkeys(EVENTS, 0)
    if adjust:
        for source in (m.adjustments, place.adjustments if place else {}):
            for name, minutes in source.items():
                offsets[name] += minutes

    def local(name: str) -> datetime:
        # Minutes are added in UTC (aware + timedelta would add to the wall clock, wrong across a DST change).
        if jds[name] is None:  # interval Isha: exactly `interval` minutes after sunset
            utc = datetime.fromtimestamp(solar.unix_from_jd(sunset), UTC) + timedelta(minutes=interval)
        else:
            utc = datetime.fromtimestamp(solar.unix_from_jd(jds[name]), UTC)
        return (utc + timedelta(minutes=offsets[name])).astimezone(tz)

    return PrayerTimes(
        day=day, tz=tzname, method=m, asr_school=asr,
        fajr=local("fajr"), sunrise=local("sunrise"), dhuhr=local("dhuhr"),
        asr=local("asr"), maghrib=local("maghrib"), isha=local("isha"),
        high_latitude=tuple(ruled), city=place,
    )


def _portion(rule: str, angle: float) -> float:
    if rule == "middle_of_the_night":
        return 0.5
    if rule == "one_seventh":
        return 1.0 / 7.0
    return angle / 60.0


def next_prayer(city_or_coords, now: datetime, **options) -> tuple[str, datetime]:
    """The next of the five prayers strictly after ``now``: (name, rounded aware datetime).

    ``now`` must be timezone-aware. Times are the rounded minutes a timetable
    shows, so a countdown reaches zero at the displayed ``HH:MM``. After Isha
    it rolls over to tomorrow's Fajr (and, where Isha falls after midnight at
    high latitudes, yesterday's Isha still counts). ``options`` go to
    :func:`prayer_times` (method, asr, high_latitude…).
    """
    if not isinstance(now, datetime) or now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    place, _lat, _lon, _elev, tzname = _resolve(city_or_coords)
    target = place if place is not None else city_or_coords
    today = now.astimezone(ZoneInfo(tzname)).date()
    days = [today - timedelta(days=1), today, today + timedelta(days=1)]
    for i, d in enumerate(days):
        if i == 0 and d < MIN_DATE:
            continue
        times = prayer_times(target, d, **options).rounded()
        names = ("isha",) if i == 0 else PRAYERS
        for name in names:
            if times[name].timestamp() > now.timestamp():  # not `>`: same-tzinfo compares wall clocks
                return name, times[name]
    raise AssertionError("unreachable: tomorrow's Fajr is always after now")  # pragma: no cover
