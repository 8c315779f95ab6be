"""The twelve signs (الأبراج): Arabic names and tropical date ranges, as data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Sign:
    slug: str
    name_ar: str
    start: tuple[int, int]  # (month, day), inclusive
    end: tuple[int, int]  # (month, day), inclusive
    symbol: str

    @property
    def title(self) -> str:
        return f"برج {self.name_ar}"


SIGNS: tuple[Sign, ...] = (
    Sign("aries", "الحمل", (3, 21), (4, 19), "♈"),
    Sign("taurus", "الثور", (4, 20), (5, 20), "♉"),
    Sign("gemini", "الجوزاء", (5, 21), (6, 20), "♊"),
    Sign("cancer", "السرطان", (6, 21), (7, 22), "♋"),
    Sign("leo", "الأسد", (7, 23), (8, 22), "♌"),
    Sign("virgo", "العذراء", (8, 23), (9, 22), "♍"),
    Sign("libra", "الميزان", (9, 23), (10, 22), "♎"),
    Sign("scorpio", "العقرب", (10, 23), (11, 21), "♏"),
    Sign("sagittarius", "القوس", (11, 22), (12, 21), "♐"),
    Sign("capricorn", "الجدي", (12, 22), (1, 19), "♑"),
    Sign("aquarius", "الدلو", (1, 20), (2, 18), "♒"),
    Sign("pisces", "الحوت", (2, 19), (3, 20), "♓"),
)
BY_SLUG = {s.slug: s for s in SIGNS}
SIGN_CHOICES = [(s.slug, s.name_ar) for s in SIGNS]


def sign_for(month: int, day: int) -> Sign:
    """The sign of a birthday; ValueError for a day that no calendar has (29 Feb is fine)."""
    date(2000, month, day)  # leap year: validates month and day, accepts 29 February
    for sign in SIGNS:
        if sign.start <= sign.end:
            if sign.start <= (month, day) <= sign.end:
                return sign
        elif (month, day) >= sign.start or (month, day) <= sign.end:
            return sign
    raise ValueError("no sign")  # pragma: no cover - the ranges cover the year


def sign_of_the_day(day: date) -> Sign:
    """A different sign highlighted each day, the same for every reader."""
    return SIGNS[day.toordinal() % len(SIGNS)]
