"""Date stamps of Arabic news pages → aware datetimes.

Stamps come in every shape: «الأحد 12 كانون الثاني 2025 - 10:15», «نشر في:
05 مارس 2024 - 11:20 ص», «2009/03/14», Arabic-Indic digits, Egyptian,
Levantine and Maghrebi month names side by side («كانون الأول / ديسمبر»), and
— when the text was copied from a right-to-left page — in reversed order
(«GMT 04:47 2025 الثلاثاء ,09 كانون الأول / ديسمبر»). :func:`parse_stamp` reads
the parts wherever they stand. Month names come from Babel through
:mod:`nashra.arabic.dates` (no hand-written tables to drift), plus common
spellings Babel does not list.

Pure Python: nothing here imports Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from nashra.arabic.dates import BOTH, MONTH_VALUES, month_name

from .text import SENTENCE_END, WORD, fold, rx, words

_MONTH_VARIANTS = {
    1: ("كانون ثاني", "جانفييه"), 4: ("إبريل", "ابريل"), 6: ("يونيه", "يونية"), 7: ("يوليه", "يولية"),
    8: ("اغسطس",), 10: ("تشرين أول",), 11: ("تشرين ثاني",), 12: ("كانون أول",),
}
WEEKDAYS = rx(r"(ال)?(سبت|أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة)", bounded=True)
_STAMP_WORDS = rx(r"نشر( في| بتاريخ)?", r"تاريخ النشر", r"بتاريخ", r"آخر تحديث", r"تم التحديث", r"محدث",
                  r"التحديث", r"الساعة", r"في", r"الموافق", r"يوم", r"بتوقيت( \S+)?", r"توقيت( \S+)?",
                  r"غرينتش", r"جرينتش", r"ص", r"م", r"صباحا", r"مساء", r"ظهرا", r"am", r"pm", r"gmt",
                  r"utc", r"published", r"updated", r"on", r"at", bounded=True)
_UPDATED = rx(r"آخر تحديث", r"تم التحديث", r"محدث", r"updated")
_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)\s*(ص|م|صباحا|مساء|ظهرا|am|pm)?(?!\w)")
_ZONE = re.compile(r"(?<!\w)(gmt|utc|غرينتش|جرينتش)(?:\s*([+-])(1[0-4]|0?\d)(?::?([0-5]\d))?(?![\d/.\-]))?")
_YMD = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


@lru_cache(maxsize=1)
def _months() -> tuple[re.Pattern, dict[str, int]]:
    """Every month name Babel knows for the Arabic styles, plus common spellings, → month number."""
    table: dict[str, int] = {}
    for style in MONTH_VALUES:
        if style != BOTH:
            for number in range(1, 13):
                table[fold(month_name(number, style))] = number
    for number, names in _MONTH_VARIANTS.items():
        for name in names:
            table[fold(name)] = number
    names = sorted(table, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)(?:\s*/\s*(?:{alternation})(?!\w))?")
    return pattern, table


@dataclass(frozen=True)
class Stamp:
    moment: datetime
    updated: bool = False  # «آخر تحديث …»: when the page changed, not when it was published
    has_time: bool = True


def _blank(text: str, match: re.Match) -> str:
    """``text`` with ``match`` replaced by spaces of the same length, so other positions stay valid."""
    return text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]


def parse_stamp(text: str, tz: tzinfo = UTC) -> Stamp | None:
    """Read a line that is only a date stamp (order-free: RTL copies come out reversed).

    A zone in the stamp (GMT, UTC, غرينتش, GMT+3) wins; otherwise the time is
    read in ``tz``. ``None`` when the line is not a stamp or the date is impossible.
    """
    folded = fold(text)
    if not re.search(r"\d", folded) or words(folded) > 16 or SENTENCE_END.search(folded):
        return None
    rest = folded
    hour = minute = second = 0
    if time_match := _TIME.search(rest):
        hour, minute, second = int(time_match[1]), int(time_match[2]), int(time_match[3] or 0)
        marker = (time_match[4] or "").lower()
        if marker in ("م", "مساء", "pm", "ظهرا") and hour < 12:
            hour += 12
        elif marker in ("ص", "صباحا", "am") and hour == 12:
            hour = 0
        rest = _blank(rest, time_match)
    zone = tz
    if zone_match := _ZONE.search(rest):
        offset = int(zone_match[3] or 0) * 60 + int(zone_match[4] or 0)
        zone = timezone(timedelta(minutes=-offset if zone_match[2] == "-" else offset)) if offset else UTC
        rest = _blank(rest, zone_match)
    month_rx, month_table = _months()
    if match := _YMD.search(rest):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        rest = _blank(rest, match)
    elif match := _DMY.search(rest):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
        rest = _blank(rest, match)
    else:
        month_match, year_match = month_rx.search(rest), _YEAR.search(rest)
        if not month_match or not year_match:
            return None
        month = month_table[month_match[0].split("/")[0].strip()]
        year = int(year_match[1])
        rest = _blank(_blank(rest, month_match), year_match)
        days = sorted(_DAY.finditer(rest), key=lambda d: abs(d.start() - month_match.start()))
        if not days:
            return None
        day = int(days[0][1])
        rest = _blank(rest, days[0])
    leftover = _STAMP_WORDS.sub(" ", WEEKDAYS.sub(" ", rest))
    if len(WORD.findall(leftover)) > 1:
        return None
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
    return Stamp(moment, updated=bool(_UPDATED.search(folded)), has_time=time_match is not None)
