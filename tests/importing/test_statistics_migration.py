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


def test_the_migration_gathers_sqlite_s_statistics(article_factory):
    article_factory(title="خبر قبل الترقية")
    _forget_sqlite_statistics()
    assert _sqlite_statistics_of("articles_articlepage") == 0
    migration = importlib.import_module("nashra.importing.migrations.0001_sqlite_planner_statistics")
    migration.gather(None, SimpleNamespace(connection=connection))  # what it reads of the schema editor
    assert _sqlite_statistics_of("articles_articlepage") > 0
