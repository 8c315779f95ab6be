"""Finding (or creating) the section an imported line names, once per slug and run.

Separate from the batch writer because it is the one place an import goes
through Wagtail's ordinary ``add_child`` (sections are few and must get a
revision and signals like any page an editor creates).
"""

from __future__ import annotations

import logging

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from wagtail.models import Page

from nashra.articles.models import SectionPage
from nashra.editions.models import Edition

from .records import LineError

logger = logging.getLogger("nashra.importing.services")  # the logger these messages always used


class SectionsBySlug:
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
