"""«هل تقصد: الانتخابات؟» for a search that found nothing.

The vocabulary is the edition's own headlines and subtitles (the newest ``VOCABULARY_ARTICLES``
stories): words its readers have seen, in the spelling its editors use, never a word from outside.
It is read once per process every ``VOCABULARY_SECONDS`` (one indexed query of two short columns)
and only when a search has already come back empty, so a search that finds something never pays
for it. The edit distance and candidate lookup are :mod:`nashra.arabic.spelling`.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

from nashra.arabic.normalize import iter_words, strip_marks
from nashra.arabic.spelling import Speller
from nashra.arabic.stopwords import is_ambiguous, is_stopword

VOCABULARY_ARTICLES = 20_000
VOCABULARY_SECONDS = 30 * 60
_spellers: dict[int, tuple[float, Speller]] = {}
_lock = threading.Lock()


def _headline_words(edition) -> Counter:
    from nashra.articles.models import ArticlePage

    rows = (ArticlePage.objects.live().filter(edition=edition, published_at__isnull=False)
            .order_by("-published_at").values_list("title", "subtitle")[:VOCABULARY_ARTICLES])
    counts: Counter = Counter()
    for title, subtitle in rows:
        for original, _start, _end, arabic in iter_words(f"{title} {subtitle or ''}"):
            if arabic and not is_stopword(strip_marks(original)):
                counts[strip_marks(original)] += 1
    return counts


def edition_speller(edition) -> Speller:
    now = time.monotonic()
    cached = _spellers.get(edition.pk)
    if cached is not None and cached[0] > now:
        return cached[1]
    with _lock:  # one build per process, however many empty searches arrive together
        cached = _spellers.get(edition.pk)
        if cached is None or cached[0] <= now:
            cached = (now + VOCABULARY_SECONDS, Speller(_headline_words(edition)))
            _spellers[edition.pk] = cached
    return cached[1]


def forget_vocabularies() -> None:
    _spellers.clear()


def corrected_query(edition, query: str) -> str | None:
    """``query`` with each word the edition's headlines do not know replaced by their nearest word,
    or None when nothing was changed."""
    speller = edition_speller(edition)
    if not len(speller):
        return None
    out, pos, changed = [], 0, False
    for original, start, end, arabic in iter_words(query):
        bare = strip_marks(original)
        if not arabic or is_stopword(bare) or is_ambiguous(bare):
            continue
        better = speller.suggest(original)
        if better and better != bare:
            out.append(query[pos:start] + better)
            pos, changed = end, True
    if not changed:
        return None
    out.append(query[pos:])
    return "".join(out).strip()


def suggested_query(edition, params) -> str | None:
    """The corrected query, if it finds something with the same filters (else None: a suggestion
    that also finds nothing would only waste the reader's click)."""
    from .services import search

    corrected = corrected_query(edition, params.q)
    if corrected is None:
        return None
    found = search(edition, corrected, section=params.section, author=params.author,
                   date_from=params.date_from, date_to=params.date_to, limit=1)
    return corrected if found.hits else None
