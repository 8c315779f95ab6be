"""Prayer times (مواقيت الصلاة): a pure-Python calculator, methods and cities.

No Django here (same rule as the rest of :mod:`nashra.arabic`): the pages and
the API call these functions. Entry points::

    from nashra.arabic.prayer import prayer_times, next_prayer, city, load_cities, METHODS

    pt = prayer_times("cairo", date(2025, 6, 21))      # Egyptian Survey method, Africa/Cairo
    pt.fajr                                           # aware datetime (exact)
    pt.as_hhmm()                                      # {"fajr": "04:08", "sunrise": ..., "isha": ...}
    next_prayer("riyadh", datetime.now(UTC))          # ("asr", aware datetime, rounded)

Modules: :mod:`.solar` (Meeus/NOAA solar position and event search),
:mod:`.methods` (angles, intervals, offsets, with sources), :mod:`.cities`
(``nashra/arabic/data/cities.json``), :mod:`.calc` (the day's times, rounding,
high-latitude rules, next prayer). Accuracy against PyEphem:
``bench/prayer_accuracy.py`` and ``tests/arabic/test_prayer.py``.
"""

from .calc import (
    ASR_FACTORS,
    HIGH_LATITUDE_RULES,
    MAX_DATE,
    MIN_DATE,
    PrayerTimes,
    next_prayer,
    prayer_times,
    round_to_minute,
)
from .cities import MAX_LATITUDE, City, UnknownCity, city, load_cities
from .methods import EVENTS, METHODS, PRAYERS, Method, get_method

__all__ = [
    "ASR_FACTORS",
    "EVENTS",
    "HIGH_LATITUDE_RULES",
    "MAX_DATE",
    "MAX_LATITUDE",
    "METHODS",
    "MIN_DATE",
    "PRAYERS",
    "City",
    "Method",
    "PrayerTimes",
    "UnknownCity",
    "city",
    "get_method",
    "load_cities",
    "next_prayer",
    "prayer_times",
    "round_to_minute",
]
