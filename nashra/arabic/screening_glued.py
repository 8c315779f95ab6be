"""Insults hidden by gluing them to a neighbour word or by starring a letter out (for nashra.arabic.screening).

- Glued to the word before, with its article: «عنالشفار», «هذاالزعطوط», «علىالمتأسلم» — the reading from the
  article on, when what comes before it is a word of its own (a stop-word or a word the list knows).
- Glued to the word after by its «and»: «بومةولازم», «صعلوكوما» — the reading before the و, when what follows
  it is a word of its own.
- A letter or two starred out: «خ*اف», «ج**وسة», «صع*وك» — each star one letter of an entry's form, at least three
  letters shown.

Pure Python, no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .normalize import normalize, strip_marks
from .stopwords import is_stopword
from .wordlist import known

__all__ = ["glued_readings", "masked_arabic_tokens", "masked_match"]

_MIN_PART = 2  # letters the neighbour word keeps at least (عن، ما، كل)
_MASKED_RE = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+(?:\*{1,2}[\u0621-\u064a\u0640\u064b-\u0652]+)+")


def _word_of_its_own(part: str) -> bool:
    bare = strip_marks(part)
    return len(bare) >= _MIN_PART and (is_stopword(bare) or known(normalize(bare)))


def glued_readings(token: str) -> list[str]:
    """The insult a token may hold glued to a neighbour word: from an inner «ال» on, or up to an inner «و»."""
    word = strip_marks(token)
    out = []
    at = word.find("ال", _MIN_PART)
    while at != -1:
        if len(word) - at >= 5 and _word_of_its_own(word[:at]):
            out.append(word[at:])
        at = word.find("ال", at + 1)
    at = word.find("و", 3)
    while at != -1:
        if len(word) - at > _MIN_PART and _word_of_its_own(word[at + 1:]):
            out.append(word[:at])
        at = word.find("و", at + 1)
    return out


def masked_arabic_tokens(text: str) -> list[str]:
    """Arabic words with a letter or two starred out: «خ*اف», «ج**وسة» (at least three letters shown)."""
    return [m.group(0) for m in _MASKED_RE.finditer(text)
            if len(strip_marks(m.group(0)).replace("*", "")) >= 3 and m.group(0).count("*") <= 2]


def masked_match(token: str, forms: Iterable[str]) -> str | None:
    """The form a starred word stands for: each star one letter, the letters shown as written (folded)."""
    pieces = [normalize(piece) for piece in strip_marks(token).split("*")]
    pattern = re.compile(".".join(re.escape(piece) for piece in pieces))
    length = sum(len(piece) for piece in pieces) + token.count("*")
    for form in forms:
        if len(form) == length and pattern.fullmatch(form):
            return form
    return None
