"""Highlighting in the original spelling.

The stemmer's terms carry their offsets in the text they came from, so the
reader's words are wrapped in ``<mark>`` exactly as the article writes them
(«الحكومة» highlighted for the query «حكومه»), and everything else is escaped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from nashra.arabic.normalize import _WORD_RE
from nashra.arabic.stemmer import Stemmer

SNIPPET_TERMS = 30
BEFORE = 8
ELLIPSIS = "…"


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


def _iter_terms(text: str, stemmer: Stemmer) -> Iterator[tuple[str, int, int]]:
    """``(stem, start, end)`` of ``text``'s terms, lazily: the same words and stems as
    ``Stemmer.terms`` (same regex, same cached ``_term``), so a snippet stops
    stemming as soon as it has its window instead of stemming the whole body."""
    term = stemmer._term
    for m in _WORD_RE.finditer(text):
        stem = term(m.group(), m.lastindex == 1)
        if stem is not None:
            yield stem, m.start(), m.end()


def snippet(text: str, stems: set[str], stemmer: Stemmer, size: int = SNIPPET_TERMS) -> SafeString:
    """About ``size`` words of ``text`` around the first searched word, escaped and marked.

    Without a searched word in ``text`` (the article matched by its title or tags),
    the opening words are shown.
    """
    text = " ".join((text or "").split())
    found = enumerate(_iter_terms(text, stemmer))
    opening: list[tuple[int, str, int, int]] = []
    before: deque = deque(maxlen=BEFORE)
    window: list[tuple[int, str, int, int]] | None = None
    for index, (stem, s, e) in found:
        item = (index, stem, s, e)
        if window is not None:
            window.append(item)
            if len(window) >= size:
                break
        elif stem in stems:
            window = [*before, item]
        else:
            before.append(item)
            if len(opening) < size:
                opening.append(item)
    exhausted = next(found, None) is None
    window = window if window is not None else opening
    if not window:
        return mark_safe(escape(text[:200]))
    begin = 0 if window[0][0] == 0 else window[0][2]
    last = window[-1]
    end = len(text) if exhausted and (window is not opening or len(opening) < size) else last[3]
    spans = [(s, e) for _, stem, s, e in window if stem in stems]
    body = _marked(text, spans, begin, end).strip()
    return mark_safe((ELLIPSIS + " " if begin else "") + body + (" " + ELLIPSIS if end < len(text) else ""))
