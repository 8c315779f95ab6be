"""Fresh planner statistics while a big import grows the archive (PostgreSQL and SQLite).

Databases pick their query plans from statistics that ``ANALYZE`` gathers. PostgreSQL's autovacuum
gathers them only now and then (or never, where it is off), and SQLite never does on its own. An import
that grows the archive from 10 k to 1 M articles leaves them describing a far smaller archive (or, on
SQLite, nothing at all), and plans switch to reading a whole edition:

- PostgreSQL: the importer's own lookups (existing external ids, sibling slugs) took 0.87 s each at
  600 k articles on stale statistics, 0.3 ms after ``ANALYZE`` (``EXPLAIN ANALYZE``).
- SQLite at 1 M articles without statistics: the search page's list of writers read every story of the
  edition (3 s; 7.5 ms with them), as the editors' picks once did.

So the import runs ``ANALYZE`` each time it has added as many articles as the archive held when it last ran
(5,000 at least): a handful of times per import, each a few seconds at 1 M. SQLite reads every index in full
(``PRAGMA analysis_limit = 0``): sampled, it took an index's first rows for the whole and counted 8 stories per
tag where a tag had 4,574 and 512 per edition where there were 510,000, and then read every link of every tag
to find one import batch's (:mod:`nashra.search.documents`). At 1 M articles a full ``ANALYZE`` took 5.9 s,
a sampled one 4.8 s.
"""

from __future__ import annotations

from django.db import connection

from nashra.articles.models import ArticlePage

#: Rows of each index SQLite's ``ANALYZE`` reads (``PRAGMA analysis_limit``): 0, all of them (see above).
SQLITE_ANALYSIS_LIMIT = 0


class PlannerStatistics:
    FIRST = 5_000

    def __init__(self):
        self.enabled = not connection.in_atomic_block  # committed batches: a caller's transaction would hold it
        self.base = ArticlePage.objects.count() if self.enabled else 0
        self.added = 0

    def grew(self, count: int) -> bool:
        """Note ``count`` more articles; ``ANALYZE`` when they reach the size last analysed. True if it ran."""
        if not self.enabled:
            return False
        self.added += count
        if self.added < max(self.FIRST, self.base):
            return False
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
            cursor.execute("ANALYZE")
        self.base += self.added
        self.added = 0
        return True
