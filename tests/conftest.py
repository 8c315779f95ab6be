"""Shared fixtures: two editions (eg, lb) with sections, and an article factory.

Tests run on SQLite by default and on PostgreSQL + Redis when DATABASE_URL /
REDIS_URL are set (``.ci/run`` does both passes).
"""

import os
from datetime import UTC, datetime, timedelta

import pytest

os.environ.setdefault("NASHRA_TESTING", "1")


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import caches

    from nashra.core.cache import breaker
    from nashra.editions import resolve

    breaker.reset()  # a test that stopped "Redis" must not leave the next one without it
    resolve.invalidate()  # the Sites kept in memory: each test's database is rolled back

    for alias in caches:  # "default" and, without Redis, Wagtail's "renditions"
        if alias != "shared_db":  # a database table: rolled back with each test's transaction
            caches[alias].clear()
    yield


@pytest.fixture
def editions(db):
    """Egyptian (both month names) and Lebanese (Levantine) editions with sections."""
    from nashra.articles.edition_setup import EditionSpec, ensure_edition
    from tests.factories import make_section

    eg = ensure_edition(EditionSpec(
        slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
        time_zone="Africa/Cairo", month_style="both", is_default_site=True,
    ))
    lb = ensure_edition(EditionSpec(
        slug="lb", name="لبنان اليوم", hostname="lb.localhost", city_name="بيروت",
        time_zone="Asia/Beirut", month_style="levantine",
    ))
    sections = {
        "eg": {"politics": make_section(eg, "politics", "سياسة", 1), "sports": make_section(eg, "sports", "رياضة", 2)},
        "lb": {"politics": make_section(lb, "politics", "سياسة", 1)},
    }
    return {"eg": eg, "lb": lb, "sections": sections}


@pytest.fixture
def article_factory(editions):
    from tests.factories import make_article

    counter = {"n": 0}

    def factory(edition="eg", section="politics", **kwargs):
        counter["n"] += 1
        kwargs.setdefault("title", f"خبر رقم {counter['n']}")
        kwargs.setdefault(
            "published_at", datetime(2025, 12, 9, 4, 47, tzinfo=UTC) - timedelta(minutes=counter["n"])
        )
        return make_article(editions["sections"][edition][section], **kwargs)

    return factory


@pytest.fixture(scope="session")
def migrated_template():
    """A data dir with a migrated SQLite file and collected static files, built once (``tests/live.py``)."""
    from tests.live import build_migrated_template

    return build_migrated_template()
