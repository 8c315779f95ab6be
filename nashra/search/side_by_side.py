"""Rebuilding the whole index on PostgreSQL: batches written over several connections side by side.

A full ``nashra reindex`` on PostgreSQL is mostly the server's work (``to_tsvector``, the GIN and b-tree
inserts): over one connection one server process kept one core busy while the command waited
(``top`` and ``pg_stat_activity`` sampled during a reindex of 1 M articles: the server process at 93 %,
the command at 7 %). ``NASHRA_REINDEX_WRITERS`` connections, each writing whole batches, keep that many
cores busy; a batch is still one transaction, so none is ever half written.

One batch at a time, as before, wherever more connections could not help or could not see the rows:
SQLite (one writer at a time) and inside a transaction (a caller's ``atomic`` block, the tests').
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import connection, connections


def write_batches(batches: Sequence[Sequence[int]], work: Callable[[Sequence[int]], int],
                  progress: Callable[[int], None] | None = None) -> int:
    """``work(batch)`` for every batch; the sum of what it returns. ``progress`` gets each batch's size, in order."""
    writers = settings.NASHRA_REINDEX_WRITERS
    if writers < 2 or connection.vendor != "postgresql" or connection.in_atomic_block:
        results = map(work, batches)
        return _count(batches, results, progress)

    def on_own_connection(batch: Sequence[int]) -> int:
        try:
            return work(batch)
        finally:
            connections.close_all()  # this thread's connection: a thread never outlives the pool's use of it

    pool = ThreadPoolExecutor(max_workers=writers, thread_name_prefix="nashra-reindex")
    try:
        return _count(batches, pool.map(on_own_connection, batches), progress)  # a batch's error is raised here
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # after an error, the batches not begun are not written


def _count(batches, results, progress) -> int:
    total = 0
    for batch, written in zip(batches, results, strict=True):
        total += written
        if progress:
            progress(len(batch))
    return total
