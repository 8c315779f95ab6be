"""Latin-script matching for comment screening: Arabizi and English insults.

Arabizi (Arabic typed in Latin letters and digits: «7mar», «5anzeer», «7a2eer») is matched
against a pattern built from the Arabic entry letter by letter. Long vowels must be
written (ا → a, ي → i/e/y, و → o/u/w) and consonants map only to the letters Arabizi
writers use (p, v and c are English letters, so «clap» and «Caleb» are not «كلاب»/«كلب»),
with at most one short vowel between two consonants. A vowel-less skeleton, as used
before, made «hammer» and «Hamra» into «حمار».

A word written like a name (Capitalised, no digit: «Nadal», «Kurd») is not read as
Arabizi: readers type names that way, and insults in Arabizi are lower-case or carry
digits.

English entries match whole words, through leetspeak (1d10t, $tupid, b@stard), look-alike
Cyrillic/Greek letters (іdiot), repeated letters and common endings (idiots, dumbass).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "arabizi_key", "arabizi_pattern", "arabizi_phrase_pattern", "english_keys", "english_hit", "fold_confusables",
    "latin_line", "looks_like_name", "masked_english_hits",
]

# Cyrillic and Greek letters that look like Latin ones (a homoglyph attack on English words).
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ո": "n",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "ο": "o", "ι": "i", "ν": "v", "τ": "t", "κ": "k", "ρ": "p", "υ": "u", "Α": "A", "Β": "B", "Ε": "E",
    "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X",
})

_VOWEL = "[aeiou]?"
# Consonants as Arabizi writers type them (after repeated letters are collapsed).
_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "(?:th|s|t)", "ج": "(?:j|g|dj|ch)", "ح": "(?:7|h)", "خ": "(?:5|kh|7'|x)",
    "د": "d", "ذ": "(?:th|dh|z|d)", "ر": "r", "ز": "z", "س": "s", "ش": "(?:sh|ch|\\$)", "ص": "(?:9|s)",
    "ض": "(?:d|9'|dh|z)", "ط": "(?:6|t)", "ظ": "(?:6'|6|z|th|dh)", "ع": "(?:3|')", "غ": "(?:gh|3'|8)",
    "ف": "f", "ق": "(?:2|q|9|8|')", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "(?:2|'|y|e|i)",
}
# ق is also typed k or g inside a word («a7mak»); at the start k and g are far more often ك/ج or
# an English word («gather», «Kurd»).
_Q_INSIDE = "(?:2|q|9|8|g|'|k)"
_INITIAL = {"ا": "(?:2?[aeiou]|2)", "ع": "(?:3|'|a|e)", "و": "(?:w|o|u)", "ي": "(?:y|i|e)"}
# Long vowels: a doubled vowel (ee, oo, aa) is kept by :func:`arabizi_key`, so «hammer» (e) is not «حمير» (ee/i).
_MEDIAL_LONG = {"ا": "(?:aa|a|2a|a2)", "و": "(?:w|o|u|ou|oo|uu)", "ي": "(?:y|i|ee|ii|ei|ie|ey|ai|ay)"}
_FINAL_LONG = {"ا": "(?:a|aa|ah)", "و": "(?:w|o|u|ou|oo)", "ي": "(?:i|y|ee|ii|ie|iy|ey|ay)"}
_FEMININE_END = "(?:a|ah|e|eh|et|at|it)"
# An initial أو / إي: one vowel or a vowel and its glide (ontagi, awntagi; irani, eerani, ayrani).
_INITIAL_LONG = {"و": "(?:2?(?:o|u|ou|oo|aw|ow|au))", "ي": "(?:2?(?:i|ee|ii|ei|ay|ai|e))"}

_PREFIX = "(?:ya|y)?(?:w[aei]?)?(?:[aei]l|l)?"
_SUFFIX = "(?:ak|ek|ik|kom|hom|ha|o|een|in|at|s)?"


def _letters(word: str, feminine: bool) -> str:
    parts = []
    last = len(word) - 1
    skip = -1
    if len(word) >= 4 and word[0] == "ا" and word[1] in _INITIAL_LONG:
        parts.append(_INITIAL_LONG[word[1]])  # «ontagi», «irani»: an initial أو / إي typed as one vowel
        skip = 1
    for i, ch in enumerate(word):
        if i <= skip:
            if i == skip and i < last:
                parts.append(_VOWEL)
            continue
        long_vowel = ch in "اوي"
        if i == 0 and ch in _INITIAL:
            piece = _INITIAL[ch]
        elif i == last and feminine and ch == "ه":
            piece = _FEMININE_END
        elif long_vowel:
            piece = (_FINAL_LONG if i == last else _MEDIAL_LONG)[ch]
        elif ch == "ق" and i > 0:
            piece = _Q_INSIDE
        elif ch == "ء" and word[i - 1:i] == "ا" and word[i + 1:] == "ي":
            piece = _CONSONANTS[ch] + "?"  # a final ائي said ai: ghoghai (غوغائي; not mraya, a mirror: مرائية)
        elif ch == "ء" and i == last:
            # A final hamza is often not typed at all: bazee (بذيء). Inside a word it is (mashoom for مشؤوم is
            # missed): left out there, «limit» was لئيم and «idna» دنيء.
            piece = _CONSONANTS[ch] + "?"
        elif ch == "ن" and word[i + 1:i + 2] == "ب":
            piece = "(?:n|m)"  # said m before ب: tambal (تنبل)
        elif ch in _CONSONANTS:
            piece = _CONSONANTS[ch]
        else:
            return ""
        parts.append(piece)
        # A short vowel may follow any letter but alef (و and ي are also consonants: «hayawan»).
        if i < last and ch != "ا":
            parts.append(_VOWEL)
    return "".join(parts)


def arabizi_pattern(forms: dict[str, bool]) -> re.Pattern | None:
    """One regex for all folded ``forms`` of an entry (form → written with a final ة)."""
    bodies = sorted({b for form, fem in forms.items() if len(form) >= 3 and (b := _letters(form, fem))})
    if not bodies:
        return None
    return re.compile(f"{_PREFIX}(?:{'|'.join(bodies)}){_SUFFIX}")


def arabizi_phrase_pattern(parts: tuple[str, ...], heads: Iterable[str] = ()) -> re.Pattern | None:
    """A regex for a folded phrase entry (ابن الحرام) typed in Arabizi over space-joined :func:`arabizi_key`
    words: «ebn el 7aram», «ibn al7aram», «yabn el 7aram». The article may stand apart (el, al, il) or be glued;
    ``heads``: the first word's other forms (wlad el gazma, mase7in jo5)."""
    pieces = []
    for index, part in enumerate(parts):
        article = part.startswith("ال") and len(part) > 3
        words = {part[2:] if article else part} | (set(heads) if index == 0 else set())
        # A final ه is a ة as often as a root ه: gazma, gazmah, gazmet (and wesh for وجه).
        bodies = sorted({b for word in words if len(word) >= 2 for b in {_letters(word, False)}
                         | ({_letters(word, True)} if word.endswith("ه") else set())})
        if not bodies or "" in bodies:
            return None
        body = bodies[0] if len(bodies) == 1 else f"(?:{'|'.join(bodies)})"
        pieces.append(f"(?:[aei]l ?|l)?{body}" if article else body)
    return re.compile(f"(?:^| ){_PREFIX}{' ?'.join(pieces)}{_SUFFIX}(?= |$)")


def fold_confusables(text: str) -> str:
    return text.translate(_CONFUSABLES)


def collapse(word: str) -> str:
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def arabizi_key(token: str) -> str:
    """Lower-case; a repeated consonant once, a repeated vowel twice (7maaar → 7maar, hammer → hamer; y is the
    consonant ي here: dayyoos → dayoos)."""
    return _collapse_keep_vowels(token.lower())


def _collapse_keep_vowels(word: str) -> str:
    out: list[str] = []
    for ch in word:
        if out and out[-1] == ch and (ch not in "aeiou" or (len(out) > 1 and out[-2] == ch)):
            continue
        out.append(ch)
    return "".join(out)


def looks_like_name(token: str) -> bool:
    """«Nadal», «Kurd», «Jordan», «Williams»: capitalised, the rest lower-case, no digit (an insult typed so,
    «Deldool», is missed: read as Arabizi, capitalised English words of six letters and more were flagged too)."""
    return len(token) > 1 and token[0].isupper() and token[1:].islower() and token.isalpha()


# Leetspeak: each symbol and what it may stand for.
_LEET = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "6": "gb", "7": "t", "8": "b", "9": "g", "$": "s",
         "@": "ao", "!": "i", "|": "il", "+": "t", "€": "e", "£": "lf", "®": "r", "©": "c"}
# Plurals, insult compounds and -ish adjectives only; collapsed, like the keys they end (dumbass → dumbas,
# oafishness → oafishnes). -ing, -y and -er make other words too often («fooling around», «jerky»).
_ENGLISH_ENDINGS = ("", "s", "es", "z", "as", "ases", "face", "head", "ish", "ishnes")


def english_keys(token: str) -> set[str]:
    """Lower-case, collapsed readings of a Latin token, leetspeak undone (ambiguous 1 → i or l)."""
    # Accents added to hide a word (dimwít, ìdiot) are dropped; the other letters stay as they are.
    word = "".join(c for c in unicodedata.normalize("NFKD", fold_confusables(token).lower())
                   if not unicodedata.combining(c))
    readings = [""]
    for ch in word:
        # a v for u («dvnce», «thvg»): no insult is spelt with v where u belongs
        options = _LEET.get(ch, ch) if not ch.isalpha() else "vu" if ch == "v" else ch
        readings = [r + o for r in readings for o in options][:16]
    letters_only = "".join(c for c in word if c.isalpha())  # symbols typed between letters: th%ug, c!r%ook
    keys = {collapse(r) for r in readings if r.isalpha()}
    return keys | {collapse(letters_only)} if len(letters_only) >= 3 else keys


def _without_one_vowel(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i, ch in enumerate(word[:-1]) if ch in "aeiou" and i > 0}


def english_hit(keys: set[str], entries: dict[str, str]) -> str | None:
    """The English entry ``keys`` spell: whole word, a common ending, or one extra vowel (biatch)."""
    for key in keys:
        for ending in _ENGLISH_ENDINGS:
            if ending and not key.endswith(ending):
                continue
            core = key[: len(key) - len(ending)] if ending else key
            if ending == "es" and not core.endswith(("s", "x", "z", "ch", "sh", "o")):
                continue  # «rates» is no plural of «rat» (bitches, asses, bozoes are)
            if core in entries:
                return entries[core]
            if ending.startswith("ish") and core + "e" in entries:  # swinish: swine
                return entries[core + "e"]
        for end in ("ies", "ie"):  # numpties: numpty; numptie, its final y typed ie
            if key.endswith(end) and key[: -len(end)] + "y" in entries:
                return entries[key[: -len(end)] + "y"]
        if (hit := _respelt(key, entries)) is not None:
            return hit
        if len(key) >= 5:  # a long entry misspelt by one letter: sleezebag, numskull, imbecil; one of six or seven
            for entry, found in entries.items():  # only with a letter but its first left out (traitr, cretn:
                # «tractor» is no traitor; an entry of five would make «moon» of moron, «lose» of loser)
                left_out = 6 <= len(entry) == len(key) + 1 and key[0] == entry[0]
                swapped = 6 <= len(entry) == len(key) and _swapped(key, entry)
                if swapped or (len(entry) >= 8 or left_out) and _one_edit_apart(key, entry):
                    return found
        if len(key) >= 5:
            for shorter in _without_one_vowel(key):
                if shorter in entries and len(shorter) >= 5:
                    return entries[shorter]
    return None


# Spellings that sound the same («kretin», «weazel», «traytor», «hipocrite»), folded alike on both sides.
_SOUNDS = (("ph", "f"), ("ck", "k"), ("c", "k"), ("z", "s"), ("y", "i"), ("ei", "ie"))


@lru_cache(maxsize=4096)  # (each token is compared with every English entry)
def _sound(word: str) -> str:
    for written, said in _SOUNDS:
        word = word.replace(written, said)
    return word


_ADJECTIVE_ENDINGS = ("ish", "ous", "ical", "ic")


def _swapped(a: str, b: str) -> bool:
    """Two neighbouring letters typed the other way round (traiotr, dimiwt)."""
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]


def _respelt(key: str, entries: dict[str, str]) -> str | None:
    """An entry of five letters or more spelt another way it sounds (theif, kretin), with its plural -s or -ves
    (thieves), or with -ed for one of six or more or ending in t (dimwitted, perverted, bigoted: -ed makes «rated»
    of «rat», «pricked» of «prick»)."""
    cores = {key, key[:-1] if key.endswith("s") else key}
    if key.endswith("ves"):
        cores |= {key[:-3] + "f", key[:-3] + "fe"}
    if key.endswith("ed") and (len(key) >= 8 or key.endswith("ted") and len(key) >= 7):
        cores.add(key[:-2])
    for ending in _ADJECTIVE_ENDINGS:  # cretinous, buffoonish, imbecilic (not -ing: «creeping», «clowning»)
        if key.endswith(ending) and len(key) - len(ending) >= 5:
            cores |= {key[: -len(ending)], key[: -len(ending)] + "e"}
    sounds = {_sound(core) for core in cores}
    for entry, found in entries.items():
        if len(entry) >= 5 and (entry in cores or _sound(entry) in sounds and (len(entry) >= 6 or "ed" != key[-2:])):
            return found
    return None


def masked_english_hits(text: str, entries: dict[str, str]) -> list[str]:
    """English entries with a letter or two starred out (d*mwit, sc*mbags, b**ch): a star stands for a letter."""
    hits = []
    for word in _MASKED_RE.findall(text.lower()):
        word = collapse(word)
        for written in {word, word.removesuffix("s"), word.removesuffix("es")}:
            pattern = re.compile(written.replace("*", "[a-z]"))
            hits += [found for entry, found in entries.items() if len(entry) >= 4 and pattern.fullmatch(entry)]
    return hits


_MASKED_RE = re.compile(r"(?<![a-z*])[a-z]+\*{1,2}[a-z]+(?![a-z*])")


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, left out or added."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b) and _swapped(a, b):
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def latin_line(tokens: list[str]) -> str:
    """The comment's Latin words as :func:`arabizi_key` reads them, one space apart, letters typed one by one run
    together («I B N E L S H A R E 3» → «ibnelshare3»), any other word as «#»."""
    words: list[str] = []
    single_run = False
    for token in tokens:
        single = len(token) == 1 and token.isascii() and token.isalnum()
        if single and single_run:
            words[-1] += token
        else:
            words.append(token if token.isascii() else "#")
        single_run = single
    return " ".join(arabizi_key(word) for word in words)
