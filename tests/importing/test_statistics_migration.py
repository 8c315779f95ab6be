"""``nashra migrate`` gives an archive imported before the importer gathered SQLite's statistics its first ones."""

import importlib
from types import SimpleNamespace

import pytest
from django.db import connection

from tests.importing.test_after_batches import _forget_sqlite_statistics, _sqlite_statistics_of

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL gathers its own"),
]


@pytest.fixture
def migration(monkeypatch):
    _forget_sqlite_statistics()
    yield importlib.import_module("nashra.importing.migrations.0001_sqlite_planner_statistics")
    _forget_sqlite_statistics()  # a test's tiny archive must not steer the plans of the tests after it


def gather(migration):
    migration.gather(None, SimpleNamespace(connection=connection))  # what it reads of the schema editor


def test_the_migration_gathers_sqlite_s_statistics(article_factory, migration, monkeypatch):
    article_factory(title="خبر قبل الترقية")
    article_factory(title="خبر آخر قبل الترقية")
    monkeypatch.setattr(migration, "MIN_ARTICLES", 2)
    gather(migration)
    assert _sqlite_statistics_of("articles_articlepage") > 0


def test_a_small_archive_gets_no_statistics(article_factory, migration, monkeypatch):
    article_factory(title="خبر قبل الترقية")
    monkeypatch.setattr(migration, "MIN_ARTICLES", 2)
    gather(migration)
    assert _sqlite_statistics_of("articles_articlepage") == 0
