"""Highlighting in the original spelling.

The stemmer's terms carry their offsets in the text they came from, so the
reader's words are wrapped in ``<mark>`` exactly as the article writes them
(«الحكومة» highlighted for the query «حكومه»), and everything else is escaped.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from nashra.arabic.normalize import word_pattern
from nashra.arabic.stemmer import Stemmer

SNIPPET_TERMS = 30
BEFORE = 8
ELLIPSIS = "…"
CHUNK_CHARS = 400  # text tokenized at a time while looking for the first searched word


def _marked(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(escape(text[pos:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def highlight(text: str, stems: set[str], stemmer: Stemmer) -> SafeString:
    """All of ``text``, escaped, with the words whose stem was searched in ``<mark>``."""
    text = text or ""
    spans = [(t.start, t.end) for t in stemmer.terms(text) if t.stem in stems]
    return mark_safe(_marked(text, spans, 0, len(text)))


def _stems_until_window(text: str, stems: set[str], stemmer: Stemmer, size: int):
    """The stem of each word of ``text`` (``None`` for stop-words), read until the snippet's window is known.

    Returns ``(word_stems, terms, first)``: the stems read so far, the word numbers of the
    terms among them, and the position in ``terms`` of the first searched word (``None``: none
    in the text, which was then read to its end). Reading stops one term past the window
    (``size`` terms from up to BEFORE before the first searched word), so a long body whose
    first paragraph holds the word costs a paragraph, not the body: stemming every word was
    most of a search page's time after the index query. ``findall`` rather than one ``Match``
    per word; same regex and same cached ``_term`` as ``Stemmer.terms``, so the stems agree.
    """
    term = stemmer._term
    word_stems: list[str | None] = []
    terms: list[int] = []
    first = stop_after = None
    words = word_pattern(text)
    pos = 0
    while pos < len(text):
        # The tokenizer runs a chunk at a time (ending at a space, which no word crosses): the
        # regex over a whole body cost as much as the stemming.
        end = text.find(" ", pos + CHUNK_CHARS)
        end = len(text) if end < 0 else end
        for arabic, other in words.findall(text, pos, end):
            stem = term(arabic, True) if arabic else term(other, False)
            word_stems.append(stem)
            if stem is None:
                continue
            terms.append(len(word_stems) - 1)
            if first is None and stem in stems:
                first = len(terms) - 1
                stop_after = first - min(BEFORE, first) + size
            if stop_after is not None and len(terms) > stop_after:
                return word_stems, terms, first
        pos = end
    return word_stems, terms, first


def _word_spans(text: str, wanted: set[int]) -> dict[int, tuple[int, int]]:
    """Offsets of the words numbered in ``wanted`` (numbered as ``findall`` yields them)."""
    spans, last = {}, max(wanted)
    for index, m in enumerate(word_pattern(text).finditer(text)):
        if index in wanted:
            spans[index] = (m.start(), m.end())
        if index >= last:
            break
    return spans


def snippet(text: str, stems: set[str], stemmer: Stemmer, size: int = SNIPPET_TERMS) -> SafeString:
    """About ``size`` words (more than BEFORE) of ``text`` around the first searched word, escaped and marked.

    Without a searched word in ``text`` (the article matched by its title or tags),
    the opening words are shown.
    """
    text = " ".join((text or "").split())
    word_stems, terms, first = _stems_until_window(text, stems, stemmer, size)
    if not terms:
        return mark_safe(escape(text[:200]))
    opening = first is None
    lo = 0 if opening else first - min(BEFORE, first)
    window = terms[lo:lo + size]
    spans_of = _word_spans(text, set(window))
    begin = 0 if lo == 0 else spans_of[window[0]][0]
    reaches_end = lo + size >= len(terms)
    end = len(text) if reaches_end and (not opening or len(terms) < size) else spans_of[window[-1]][1]
    spans = [spans_of[i] for i in window if word_stems[i] in stems]
    body = _marked(text, spans, begin, end).strip()
    return mark_safe((ELLIPSIS + " " if begin else "") + body + (" " + ELLIPSIS if end < len(text) else ""))
