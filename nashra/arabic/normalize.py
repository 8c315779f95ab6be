"""Letter folding and tokenisation for Arabic search (BRIEF §6).

Readers type the same word many ways: with or without hamza (أحمد/احمد), ى or ي,
ة or ه, with harakat or tatweel, with Arabic-Indic or Latin digits. Folding maps
every spelling of a word to one form, at index time and at query time alike.

Folding rules (``normalize``):

* hamza/alef forms أ إ آ ٱ (and the rare wavy-hamza alefs) → ا
* alef maqsura ى → ي (and Persian ی, Urdu ے → ي; Persian ک گ → ك, پ → ب, چ → ج,
  ژ → ز, Maghrebi ڤ → ف and ڨ → ق, so copied Persian/Maghrebi text folds too)
* taa marbuta ة → ه
* hamza on a seat, ؤ and ئ → bare hamza ء. The seat depends on the surrounding vowels and
  writers disagree (مسؤول/مسئول, شؤون/شئون), so both seats fold to one letter. Folding
  ؤ → و and ئ → ي instead would keep مسؤول (مسوول) and مسئول (مسيول) apart.
* harakat U+064B–U+065F, superscript alef U+0670 and Quranic annotation marks are removed
* tatweel U+0640 is removed
* Arabic-Indic ٠–٩ and Persian ۰–۹ digits → 0–9
* bidi controls and zero-width characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069,
  U+FEFF, soft hyphen, Arabic letter mark) are removed
* presentation forms (ﻻ, ﺍﻟ…) are decomposed with NFKC; Latin is casefolded

``tokenize`` finds words in the *original* text and keeps their offsets, so a search
page can highlight the reader's words as they were written. Harakat, tatweel and
zero-width characters inside a word belong to the word; punctuation (Arabic ، ؛ ؟ « »
included), quotes, spaces and symbols separate words. An Arabic letter next to a
digit or a Latin letter also starts a new word («٢٠٢٤م» → «٢٠٢٤», «م»).

Pure Python, no Django.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

__all__ = [
    "Token", "normalize", "fold_word", "strip_marks", "tokenize", "iter_words", "SAFE_TERM_RE",
    "UNSAFE_TERM_CHARS_RE", "word_pattern", "finish_stem",
]

# Characters that never separate words but carry no letter: harakat, Quranic marks,
# tatweel, and invisible formatting characters.
HARAKAT = "\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08ff"
TATWEEL = "\u0640"
INVISIBLE = "\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"

# Arabic letters as they may appear in text (base block, supplements, presentation forms
# except the ornate parentheses ﴾﴿ and the multi-word ligatures ﷺ ﷻ, which are symbols).
_AR_LETTERS = (
    "\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufd3d\ufd50-\ufdf9\ufe70-\ufefc"
)
# Latin letters (with accents) and digits of the three systems.
_OTHER_CHARS = "0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0660-\u0669\u06f0-\u06f9"
_LATIN_MARKS = "\u0300-\u036f"

_WORD_RE = re.compile(
    rf"([{_AR_LETTERS}](?:[{_AR_LETTERS}{HARAKAT}{TATWEEL}]|[{INVISIBLE}]+(?=[{_AR_LETTERS}{HARAKAT}{TATWEEL}]))*)"
    rf"|([{_OTHER_CHARS}](?:[{_OTHER_CHARS}{_LATIN_MARKS}]|[{INVISIBLE}]+(?=[{_OTHER_CHARS}{_LATIN_MARKS}]))*)"
)
# The same words when the text holds no invisible character (nearly always): without the
# lookahead alternatives the regex engine runs about 1.6× faster over an article body.
_PLAIN_WORD_RE = re.compile(
    rf"([{_AR_LETTERS}][{_AR_LETTERS}{HARAKAT}{TATWEEL}]*)|([{_OTHER_CHARS}][{_OTHER_CHARS}{_LATIN_MARKS}]*)"
)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def word_pattern(text: str) -> re.Pattern:
    """The word regex for ``text``: groups (Arabic word, other word); both choices find the same words."""
    return _WORD_RE if _INVISIBLE_RE.search(text) else _PLAIN_WORD_RE

_ACCENTED_RE = re.compile("[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]+")

# What a search term may contain once folded: plain digits, lowercase ASCII letters and
# the Arabic letters ء..ي (U+0621–U+064A without ة, tatweel and the rare U+063B–U+063F,
# which folding removes). Anything else (quotes, *, :, parentheses, NEAR's capitals,
# other scripts) never reaches SQLite FTS5 or PostgreSQL to_tsquery.
_SAFE_CHARS = "0-9a-z\u0621-\u0628\u062a-\u063a\u0641-\u064a"
SAFE_TERM_RE = re.compile(f"[{_SAFE_CHARS}]+")
UNSAFE_TERM_CHARS_RE = re.compile(f"[^{_SAFE_CHARS}]+")


def finish_stem(stem: str) -> str:
    """Final folding of a stem: ة → ه, and nothing outside [0-9a-z ء-ي] survives."""
    if "ة" in stem:
        stem = stem.replace("ة", "ه")
    return stem if SAFE_TERM_RE.fullmatch(stem) else UNSAFE_TERM_CHARS_RE.sub("", stem)


def _table(pairs: dict[str, str], delete: str) -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(k): v for k, v in pairs.items()}
    for ch in delete:
        table[ord(ch)] = None
    return table


def _expand(ranges: str) -> str:
    """Turn a regex character-class body like ``a-cx`` into the string ``abcx``."""
    out, i = [], 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(ranges[i]), ord(ranges[i + 2]) + 1))
            i += 3
        else:
            out.append(ranges[i])
            i += 1
    return "".join(out)


_MARKS = _expand(HARAKAT) + TATWEEL + _expand(INVISIBLE)
_LETTER_FOLDS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ے": "ي", "ٸ": "ي",
    "ؤ": "ء", "ئ": "ء", "ٶ": "ء", "ٷ": "ء",
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڭ": "ك",
    "پ": "ب", "ٮ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڡ": "ف", "ڨ": "ق", "ٯ": "ق", "ں": "ن",
    "ہ": "ه", "ھ": "ه", "ە": "ه", "ۀ": "ه", "ۃ": "ة",
}
_DIGITS = {d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")} | {d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")}

# Marks only: used for the stop-word check, which must see «على» and «علي» apart.
_STRIP_MARKS = _table({}, _MARKS)
# Everything except ة → ه: the stemmer still needs to know a written ة from a pronoun ه.
_FOLD_KEEP_TAA = _table(_LETTER_FOLDS | _DIGITS, _MARKS)
_FOLD = _table(_LETTER_FOLDS | _DIGITS | {"ة": "ه", "ۃ": "ه"}, _MARKS)  # (ۃ, Urdu's ة, folds on to ه like ة)


def _decompose_presentation(text: str) -> str:
    if _PRESENTATION_RE.search(text) is None:
        return text
    return _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _fold_latin(text: str) -> str:
    """Casefold, and drop accents from Latin letters (café → cafe); other text is unchanged."""
    text = text.casefold()
    if _ACCENTED_RE.search(text) is None:
        return text
    return _ACCENTED_RE.sub(_strip_accents, text)


def _strip_accents(m: re.Match[str]) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", m.group()) if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Fold ``text`` for search: letters, digits, marks and invisible characters (see module doc).

    Spaces and punctuation are kept, so the result can still be tokenised; offsets
    are *not* preserved (use :func:`tokenize` for that).
    """
    return _fold_latin(_decompose_presentation(text).translate(_FOLD))


def strip_marks(word: str) -> str:
    """Remove harakat, tatweel and invisible characters only; letters stay as written.

    This is the form stop-words are matched on: «عَلَى» → «على» (a stop-word) while
    «علي» (a name) stays a different string.
    """
    return _decompose_presentation(word).translate(_STRIP_MARKS)


def fold_word(word: str, keep_taa: bool = False) -> str:
    """Fold one word; with ``keep_taa`` a written ة stays ة (the stemmer's input form)."""
    folded = _decompose_presentation(word).translate(_FOLD_KEEP_TAA if keep_taa else _FOLD)
    return folded.lower() if folded.isascii() else _fold_latin(folded)


class Token(NamedTuple):
    """A word of the original text.

    ``original`` is the substring as written (harakat, tatweel and all), ``start`` and
    ``end`` are its offsets in the text (``text[start:end] == original``), ``norm`` its
    folded form and ``arabic`` whether it is an Arabic-script word (else Latin or digits).
    """

    original: str
    start: int
    end: int
    norm: str
    arabic: bool


def iter_words(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """Yield ``(original, start, end, arabic)`` for every word of ``text``."""
    for m in word_pattern(text).finditer(text):
        yield m.group(), m.start(), m.end(), m.lastindex == 1


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words with their offsets and folded forms (see module doc)."""
    tokens = []
    for original, start, end, arabic in iter_words(text):
        norm = fold_word(original)
        if norm:
            tokens.append(Token(original, start, end, norm, arabic))
    return tokens
