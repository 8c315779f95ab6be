"""The work that follows each committed import batch, beside the writing of the next batch.

After a batch commits, :func:`.bulk.after_import` tells search (index the batch) and delivery
(purge). On PostgreSQL most of the index write is the server's (``to_tsvector``, the GIN and
b-tree inserts) while most of the importer's own time is Python (validating lines, preparing
rows): running one batch's after-work on a second thread, with its own connection, while the
next batch is written lets the two overlap on a machine with two cores or more.

At most one batch is in flight: the next one waits for it, so memory stays one batch and a
failure (a refused index write) stops the import at the next batch, as it stopped it inline.
The run waits for the last one before it returns, so an import that has returned is indexed.

Inline, as before, wherever a second connection could not help or could not see the rows:
SQLite (one writer at a time) and inside a transaction (a caller's ``atomic`` block, the tests'),
where the batch is not committed yet.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from django.db import connection, connections


class AfterBatches:
    """Calls ``work(article_ids, *more)`` for each committed batch: inline, or one batch behind on a thread."""

    def __init__(self, work: Callable[..., None]):
        self.work = work
        self.beside = connection.vendor == "postgresql" and not connection.in_atomic_block
        self._thread: ThreadPoolExecutor | None = None
        self._in_flight: Future | None = None

    def __call__(self, article_ids: list[int], *more) -> None:
        if not self.beside:
            self.work(article_ids, *more)
            return
        self.wait()
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nashra-import-after")
        self._in_flight = self._thread.submit(self.work, article_ids, *more)

    def wait(self) -> None:
        """Until the batch in flight is done; its exception, if it failed, is raised here."""
        future, self._in_flight = self._in_flight, None
        if future is not None:
            future.result()

    def close(self, *, raise_error: bool = True) -> None:
        """Wait for the last batch, then close the thread and the connection it opened.

        ``raise_error=False`` while another exception is on its way out (an interrupted run):
        the last batch's own failure must not hide it.
        """
        try:
            self.wait()
        except Exception:
            if raise_error:
                raise
        finally:
            if self._thread is not None:
                self._thread.submit(connections.close_all).result()
                self._thread.shutdown()
                self._thread = None
