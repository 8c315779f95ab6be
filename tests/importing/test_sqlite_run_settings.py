"""A SQLite import runs with a larger page cache and fewer WAL checkpoints, then gives the connection back
its own settings (nashra.importing.services._sqlite_page_cache): the connection serves readers afterwards."""

import json

import pytest
from django.db import connection

from nashra.importing import bulk
from nashra.importing.services import IMPORT_CACHE_KIB, IMPORT_WAL_PAGES, import_lines

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own connection settings")


def _pragma(name):
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return int(cursor.fetchone()[0])


def _connection_defaults():
    """SQLite's own defaults on this connection, whatever an earlier test left: what the run must give back."""
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size = -2000")
        cursor.execute("PRAGMA wal_autocheckpoint = 1000")
    return (-2000, 1000)


def _lines(count):
    return [json.dumps({"external_id": f"run-{n}", "section": "politics", "title": f"خبر رقم {n}",
                        "body": "<p>نص الخبر.</p>", "published_at": "2026-12-01T10:00:00+02:00"},
                       ensure_ascii=False) for n in range(count)]


def _watch(monkeypatch):
    seen = []
    real = bulk.after_import

    def after_import(*args, **kwargs):
        seen.append((_pragma("cache_size"), _pragma("wal_autocheckpoint")))
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk, "after_import", after_import)
    return seen


def test_the_run_has_its_cache_and_checkpoints_and_the_connection_gets_its_own_back(editions, monkeypatch):
    before = _connection_defaults()
    seen = _watch(monkeypatch)

    report = import_lines(_lines(5), editions["eg"], batch_size=2)

    assert report.created == 5 and not report.errors
    assert seen and set(seen) == {(-IMPORT_CACHE_KIB, IMPORT_WAL_PAGES)}  # every batch written with them
    assert (_pragma("cache_size"), _pragma("wal_autocheckpoint")) == before


def test_an_interrupted_run_gives_the_connection_its_own_settings_back(editions, monkeypatch):
    before = _connection_defaults()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(bulk, "after_import", interrupted)
    with pytest.raises(KeyboardInterrupt):
        import_lines(_lines(3), editions["eg"], batch_size=1)
    assert (_pragma("cache_size"), _pragma("wal_autocheckpoint")) == before
