"""Reading and checking import lines in a second process while this one writes.

A bulk import into SQLite is one writer: the process that holds the database does every step, and a
third of its time is not database work at all — decoding JSON, checking each field, cleaning the body
with nh3 (bench/import_articles.py, 5,000 articles). Those steps touch no database, so a forked helper
process does them for the next lines while this process writes the batch before: the two cores of a
small server both work.

- The helper is forked from this process once a run has more than :data:`CHUNK` × 2 lines (a small
  import, a test's, stays inline: forking costs more than it saves). On PostgreSQL too: the index work
  that runs beside the writes there (:mod:`.after_batches`) is a thread of this process, so checking
  and stemming here took the interpreter from the writes (6,000 articles of bench/import_articles.py:
  1,043 → ~1,300 articles/s once the helper's stems reached the index thread).
- It never touches the database; it checks lines with exactly :func:`.records.validate_record`, so a
  line gets the same record or the same Arabic message either way, in the same order.
- At most :data:`AHEAD` chunks are in flight, so memory stays bounded whatever the file's size.
- Other apps may have the helper work out, per line, what they will need of its texts once the batch is
  written (search: the index's stems of the title and body, a fifth of a run's time): they register a
  factory with :func:`work_out_for_each_line`; what it returns travels with the batch's
  :class:`~nashra.core.events.ArticlesImported` as ``hints`` (text → value), and is only a shortcut:
  a text not found there is worked out as before.
- ``NASHRA_IMPORT_HELPERS=0`` (settings) keeps everything in this process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from django.conf import settings
from django.db import connection

from .records import LineError, Record, _parse_lines, validate_record

#: Lines a helper checks per round trip: large enough that the pipe costs little, small enough that
#: the first batch does not wait long.
CHUNK = 250
#: Chunks sent ahead of the one being written, per helper: about three batches of 1,000 lines, so a batch
#: written while the helper is slowed (its copy-on-write pages, a collection) does not leave this process waiting
#: (10,000 articles: 0.9 s of waiting with 4, 0.15 s with 12; ~30 MB in flight).
AHEAD = 12

#: ``(line number, Record or LineError, hints)``: hints are ``{name: {text: value}}`` (see below).
Outcome = tuple[int, Record | LineError, dict[str, dict[str, str]]]
#: name → factory, called in the importing process just before the helper is forked; it returns the
#: function the helper calls with each valid :class:`Record` (no database access there).
_factories: dict[str, Callable[[], Callable[[Record], Mapping[str, str]]]] = {}
#: The functions the factories made for the run being checked (read by the forked helper).
_line_work: dict[str, Callable[[Record], Mapping[str, str]]] = {}


def work_out_for_each_line(name: str, factory: Callable[[], Callable[[Record], Mapping[str, str]]]) -> None:
    """Have the helper call ``factory()(record)`` for each valid line; apps register in ``ready()``."""
    _factories[name] = factory


def _check(items: list[tuple[int, object]]) -> list[Outcome]:
    out: list[Outcome] = []
    for line_no, obj in items:
        try:
            record = validate_record(line_no, obj)
        except LineError as exc:
            out.append((line_no, exc, {}))
            continue
        out.append((line_no, record, {name: dict(work(record)) for name, work in _line_work.items()}))
    return out


def _check_lines(numbered: list[tuple[int, str | bytes]]) -> list[Outcome]:
    """Parse and check raw lines (numbers kept: blank lines are skipped, not renumbered)."""
    parsed = []
    for line_no, raw in numbered:
        parsed += _parse_lines([raw], start=line_no)
    return _check(parsed)


def _helpers_wanted() -> bool:
    return (settings.NASHRA_IMPORT_HELPERS > 0
            and not connection.in_atomic_block and "fork" in multiprocessing.get_all_start_methods())


def checked(items: Iterable[tuple[int, object]] | None = None, *,
            lines: Iterable[str | bytes] | None = None) -> Iterator[Outcome]:
    """:data:`Outcome` of each line, in order: of parsed ``items`` or of raw ``lines`` (numbered from 1)."""
    if lines is not None:
        numbered: Iterator = enumerate(lines, start=1)
        work = _check_lines
    else:
        numbered = iter(items)
        work = _check
    # The first lines one at a time, as they come: a small import (a test's, an editor's file) streams as
    # it always did, and a run interrupted early keeps the batches written before.
    for count, item in enumerate(numbered, start=1):
        yield from work([item])
        if count == CHUNK * 2:
            break
    else:
        return
    chunk = list(islice(numbered, CHUNK))
    if len(chunk) < CHUNK or not _helpers_wanted():
        yield from work(chunk)
        for item in numbered:
            yield from work([item])
        return
    yield from _beside(work, chunk, numbered)


def _beside(work, first: list, numbered: Iterator) -> Iterator[Outcome]:
    _line_work.clear()
    _line_work.update((name, factory()) for name, factory in _factories.items())
    helpers = settings.NASHRA_IMPORT_HELPERS
    pool = ProcessPoolExecutor(max_workers=helpers, mp_context=multiprocessing.get_context("fork"))
    pending: deque[Future] = deque()  # answered in the order sent, whichever helper took a chunk
    try:
        pending.append(pool.submit(work, first))
        while pending:
            while len(pending) < AHEAD * helpers and (chunk := list(islice(numbered, CHUNK))):
                pending.append(pool.submit(work, chunk))
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        _line_work.clear()
