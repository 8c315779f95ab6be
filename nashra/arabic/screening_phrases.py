"""Phrase entries of a banned-word list (for :mod:`nashra.arabic.screening`): «عديم الشرف», «ابن الحرام», «يلعن أبوك».

A phrase is found with its first word inflected (عديمي الشرف), its later words on any hamza seat or without their
article, its words spread over letters spaced apart («ع د ي م ا ل ش ر ف»), run together («مايسوى شي»), glued to a
neighbour word («صارعبد الدولار», «بلا شرفوالله»), with «your» of any word said of others (يلعن أبوه، تبا لهم) or in
a dialect (بيتكو، بيتچ), a curse «to you» said of anyone (تبا للوزير), one word put between its words («يخرب الله
بيتك»), and in Arabizi («ebn el 7aram»). Pure Python, no Django.
"""

from __future__ import annotations

import re

from .normalize import normalize
from .screening_forms import affix_readings, complement_spellings, dialect_spellings, phrase_heads
from .screening_glued import word_of_its_own
from .screening_latin import arabizi_phrase_pattern, collapse, latin_line
from .screening_readings import arabic_readings
from .stopwords import is_stopword

__all__ = ["PhraseList", "EDGE_PUNCT", "fold"]

EDGE_PUNCT = "!|'"
# For a phrase's word ending in «your»: the other persons, and the dialects' «your» (بيتكو; Gulf and Iraqi چ, read ج)
_OTHER_PRONOUNS = ("كي", "كم", "كما", "ه", "ها", "هم", "هما", "كو", "ج")
_PREPOSITIONS_YOUR = ("لك", "بك")  # «تبا لك» said of anyone: «تبا للوزير»، «تبا لحكومة العار»
_FILLERS = frozenset({"اله", "واله", "انت", "انتي", "انتو", "انتم"})  # folded: الله، والله، انت …
_MAX_PHRASE_PIECES = 24  # tokens a phrase may be spread over (ع د ي م ا ل ش ر ف: nine)


def fold(word: str) -> str:
    return collapse(normalize(word))


def _other_persons(word: str) -> set[str]:
    """A word ending in «your» (ك) with the other pronouns: أبوك → أبوه، أبوكم، أبوها; فيك → فيه، فيهم."""
    if not word.endswith("ك") or len(word) < 3 and word not in _PREPOSITIONS_YOUR:
        return set()
    return {collapse(word[:-1] + pronoun) for pronoun in _OTHER_PRONOUNS}


def _with_a_word_between(parts: tuple[frozenset[str], ...], readings: list[set[str]], folded: list[str]) -> bool:
    """The phrase with one word put between two of its words: «يخرب الله بيتك», «يقطع الله عمرك», «صاحب أجندة
    سياسية خارجية», «منك انت لله». The word between is no stop-word but «God» or «you» («التاجر عليه دين» is
    a merchant in debt, no «تاجر دين»)."""
    n = len(parts)
    for gap in range(1, n):
        first, rest = parts[:gap], parts[gap:]
        for i in range(len(readings) - n):
            if all(first[k] & readings[i + k] for k in range(gap)) and all(
                    rest[k] & readings[i + gap + 1 + k] for k in range(n - gap)) and (
                    folded[i + gap] in _FILLERS or not is_stopword(folded[i + gap])):
                return True
    return False


def _said_of_anyone(parts: tuple[frozenset[str], ...], preposition: str, folded: list[str]) -> bool:
    """A curse «to you» said of anyone: «تبا للوزير», «تبا لحكومة العار» for «تبا لك»."""
    return any(folded[i] in parts[0] and folded[i + 1].startswith(preposition) and len(folded[i + 1]) >= 4
               for i in range(len(folded) - 1))


class PhraseList:
    """The phrase entries of one banned list: :meth:`add` each, then :meth:`hits` per comment."""

    def __init__(self) -> None:
        self.phrases: list[tuple[tuple[frozenset[str], ...], str]] = []
        self.arabizi_phrases: list[tuple[re.Pattern, str]] = []
        self.compact_phrases: dict[str, str] = {}  # a phrase's letters run together (ع د ي م ا ل ش ر ف) → entry
        self._phrase_ends: tuple[dict, dict] | None = None  # compact phrases by first and by last three letters
        self._curse_prepositions: dict[str, str] = {}  # «تبا لك» → ل: also «تبا للوزير»

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def spellings(self) -> set[str]:
        """Every spelling of every word of every phrase (to write out a starred one: «مخ ع*فور»)."""
        return {s for parts, _entry in self.phrases for part in parts for s in part}

    def hits(self, tokens: list[str]) -> list[str]:
        """The phrase entries ``tokens`` (a comment's words, in order) hold, read every way above but Arabizi."""
        return self.word_hits(tokens) + self._compact_phrase_hits(tokens) + self._glued_phrase_hits(tokens)

    def arabizi_hits(self, tokens: list[str]) -> list[str]:
        if not self.arabizi_phrases:
            return []
        latin = latin_line(tokens)
        return [entry for pattern, entry in self.arabizi_phrases if pattern.search(latin)]

    def add(self, parts: tuple[str, ...], entry: str) -> None:
        """Its first word inflects (عديمي الشرف، عديمو الشرف: the plural before its complement), the rest not."""
        heads = phrase_heads(parts[0])
        said = heads | {collapse(head) for head in dialect_spellings(parts[0])}  # تقيل الدم
        complements = [complement_spellings(part).union(*map(complement_spellings, dialect_spellings(part)))
                       for part in parts[1:]]  # بوء النزام، ناقص العئل
        # «your» said of others, on any word of the phrase: «يلعن أبوه», «طز فيهم», «عساها بالماحي»
        said |= _other_persons(parts[0])
        for index, part in enumerate(parts[1:]):
            complements[index] |= _other_persons(part)
        self.phrases.append(((frozenset(said), *complements), entry))
        if len(parts) == 2 and parts[1] in _PREPOSITIONS_YOUR:
            self._curse_prepositions[entry] = parts[1][0]
        for head in heads:
            for tail in ("".join(parts[1:]), "".join(p[2:] if p.startswith("ال") else p for p in parts[1:])):
                self.compact_phrases.setdefault(collapse(head + tail), entry)
        if (pattern := arabizi_phrase_pattern(parts, heads)) is not None:
            self.arabizi_phrases.append((pattern, entry))

    def word_hits(self, tokens: list[str]) -> list[str]:
        tokens = [t.strip(EDGE_PUNCT) or t for t in tokens]
        folded = [fold(t) for t in tokens]
        readings = [{core for r in arabic_readings(t) for core, _ in affix_readings(r)} | {word}
                    for t, word in zip(tokens, folded, strict=True)]
        # a proclitic or يا on a short head, which affix readings leave alone: وذو، لذي، ياذا (الوجهين)
        readings = [rs | {r[1:] for r in rs if r[:1] in "وفلب" and len(r) == 3} | {r[2:] for r in rs if (
            r.startswith("يا") and len(r) == 4)} for rs in readings]
        hits = []
        for parts, entry in self.phrases:
            n = len(parts)
            if any(all(parts[k] & readings[i + k] for k in range(n)) for i in range(len(tokens) - n + 1)):
                hits.append(entry)
            elif entry in self._curse_prepositions and _said_of_anyone(parts, self._curse_prepositions[entry], folded):
                hits.append(entry)
            elif n >= 2 and _with_a_word_between(parts, readings, folded):
                hits.append(entry)
        return hits

    def _compact_phrase_hits(self, tokens: list[str]) -> list[str]:
        """A phrase whose letters are spaced, dotted or split anywhere («ع د ي م ا ل ش ر ف», «ابن ا لشارع»):
        runs of whole tokens whose letters, run together, spell it."""
        folded = [fold(t.strip(EDGE_PUNCT) or t) for t in tokens]
        longest = max(map(len, self.compact_phrases)) + 2  # (before collapsing: a doubled letter may be typed)
        hits = []
        for i in range(len(folded)):
            joined, short = "", False
            for j in range(i, min(len(folded), i + _MAX_PHRASE_PIECES)):
                joined += folded[j]
                short = short or len(folded[j]) <= 2
                if len(joined) > longest:
                    break
                # (whole words run together are the phrase matcher's: here a piece of two letters at most)
                # (… or one token that is the whole phrase glued: «قليلالأصل», «ولادالجزمة»)
                # «ياقليلالذوق», «ياابنالزنا» (folded: يابنالزنا)
                whole = [joined, joined.removeprefix("يا"), "ا" + joined.removeprefix("يا")] if j == i else [joined]
                if (j > i and short or j == i) and (hit := next(filter(None, (self.compact_phrases.get(
                        collapse(w)) for w in whole)), None)):
                    hits.append(hit)
        return hits

    def _glued_phrase_hits(self, tokens: list[str]) -> list[str]:
        """A phrase glued to the word before or after it, or its own words run together: «صارعبد الدولار»,
        «بلا شرفوالله», «مايسوى فلس». What is glued on must be a word of its own (a stop-word or a word the list
        knows), so «بلا شرفة» (a balcony) is no «بلا شرف» + «ة». (The phrases are looked up by their first and last
        three letters: a comment of a thousand words is read in a few milliseconds.)"""
        if self._phrase_ends is None:
            starts: dict[str, list[tuple[str, str]]] = {}
            ends: dict[str, list[tuple[str, str]]] = {}
            for phrase, entry in self.compact_phrases.items():
                starts.setdefault(phrase[:3], []).append((phrase, entry))
                ends.setdefault(phrase[-3:], []).append((phrase, entry))
            self._phrase_ends = (starts, ends)
        starts, ends = self._phrase_ends
        folded = [collapse(fold(t.strip(EDGE_PUNCT) or t)) for t in tokens]
        hits = []
        for i in range(len(folded)):
            before = ""  # the window's tokens but its last, run together (collapsed, as each token is)
            for j in range(i, min(len(folded), i + 4)):
                token = folded[j]
                joined = before + token[1:] if before and token and before[-1] == token[0] else before + token
                if j > i and (hit := self.compact_phrases.get(joined)):
                    hits.append(hit)
                for phrase, entry in starts.get(joined[:3], ()):  # … then a word glued after it
                    if (len(phrase) < len(joined) <= len(phrase) + 8 and joined.startswith(phrase)
                            and len(before) < len(phrase) and word_of_its_own(joined[len(phrase):])):
                        hits.append(entry)
                for phrase, entry in ends.get(joined[-3:], ()):  # a word glued before it, then the phrase
                    if (len(phrase) < len(joined) <= len(phrase) + 8 and joined.endswith(phrase)
                            and len(folded[i]) > len(joined) - len(phrase)
                            and word_of_its_own(joined[: -len(phrase)])):
                        hits.append(entry)
                before = joined
        return hits
