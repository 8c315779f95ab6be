"""SQLite's planner statistics for an archive imported before the importer gathered them.

An import now runs ``ANALYZE`` as it grows the archive (``nashra/importing/planner_statistics.py``); an
archive imported before that has none, and some reader pages then read a whole edition (at 1 M
articles, the search page's list of writers: 3 s). Gathered once here, on ``nashra migrate``: about
10 s at 1 M articles, nothing to speak of on a small site. PostgreSQL gathers its own (autovacuum).
"""

from django.db import migrations

#: As ``planner_statistics.SQLITE_ANALYSIS_LIMIT`` when written (a migration keeps its own values).
SQLITE_ANALYSIS_LIMIT = 1000


def gather(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
        cursor.execute("ANALYZE")


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_article_extras")]

    operations = [migrations.RunPython(gather, migrations.RunPython.noop, elidable=True)]
