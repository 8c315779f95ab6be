"""Recency-ordered index (see ``nashra.search.backends``), keeping what is indexed.

SQLite: SearchDocument gets ``doc_key`` and the FTS5 table is rebuilt with the
key as rowid and a ``facets`` column (edition, section and author tokens).
PostgreSQL: the vector table gets edition, section and publication time with a
btree for newest-first walks. Existing rows are copied in SQL, so no reindex is
needed after upgrading.
"""

from importlib import import_module

from django.db import migrations, models

VendorSQL = import_module("nashra.search.migrations.0002_backend_tables").VendorSQL

# published_ts × 2^24 + the low 24 bits of the article id (nashra.search.backends.doc_key).
KEY = "(published_ts * 16777216 + (article_id & 16777215))"

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE nashra_search_fts_new USING fts5("
    "title, meta, body, facets, tokenize = 'unicode61 remove_diacritics 0')",
    "INSERT INTO nashra_search_fts_new (rowid, title, meta, body, facets) "
    "SELECT d.doc_key, f.title, f.meta, f.body, trim("
    "COALESCE('e' || d.edition_id, '') || ' ' || COALESCE('s' || d.section_id, '') || ' ' || COALESCE("
    "(SELECT group_concat('a' || author_id, ' ') FROM articles_articlepage_authors "
    "WHERE articlepage_id = d.article_id), '')) "
    "FROM nashra_search_fts f JOIN nashra_search_searchdocument d ON d.article_id = f.rowid",
    "DROP TABLE nashra_search_fts",
    "ALTER TABLE nashra_search_fts_new RENAME TO nashra_search_fts",
]

POSTGRESQL_FORWARD = [
    "ALTER TABLE nashra_search_vector ADD COLUMN edition_id bigint, ADD COLUMN section_id bigint, "
    "ADD COLUMN published_ts bigint",
    "UPDATE nashra_search_vector v SET edition_id = d.edition_id, section_id = d.section_id, "
    "published_ts = d.published_ts FROM nashra_search_searchdocument d WHERE d.article_id = v.article_id",
    "DELETE FROM nashra_search_vector WHERE published_ts IS NULL",
    "ALTER TABLE nashra_search_vector ALTER COLUMN published_ts SET NOT NULL",
    "CREATE INDEX nashra_search_vector_edition_ts ON nashra_search_vector "
    "(edition_id, published_ts DESC, article_id DESC)",
    "CREATE INDEX nashra_search_vector_ts ON nashra_search_vector (published_ts DESC, article_id DESC)",
]


class Migration(migrations.Migration):
    dependencies = [("nashra_search", "0002_backend_tables"), ("articles", "0002_initial")]

    operations = [
        migrations.AddField("searchdocument", "doc_key", models.BigIntegerField(null=True)),
        migrations.RunSQL(f"UPDATE nashra_search_searchdocument SET doc_key = {KEY}", migrations.RunSQL.noop),
        migrations.AlterField("searchdocument", "doc_key", models.BigIntegerField(unique=True)),
        VendorSQL("sqlite", SQLITE_FORWARD, migrations.RunSQL.noop),
        VendorSQL("postgresql", POSTGRESQL_FORWARD, migrations.RunSQL.noop),
    ]
