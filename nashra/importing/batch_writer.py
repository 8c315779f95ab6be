"""Writing one batch of validated records: resolve, then insert or update in one transaction.

A batch is prepared (section, image), its author and tag names resolved to
ids, then new articles go to :func:`.bulk.insert_sections` and existing ones
to :func:`.updates.update_articles`, all in one transaction; a batch the
database refuses is retried row by row. After each committed batch
:func:`.bulk.after_import` runs (through :mod:`.after_batches` on an import
run). Separate from :mod:`.services`, which only reads lines and cuts them
into batches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from treebeard.exceptions import PathOverflow

from nashra.articles.events import touch_edition
from nashra.articles.models import SectionPage
from nashra.editions.models import Edition

# ``bulk.insert_sections`` and ``bulk.after_import`` are looked up on the module at
# call time (not imported by name) so tests can monkeypatch them there.
from . import bulk
from .article_data import ArticleData
from .article_relations import author_ids_for, tag_ids_for
from .images import LocalImages
from .records import LineError, Record, _shorten
from .report import ImportReport
from .sections import SectionsBySlug
from .updates import existing_articles, update_articles

logger = logging.getLogger("nashra.importing.services")  # the logger these messages always used


@dataclass
class _Prepared:
    """A record with its section and image resolved, waiting for its batch's transaction."""

    record: Record
    section: SectionPage
    image_id: int | None
    warnings: list[str]
    published_at_defaulted: bool = False


class BatchWriter:
    """Writes the batches of one run into ``edition``, counting and reporting into ``report``."""

    def __init__(self, edition: Edition, report: ImportReport, sections: SectionsBySlug, images: LocalImages,
                 after: Callable[[list[int]], None] | None = None):
        self.edition = edition
        self.report = report
        self.sections = sections
        self.images = images
        # what follows a committed batch (index, purge): inline, or beside the next batch (.after_batches)
        self.after = after or (lambda ids: bulk.after_import(self.edition, ids))

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
        self.after(created + updated)

    def _apply(self, prepared: list[_Prepared]) -> tuple[list[int], list[int], list[tuple[int, str]]]:
        existing = existing_articles(self.edition.pk, [p.record.external_id for p in prepared])
        author_ids = author_ids_for(n for p in prepared for n in (p.record.authors or ()))
        tag_ids = tag_ids_for(t for p in prepared for t in (p.record.tags or ()))

        new_by_section: dict[int, tuple[SectionPage, list[ArticleData]]] = {}
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

        created = bulk.insert_sections(list(new_by_section.values()))
        result = update_articles(updates)
        notes = [
            (line_no, _("كانت للخبر مسودة غير منشورة؛ نُشرت نسخة الاستيراد وبقيت المسودة في السجل"))
            for line_no in result.superseded_drafts
        ]
        if newest is not None:
            touch_edition(self.edition.pk, min(newest, timezone.now()))
        return created, result.ids, notes


def _article_data(item: _Prepared, author_ids: dict, tag_ids: dict, *, is_new: bool) -> ArticleData:
    record = item.record
    published_at = record.published_at
    item.published_at_defaulted = published_at is None and is_new
    if item.published_at_defaulted:
        published_at = timezone.now()
    image = record.image
    return ArticleData(
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
