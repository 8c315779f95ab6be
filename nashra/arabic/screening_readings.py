"""How an Arabic token of a comment may be read (for nashra.arabic.screening): Latin letters and digits inside
it as the Arabic letters they look like or stand for in Arabizi (حmار، ح2ير), symbols and punctuation typed to split
it (ق!ز!م، مس؛خر؟ة), a dotless ٮ for any of its dotted letters, a hamza seat typed as ي. Pure Python, no Django.
"""

from __future__ import annotations

import re

from .normalize import normalize
from .screening_latin import collapse

__all__ = ["arabic_readings", "dotless_reading", "loose", "rasm", "skeletons", "PUNCT_BETWEEN_RE"]

_MAX_READINGS = 32

# What a Latin letter or digit inside an Arabic word may stand for: a look-alike or its Arabizi sound.
_MIXED_READINGS = {
    "0": "هو", "1": "ا", "2": "ءقا", "3": "ع", "5": "خه", "6": "ط", "7": "ح", "8": "غق", "9": "قصو",
    "|": "ا", "!": "ا", "a": "ا", "b": "ب", "d": "د", "e": "ي", "f": "ف", "g": "جغ", "h": "هح", "i": "اي",
    "j": "ج", "k": "ك", "l": "ال", "m": "م", "n": "ن", "o": "هو", "q": "ق", "r": "ر", "s": "سص", "t": "تط",
    "u": "و", "w": "و", "x": "خ", "y": "ي", "z": "زظ", "ɛ": "ع",  # (ɛ, Latin open e, drawn as ع: صɛلوك)
}
_MIXED_DIGRAPHS = {"sh": "ش", "kh": "خ", "gh": "غ", "th": "ث"}


# Symbols typed between two Arabic letters to split a word.
_SYMBOLS_BETWEEN_RE = re.compile(r"(?<=[\u0621-\u064a\u0640])[!&%^~@$]+(?=[\u0621-\u064a])")
# Punctuation typed between two Arabic letters to split a word (read as a further variant of the text).
PUNCT_BETWEEN_RE = re.compile("(?<=[\u0621-\u064a])['’؛؟،.,;:?|/\\~^_-]+(?=[\u0621-\u064a])")
# One or two Latin letters typed inside an Arabic word to break it up (جzرثومة، منkدسه), read as nothing too.
_LATIN_INSIDE_RE = re.compile("(?<=[\u0621-\u064a])[a-z]{1,2}(?=[\u0621-\u064a])", re.IGNORECASE)
# A hamza on أ or إ inside a word before ي, where ئ belongs (لأيم، لإيم).
_SEAT_MOVED_RE = re.compile("(?<=[\u0621-\u064a])(?<!ال)[أإ](?=ي)")  # (not after the article: الإيمان)


def loose(word: str) -> str | None:
    """A hamza seat written as ي («خاين», «خاءن» → one key). None where that ي would stand beside another:
    «لييم» (لئيم) is read back to its hamza by :func:`arabic_readings`, and once collapsed it would be «ليم»,
    a word of its own inside «وليمة» (a feast)."""
    seated = word.replace("ء", "ي")
    return None if "يي" in seated else collapse(seated)


def arabic_readings(token: str) -> set[str]:
    """Folded spellings of an Arabic word that may hold Latin letters or digits (| between letters: ز|م|ا|ل)."""
    if "|" in token:  # a look-alike of ا (زب|لة), or a stroke between letters (ز|م|ا|ل)
        return arabic_readings(token.replace("|", "l")) | arabic_readings(token.replace("|", ""))
    if _SYMBOLS_BETWEEN_RE.search(token):  # ق!ز!م، ن%ع%ج%ة
        return arabic_readings(_SYMBOLS_BETWEEN_RE.sub("", token))
    if "\u066e" in token:  # a dotless ٮ stands for any of its dotted letters (شىاٮ: شيات)
        return set().union(*(arabic_readings(token.replace("\u066e", letter)) for letter in "بتثني"))
    word = normalize(token)
    out = _mixed_readings(word)
    if _LATIN_INSIDE_RE.search(word):  # «جzرثومة»: a Latin letter typed in as noise, not as the letter it looks like
        out |= _mixed_readings(_LATIN_INSIDE_RE.sub("", word))
    if len(word) >= 3 and word[-1] == "ء" and word[-2] not in "ايوء":
        out |= _mixed_readings(word[:-1] + "يء")  # «دنئ»: the ي of «دنيء» merged into the hamza's seat
    if _SEAT_MOVED_RE.search(token):  # «لأيم» for «لئيم»: the hamza on the wrong seat, folded to ا
        out |= _mixed_readings(normalize(_SEAT_MOVED_RE.sub("ئ", token)))
    return out


def _mixed_readings(word: str) -> set[str]:
    if sum(c.isdigit() for c in word) * 2 > len(word):
        return {collapse(word)}  # a number with a unit («2025م»), not a word with Arabizi digits
    if "يي" in word:  # «لييم», «بذيين»: a hamza seat typed as ي beside the word's own ي (لئيم، بذيئين)
        return (_mixed_readings(word.replace("يي", "ءي")) | _mixed_readings(word.replace("يي", "يء"))
                | _mixed_readings(word.replace("يي", "ي")))
    for latin, arabic in _MIXED_DIGRAPHS.items():
        word = word.replace(latin, arabic)
    readings = [""]
    for ch in word:
        options = _MIXED_READINGS.get(ch, ch)
        readings = [r + o for r in readings for o in options][:_MAX_READINGS]
    out = {collapse(r) for r in readings if r}
    # A leading 2 is the hamza of «أ» («2هبل» for «أهبل»), folded to ا.
    return out | {"ا" + r[1:] for r in out if r.startswith("ء")}


# Letters written without their dots: one dotted letter for each (ٮ ب، ڡ ف، ٯ ق، ں ن), then one per skeleton.
_UNDOTTED = str.maketrans({"\u066e": "ب", "\u06a1": "ف", "\u066f": "ق", "\u06ba": "ن"})
_SKELETON = str.maketrans({"ت": "ب", "ث": "ب", "ن": "ب", "ي": "ب", "ى": "ب", "ئ": "ب", "ج": "ح", "خ": "ح",
                           "ذ": "د", "ز": "ر", "ش": "س", "ض": "ص", "ظ": "ط", "غ": "ع", "ق": "ف", "ة": "ه"})
_DOTLESS_RE = re.compile("[\u066e\u06a1\u066f\u06ba]")


def dotless_reading(token: str) -> str | None:
    """The folded word of a token written without dots («ٮٮعاء»، «حرٮومه»، «محرڡه»: a dotless ٮ, ڡ, ٯ or ں; not a ى,
    which ends many a word glued to the next), each dotless letter given one of its dotted ones; None for a word
    written with its dots.
    Compare :func:`rasm` of it, not the word itself: the writer left out the other letters' dots too (ح for خ)."""
    if not _DOTLESS_RE.search(token):
        return None
    return normalize(token.translate(_UNDOTTED).replace("\u0649", "ي"))


def rasm(word: str) -> str:
    """A folded word's skeleton, its letters without dots: «جرثومه» and «حرٮومه» are both «حربومه»."""
    return collapse(word.translate(_SKELETON))


def skeletons(forms: dict[str, str]) -> dict[str, str]:
    """:func:`rasm` of each folded form of four letters or more → its entry (shorter skeletons match too much)."""
    out: dict[str, str] = {}
    for form, entry in forms.items():
        if len(form) >= 4:
            out.setdefault(rasm(form), entry)
    return out
