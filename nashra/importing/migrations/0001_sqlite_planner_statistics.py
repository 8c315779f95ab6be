"""SQLite's planner statistics for an archive imported before the importer gathered them.

An import now runs ``ANALYZE`` as it grows the archive (``nashra/importing/planner_statistics.py``); an
archive imported before that has none, and some reader pages then read a whole edition (at 1 M
articles, the search page's list of writers: 3 s). Gathered once here, on ``nashra migrate``, for an archive of
5,000 articles or more (as the importer does): about 10 s at 1 M articles. PostgreSQL gathers its own (autovacuum).
"""

from django.db import migrations

#: As ``planner_statistics.SQLITE_ANALYSIS_LIMIT`` and ``PlannerStatistics.FIRST`` when written (a migration keeps
#: its own values). Below that many articles, no statistics: gathered on a small archive they would tell the planner
#: that reading a whole edition is cheap, long after it has grown (SQLite refreshes none by itself).
SQLITE_ANALYSIS_LIMIT = 1000
MIN_ARTICLES = 5_000


def gather(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_articlepage")
        if cursor.fetchone()[0] < MIN_ARTICLES:
            return
        cursor.execute(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
        cursor.execute("ANALYZE")


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_article_extras")]

    operations = [migrations.RunPython(gather, migrations.RunPython.noop, elidable=True)]
