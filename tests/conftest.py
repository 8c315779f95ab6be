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
    from nashra.search import pg_recency

    breaker.reset()  # a test that stopped "Redis" must not leave the next one without it
    resolve.invalidate()  # the Sites kept in memory: each test's database is rolled back
    pg_recency.forget()  # shares measured in another test's archive, under the same edition key

    for alias in caches:  # "default" and, without Redis, Wagtail's "renditions"
        if alias != "shared_db":  # a database table: rolled back with each test's transaction
            caches[alias].clear()
    yield


def _build_editions():
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


def _primary_keys(built):
    return {
        "eg": built["eg"].pk, "lb": built["lb"].pk,
        "sections": {
            slug: {name: page.pk for name, page in pages.items()} for slug, pages in built["sections"].items()
        },
    }


@pytest.fixture(scope="session")
def _editions_snapshot(django_db_setup, django_db_blocker):
    """The rows ``_build_editions`` writes, captured once (``tests/db_snapshot.py``)."""
    from tests.db_snapshot import capture

    with django_db_blocker.unblock():
        try:
            return capture(_build_editions, keep=_primary_keys)
        except Exception:  # e.g. the session began with a transactional test on a flushed database
            return None


@pytest.fixture
def editions(request, _editions_snapshot, db):
    """Egyptian (both month names) and Lebanese (Levantine) editions with sections.

    Most tests get them by replaying the captured rows (the same database, ~30x fewer statements);
    a transactional test may start from a flushed database, so it builds them for real.
    """
    from nashra.articles.models import SectionPage
    from nashra.editions.models import Edition
    from tests.db_snapshot import replay

    marker = request.node.get_closest_marker("django_db")
    transactional = "transactional_db" in request.fixturenames or (
        marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    )
    if transactional or _editions_snapshot is None:
        return _build_editions()
    replay(_editions_snapshot)
    keys = _editions_snapshot.result
    return {
        "eg": Edition.objects.select_related("site").get(pk=keys["eg"]),
        "lb": Edition.objects.select_related("site").get(pk=keys["lb"]),
        "sections": {
            slug: {name: SectionPage.objects.get(pk=pk) for name, pk in pages.items()}
            for slug, pages in keys["sections"].items()
        },
    }


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
