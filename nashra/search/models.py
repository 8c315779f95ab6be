"""Search index rows and the editors' plural lexicon.

:class:`SearchDocument` holds what filtering and ranking need on every backend
(edition, section, publication time as epoch seconds so recency arithmetic is
the same SQL on SQLite and PostgreSQL) and the recency key that is the FTS5
rowid. The searchable stems live next to it in a backend-specific table
(migrations 0002 and 0003): an FTS5 table on SQLite keyed by the recency key,
a ``tsvector`` table with a GIN index on PostgreSQL keyed by the article id.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    article_id = models.BigIntegerField(primary_key=True)
    edition_id = models.BigIntegerField(null=True, db_index=False)
    section_id = models.BigIntegerField(null=True)
    published_ts = models.BigIntegerField()
    #: The article's rowid in SQLite's FTS5 table (``backends.doc_key``): ordered like publication.
    doc_key = models.BigIntegerField(unique=True)

    class Meta:
        indexes = [
            # Newest-first and date-range filters inside one edition.
            models.Index(fields=["edition_id", "-published_ts"], name="search_doc_edition_ts"),
        ]

    def __str__(self) -> str:
        return f"search document {self.article_id}"


class PluralEntry(models.Model):
    plural = models.CharField(
        _("الجمع"), max_length=60, unique=True,
        help_text=_(
            "الجمع كما يُكتب، مثل «قناديل». التغيير يسري على الأخبار المنشورة من قبل بعد تشغيل «nashra reindex»."
        ),
    )
    singular = models.CharField(_("المفرد"), max_length=60, help_text=_("مثل «مستشفى» أو «قرار»"))

    class Meta:
        verbose_name = _("جمع في معجم البحث")
        verbose_name_plural = _("معجم الجموع للبحث")
        ordering = ["plural"]

    def __str__(self) -> str:
        return f"{self.plural} ← {self.singular}"


class IndexVersion(models.Model):
    """One row: the search keys' version (``nashra.arabic.stemmer.KEYS_VERSION``) the whole index
    was last built with. Written by a full ``nashra reindex`` and by the migration that made it."""

    keys_version = models.PositiveIntegerField()
    built_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"search keys v{self.keys_version}"
