"""``nashra import-pages PATH... [--edition SLUG] [--section SLUG] [--dry-run] [--quiet]``.

Brings an old site's archive in from its saved pages: ``.html`` / ``.htm``
files or ``.txt`` captures, given one by one or as folders (searched
recursively). Each page goes through :mod:`nashra.importing.pages` (title,
subtitle, caption, dateline, byline, publication time, body; the site's
furniture dropped) and the result through the same
:func:`nashra.importing.services.import_records` as ``import-articles`` — so
cleaning, indexing and cache purges are the same as for any other import.

- ``external_id`` is the page's canonical URL (``<link rel=canonical>``,
  og:url, JSON-LD), else ``sha1:`` + a hash of the extracted title and body:
  importing a page twice gives one article.
- A page that names no publication time gets the file's modification time
  (UTC); the summary lists those files so an editor can check them.
- ``--dry-run`` writes nothing and prints, on stdout, the JSON Lines that would
  be imported (BRIEF §4.3), ready for review and for ``import-articles``; the
  summary then goes to stderr.
- Empty, binary, undecodable and non-article pages (a section index) are
  reported as «skipped: PATH — reason» and skipped; a run never stops on one.

Exit status: 0 once the pages were read; non-zero for a missing path, an
unknown edition or an invalid section slug.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand, CommandError
from django.core.validators import slug_unicode_re
from tqdm import tqdm

from nashra.importing.pages import ExtractedArticle, Rejection, extract_file
from nashra.importing.services import UnknownEdition, find_edition, import_records

PAGE_SUFFIXES = (".html", ".htm", ".txt")
DEFAULT_SECTION = "archive"
DEFAULT_SECTION_NAME = "الأرشيف"


class Command(BaseCommand):
    help = "Import articles from saved pages of an old site (.html/.htm/.txt files or folders)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders (recursive)")
        parser.add_argument("--edition", help="edition slug (default: the edition of the default site)")
        parser.add_argument("--section", default=DEFAULT_SECTION,
                            help=f"section slug (default: {DEFAULT_SECTION}; created if missing)")
        parser.add_argument("--dry-run", action="store_true",
                            help="write nothing; print the JSON Lines that would be imported")
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, paths, edition=None, section=DEFAULT_SECTION, dry_run=False, quiet=False,
               **options):
        if not slug_unicode_re.match(section or ""):
            raise CommandError(f"--section «{section}» ليس معرّف قسم صالحًا (حروف وأرقام و- و_ فقط)")
        try:
            target = find_edition(edition)
        except UnknownEdition as exc:
            raise CommandError(str(exc)) from exc
        files, skipped = collect_files(paths)
        run = _Run(files, section, ZoneInfo(target.time_zone), skipped)
        verbosity = options.get("verbosity", 1)
        show_bar = not quiet and verbosity > 0 and sys.stderr.isatty()
        bar = tqdm(total=len(files), unit=" pages", file=sys.stderr, disable=not show_bar, dynamic_ncols=True)
        try:
            if dry_run:
                report = None
                for _ref, record in run.records(bar.update):
                    self.stdout.write(json.dumps(record, ensure_ascii=False))
            else:
                base_dir = Path(os.path.commonpath([str(f.parent) for f in files])) if files else Path.cwd()
                report = import_records(run.records(bar.update), target, base_dir=base_dir,
                                        allow_paths_outside_base_dir=True)
        finally:
            bar.close()
        self._summary(run, report, target, dry_run=dry_run, verbosity=verbosity)

    def _summary(self, run: _Run, report, edition, *, dry_run: bool, verbosity: int) -> None:
        out = self.stderr if dry_run else self.stdout
        style = self.style
        if dry_run:
            out.write(f"{edition.name} ({edition.slug}) — تجربة دون كتابة: صفحات {run.seen}، "
                      f"أخبار مستخرجة {run.extracted}، متروكة {len(run.skipped)}")
        else:
            out.write(f"{edition.name} ({edition.slug}): صفحات {run.seen}، جديدة {report.created}، "
                      f"محدَّثة {report.updated}، متروكة {len(run.skipped) + report.skipped}، "
                      f"تحذيرات {len(report.warnings)} — {report.seconds:.1f} ث")
        for path, reason in run.skipped:
            out.write(style.WARNING(f"skipped: {path} — {reason}"))
        if report is not None:
            for ref, message in report.errors:
                out.write(style.ERROR(f"skipped: {run.path_of(ref)} — {message}"))
            for ref, message in report.warnings:
                out.write(style.WARNING(f"warning: {run.path_of(ref)} — {message}"))
        if run.mtime_used:
            out.write(style.WARNING(
                f"لا وقت نشر في {len(run.mtime_used)} صفحة: استُعمل وقت تعديل الملف (UTC) — راجعها:"))
            for path in run.mtime_used:
                out.write(f"  published_at=mtime: {path}")
        if verbosity >= 2:
            for path, notes in run.notes:
                for note in notes:
                    out.write(f"  note: {path} — {note}")


def collect_files(paths: list[str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Page files in a stable order; folders are searched recursively. A missing path stops the run."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
            files.extend(sorted(found))
        elif path.is_file():
            if path.suffix.lower() in PAGE_SUFFIXES:
                files.append(path)
            else:
                skipped.append((path, "ليس ملف صفحة (.html أو .htm أو .txt)"))
        else:
            raise CommandError(f"المسار غير موجود: {raw}")
    return list(dict.fromkeys(files)), skipped


class _Run:
    """Pages → records, remembering which file each record came from and what was skipped."""

    def __init__(self, files: list[Path], section: str, tz, skipped: list[tuple[Path, str]]):
        self.files, self.section, self.tz = files, section, tz
        self.skipped = skipped
        self.mtime_used: list[Path] = []
        self.notes: list[tuple[Path, list[str]]] = []
        self.seen = self.extracted = 0

    def path_of(self, ref: int) -> Path | str:
        return self.files[ref - 1] if 0 < ref <= len(self.files) else f"#{ref}"

    def records(self, progress):
        for ref, path in enumerate(self.files, start=1):
            self.seen += 1
            try:
                result = extract_file(path, tz=self.tz)
            except OSError as exc:
                result = Rejection("unreadable", f"تعذّرت قراءة الملف: {exc.strerror or exc}")
            except Exception as exc:  # an extractor bug must not stop an archive import
                result = Rejection("error", f"خطأ في الاستخراج: {exc.__class__.__name__}: {exc}")
            progress(1)
            if isinstance(result, Rejection):
                self.skipped.append((path, str(result)))
                continue
            self.extracted += 1
            if result.notes:
                self.notes.append((path, result.notes))
            yield ref, self.record(result, path)

    def record(self, article: ExtractedArticle, path: Path) -> dict:
        published_at = article.published_at
        if published_at is None:
            published_at = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
            self.mtime_used.append(path)
        record = article.to_record(section=self.section, published_at=published_at,
                                   image=image_spec(article, path))
        if self.section == DEFAULT_SECTION:
            record["section_name"] = DEFAULT_SECTION_NAME  # the title if the importer creates the section
        return record


def image_spec(article: ExtractedArticle, page_path: Path) -> dict | None:
    """The lead image as ``import-articles`` takes it: a file saved beside the page, else its URL."""
    src = article.image.strip()
    if not src:
        return None
    spec: dict = {}
    parts = urlsplit(src)
    if not parts.scheme and not parts.netloc:
        local = None if parts.path.startswith("/") else (page_path.parent / unquote(parts.path)).resolve()
        if local is not None and local.is_file():
            spec["path"] = str(local)  # «Save page as… complete» keeps images in a folder beside the page
        elif article.canonical_url:
            spec["url"] = urljoin(article.canonical_url, src)
    elif parts.scheme in ("http", "https"):
        spec["url"] = src
    elif not parts.scheme and parts.netloc:  # //cdn.example/x.jpg
        spec["url"] = "https:" + src
    if not spec:
        return None
    if article.caption:
        spec["caption"] = article.caption
    return spec
