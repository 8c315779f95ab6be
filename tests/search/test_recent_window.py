"""PostgreSQL: the newest matches of a fairly common word come from its recent weeks or months
(nashra.search.pg_recency).

Every vector carries its week and month as lexemes no text makes; a query ANDed with the weeks of the newest
articles lets GIN skip to them. These tests check that the weeks are written, that the window is taken
and answers exactly what GIN alone answers, that too few matches in it fall back to GIN, that a story
published after a window was measured is still found, and that an index built before keys v11 (no
weeks in its vectors) never uses it.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nashra.search import backends, pg_recency, services
from nashra.search.models import IndexVersion
from tests.search.test_common_words import government_stories

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="PostgreSQL only (FTS5 reads in rowid order)"),
]

WEEK = 7 * 24 * 3600


@pytest.fixture
def archive(article_factory, monkeypatch):
    """40 stories a week apart that all mention the government; the 3 oldest also the port."""
    stories = government_stories(article_factory, 40, timedelta(weeks=1))
    pg_recency.forget()
    monkeypatch.setattr(backends, "RANK_CANDIDATES", 5)
    monkeypatch.setattr(backends, "_walk_rows", lambda *args: 0)  # the walk is tested in test_common_words
    monkeypatch.setattr(backends, "guessed", lambda parts: False)  # windows as long as given (measuring: below)
    return stories


def search(editions, query, window, monkeypatch, **kwargs):
    monkeypatch.setattr(backends, "window_rows", lambda *args: window)
    parts = services.get_stemmer().query_terms(query)
    filters = backends.Filters(edition_id=editions["eg"].pk)
    with CaptureQueriesContext(connection) as captured:
        ids = backends.match(parts, filters, now_ts=int(timezone.now().timestamp()), **kwargs)
    sql = [q["sql"] for q in captured.captured_queries]
    used_window = any("::tsquery)" in q for q in sql)
    fell_back = any("enable_seqscan = off" in q for q in sql)  # GIN alone answered
    return ids, used_window and not fell_back


def test_every_vector_carries_its_week_and_month(archive, editions):
    story = archive[3]
    week = int(story.published_at.timestamp()) // WEEK
    month = int(story.published_at.timestamp()) // pg_recency.MONTH
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT vector::text FROM {backends.VECTOR_TABLE} WHERE article_id = %s", [story.pk])
        vector = cursor.fetchone()[0]
    assert f"'W{week}'" in vector and f"'E{editions['eg'].pk}W{week}'" in vector
    assert f"'M{month}'" in vector and f"'E{editions['eg'].pk}M{month}'" in vector


def test_a_window_longer_than_half_a_year_names_months(archive, editions, monkeypatch):
    # 36 stories a week apart: more weeks than a window names, fewer months than it may.
    windowed, used = search(editions, "الحكومه", 36, monkeypatch, order="newest", offset=0, limit=5)
    gin, _ = search(editions, "الحكومه", 0, monkeypatch, order="newest", offset=0, limit=5)
    assert used and windowed == gin == [s.pk for s in archive[:5]]
    with connection.cursor() as cursor:
        bounds = pg_recency.window_query(cursor, backends.VECTOR_TABLE, " AND v.edition_id = %s",
                                         [editions["eg"].pk], 36, editions["eg"].pk)
    assert bounds is not None and f"E{editions['eg'].pk}M" in bounds[1] and "W" not in bounds[1]


def test_an_index_with_weeks_but_no_months_keeps_a_long_window_to_gin(archive, editions, monkeypatch):
    IndexVersion.objects.update_or_create(pk=1, defaults={"keys_version": pg_recency.MONTHS_SINCE_KEYS_VERSION - 1})
    pg_recency._frequencies.clear()
    ids, used = search(editions, "الحكومه", 36, monkeypatch, order="newest", offset=0, limit=5)
    assert not used and ids == [s.pk for s in archive[:5]]
    ids, used = search(editions, "الحكومه", 20, monkeypatch, order="newest", offset=0, limit=5)
    assert used and ids == [s.pk for s in archive[:5]]  # 20 weeks: the weeks it has


@pytest.mark.parametrize(("order", "offset", "limit"), [("relevance", 0, 5), ("newest", 0, 4), ("newest", 4, 4)])
def test_the_window_answers_what_gin_answers(archive, editions, monkeypatch, order, offset, limit):
    windowed, used = search(editions, "الحكومه", 20, monkeypatch, order=order, offset=offset, limit=limit)
    gin, gin_used = search(editions, "الحكومه", 0, monkeypatch, order=order, offset=offset, limit=limit)
    assert used and not gin_used
    assert windowed == gin and len(windowed) == limit
    if order == "newest":
        assert windowed == [s.pk for s in archive[offset:offset + limit]]


def test_too_few_in_the_window_fall_back_to_gin(archive, editions, monkeypatch):
    # «الحكومة الميناء»: together only in the three oldest stories, far outside a 10-story window.
    ids, answered_by_window = search(editions, "الحكومة الميناء", 10, monkeypatch, order="newest", offset=0, limit=3)
    assert not answered_by_window
    assert ids == [s.pk for s in archive[37:40]]


def test_a_story_published_after_the_window_was_measured_is_found(archive, editions, monkeypatch, article_factory):
    search(editions, "الحكومه", 20, monkeypatch, order="newest", offset=0, limit=4)  # the window's start is kept
    fresh = article_factory(title="الحكومة تقرر الآن", body="<p>قررت الحكومة</p>",
                            published_at=timezone.now() + timedelta(weeks=2))
    ids, used = search(editions, "الحكومه", 20, monkeypatch, order="newest", offset=0, limit=4)
    assert used and ids[0] == fresh.pk


def test_an_index_without_weeks_never_uses_the_window(archive, editions):
    parts = services.get_stemmer().query_terms("الحكومه")
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {backends.VECTOR_TABLE}")
    pg_recency._frequencies.clear()
    filters = backends.Filters(edition_id=editions["eg"].pk)
    assert pg_recency.window_rows(parts, filters, 5) > 0  # the word is in every story: a window
    IndexVersion.objects.update_or_create(pk=1, defaults={"keys_version": pg_recency.WEEKS_SINCE_KEYS_VERSION - 1})
    pg_recency._frequencies.clear()
    assert pg_recency.window_rows(parts, filters, 5) == 0
    assert pg_recency.window_rows(parts, backends.Filters(section_id=1), 5) == 0


def test_kept_window_starts_stay_few(archive, editions, monkeypatch):
    # A reader's date filter makes a new key each time: hundreds of ranges must not grow the table without end.
    for day in range(600):
        parts = services.get_stemmer().query_terms("الحكومه")
        filters = backends.Filters(edition_id=editions["eg"].pk, ts_from=day)
        monkeypatch.setattr(backends, "window_rows", lambda *args: 20)
        backends.match(parts, filters, order="newest", now_ts=int(timezone.now().timestamp()), offset=0, limit=4)
    assert 0 < len(pg_recency._starts) <= 512


def _measured(editions, query, needed):
    parts = services.get_stemmer().query_terms(query)
    with connection.cursor() as cursor:
        return pg_recency.measured_rows(cursor, backends.VECTOR_TABLE, backends.tsquery(parts),
                                        " AND v.edition_id = %s", [editions["eg"].pk], editions["eg"].pk, needed)


def test_the_window_of_several_words_is_measured_in_the_newest_weeks(archive, editions):
    # Every story of the newest four weeks mentions the government: 5 matches need 7.5 stories, rounded up.
    assert _measured(editions, "الحكومه", 5) == 8
    # «الحكومة الميناء» go together only in the three oldest stories: none in the newest weeks, so no window
    # (their shares multiplied would have guessed one).
    assert _measured(editions, "الحكومة الميناء", 5) == 0
    assert pg_recency.guessed(services.get_stemmer().query_terms("الحكومة الميناء"))


def test_a_measured_window_answers_what_gin_answers(archive, editions, monkeypatch):
    monkeypatch.setattr(backends, "guessed", lambda parts: True)
    monkeypatch.setattr(backends, "window_rows", lambda *args: 1 << 20)  # a guess far too long for any window
    parts = services.get_stemmer().query_terms("الحكومه")
    filters = backends.Filters(edition_id=editions["eg"].pk)
    now = int(timezone.now().timestamp())
    with CaptureQueriesContext(connection) as captured:
        windowed = backends.match(parts, filters, order="newest", now_ts=now, offset=0, limit=5)
    sql = [q["sql"] for q in captured.captured_queries]
    assert any("::tsquery)" in q and "LIMIT" in q for q in sql)  # the measured window was used …
    assert not any("enable_seqscan = off" in q for q in sql)  # … and answered
    monkeypatch.setattr(backends, "window_rows", lambda *args: 0)
    assert windowed == backends.match(parts, filters, order="newest", now_ts=now, offset=0, limit=5)
    assert windowed == [s.pk for s in archive[:5]]
