"""Fresh planner statistics while a big import grows the archive (PostgreSQL).

PostgreSQL picks its query plans from statistics that ``ANALYZE`` gathers, and autovacuum
gathers them only now and then (or never, where it is off). An import that grows the archive
from 10 k to 1 M articles leaves them describing a far smaller archive, and the importer's own
lookups (existing external ids, sibling slugs) switch to plans that read a whole edition:
0.87 s a lookup at 600 k articles on stale statistics, 0.3 ms after ``ANALYZE`` (``EXPLAIN ANALYZE``). So the import
runs ``ANALYZE`` each time it has added as many articles as the archive held when it last ran
(5,000 at least): a handful of times per import, each a few seconds at 1 M.
"""

from __future__ import annotations

from django.db import connection

from nashra.articles.models import ArticlePage


class PlannerStatistics:
    FIRST = 5_000

    def __init__(self):
        self.enabled = connection.vendor == "postgresql" and not connection.in_atomic_block
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
            cursor.execute("ANALYZE")
        self.base += self.added
        self.added = 0
        return True
