"""Digit shaping for Arabic editions.

Editions differ in which digits they print: Egypt and the Gulf commonly use
Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩), the Maghreb and many Levantine sites use
Latin digits (0-9). Stamps are always built with Latin digits first and
converted once at the end, so every formatter shares one code path.

Input from readers and editors goes the other way: search boxes, slugs and
numeric form fields must accept Arabic-Indic and Persian (Extended Arabic-Indic)
digits, which is what :func:`to_latin_digits` is for.
"""

from __future__ import annotations

LATIN = "latin"
ARABIC_INDIC = "arabic"

_ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..U+06F9 (Extended Arabic-Indic)

_TO_ARABIC_INDIC = str.maketrans("0123456789", _ARABIC_INDIC_DIGITS)
_TO_LATIN = str.maketrans(_ARABIC_INDIC_DIGITS + _PERSIAN_DIGITS, "0123456789" * 2)

DIGIT_VALUES = (LATIN, ARABIC_INDIC)


def check_digits(digits: str) -> str:
    """Return ``digits`` if it is a known digit style, else raise ValueError.

    A misspelt style must fail loudly: silently falling back to Latin digits
    would ship a whole edition with the wrong numerals.
    """
    if digits not in DIGIT_VALUES:
        raise ValueError(f"unknown digit style {digits!r}; expected one of {DIGIT_VALUES}")
    return digits


def to_digits(text: str, digits: str) -> str:
    """Render the ASCII digits of ``text`` in the requested digit style.

    ``ARABIC_INDIC`` converts 0-9 to ٠-٩; ``LATIN`` returns ``text`` unchanged.
    Letters (``GMT``), punctuation and non-ASCII digits are left alone, so the
    function is safe to apply to a fully formatted stamp.
    """
    check_digits(digits)
    if digits == ARABIC_INDIC:
        return text.translate(_TO_ARABIC_INDIC)
    return text


def to_latin_digits(text: str) -> str:
    """Map Arabic-Indic (٠-٩) and Persian (۰-۹) digits in ``text`` to 0-9.

    Used to normalise user input before parsing numbers or matching slugs;
    everything other than those twenty code points is returned unchanged.
    """
    return text.translate(_TO_LATIN)
