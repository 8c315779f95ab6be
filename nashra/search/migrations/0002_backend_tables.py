"""The stems table of each backend, created only on its own database.

SQLite: an FTS5 table (``rowid`` = article id) with three columns so ``bm25``
can weight title over meta (subtitle, tags, section, authors, dateline) over
body. Our stems contain only [0-9a-z ء-ي] separated by spaces, so the
``unicode61`` tokenizer sees exactly our terms; diacritic removal is off
because folding already happened in Python.

PostgreSQL: a ``tsvector`` built from the same stems with the ``simple``
configuration (no stemming, no stop-words: ours already ran) and a GIN index.
"""

from django.db import migrations


class VendorSQL(migrations.RunSQL):
    """RunSQL that runs only on one database vendor (a no-op elsewhere)."""

    def __init__(self, vendor, sql, reverse_sql):
        super().__init__(sql, reverse_sql)
        self.vendor = vendor

    def deconstruct(self):
        return self.__class__.__name__, [self.vendor, self.sql, self.reverse_sql], {}

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("nashra_search", "0001_initial")]

    operations = [
        VendorSQL(
            "sqlite",
            "CREATE VIRTUAL TABLE nashra_search_fts USING fts5("
            "title, meta, body, tokenize = 'unicode61 remove_diacritics 0')",
            "DROP TABLE IF EXISTS nashra_search_fts",
        ),
        VendorSQL(
            "postgresql",
            [
                "CREATE TABLE nashra_search_vector (article_id bigint PRIMARY KEY, vector tsvector NOT NULL)",
                "CREATE INDEX nashra_search_vector_gin ON nashra_search_vector USING gin (vector)",
            ],
            "DROP TABLE IF EXISTS nashra_search_vector",
        ),
    ]
