"""The work after each import batch (index, purge) runs beside the next batch on PostgreSQL, inline elsewhere.

Whichever way it runs, an import that has returned is indexed, and a failure of that work stops
the import with its exception.
"""

import json
import threading
import time

import pytest
from django.db import connection

from nashra.importing import bulk
from nashra.importing.after_batches import AfterBatches
from nashra.importing.services import import_lines
from nashra.search import services as search


def _lines(count, prefix="after"):
    return [json.dumps({"external_id": f"{prefix}-{n}", "section": "politics", "title": f"خبر رقم {n} عن الانتخابات",
                        "body": "<p>أعلنت الحكومة نتائج الانتخابات اليوم.</p>",
                        "published_at": "2026-12-01T10:00:00+02:00"}, ensure_ascii=False)
            for n in range(count)]


def test_inside_a_transaction_the_work_runs_inline(db):
    seen = []
    after = AfterBatches(lambda ids: seen.append((ids, threading.current_thread())))
    assert not after.beside  # the test's transaction: a second connection would not see the rows
    after([1, 2])
    assert seen == [([1, 2], threading.current_thread())]
    after.close()


def test_beside_one_batch_at_a_time_in_order_and_a_failure_surfaces():
    done, running = [], []

    def work(ids):
        running.append(ids)
        assert len(running) - len(done) == 1  # never two batches in flight
        time.sleep(0.02)
        if ids == ["bad"]:
            raise RuntimeError("index refused")
        done.append((ids, threading.current_thread().name))

    after = AfterBatches(work)
    after.beside = True
    after([1])
    after([2])  # waits for [1] first
    after.close()  # waits for [2]
    assert [ids for ids, _ in done] == [[1], [2]]
    assert all(name.startswith("nashra-import-after") for _, name in done)

    failing = AfterBatches(work)
    failing.beside = True
    failing(["bad"])
    with pytest.raises(RuntimeError, match="index refused"):
        failing([3])  # the next batch learns of the failure before it goes on
    failing.close()


def test_an_interrupted_run_reports_its_own_error_not_the_last_batch_s():
    def work(ids):
        raise RuntimeError("index refused")

    after = AfterBatches(work)
    after.beside = True
    after([1])
    after.close(raise_error=False)  # the run's own exception is on its way out: this one must not hide it
    assert after._thread is None


postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql",
                                     reason="SQLite has one writer: the work runs inline there")
#: batches really committed, as in a run; the serialized rollback gives later tests their page tree back
committed = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@postgresql_only
@committed
def test_on_postgresql_an_import_run_indexes_beside_and_is_indexed_when_it_returns(editions, monkeypatch):
    threads = []
    original = bulk.after_import

    def after_import(edition, ids, hints=None):
        threads.append(threading.current_thread().name)
        original(edition, ids)

    monkeypatch.setattr(bulk, "after_import", after_import)
    report = import_lines(_lines(5), editions["eg"], batch_size=2)

    assert report.created == 5 and not report.errors
    assert len(threads) == 3 and all(name.startswith("nashra-import-after") for name in threads)
    results = search.search(editions["eg"], "الانتخابات")
    assert len(results.hits) == 5  # indexed before import_lines returned


@postgresql_only
@committed
def test_on_postgresql_a_failed_index_write_stops_the_import(editions, monkeypatch):

    def after_import(edition, ids, hints=None):
        raise RuntimeError("index refused")

    monkeypatch.setattr(bulk, "after_import", after_import)
    with pytest.raises(RuntimeError, match="index refused"):
        import_lines(_lines(6, prefix="fail"), editions["eg"], batch_size=2)


@committed
def test_a_growing_import_refreshes_the_planner_statistics(editions, monkeypatch):
    from nashra.importing.planner_statistics import PlannerStatistics

    ran = []
    original = PlannerStatistics.grew

    def grew(self, count):
        ran.append(original(self, count))
        return ran[-1]

    monkeypatch.setattr(PlannerStatistics, "FIRST", 3)
    monkeypatch.setattr(PlannerStatistics, "grew", grew)
    _forget_sqlite_statistics()
    report = import_lines(_lines(8, prefix="grow"), editions["eg"], batch_size=2)

    assert report.created == 8
    # 2 + 2 reach the first 3 (the archive was empty); then 4 more reach the 4 analysed
    assert ran == [False, True, False, True]
    if connection.vendor == "sqlite":  # SQLite keeps none until ANALYZE writes them
        assert _sqlite_statistics_of("articles_articlepage") > 0
        _forget_sqlite_statistics()  # 8 articles' statistics must not steer the plans of the tests after this one


def _sqlite_statistics_of(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if not cursor.fetchone()[0]:
            return 0
        cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = %s", [table])
        return cursor.fetchone()[0]


def _forget_sqlite_statistics() -> None:
    """An earlier test's ANALYZE outlives its rows (SQLite's statistics are not a Django table)."""
    if connection.vendor == "sqlite" and _sqlite_statistics_of("articles_articlepage"):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM sqlite_stat1")


def test_inside_a_transaction_the_planner_statistics_are_left_alone(db):
    from nashra.importing.planner_statistics import PlannerStatistics

    statistics = PlannerStatistics()
    assert not statistics.enabled  # the test's transaction: the caller's to commit
    assert statistics.grew(10**6) is False
