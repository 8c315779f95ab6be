"""Keep the demo stories' words in step with their moved stamps.

``nashra demo`` moves every story forward by whole days so the newest is from today. The texts were
written for their original dates: «حظك اليوم برج الأسد الثلاثاء 9 ديسمبر 2025» or «صباح السبت»
would then contradict the stamp beside them. Every date the text names moves by the same days:

- a written date (an optional weekday, the day, the month in Egyptian or Levantine names, an
  optional year) becomes the moved date, in the same month names, with its weekday recomputed;
- a weekday named alone («صباح السبت») names a day a few days from the story, so it turns by the
  same number of days (modulo seven) and stays the same distance from the stamp.

Pure Python (no Django), like the Arabic core it reads its names from.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from nashra.arabic.dates import EGYPTIAN, LEVANTINE, month_name, weekday_name

_WEEKDAYS = tuple(weekday_name(date(2024, 1, 1) + timedelta(days=i)) for i in range(7))  # Monday first
_WEEKDAY_SPELLINGS = {name: i for i, name in enumerate(_WEEKDAYS)} | {"الإثنين": 0}
_MONTHS = {month_name(m, style): (m, style) for style in (EGYPTIAN, LEVANTINE) for m in range(1, 13)}


def _alternation(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


_WEEKDAY = _alternation(_WEEKDAY_SPELLINGS)
_DATE = re.compile(
    rf"(?:(?P<weekday>{_WEEKDAY})\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_alternation(_MONTHS)})(?:\s+(?P<year>\d{{4}}))?"
)
# A weekday alone, as a word: not inside a longer word.
_LONE_WEEKDAY = re.compile(rf"(?<!\w)(?:{_WEEKDAY})(?!\w)")


def _written_date(match: re.Match, written: date) -> date | None:
    """The date a match names; its year, when not written, is the one nearest the story's date."""
    month, _style = _MONTHS[match["month"]]
    day = int(match["day"])
    years = [int(match["year"])] if match["year"] else [written.year - 1, written.year, written.year + 1]
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - written).days), default=None)


def redate_text(text: str, written: date, days: int) -> str:
    """``text`` of a story written on ``written``, with every date it names moved by ``days``."""
    if not days or not text:
        return text
    pieces = []
    position = 0
    for match in _DATE.finditer(text):
        named = _written_date(match, written)
        if named is None:  # «31 فبراير»: not a date, left as written
            continue
        moved = named + timedelta(days=days)
        _month, style = _MONTHS[match["month"]]
        words = [weekday_name(moved)] if match["weekday"] else []
        words += [str(moved.day), month_name(moved.month, style)]
        if match["year"]:
            words.append(str(moved.year))
        pieces.append(_turn_weekdays(text[position:match.start()], days))
        pieces.append(" ".join(words))
        position = match.end()
    pieces.append(_turn_weekdays(text[position:], days))
    return "".join(pieces)


def _turn_weekdays(text: str, days: int) -> str:
    return _LONE_WEEKDAY.sub(lambda m: _WEEKDAYS[(_WEEKDAY_SPELLINGS[m[0]] + days) % 7], text)


_NOT_PROSE = frozenset({"external_id", "section", "published_at", "path", "slug", "tags", "author"})


def redate_record(record: dict, written: date, days: int) -> dict:
    """The story ``record`` with the dates named in its prose (title, subtitle, body, captions)
    moved by ``days``; ids, slugs, paths and stamps are left to the caller."""

    def walk(value, key=None):
        if key in _NOT_PROSE:
            return value
        if isinstance(value, str):
            return redate_text(value, written, days)
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    return walk(record)
