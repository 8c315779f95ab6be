"""Importing articles from JSON Lines: the one operation behind every door.

``nashra import-articles``, the demo loader and (later) the API all call
:func:`import_lines` / :func:`import_records` / :func:`import_file`, so a line
is validated, cleaned and written the same way whoever sends it.

What a caller may rely on:

- one JSON object per line (format in BRIEF §4.3); blank lines are ignored and
  unknown keys are ignored;
- a bad line (malformed JSON, not an object, a missing or invalid field) is
  reported as ``(line number, message)`` in :attr:`ImportReport.errors` and
  skipped; the other lines go in;
- lines are written in batches, one transaction each, so an interrupted run
  keeps every batch already written; a batch the database refuses is retried
  row by row, so one bad row cannot take its neighbours down with it;
- ``external_id`` is unique per edition: a line whose ``external_id`` exists is an
  update of that article in place (never a duplicate). Keys present in the line
  are applied, keys absent are left as they are (``"tags": []`` clears the tags);
- HTML bodies are cleaned by the allow-list of :mod:`nashra.core.html`: scripts,
  event handlers and ``javascript:`` links are removed, the article is imported and
  the line gets a warning; plain text becomes ``<p>`` paragraphs at blank lines;
- ``image.path`` (relative to ``base_dir``) becomes a Wagtail image in the edition's
  collection, reused when the same bytes come again; ``image.url`` is not fetched
  in this version (no network): the article is imported without an image, the
  caption and credit are kept, and the line gets a warning.

Messages are Arabic (the newsroom's language) and name the JSON key at fault.

This module holds the entry points, the edition lookup and the loop that cuts
lines into batches; validation is :mod:`.records`, writing a batch is
:mod:`.batch_writer` (with :mod:`.sections` and :mod:`.images`), and the tree
writes are :mod:`.bulk` and :mod:`.updates`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path

from django.db import connection
from django.utils.translation import gettext as _

from nashra.editions.models import Edition

from . import bulk, pg_session, prepare
from .after_batches import AfterBatches
from .batch_writer import BatchWriter
from .images import LocalImages
from .planner_statistics import PlannerStatistics
from .records import ImageSpec, LineError, Record, validate_record
from .report import ImportReport
from .sections import SectionsBySlug

# The public surface: callers import the records' types, ``validate_record`` and
# ``ImportReport`` from here too (re-exports), whichever module defines them.
__all__ = [
    "ImageSpec", "ImportReport", "LineError", "Progress", "Record", "UnknownEdition",
    "find_edition", "import_file", "import_lines", "import_records", "validate_record",
]

Progress = Callable[[int], None]


# --- editions ------------------------------------------------------------------------------


class UnknownEdition(LookupError):
    """No edition with that slug (or no default edition); ``known`` lists the slugs that exist."""

    def __init__(self, slug: str | None, known: list[str]):
        self.slug = slug
        self.known = known
        listing = "، ".join(known) if known else _("لا يوجد أي إصدار بعد")
        if slug is None:
            message = _("لا يوجد إصدار للموقع الافتراضي؛ اختر إصدارًا بـ --edition. الإصدارات: %(known)s")
        else:
            message = _("الإصدار «%(slug)s» غير معروف. الإصدارات المعروفة: %(known)s")
        super().__init__(message % {"slug": slug, "known": listing})


def find_edition(slug: str | None = None) -> Edition:
    """The edition with ``slug``, or the edition of the default Wagtail site."""
    editions = Edition.objects.select_related("site")
    if slug:
        edition = editions.filter(slug=slug).first()
    else:
        # Wagtail's own «localhost» default site may still exist next to an
        # edition's: take the default site that has an edition.
        edition = editions.filter(site__is_default_site=True).order_by("pk").first()
    if edition is None:
        raise UnknownEdition(slug, list(Edition.objects.order_by("slug").values_list("slug", flat=True)))
    return edition


# --- public entry points ---------------------------------------------------------------


def import_file(path: str | Path, edition: Edition, **options) -> ImportReport:
    """Import a JSONL file; relative image paths resolve against the file's folder."""
    path = Path(path)
    options.setdefault("base_dir", path.resolve().parent)
    with path.open("rb") as handle:
        return import_lines(handle, edition, **options)


def import_lines(
    lines: Iterable[str | bytes],
    edition: Edition,
    *,
    progress: Progress | None = None,
    batch_size: int = 500,
    base_dir: str | Path | None = None,
    allow_paths_outside_base_dir: bool = False,
) -> ImportReport:
    """Import JSON Lines (``str`` or UTF-8 ``bytes``, numbered from 1).

    ``progress`` is called with the number of lines handled since its last call.
    ``base_dir`` is where ``image.path`` values are looked up; without it local
    image paths are refused (a warning), and paths leading outside it are refused
    unless ``allow_paths_outside_base_dir`` (the operator's own command line).
    """
    return _run(
        lambda: prepare.checked(lines=lines), edition, progress=progress, batch_size=batch_size,
        base_dir=base_dir, allow_paths_outside_base_dir=allow_paths_outside_base_dir,
    )


def import_records(
    records: Iterable[tuple[int, object]],
    edition: Edition,
    *,
    progress: Progress | None = None,
    batch_size: int = 500,
    base_dir: str | Path | None = None,
    allow_paths_outside_base_dir: bool = False,
) -> ImportReport:
    """Import already-parsed records given as ``(line number, object)``; see :func:`import_lines`."""
    return _run(
        lambda: prepare.checked(records), edition, progress=progress, batch_size=batch_size,
        base_dir=base_dir, allow_paths_outside_base_dir=allow_paths_outside_base_dir,
    )


# --- cutting the lines into batches ------------------------------------------------------------


def _run(outcomes, edition, *, progress, batch_size, base_dir, allow_paths_outside_base_dir) -> ImportReport:
    started = time.perf_counter()
    report = ImportReport()
    images = LocalImages(edition, base_dir, allow_paths_outside_base_dir)
    statistics = PlannerStatistics()

    hints: dict[str, dict[str, str]] = {}  # what the helper worked out for the batch being written

    def after_batch(ids, batch_hints):
        pg_session.apply()  # the index thread's own connection, on PostgreSQL
        bulk.after_import(edition, ids, batch_hints)  # looked up per call: tests patch it
        statistics.grew(len(ids))

    after = AfterBatches(after_batch)

    def after_committed(ids):
        # The batch's hints are taken here, on this thread: ``after_batch`` may run on another one
        # while the next batch is read, and ``hints`` is cleared for that batch before it starts.
        after(ids, {name: dict(values) for name, values in hints.items()})

    writer = BatchWriter(edition, report, SectionsBySlug(edition), images, after_committed)
    batch_size = max(1, int(batch_size))
    pending: list[Record] = []
    pending_ids: set[str] = set()
    reported_line = 0
    last_line = 0

    def flush():
        nonlocal reported_line
        if pending:
            writer.write(pending)
            pending.clear()
            pending_ids.clear()
        hints.clear()
        if progress is not None and last_line > reported_line:
            progress(last_line - reported_line)
            reported_line = last_line

    try:
        with _sqlite_page_cache(), pg_session.import_settings():
            # Checked in a second process while this one writes, on a large SQLite run (prepare.py);
            # started inside the run so the helper is forked with the run's connection settings.
            for line_no, record, line_hints in outcomes():
                last_line = max(last_line, line_no)
                if isinstance(record, LineError):
                    report.error(line_no, str(record))
                    continue
                if record.external_id in pending_ids:  # a later line for the same article updates it
                    flush()
                for name, values in line_hints.items():
                    hints.setdefault(name, {}).update(values)
                pending.append(record)
                pending_ids.add(record.external_id)
                if len(pending) >= batch_size:
                    flush()
            flush()
    except BaseException:
        after.close(raise_error=False)
        raise
    after.close()  # the last batch indexed and purged before the run returns
    report.errors.sort(key=lambda e: e[0])
    report.warnings.sort(key=lambda w: w[0])
    report.seconds = time.perf_counter() - started
    return report


#: SQLite page cache of the importing connection while a run lasts (KiB when negative; default 2 MiB).
IMPORT_CACHE_KIB = 65536
#: WAL pages the importing connection lets pile up before it checkpoints (SQLite's default: 1,000).
IMPORT_WAL_PAGES = 16384


@contextmanager
def _sqlite_page_cache():
    """A larger SQLite page cache and fewer WAL checkpoints for the run, then the connection's own settings.

    A batch's transaction writes its pages, articles and FTS5 segments through the page
    cache; at the default 2 MiB it spills and rereads pages mid-transaction (5,000 articles of
    bench/import_articles.py: ~5-8 % faster with 64 MiB, the FTS5 writes most). A batch also
    fills SQLite's default WAL (1,000 pages, 4 MiB) about once, and each checkpoint that follows
    copies it into the database file and waits for the disk; with 64 MiB of WAL one checkpoint
    serves many batches. Durability (``synchronous=NORMAL``: a commit survives a crash of the
    process), locking and what is stored are unchanged; readers read through a longer WAL, and
    the run checkpoints once at its end. PostgreSQL: nothing to do.
    """
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        cache = int(cursor.fetchone()[0])
        cursor.execute("PRAGMA wal_autocheckpoint")
        wal_pages = int(cursor.fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        cursor.execute(f"PRAGMA wal_autocheckpoint = {IMPORT_WAL_PAGES}")
    try:
        yield
    finally:
        if connection.connection is not None:  # not closed meanwhile (a new one has the default)
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = {cache}")
                cursor.execute(f"PRAGMA wal_autocheckpoint = {wal_pages}")
                if not connection.in_atomic_block:
                    cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
