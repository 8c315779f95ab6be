"""Calculation methods: twilight angles, Isha intervals and built-in minute offsets.

Angles are the sun's depression below the horizon (degrees) for Fajr and for
Isha. Where Isha is a fixed interval after Maghrib instead, ``isha_interval``
is in minutes. ``adjustments`` are minutes the authority adds to (or takes
from) the astronomical time of an event; they are applied before the per-city
adjustments and can be switched off with ``prayer_times(..., adjust=False)``.

Sources for the commonly published parameters (third-party references, checked
while writing this module, and quoted in the comments below):

* [adhan] batoulapps/adhan-js ``src/CalculationMethod.ts`` (MIT) — MWL,
  Egyptian, Karachi, Umm al-Qura, Dubai, ISNA ("NorthAmerica"), Kuwait, Qatar,
  including its ``methodAdjustments``.
* [aladhan] islamic-network/prayer-times ``src/PrayerTimes/Method.php`` and
  the AlAdhan API's method-specific tuning — adds Jordan (method 23: Ministry
  of Awqaf, Islamic Affairs and Holy Places: Fajr 18°, Isha 18°, Maghrib
  5 min after sunset) and Morocco (method 21: Fajr 19°, Isha 17°, Dhuhr and
  Maghrib +5 min).
* [ptorg] praytimes.org/wiki/Calculation_Methods — which regions use which
  method (Egypt: "Africa, Syria, Lebanon, Malaysia"; Makkah: "Arabian
  Peninsula").

Dhuhr offset (Egypt). adhan-js adds 1 min to Dhuhr for the Egyptian, MWL,
Karachi and ISNA methods (the sun's disc takes ~1.1 min to clear the
meridian), and it is often said that the Survey adds 1–2 min. Its daily
figures for Cairo as republished by the Egyptian press in 2025 (sources in
tests/arabic/test_prayer.py) say otherwise: they are the transit itself
rounded to the nearest minute — 21 Mar 12:02 (transit 12:02:10), 12 May
12:51 (12:51:25), 10 Aug 13:00 (13:00:24); +1 min would print 12:03, 12:52,
13:01. So ``egypt`` has no Dhuhr offset. Anyone who wants the adhan-style
precaution uses ``METHODS["egypt"].replace(adjustments={"dhuhr": 1})`` or a
per-city adjustment. The same sources match our Fajr, Asr, Maghrib and Isha
to the minute (a few by ±1 min), so no other offset is visible either.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

#: Event names in day order. "sunrise" is not a prayer but every timetable shows it.
EVENTS = ("fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha")
#: The five prayers (what a "next prayer" countdown counts down to).
PRAYERS = ("fajr", "dhuhr", "asr", "maghrib", "isha")


def _frozen(mapping: Mapping[str, int] | None) -> Mapping[str, int]:
    mapping = dict(mapping or {})
    unknown = set(mapping) - set(EVENTS)
    if unknown:
        raise ValueError(f"unknown prayer name(s) in adjustments: {sorted(unknown)}; expected {EVENTS}")
    for name, minutes in mapping.items():
        if not isinstance(minutes, int) or isinstance(minutes, bool) or abs(minutes) > 120:
            raise ValueError(f"adjustment for {name} must be a whole number of minutes within ±120")
    return MappingProxyType(mapping)


@dataclass(frozen=True)
class Method:
    slug: str
    name_en: str
    name_ar: str
    fajr_angle: float
    #: Isha depression angle; None when Isha is ``isha_interval`` minutes after Maghrib.
    isha_angle: float | None = None
    isha_interval: int | None = None
    #: Interval used instead during Ramadan (Umm al-Qura: 120 min).
    isha_interval_ramadan: int | None = None
    adjustments: Mapping[str, int] = field(default_factory=dict)
    source: str = ""

    def __post_init__(self):
        if not 0 < self.fajr_angle < 30:
            raise ValueError(f"{self.slug}: Fajr angle must be between 0° and 30°")
        if (self.isha_angle is None) == (self.isha_interval is None):
            raise ValueError(f"{self.slug}: give exactly one of isha_angle and isha_interval")
        if self.isha_angle is not None and not 0 < self.isha_angle < 30:
            raise ValueError(f"{self.slug}: Isha angle must be between 0° and 30°")
        object.__setattr__(self, "adjustments", _frozen(self.adjustments))

    def replace(self, **changes) -> Method:
        """A copy with some parameters changed.

        E.g. ``METHODS["egypt"].replace(adjustments={"dhuhr": 1})`` for adhan's +1 min Dhuhr.
        """
        return dataclasses.replace(self, **changes)


METHODS: dict[str, Method] = {
    m.slug: m
    for m in (
        # Egypt: Fajr 19.5°, Isha 17.5° [adhan, aladhan #5]. Dhuhr offset: module docstring.
        Method(
            "egypt", "Egyptian General Authority of Survey", "الهيئة المصرية العامة للمساحة",
            fajr_angle=19.5, isha_angle=17.5, source="adhan-js Egyptian(); AlAdhan method 5",
        ),
        # Umm al-Qura: Fajr 18.5° (19° before 1430 AH), Isha 90 min after Maghrib,
        # 120 min in Ramadan [adhan UmmAlQura(); aladhan #4 adds 30 min in Ramadan].
        Method(
            "umm_al_qura", "Umm al-Qura University, Makkah", "جامعة أم القرى، مكة المكرمة",
            fajr_angle=18.5, isha_interval=90, isha_interval_ramadan=120,
            source="adhan-js UmmAlQura(); AlAdhan method 4 (+30 min Isha in Ramadan)",
        ),
        # MWL: 18° / 17°, Dhuhr +1 min [adhan MuslimWorldLeague(); aladhan #3].
        Method(
            "mwl", "Muslim World League", "رابطة العالم الإسلامي",
            fajr_angle=18.0, isha_angle=17.0, adjustments={"dhuhr": 1},
            source="adhan-js MuslimWorldLeague(); AlAdhan method 3",
        ),
        # Karachi: 18° / 18°, Dhuhr +1 min [adhan Karachi(); aladhan #1].
        Method(
            "karachi", "University of Islamic Sciences, Karachi", "جامعة العلوم الإسلامية، كراتشي",
            fajr_angle=18.0, isha_angle=18.0, adjustments={"dhuhr": 1},
            source="adhan-js Karachi(); AlAdhan method 1",
        ),
        # ISNA: 15° / 15°, Dhuhr +1 min [adhan NorthAmerica(); aladhan #2].
        Method(
            "isna", "Islamic Society of North America", "الجمعية الإسلامية لأمريكا الشمالية",
            fajr_angle=15.0, isha_angle=15.0, adjustments={"dhuhr": 1},
            source="adhan-js NorthAmerica(); AlAdhan method 2",
        ),
        # Dubai (UAE): 18.2° / 18.2°; sunrise −3, Dhuhr +3, Asr +3, Maghrib +3 min
        # [adhan Dubai(); aladhan #16 uses 18.2°/18.2° too].
        Method(
            "dubai", "Dubai (UAE General Authority of Islamic Affairs and Endowments)",
            "دبي (الهيئة العامة للشؤون الإسلامية والأوقاف)",
            fajr_angle=18.2, isha_angle=18.2,
            adjustments={"sunrise": -3, "dhuhr": 3, "asr": 3, "maghrib": 3},
            source="adhan-js Dubai(); AlAdhan method 16",
        ),
        # Qatar: Fajr 18°, Isha 90 min after Maghrib [adhan Qatar(); aladhan #10].
        Method(
            "qatar", "Qatar (Ministry of Awqaf and Islamic Affairs)", "قطر (وزارة الأوقاف والشؤون الإسلامية)",
            fajr_angle=18.0, isha_interval=90, source="adhan-js Qatar(); AlAdhan method 10",
        ),
        # Kuwait: 18° / 17.5° [adhan Kuwait(); aladhan #9].
        Method(
            "kuwait", "Kuwait (Ministry of Awqaf and Islamic Affairs)",
            "الكويت (وزارة الأوقاف والشؤون الإسلامية)",
            fajr_angle=18.0, isha_angle=17.5, source="adhan-js Kuwait(); AlAdhan method 9",
        ),
        # Jordan: 18° / 18°, Maghrib 5 min after sunset [aladhan #23].
        Method(
            "jordan", "Jordan (Ministry of Awqaf, Islamic Affairs and Holy Places)",
            "الأردن (وزارة الأوقاف والشؤون والمقدسات الإسلامية)",
            fajr_angle=18.0, isha_angle=18.0, adjustments={"maghrib": 5}, source="AlAdhan method 23",
        ),
        # Morocco: 19° / 17°, Dhuhr +5, Maghrib +5 min [aladhan #21 + its method tuning].
        Method(
            "morocco", "Morocco (Ministry of Habous and Islamic Affairs)",
            "المغرب (وزارة الأوقاف والشؤون الإسلامية)",
            fajr_angle=19.0, isha_angle=17.0, adjustments={"dhuhr": 5, "maghrib": 5},
            source="AlAdhan method 21",
        ),
    )
}


def get_method(method: str | Method) -> Method:
    """``METHODS[slug]`` with a clear ValueError, or the Method itself."""
    if isinstance(method, Method):
        return method
    try:
        return METHODS[method]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown calculation method {method!r}; known: {', '.join(sorted(METHODS))}"
        ) from None
