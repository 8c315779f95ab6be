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
from functools import lru_cache

from .normalize import normalize, strip_marks
from .screening_latin import collapse
from .stopwords import is_stopword
from .wordlist import band, known

__all__ = ["bare_glued_readings", "glued_readings", "masked_arabic_tokens", "masked_match", "unmasked_text",
           "word_of_its_own"]

_MIN_PART = 2  # letters the neighbour word keeps at least (عن، ما، كل)
_MIN_GLUED = 4  # letters an insult glued to a word without an article or «and» keeps at least (نتن is too short)
_MIN_GLUED_NEIGHBOUR = 3  # … and its neighbour (هذا، انت، صار، ساكت; not «بس»)
_MIN_SHORT_GLUED = 3  # … or after a stop-word («انتجلف»), or before a common word of four letters («رخمكبير»)
_COMMON_NEIGHBOUR_BAND = 500  # how common (word-list band) that word must be
_MASKED_RE = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+(?:\*{1,2}[\u0621-\u064a\u0640\u064b-\u0652]+)+")


def word_of_its_own(part: str, least: int = _MIN_PART) -> bool:
    """Is ``part`` (of a glued token) a word of its own: a stop-word or a word the list knows, of ``least`` letters?"""
    bare = strip_marks(part)
    return len(bare) >= least and (is_stopword(bare) or known(normalize(bare)))


def glued_readings(token: str) -> list[str]:
    """The insult a token may hold glued to a neighbour word: from an inner «ال» on, or up to an inner «و»."""
    word = strip_marks(token)
    out = []
    at = word.find("ال", _MIN_PART)
    while at != -1:
        if len(word) - at >= 5 and word_of_its_own(word[:at]):
            out.append(word[at:])
        at = word.find("ال", at + 1)
    at = word.find("و", 3)
    while at != -1:
        if len(word) - at > _MIN_PART and word_of_its_own(word[at + 1:]):
            out.append(word[:at])
        at = word.find("و", at + 1)
    return out


@lru_cache(maxsize=50_000)  # a comment repeats its words; the answer depends on the token alone
def bare_glued_readings(token: str) -> tuple[str, ...]:
    """«اسكتمسعور»، «هذاجرثومة»: an insult glued to the word before without an article; «مخرفساكت»: to the word
    after without «and». The part is compared as it is written (no clitic or pronoun read off it: «مجموعاتهم» is
    no «مجمو» + «وعاتهم»), and only in a token the list does not know, with or without its article («تقبيح»،
    «التحقير» hold no «قبيح»، «حقير»)."""
    word = strip_marks(token)
    folded = normalize(word)
    if len(word) < 6 or known(folded) or known(folded.removeprefix("ال")):
        return ()
    before = [word[at:] for at in range(_MIN_PART, len(word) - _MIN_SHORT_GLUED + 1)
              if not word.startswith("ال") and _neighbour_before(word[:at], len(word) - at)]
    return tuple(before + [word[:at] for at in range(_MIN_SHORT_GLUED, len(word) - _MIN_GLUED_NEIGHBOUR + 1)
                           if _neighbour_after(word[at:], at)])


def _neighbour_after(part: str, glued: int) -> bool:
    """Is ``part`` a word an insult of ``glued`` letters may be glued before: a word of three letters or more the
    list knows (a four-letter insult at least), or a common one of four («رخمكبير»; «عاهدنا» is no «عاه» + «دنا»,
    «إعمارها» no «إعم» + «ارها»)."""
    if glued >= _MIN_GLUED:
        return word_of_its_own(part, _MIN_GLUED_NEIGHBOUR)
    bare = normalize(strip_marks(part))
    return len(bare) >= _MIN_GLUED and known(bare) and band(bare) < _COMMON_NEIGHBOUR_BAND


def _neighbour_before(part: str, glued: int) -> bool:
    """Is ``part`` a word an insult of ``glued`` letters may be glued behind: a word of three letters or more (a
    four-letter insult at least), or a pronoun or other stop-word («هو»، «بس»، «انت»، «يعني»: «هونسناس»، «انتجلف»)?"""
    bare = strip_marks(part)
    if is_stopword(bare) and len(bare) >= _MIN_PART:
        return True
    return glued >= _MIN_GLUED and word_of_its_own(part, _MIN_GLUED_NEIGHBOUR)


def masked_arabic_tokens(text: str) -> list[str]:
    """Arabic words with a letter or two starred out: «خ*اف», «ج**وسة» (at least three letters shown), and a word
    of three letters whose middle one is starred out, «ر*م» (no word of the text is written so but to hide it)."""
    out = []
    for m in _MASKED_RE.finditer(text):
        shown = len(strip_marks(m.group(0)).replace("*", ""))
        if shown >= 3 and m.group(0).count("*") <= 2 or shown == 2 and len(strip_marks(m.group(0))) == 3:
            out.append(m.group(0))
    return out


def masked_match(token: str, forms: Iterable[str]) -> str | None:
    """The form a starred word stands for: each star one letter, the letters shown as written (folded, a doubled
    letter once, as the forms are), after a prefix or before a pronoun: «الحيز*ون»، «لل*ويبضة»، «ببغا*تهم»."""
    word = normalize(strip_marks(token))
    first, last = word.index("*"), word.rindex("*")
    candidates = {word[len(p):] for p in _MASK_PREFIXES if word.startswith(p) and first - len(p) >= 0}
    candidates |= {c[: -len(s)] for c in set(candidates) for s in _MASK_SUFFIXES
                   if s and c.endswith(s) and len(c) - len(s) > last - (len(word) - len(c))}
    forms = list(forms)
    for candidate in candidates:
        pieces = [collapse(piece) for piece in candidate.split("*")]
        if sum(map(len, pieces)) < 2 or not candidate.strip("*"):
            continue
        pattern = re.compile(".".join(re.escape(piece) for piece in pieces))
        length = sum(len(piece) for piece in pieces) + candidate.count("*")
        for form in forms:
            if len(form) == length and pattern.fullmatch(form):
                return form
    return None


_MASK_PREFIXES = ("", "ال", "لل", "يا", "و", "ف", "ب", "ل", "ك", "هال", "وال", "بال", "فال", "كال")
_MASK_SUFFIXES = ("", "ه", "ها", "هم", "كم", "ك", "ي", "ته", "تها", "تهم", "ات", "ين", "ون")


def unmasked_text(text: str, spellings: Iterable[str]) -> str:
    """``text`` with each starred word that stands for one of ``spellings`` written out (a phrase's words)."""
    spellings = list(spellings)
    for masked in masked_arabic_tokens(text):
        if (spelling := masked_match(masked, spellings)) is not None:
            text = text.replace(masked, spelling)
    return text
