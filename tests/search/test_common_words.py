"""PostgreSQL: a word in most of the archive is read in recency order, with the same answer as GIN.

GIN gives every match of «الحكومة» and the newest are then sorted out of all of them; the
backend walks the recency index instead when PostgreSQL's statistics say the word is common
(``backends._walk_rows``). These tests check that the walk is taken, that it answers exactly
what the GIN path answers, and that a walk that finds too few matches falls back to GIN.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nashra.search import backends, services

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="PostgreSQL only (FTS5 reads in rowid order)"),
]


def government_stories(article_factory, count: int, apart: timedelta) -> list:
    """``count`` stories ``apart`` from each other, newest first, that all mention the government; the
    three oldest also mention the port."""
    now, port = timezone.now(), "<p>الميناء مغلق</p>"
    return [article_factory(title=f"الحكومة تجتمع {n}",
                            body=f"<p>قررت الحكومة أمرًا رقم {n}</p>" + (port if n >= count - 3 else ""),
                            published_at=now - apart * n - timedelta(minutes=1)) for n in range(count)]


@pytest.fixture
def archive(article_factory, monkeypatch):
    """30 stories an hour apart that all mention the government, 3 that also mention the port (old ones)."""
    stories = government_stories(article_factory, 30, timedelta(hours=1))
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {backends.VECTOR_TABLE}")
    backends._frequencies.clear()
    monkeypatch.setattr(backends, "RANK_CANDIDATES", 10)  # «needed» small enough to walk for at this size
    return stories


def matches(editions, query, walk: bool, **kwargs):
    parts = services.get_stemmer().query_terms(query)
    filters = backends.Filters(edition_id=editions["eg"].pk)
    chosen = backends._walk_rows
    backends._walk_rows = chosen if walk else (lambda *args: 0)
    try:
        with CaptureQueriesContext(connection) as captured:
            ids = backends.match(parts, filters, now_ts=int(timezone.now().timestamp()), **kwargs)
    finally:
        backends._walk_rows = chosen
    used_gin = any("enable_indexscan = off" in q["sql"] for q in captured.captured_queries)
    return ids, used_gin


def test_statistics_mark_the_common_word(archive, editions):
    parts = services.get_stemmer().query_terms("الحكومة")
    assert backends._walk_rows(parts, backends.Filters(edition_id=editions["eg"].pk), 10) > 0
    # A section or author filter keeps GIN (the walk would test mostly other sections' stories).
    assert backends._walk_rows(parts, backends.Filters(section_id=1), 10) == 0
    # Not in the statistics at all: rare enough for GIN.
    assert backends._walk_rows(services.get_stemmer().query_terms("زلزال"), backends.Filters(), 10) == 0


@pytest.mark.parametrize(("order", "offset", "limit"), [("relevance", 0, 5), ("relevance", 5, 5), ("newest", 0, 4),
                                                         ("newest", 8, 4)])
def test_walk_answers_what_gin_answers(archive, editions, order, offset, limit):
    walked, walk_used_gin = matches(editions, "الحكومه", True, order=order, offset=offset, limit=limit)
    gin, gin_used_gin = matches(editions, "الحكومه", False, order=order, offset=offset, limit=limit)
    assert not walk_used_gin and gin_used_gin
    assert walked == gin and len(walked) == limit
    if order == "newest":
        assert walked == [s.pk for s in archive[offset:offset + limit]]


def test_walk_that_finds_too_few_falls_back_to_gin(archive, editions, monkeypatch):
    # «الحكومة الميناء»: both common here, but together only in the three oldest stories.
    monkeypatch.setattr(backends, "WALK_MAX", 12)
    parts = services.get_stemmer().query_terms("الحكومة الميناء")
    assert backends._walk_rows(parts, backends.Filters(edition_id=editions["eg"].pk), 3) == 12
    ids, used_gin = matches(editions, "الحكومة الميناء", True, order="newest", offset=0, limit=3)
    assert used_gin
    assert ids == [s.pk for s in archive[27:30]]
