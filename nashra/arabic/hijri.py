"""Hijri dates: Umm al-Qura by default, corrected by announced month starts.

Umm al-Qura (Saudi Arabia's tabular-astronomical calendar, via hijridate) is
the only Hijri calendar that can be computed ahead of time, so it is the
baseline. But many editions follow a national authority that decides month
starts by moon sighting (Egypt's Dar al-Ifta, Morocco's Ministry of Habous…)
and is often one day off Umm al-Qura for Ramadan, Shawwal or Dhu al-Hijja.
Printing «1 رمضان» on a day the edition's readers are not yet fasting is a
visible error, so editors can record *overrides*: ``(hijri_year, month) ->
Gregorian date announced as day 1 of that month``.

How overrides reshape the calendar
----------------------------------
Think of every month ``M`` as starting on ``uq_start(M) + shift(M)`` days.
Without overrides every shift is 0. With them, months are walked in order
from the earliest override:

* An overridden month's shift is ``announced - uq_start(M)``. The month before
  it ends the day before the announced start.
* The month *after* an overridden month starts at its Umm al-Qura start
  shifted by the same difference (unless it is itself overridden). The
  overridden month therefore keeps its Umm al-Qura length, which is always a
  legal 29 or 30 days, and no day is skipped or repeated at the boundary.
* Further months that nobody announced drift back to Umm al-Qura one day at
  a time, as soon as doing so still leaves the month 29 or 30 days long.
  (Carrying the shift forever would let one old Ramadan override move every
  date for the rest of the century; snapping straight back could create a
  28- or 31-day month and skip or repeat a date such as 1 Shawwal.)

A lunar month has 29 or 30 days, never more or less. If an override would
give the month before it another length (e.g. Ramadan announced a day later
than Umm al-Qura when Umm al-Qura's Sha'ban already has 30 days, making
Sha'ban 31 days), the data is incomplete: the authority must have started
the earlier month late too. We refuse to invent a 31-day month and raise
ValueError naming the month whose start should also be entered.
:func:`validate_overrides` performs exactly these checks, for form cleaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import MappingProxyType

from hijridate import Gregorian, Hijri

from .digits import LATIN, to_digits

HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)

# hijridate's Umm al-Qura table covers 1 Muharram 1343 (1924-08-01) to
# 30 Dhu al-Hijja 1500 (2077-11-16). Months are numbered year * 12 + month - 1
# so that "next month" is simply + 1 across year boundaries.
_FIRST_YEAR, _LAST_YEAR = 1343, 1500
_FIRST = _FIRST_YEAR * 12
_LAST = _LAST_YEAR * 12 + 11
_LEGAL_LENGTHS = (29, 30)

Overrides = Mapping[tuple[int, int], date]


@dataclass(frozen=True)
class HijriDate:
    """A Hijri calendar date; ``month`` is 1 (Muharram) to 12 (Dhu al-Hijja)."""

    year: int
    month: int
    day: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"Hijri month must be in 1..12, got {self.month!r}")
        if not 1 <= self.day <= 30:
            raise ValueError(f"Hijri day must be in 1..30, got {self.day!r}")

    @property
    def month_name(self) -> str:
        return HIJRI_MONTHS[self.month - 1]


def _label(index: int) -> str:
    """Human-readable month for error messages, e.g. «رمضان 1446» (9/1446)."""
    year, month = divmod(index, 12)
    return f"{HIJRI_MONTHS[month]} {year} ({month + 1}/{year})"


@lru_cache(maxsize=4096)
def _uq_start(index: int) -> date:
    """Gregorian date of day 1 of month ``index`` according to Umm al-Qura.

    ``_LAST + 1`` (Muharram 1501) is allowed: it is the day after the table
    ends and is needed to know how long the final month is.
    """
    if index == _LAST + 1:
        return _uq_start(_LAST) + timedelta(days=Hijri(_LAST_YEAR, 12, 1).month_length())
    if not _FIRST <= index <= _LAST:
        raise ValueError(f"Hijri month {index % 12 + 1}/{index // 12} is outside {_FIRST_YEAR}-{_LAST_YEAR}")
    g = Hijri(index // 12, index % 12 + 1, 1).to_gregorian()
    return date(g.year, g.month, g.day)


def _uq_length(index: int) -> int:
    return (_uq_start(index + 1) - _uq_start(index)).days


def _normalise(overrides: Overrides) -> tuple[tuple[int, date], ...]:
    """Validate override keys/values and return a hashable, sorted form."""
    items = []
    for key, start in overrides.items():
        if not (isinstance(key, tuple) and len(key) == 2 and all(isinstance(p, int) for p in key)):
            raise ValueError(f"override key must be (hijri_year, hijri_month), got {key!r}")
        year, month = key
        if not 1 <= month <= 12:
            raise ValueError(f"override month must be in 1..12, got {key!r}")
        if not _FIRST_YEAR <= year <= _LAST_YEAR:
            raise ValueError(f"override year must be in {_FIRST_YEAR}..{_LAST_YEAR}, got {key!r}")
        if isinstance(start, datetime) or not isinstance(start, date):
            raise ValueError(f"override for {key!r} must be a date (not a datetime), got {start!r}")
        items.append((year * 12 + month - 1, start))
    return tuple(sorted(items))


def _absorb(shift: int, length: int) -> int:
    """Move ``shift`` one day toward 0 if the month (Umm al-Qura ``length``) stays legal."""
    if shift == 0:
        return 0
    step = 1 if shift > 0 else -1
    return shift - step if length - step in _LEGAL_LENGTHS else shift


@lru_cache(maxsize=64)
def _shifts(anchors: tuple[tuple[int, date], ...]) -> Mapping[int, int]:
    """Per-month shift (days vs Umm al-Qura), only for months where it is non-zero.

    See the module docstring for the rules. Cached per distinct override set
    because the same site settings are applied to every date on every page;
    the result is read-only because it is shared between callers.
    """
    shifts: dict[int, int] = {}
    if not anchors:
        return MappingProxyType(shifts)
    announced = dict(anchors)
    last_anchor = anchors[-1][0]
    index = anchors[0][0]
    prev_shift, prev_announced = 0, False
    while index <= _LAST + 1:
        if index in announced:
            shift = (announced[index] - _uq_start(index)).days
            if index > _FIRST:
                length = _uq_length(index - 1) + shift - prev_shift
                if length not in _LEGAL_LENGTHS:
                    raise ValueError(
                        f"override for {_label(index)} starting {announced[index].isoformat()} would make "
                        f"{_label(index - 1)} {length} days long; a Hijri month has 29 or 30 days "
                        f"(also enter the announced start of {_label(index - 1)}, or check the date)"
                    )
        elif prev_announced:
            shift = prev_shift
        else:
            shift = _absorb(prev_shift, _uq_length(index - 1))
        if shift:
            shifts[index] = shift
        elif index >= last_anchor:
            break
        prev_shift, prev_announced = shift, index in announced
        index += 1
    return MappingProxyType(shifts)


def validate_overrides(overrides: Overrides) -> None:
    """Raise ValueError if ``overrides`` is malformed or implies an illegal month.

    Meant for form/model ``clean()`` so editors see the problem when saving,
    instead of every page that shows a Hijri date failing later.
    """
    _shifts(_normalise(overrides))


def to_hijri(d: date, overrides: Overrides | None = None) -> HijriDate:
    """Hijri date of the Gregorian day ``d`` (Umm al-Qura, corrected by ``overrides``).

    ``overrides`` maps ``(hijri_year, hijri_month)`` int tuples to the plain
    Gregorian ``date`` announced as day 1 of that month (convert JSON/string
    keys before calling).

    ``d`` must be a plain ``date``: a datetime's Hijri day depends on the
    edition's zone, so convert it to a local date first. Raises ValueError
    outside 1924-08-01..2077-11-16 (hijridate's Umm al-Qura table).
    """
    if isinstance(d, datetime) or not isinstance(d, date):
        raise TypeError(f"to_hijri() needs a date (convert datetimes to the local date), got {d!r}")
    shifts = _shifts(_normalise(overrides)) if overrides else {}
    try:
        uq = Gregorian(d.year, d.month, d.day).to_hijri()
    except OverflowError as exc:
        raise ValueError(
            f"{d.isoformat()} is outside the Umm al-Qura range supported by hijridate "
            f"(1924-08-01..2077-11-16): {exc}"
        ) from exc
    if not shifts:
        return HijriDate(uq.year, uq.month, uq.day)

    def start(index: int) -> date:
        return _uq_start(index) + timedelta(days=shifts.get(index, 0))

    index = uq.year * 12 + uq.month - 1
    while start(index) > d:
        if index == _FIRST:
            raise ValueError(f"{d.isoformat()} falls before {_label(_FIRST)} once overrides are applied")
        index -= 1
    while index < _LAST + 1 and start(index + 1) <= d:
        index += 1
    if index > _LAST:
        raise ValueError(f"{d.isoformat()} falls after {_label(_LAST)} once overrides are applied")
    year, month = divmod(index, 12)
    return HijriDate(year, month + 1, (d - start(index)).days + 1)


def format_hijri(h: HijriDate, digits: str = LATIN) -> str:
    """«18 جمادى الآخرة 1447 هـ» (day not padded), digits per the edition."""
    return to_digits(f"{h.day} {HIJRI_MONTHS[h.month - 1]} {h.year} هـ", digits)
