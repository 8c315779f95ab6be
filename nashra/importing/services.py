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
"""

from __future__ import annotations

import hashlib
import io
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from treebeard.exceptions import PathOverflow
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from nashra.articles.models import Author, SectionPage, unique_author_slug
from nashra.articles.signals import touch_edition
from nashra.editions.models import Edition
from nashra.security.uploads import strip_gps, validate_image_file

from . import bulk
from .records import (  # noqa: F401  (re-exported: callers import them from here)
    ImageSpec,
    LineError,
    Record,
    _parse_lines,
    _shorten,
    validate_record,
)

logger = logging.getLogger(__name__)

Progress = Callable[[int], None]

# --- results -------------------------------------------------------------------------


@dataclass
class ImportReport:
    """What a run did. ``errors`` and ``warnings`` are ``(line number, message)`` pairs."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def imported(self) -> int:
        return self.created + self.updated

    @property
    def per_second(self) -> float:
        return self.imported / self.seconds if self.seconds > 0 else 0.0

    def error(self, line_no: int, message: str) -> None:
        self.errors.append((line_no, message))
        self.skipped += 1


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
        _parse_lines(lines), edition, progress=progress, batch_size=batch_size, base_dir=base_dir,
        allow_paths_outside_base_dir=allow_paths_outside_base_dir,
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
        records, edition, progress=progress, batch_size=batch_size, base_dir=base_dir,
        allow_paths_outside_base_dir=allow_paths_outside_base_dir,
    )


# --- side objects: sections, images, authors --------------------------------------------


class _Sections:
    """The edition's sections by slug; a missing one is created live under the edition home."""

    def __init__(self, edition: Edition):
        self.edition = edition
        self.home = edition.site.root_page
        self.cache: dict[str, SectionPage] = {}

    def get(self, slug: str, name: str | None) -> SectionPage:
        section = self.cache.get(slug)
        if section is None:
            section = self._find(slug) or self._create(slug, name)
            self.cache[slug] = section
        return section

    def _find(self, slug: str) -> SectionPage | None:
        page = Page.objects.child_of(self.home).filter(slug=slug).first()
        if page is None:
            return None
        page = page.specific
        if not isinstance(page, SectionPage):
            raise LineError(_("المعرّف «%(slug)s» تستعمله صفحة ليست قسمًا") % {"slug": slug})
        if page.edition_id is None:  # a section made before its edition existed
            page.edition_id = self.edition.pk
        return page

    def _create(self, slug: str, name: str | None) -> SectionPage:
        try:
            with transaction.atomic():
                section = SectionPage(title=name or slug, slug=slug)
                self.home.add_child(instance=section)
                section.save_revision().publish()
        except (ValidationError, DatabaseError):
            section = self._find(slug)  # another importer created it at the same moment
            if section is None:
                raise
        logger.info("import: created section %s in edition %s", slug, self.edition.slug)
        return section


class _Images:
    """Local image files stored once as Wagtail images in the edition's collection."""

    def __init__(self, edition: Edition, base_dir: str | Path | None, allow_outside: bool):
        self.base_dir = Path(base_dir).resolve() if base_dir is not None else None
        self.allow_outside = allow_outside
        root = Collection.get_first_root_node()
        self.collection = root.get_children().filter(name=edition.name).first() or root
        self.by_hash: dict[str, int] = {}

    def resolve(self, spec: ImageSpec) -> tuple[int | None, str | None]:
        """Return ``(image id or None, warning or None)``."""
        if spec.path:
            return self._from_path(spec)
        if spec.url:
            return None, _(
                "لم تُجلب الصورة من «%(url)s»: جلب الصور عبر الشبكة غير مدعوم في هذا الإصدار؛ "
                "استُورد الخبر بلا صورة واحتُفظ بالتعليق"
            ) % {"url": _shorten(spec.url, 80)}
        return None, None

    def _from_path(self, spec: ImageSpec) -> tuple[int | None, str | None]:
        if self.base_dir is None:
            return None, _("لا تُقبل مسارات الصور المحلية من هذا المصدر؛ استُورد الخبر بلا صورة")
        path = Path(spec.path)
        path = (path if path.is_absolute() else self.base_dir / path).resolve()
        if not self.allow_outside and not path.is_relative_to(self.base_dir):
            return None, _("مسار الصورة «%(path)s» خارج مجلد الاستيراد؛ استُورد الخبر بلا صورة") % {
                "path": spec.path}
        if not path.is_file():
            return None, _("ملف الصورة «%(path)s» غير موجود؛ استُورد الخبر بلا صورة") % {"path": spec.path}
        max_size = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", None)
        if max_size and path.stat().st_size > max_size:
            return None, _("ملف الصورة «%(path)s» أكبر من الحد المسموح؛ استُورد الخبر بلا صورة") % {
                "path": spec.path}
        data = path.read_bytes()
        digest = hashlib.sha1(data).hexdigest()  # noqa: S324 - Wagtail's own file_hash is SHA-1
        if digest in self.by_hash:
            return self.by_hash[digest], None
        Image = get_image_model()
        same_file = Image.objects.filter(collection=self.collection, file_hash=digest)
        existing = same_file.values_list("pk", flat=True).first()
        if existing is None:
            problem = _check_image(data)
            if problem:
                return None, _("ملف الصورة «%(path)s» غير صالح (%(problem)s)؛ استُورد الخبر بلا صورة") % {
                    "path": spec.path, "problem": problem}
            # Same checks as a newsroom upload; location data never reaches readers.
            existing = self._store(Image, path, strip_gps(data), digest, spec)
        self.by_hash[digest] = existing
        return existing, None

    def _store(self, Image, path: Path, data: bytes, digest: str, spec: ImageSpec) -> int:
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(data)) as probe:
            width, height = probe.size
        image = Image(title=(spec.caption or path.stem)[:255], collection=self.collection)
        image.file.save(path.name, ContentFile(data), save=False)
        image.width, image.height = width, height  # after file.save, which resets them
        image.file_size, image.file_hash = len(data), digest
        image.save()
        return image.pk


def _check_image(data: bytes) -> str | None:
    """Why ``data`` is not an acceptable image (content, size, pixels), or ``None``."""
    try:
        validate_image_file(data)
    except ValidationError as exc:
        return exc.messages[0]
    return None


def author_ids_for(names: Iterable[str]) -> dict[str, int]:
    """Author ids by exact name (the oldest author of that name), creating the missing ones."""
    wanted = set(names)
    found: dict[str, int] = {}
    for chunk in bulk._chunks(sorted(wanted), 400):
        for name, pk in Author.objects.filter(name__in=chunk).order_by("-pk").values_list("name", "pk"):
            found[name] = pk
    for name in sorted(wanted - found.keys()):
        found[name] = Author.objects.create(name=name, slug=unique_author_slug(name)).pk
    return found


# --- writing batches -----------------------------------------------------------------------


@dataclass
class _Prepared:
    record: Record
    section: SectionPage
    image_id: int | None
    warnings: list[str]
    published_at_defaulted: bool = False


def _run(items, edition, *, progress, batch_size, base_dir, allow_paths_outside_base_dir) -> ImportReport:
    started = time.perf_counter()
    report = ImportReport()
    images = _Images(edition, base_dir, allow_paths_outside_base_dir)
    writer = _Writer(edition, report, _Sections(edition), images)
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
        if progress is not None and last_line > reported_line:
            progress(last_line - reported_line)
            reported_line = last_line

    for line_no, obj in items:
        last_line = max(last_line, line_no)
        try:
            record = validate_record(line_no, obj)
        except LineError as exc:
            report.error(line_no, str(exc))
            continue
        if record.external_id in pending_ids:  # a later line for the same article updates it
            flush()
        pending.append(record)
        pending_ids.add(record.external_id)
        if len(pending) >= batch_size:
            flush()
    flush()
    report.errors.sort(key=lambda e: e[0])
    report.warnings.sort(key=lambda w: w[0])
    report.seconds = time.perf_counter() - started
    return report


class _Writer:
    def __init__(self, edition: Edition, report: ImportReport, sections: _Sections, images: _Images):
        self.edition = edition
        self.report = report
        self.sections = sections
        self.images = images

    def write(self, records: list[Record]) -> None:
        prepared = []
        for record in records:
            try:
                prepared.append(self._prepare(record))
            except LineError as exc:
                self.report.error(record.line_no, str(exc))
            except (ValidationError, DatabaseError, OSError) as exc:
                self.report.error(record.line_no, _describe(exc))
        if prepared:
            self._commit(prepared)

    def _prepare(self, record: Record) -> _Prepared:
        section = self.sections.get(record.section_slug, record.section_name)
        warnings = list(record.warnings)
        image_id = None
        if record.image is not None:
            image_id, warning = self.images.resolve(record.image)
            if warning:
                warnings.append(warning)
        return _Prepared(record, section, image_id, warnings)

    def _commit(self, prepared: list[_Prepared]) -> None:
        try:
            with transaction.atomic():
                created, updated, notes = self._apply(prepared)
        except Exception as exc:  # the database refused the batch: find the row(s) at fault
            expected = isinstance(exc, DatabaseError | ValidationError | PathOverflow | LineError)
            if len(prepared) == 1:
                logger.log(logging.INFO if expected else logging.WARNING, "import: line %s refused: %r",
                           prepared[0].record.line_no, exc, exc_info=not expected)
                self.report.error(prepared[0].record.line_no, _describe(exc))
                return
            logger.info("import: batch of %d refused (%r), retrying row by row", len(prepared), exc)
            for item in prepared:
                self._commit([item])
            return
        self.report.created += len(created)
        self.report.updated += len(updated)
        for item in prepared:
            self.report.warnings.extend((item.record.line_no, w) for w in item.warnings)
            if item.published_at_defaulted:
                note = _("لا يوجد «published_at»؛ استُعمل وقت الاستيراد")
                self.report.warnings.append((item.record.line_no, note))
        self.report.warnings.extend(notes)
        bulk.after_import(self.edition, created + updated)

    def _apply(self, prepared: list[_Prepared]) -> tuple[list[int], list[int], list[tuple[int, str]]]:
        existing = bulk.existing_articles(self.edition.pk, [p.record.external_id for p in prepared])
        author_ids = author_ids_for(n for p in prepared for n in (p.record.authors or ()))
        tag_ids = bulk.tag_ids_for(t for p in prepared for t in (p.record.tags or ()))

        new_by_section: dict[int, tuple[SectionPage, list[bulk.ArticleData]]] = {}
        updates = []
        newest = None
        for item in prepared:
            current = existing.get(item.record.external_id)
            data = _article_data(item, author_ids, tag_ids, is_new=current is None)
            if data.published_at is not None and (newest is None or data.published_at > newest):
                newest = data.published_at
            if current is None:
                new_by_section.setdefault(item.section.pk, (item.section, []))[1].append(data)
            else:
                updates.append((current, data, item.section))

        created: list[int] = []
        for section, articles in new_by_section.values():
            created.extend(bulk.insert_articles(section, articles))
        result = bulk.update_articles(updates)
        notes = [
            (line_no, _("كانت للخبر مسودة غير منشورة؛ نُشرت نسخة الاستيراد وبقيت المسودة في السجل"))
            for line_no in result.superseded_drafts
        ]
        if newest is not None:
            touch_edition(self.edition.pk, min(newest, timezone.now()))
        return created, result.ids, notes


def _article_data(item: _Prepared, author_ids: dict, tag_ids: dict, *, is_new: bool) -> bulk.ArticleData:
    record = item.record
    published_at = record.published_at
    item.published_at_defaulted = published_at is None and is_new
    if item.published_at_defaulted:
        published_at = timezone.now()
    image = record.image
    return bulk.ArticleData(
        external_id=record.external_id,
        title=record.title,
        published_at=published_at,
        subtitle=record.subtitle,
        body=record.body,
        dateline=record.dateline,
        is_breaking=record.breaking,
        breaking_until=record.breaking_until,
        lead_image_id=item.image_id,
        lead_image_caption=image.caption if image else None,
        lead_image_credit=image.credit if image else None,
        author_ids=None if record.authors is None else [author_ids[n] for n in record.authors],
        tag_ids=None if record.tags is None else [tag_ids[t] for t in record.tags],
        ref=record.line_no,
    )


def _describe(exc: Exception) -> str:
    if isinstance(exc, LineError | PathOverflow):
        return str(exc)
    if isinstance(exc, ValidationError):
        return _("قيمة مرفوضة: %(detail)s") % {"detail": "؛ ".join(exc.messages)}
    if isinstance(exc, DatabaseError):
        return _("رفضت قاعدة البيانات السطر: %(detail)s") % {"detail": _shorten(str(exc).strip(), 200)}
    return _("تعذّر استيراد السطر: %(detail)s") % {"detail": _shorten(f"{exc.__class__.__name__}: {exc}", 200)}
