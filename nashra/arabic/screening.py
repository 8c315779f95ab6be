"""Obfuscation-resistant matching of banned words in reader comments.

A hit only gives the moderator a reason to look; it never rejects. So a false reason
costs trust and a missed insult costs a moderator's attention: both are measured on
tests/arabic/data (see tests/arabic/test_screening_eval.py).

Built on the search folding (:mod:`nashra.arabic.normalize`), so a word is found
however it is written:

* harakat, tatweel, hamza/alef forms, ى/ي, ة/ه (shared ``normalize``); a hamza seat
  written as ي («خاين» for «خائن», «لييم» for «لئيم»), as أ («لأيم») or merged with the ي before
  it («دنئ») is read as the hamza — but not where the hamza read as ي, or left out, is a word of its
  own that the word list knows better (ليم inside «وليمة», دنيا), and no derived plural that is
  a far commoner word (نصيب is not a plural of نصاب);
* zero-width and bidi control characters removed; text inside a left-to-right
  override (which shows Arabic letters reversed) is also read reversed;
* emoji and symbols inside a word removed («حما🐴ر»), and also read as a space; repeats collapsed (حمممار);
* the forms of :mod:`nashra.arabic.screening_forms`: vocative «يا» glued or not, و ف ب ك ل ال
  and the Levantine «هال» (this) prefixes, pronoun suffixes, feminine, sound and broken plurals
  (كلاب، أغبياء، خنازير، جبناء، زنادقة);
* Latin letters and digits inside an Arabic word, read as look-alikes (l → ا, o → ه) or
  as Arabizi (7 → ح, 3 → ع, 2 → ء or ق, 9 → ق or ص, m → م);
* whole Arabizi and English words (:mod:`nashra.arabic.screening_latin`), phrases in Arabizi
  («ebn el 7aram»), vowels drawn out («fasheeeel»); English words typed in Arabic letters («بلونكر»:
  :mod:`nashra.arabic.screening_english_arabic`);
* letters spaced or dotted apart (ح م ا ر, ح.م.ا.ر, «انت ح م ا ر»), one space inside a word (حما ر);
* phrase entries however they are spread, run together or glued (:mod:`nashra.arabic.screening_phrases`).

Stop-words are checked on the unfolded word first, so «على» never becomes «علي».
Pure Python, no Django.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .normalize import normalize, strip_marks
from .screening_english_arabic import EnglishInArabicLetters
from .screening_forms import (
    affix_readings,
    bare_words,
    derived_forms,
    dialect_spellings,
    hamza_variants,
    is_masdar_shape,
    masdar_of_faail,
    short_plurals,
    sound_forms,
)
from .screening_glued import (
    bare_glued_readings,
    glued_readings,
    masked_arabic_tokens,
    masked_match,
    unmasked_text,
)
from .screening_latin import (
    arabizi_key,
    arabizi_pattern,
    collapse,
    english_hit,
    english_keys,
    fold_confusables,
    looks_like_name,
    masked_english_hits,
)
from .screening_phrases import EDGE_PUNCT as _EDGE_PUNCT
from .screening_phrases import PhraseList
from .screening_phrases import fold as _fold
from .screening_readings import PUNCT_BETWEEN_RE, arabic_readings, dotless_reading, loose, rasm, skeletons
from .stopwords import is_stopword
from .wordlist import band, known

__all__ = ["BannedList", "find_banned", "clean_invisible", "INVISIBLE_RE"]

# Bidi embeddings/overrides/isolates and zero-width characters.
INVISIBLE_RE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_OVERRIDE_SPAN_RE = re.compile("[\u202d\u202e]([^\u202c\u2069\n]*)")
# Words: anything between spaces and punctuation. $ @ ! | stay inside (leetspeak, look-alikes).
_TOKEN_RE = re.compile(r"[^\s.,،؛:;?؟«»\"()\[\]{}<>/\\\-–—_*+=~·•…#]+")
# A derived form (plural, feminine) this much commoner than its entry is a word of its own (bands: 100 = 10×).
_DERIVED_MARGIN = 50
_MASDAR_MARGIN = 20  # a فَعال masdar this much commoner than its فاعل is the masdar (فساد 463, فاسد 508; كفار 516)
_UNKNOWN_BAND = 10_000
_COMMON_BAND = 500
# (nor an article with a proclitic, or «يا», before it, where the piece is no word: «والس ربوت», «بالش كام»,
# «ياش كام»; «بألف سلة» is «with a thousand baskets»)
_SPACE_PREFIXES = ("وال", "بال", "فال", "كال", "ال", "يا")
_MAX_GLUED = 12  # tokens glued into one word at most (letters spaced apart: m u g h a f f a l)
_SEEN_LIMIT = 50_000
_UNSEEN = object()




def clean_invisible(text: str) -> str:
    """Remove bidi controls and zero-width characters (for storage and display)."""
    return INVISIBLE_RE.sub("", text)


def _band(folded: str) -> int:
    """How common a folded word is in the word list (lower is commoner); words it lacks count as rarest."""
    return band(folded) if known(folded) else _UNKNOWN_BAND


def _word_of_its_own(form: str, entry_band: int, own_plural: bool = False) -> bool:
    """Is a derived form (plural, feminine, dual) a word of its own the word list knows, so that reading it as
    the insult would flag ordinary comments? Any of three letters (جهل ignorance, كفر — the plural فُعَّل of a
    فاعل is kept only where it is no word: سذج), one far commoner than the entry (نصيب is not a plural of نصاب),
    or, beside an entry the list lacks, a very common word. ``own_plural``: a form of three letters that can only
    be the entry's plural or collective (همجي → همج، صايع → صيّع), judged like a longer one."""
    if not known(form):
        return False
    if len(form) <= 3 and not own_plural:
        return True
    if entry_band == _UNKNOWN_BAND:
        return band(form) < _COMMON_BAND
    return band(form) + _DERIVED_MARGIN < entry_band


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"


def _is_symbol(ch: str) -> bool:
    """Emoji, skin tones, variation selectors and other symbols: never part of a word (but ® and ©, typed for r
    and c: «tu®d»)."""
    return (unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Cn") and ch not in "®©") or "\ufe00" <= ch <= "\ufe0f"


# A vowel typed three times or more («fasheeeel»), where two would be a long vowel (ee = ي).
_DRAWN_VOWEL_RE = re.compile(r"([aeiou])\1{2,}")



class BannedList:
    """A compiled banned-word list: build once per edition, call :meth:`find` per comment."""

    def __init__(self, words: Iterable[str]):
        self.forms: dict[str, str] = {}        # folded Arabic form (entry or its inflection) → entry
        self.loose_forms: dict[str, str] = {}  # the same with hamza seats as ي
        self.english: dict[str, str] = {}      # collapsed lower-case English word → entry
        self.arabizi: list[tuple[re.Pattern, str]] = []
        self.phrases = PhraseList()
        self._seen: dict[str, str | None] = {}  # token → verdict (see _token_hit)
        self.no_pronoun_h: set[str] = set()    # derived forms that would read «فعالة» nouns as «فعال» + ه
        self.entry_bands: dict[str, int] = {}  # Arabic entry → how common it is in the word list
        self._skeletons: dict[str, str] | None = None  # a form's letters without dots → entry (made when first asked)
        for raw in words:
            entry = " ".join(raw.split())
            if not entry or entry.startswith("#"):
                continue
            parts = [p for p in (_fold(clean_invisible(unicodedata.normalize("NFKC", w))) for w in entry.split()) if p]
            if len(parts) > 1:
                self.phrases.add(tuple(parts), entry)
            elif parts and parts[0].isascii():
                if parts[0].isalpha():
                    self.english.setdefault(parts[0], entry)
            elif parts:
                self._add_arabic(parts[0], entry.endswith("ة"), entry)
        self.english_in_arabic = EnglishInArabicLetters(self.english)  # «بلونكر»: plonker

    def _add_arabic(self, folded: str, feminine: bool, entry: str) -> None:
        entry_band = self.entry_bands[entry] = _band(collapse(folded))
        forms = {folded: feminine}
        regular, short = sound_forms(folded, feminine), short_plurals(folded, feminine)
        if feminine and normalize(entry).endswith("هه"):  # «عاهة»: a ة after the root's ه, collapsed into it
            forms.update(dict.fromkeys(sound_forms(folded + "ه", True), False))  # (عاه): عاهات، عاهتين
        for form in derived_forms(folded, feminine):
            if form not in regular and _word_of_its_own(collapse(form), entry_band, form in short):
                continue
            if masdar_of_faail(folded, form) and _band(form) + _MASDAR_MARGIN < entry_band:
                continue  # «الفساد» (corruption) is no فُعّال plural of فاسد, «نجاح» none of ناجح (كفار of كافر is)
            forms.setdefault(form, form.endswith("ه"))
            if is_masdar_shape(form):
                self.no_pronoun_h.add(collapse(form))
        for form in forms:
            key = collapse(form)
            self.forms.setdefault(key, entry)
            unseated = collapse(key.replace("يء", "ي"))  # the hamza after ي left out: دني، بذي، بذيين
            if unseated != key and len(key) >= 4 and _band(unseated) + _DERIVED_MARGIN > min(_band(key), entry_band):
                self.loose_forms.setdefault(unseated, entry)  # (unless far commoner as a word of its own)
            seated = loose(key)
            if seated is None or seated != key and known(seated) and band(seated) <= min(_band(key), entry_band):
                continue  # with the hamza read as ي it is another word: دنيا (دنءا, of دنيء)
            self.loose_forms.setdefault(seated, entry)
        for variant in map(_fold, hamza_variants(entry) | dialect_spellings(folded)):  # مشوم؛ سعلوك، ملگوف
            if len(variant) >= 4 and not _word_of_its_own(variant, entry_band):
                self.forms.setdefault(variant, entry)
        # In Latin letters a three-letter derived form is too easily an English word (بله → «blah»); an entry's
        # final ى is said a (a3maa for أعمى).
        # (nor the elative: «انذل» in Latin letters is any «enzel», يِنزل)
        latin_forms = {f: fem for f, fem in forms.items() if f == folded or len(f) >= 4 and f != "ا" + folded}
        # A letter doubled in the entry is typed twice in Latin letters with a vowel between: babgha2 (ببغاء), 3aha
        written = normalize(entry)
        if written != folded and len(written) >= 4:
            latin_forms.setdefault(written, feminine)
        if entry.endswith("ى"):
            latin_forms[folded[:-1] + "ا"] = False
        pattern = arabizi_pattern(latin_forms)
        if pattern is not None:
            self.arabizi.append((pattern, entry))

    def __bool__(self) -> bool:
        return bool(self.forms or self.english or self.phrases)

    # -- matching -----------------------------------------------------------------
    def _arabic_hit(self, reading: str) -> str | None:
        for core, suffix in affix_readings(reading):
            if suffix == "ه" and core in self.no_pronoun_h:
                continue
            hit = self.forms.get(core) or self.loose_forms.get(loose(core))
            if hit:
                return hit
        return None

    def _skeleton_hit(self, word: str) -> str | None:
        """«ٮٮعاء»، «حرٮومه»: a word written without dots is an entry's form when their skeletons match."""
        if self._skeletons is None:
            self._skeletons = skeletons(self.forms)
        for core, _suffix in affix_readings(word):
            if len(core) >= 4 and (hit := self._skeletons.get(rasm(core))):
                return hit
        return None

    def _latin_hit(self, token: str) -> str | None:
        hit = english_hit(english_keys(token), self.english) if self.english else None
        if hit and looks_like_name(token) and token.lower() not in {hit.lower() + end for end in ("", "s", "es")}:
            hit = None  # a name near an entry is the name: «Buffon», the goalkeeper (but «Idiots!» is flagged)
        if hit is None and self.english and token.isalpha() and len(token) >= 9:
            hit = self._english_glued(collapse(token.lower()))
        if hit or not self.arabizi or looks_like_name(token):
            return hit
        # «fasheeeel»: vowels drawn out to hide the word are read once too (a doubled vowel is kept otherwise)
        for word in {arabizi_key(token), arabizi_key(_DRAWN_VOWEL_RE.sub(r"\1", token.lower()))}:
            for pattern, entry in self.arabizi:
                if pattern.fullmatch(word):
                    return entry
        return None

    def _english_glued(self, word: str) -> str | None:
        """«airheadalert», «suchdouchebag»: a long English entry (seven letters or more: «retard» would be found in
        «retardant») glued to a word of three letters or more before or after it."""
        for key, entry in self.english.items():
            if len(key) >= 7 and len(word) >= len(key) + 2 and (
                    word.startswith(key) and len(word) - len(key) >= 3 or word.endswith(key)):
                return entry
        return None

    def _token_hit(self, token: str) -> str | None:
        # A token's verdict depends on nothing but the token and this list, so it is kept: a comment of letters
        # spaced apart («ح م ا ر ح م ا ر …») glues the same runs again and again. Bounded; safe across threads.
        if (hit := self._seen.get(token, _UNSEEN)) is not _UNSEEN:
            return hit
        if len(self._seen) >= _SEEN_LIMIT:
            self._seen.clear()
        hit = self._seen[token] = self._read_token(token)
        return hit

    def _read_token(self, token: str) -> str | None:
        token = token.strip(_EDGE_PUNCT) or token
        if not token or is_stopword(strip_marks(token)):
            return None
        if any(_is_arabic(c) for c in token):
            for reading in arabic_readings(token):
                hit = self._arabic_hit(reading)
                if hit:
                    # A whole word the word list knows far better than the insult is that word: «الزمالك» (the
                    # club) is not «زمال» + «your»
                    whole = normalize(token)  # (not collapsed: «لييمين» is no «ليمين»)
                    if collapse(whole) in self.forms:
                        return hit
                    band_of_hit = self.entry_bands.get(hit, 0)
                    others = [w for w in bare_words(whole) | {"ال" + w for w in bare_words(whole)}
                              if len(w) > 3 and collapse(w).removeprefix("ال") not in self.forms]
                    return None if any(_word_of_its_own(w, band_of_hit) for w in others) else hit
            if (undotted := dotless_reading(token)) is not None:
                return self._skeleton_hit(undotted)
            return self.english_in_arabic.hit(normalize(token)) if self.english_in_arabic else None
        if not any(c.isalpha() for c in token):
            return None
        return self._latin_hit(token)

    def _glued_hits(self, tokens: list[str]) -> list[str]:
        """Words split by spaces or dots: glue runs of one-letter pieces (ح م ا ر, i d i o t)
        and pairs where one piece is at most two letters (حما ر، خن زير)."""
        hits = []
        # (the article does not count: «الش فار», «المس خرة» are one space inside the word after it)
        lengths = [len(folded) - next((len(p) for p in _SPACE_PREFIXES if folded.startswith(p) and len(folded) > len(p)
                                       and (p == "ال" or not known(folded))), 0) for folded in map(normalize, tokens)]
        for i in range(len(tokens) - 1):
            for j in range(i + 2, min(len(tokens), i + _MAX_GLUED) + 1):
                window = lengths[i:j]
                # Every piece but one a single letter, or two pieces of which one is short.
                singles = sum(1 for n in window if n == 1)
                # (two letters only beside Arabic: an English «is», «it», «an» glued to the next word made Arabizi)
                short = 1 if all(t.isascii() for t in tokens[i:j]) else 2
                if not (singles >= len(window) - 1 or (len(window) == 2 and min(window) <= short)):
                    break
                hit = self._token_hit("".join(tokens[i:j]))
                if hit:
                    hits.append(hit)
            # «انتم خ ر ف»، «صارع ا ه ة»: spaced letters whose first stayed glued to the word before
            singles = 0
            while lengths[i] >= 3 and i + 1 + singles < min(len(tokens), i + _MAX_GLUED) and (
                    lengths[i + 1 + singles] == 1):
                singles += 1
            if singles >= 2 and not tokens[i].isascii() and (
                    hit := self._token_hit(tokens[i][-1] + "".join(tokens[i + 1:i + 1 + singles]))):
                hits.append(hit)
        return hits

    def _english_compound_hits(self, tokens: list[str]) -> list[str]:
        """An English entry typed as two words or hyphenated: «jack-ass», «sleaze bag», «numb skull»."""
        if not self.english:
            return []
        tokens = [t.strip(_EDGE_PUNCT) or t for t in tokens]  # «tw-it!»
        pairs = [(a, b) for a, b in zip(tokens, tokens[1:], strict=False)]
        pairs += [(a + b, c) for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
                  if len(b) <= 2]  # three pieces: a-ss-hole
        return [hit for first, second in pairs
                if first.isascii() and second.isascii() and first[:1].isalpha() and second[-1:].isalpha()
                and (hit := english_hit(english_keys(first + second), self.english))]

    def _scan(self, text: str) -> list[str]:
        tokens = [t for t in _TOKEN_RE.findall(text) if t.strip(_EDGE_PUNCT)]
        hits = [hit for t in tokens if (hit := self._token_hit(t))]
        # «عنالشفار»، «بومةولازم»: glued to a neighbour word (only where the token itself is no hit)
        hits += [hit for t in tokens if not self._token_hit(t) for part in glued_readings(t) if (
            hit := self._token_hit(part))]
        hits += [hit for t in tokens if not self._token_hit(t) for part in bare_glued_readings(t) if (
            hit := self.forms.get(collapse(normalize(part))))]
        if "*" in text:  # «خ*اف»، «ج**وسة»: a letter or two starred out
            hits += [self.forms[form] for t in masked_arabic_tokens(text) if (form := masked_match(t, self.forms))]
        hits += self._glued_hits(tokens) + self._english_compound_hits(tokens)
        if self.english_in_arabic:  # «بلوك هيد»، «بيل إند»: an English compound typed in Arabic as two words
            longest = self.english_in_arabic.longest + 3  # (a longer pair is no entry: not normalized at all)
            hits += [hit for a, b in zip(tokens, tokens[1:], strict=False) if min(len(a), len(b)) >= 3 and len(
                a) + len(b) <= longest and (hit := self.english_in_arabic.hit(normalize(a) + normalize(b)))]
        if self.english and "*" in text:
            hits += masked_english_hits(text, self.english)
        if self.phrases:
            hits += self.phrases.hits(tokens)
            if "*" in text:  # «مخ ع*فور»، «عديم الف*م»: a phrase with a letter of one word starred out
                unmasked = unmasked_text(text, self.phrases.spellings())
                if unmasked != text:
                    hits += self.phrases.word_hits([t for t in _TOKEN_RE.findall(unmasked) if t.strip(_EDGE_PUNCT)])
            hits += self.phrases.arabizi_hits(tokens)
        return hits

    def find(self, text: str) -> list[str]:
        """Banned entries found in ``text`` (as written in the list), without duplicates."""
        if not self or not text:
            return []
        text = fold_confusables(unicodedata.normalize("NFKC", text))
        variants = [INVISIBLE_RE.sub("", text)]
        # Letters hidden by a left-to-right override are shown reversed: read them reversed too.
        for m in _OVERRIDE_SPAN_RE.finditer(text):
            variants.append(INVISIBLE_RE.sub("", m.group(1))[::-1])
        # An emoji inside a word hides it («حما🐴ر»); between words it is a space.
        if any(_is_symbol(c) for c in variants[0]):
            plain = variants[0]
            variants = ["".join(c for c in v if not _is_symbol(c)) for v in variants]
            variants.append("".join(" " if _is_symbol(c) else c for c in plain))
        if "|_|" in variants[0]:  # d|_|nce: |_| drawn for u (the _ would split the word)
            variants.append(variants[0].replace("|_|", "u"))
        if PUNCT_BETWEEN_RE.search(variants[0]):  # مس؛خر؟ة، الجا؛موسة، ا'ل'م'ص'ل'ح'ج'ي: punctuation inside a word
            variants.append(PUNCT_BETWEEN_RE.sub("", variants[0]))
        seen: dict[str, None] = {}
        for variant in variants:
            for hit in self._scan(variant):
                seen.setdefault(hit, None)
        return list(seen)


def find_banned(text: str, words: Iterable[str]) -> list[str]:
    """One-shot helper: the banned entries of ``words`` found in ``text``."""
    return BannedList(words).find(text)
