"""Text forms shared by the page rules: cleaned lines, folded matching form, headline keys.

Pure Python: nothing here imports Django.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nashra.arabic.digits import to_latin_digits

HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                       **{c: None for c in HARAKAT}})
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
WORD = re.compile(r"[^\W_]+")
DASHES = "-–—‐‑−"
TATWEEL = "ـ"


def clean_line(text: str) -> str:
    """Invisible marks out, every run of whitespace (NBSP included) one space."""
    return " ".join(_INVISIBLE.sub("", text).split())


@lru_cache(maxsize=1 << 16)  # every rule folds the same lines again
def fold(text: str) -> str:
    """Matching form: Latin digits, one alef, ي for ى, ه for ة, no harakat or tatweel, lower case."""
    return " ".join(to_latin_digits(text).translate(FOLD).lower().split())


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Comparison form of a headline: folded words only, no quotes or punctuation."""
    return " ".join(WORD.findall(fold(text)))


def words(text: str) -> int:
    """Words, not tokens: «|» and «-» between menu items do not count."""
    return len(WORD.findall(text))


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


def rx(*alternatives: str, bounded: bool = False) -> re.Pattern:
    """Compile patterns written in plain Arabic for matching :func:`fold`-ed text."""
    body = "|".join(f"(?:{' '.join(a.translate(FOLD).split())})" for a in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if bounded else body, re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!…]['\"»”’)\]]*$")
QUESTION_END = re.compile(r"[؟?]['\"»”’)\]]*$")
