"""The text form of a PostgreSQL ``tsvector`` of stems, written in Python rather than parsed by the server.

``to_tsvector('simple', stems)`` runs PostgreSQL's text parser over every word; the same vector written out
(«'حكوم':1,7 'قرار':2») and read with ``::tsvector`` costs the server about a third of that (a diagnosis timed by
hand, not a bench figure: 3,000 articles' titles, summaries and bodies, 0.42–0.46 s against 0.17 s). An import has its
helper process write them beside the stems (:mod:`.import_hints`), so neither the server nor the importing
process parses them. Pure Python, no Django.
"""

from __future__ import annotations

__all__ = ["tsvector_text", "MAX_POSITION", "MAX_POSITIONS"]

#: PostgreSQL's largest position in a tsvector: to_tsvector gives every later word this one too.
MAX_POSITION = 16383
#: … and the most positions it keeps of one stem (to_tsvector keeps the first 255).
MAX_POSITIONS = 255


def tsvector_text(stems: str) -> str:
    """What ``to_tsvector('simple', stems)::text`` is for space-separated stems (each stem once, quoted, with
    its positions from 1), for ``::tsvector``. Stems hold no quote or backslash (they are folded to letters and
    digits), and a stem of over 2,047 bytes, which PostgreSQL refuses, never comes out of the stemmer."""
    positions: dict[str, list[str]] = {}
    for number, stem in enumerate(stems.split(), 1):
        places = positions.setdefault(stem, [])
        if len(places) < MAX_POSITIONS:
            places.append(str(min(number, MAX_POSITION)))
    return " ".join(f"'{stem}':{','.join(places)}" for stem, places in positions.items())
