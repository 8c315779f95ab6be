"""Raw events → roll-ups: equal to counts of the raw events, nothing counted twice, local days."""

import random
from collections import Counter
from datetime import UTC, datetime

import pytest

from nashra.dashboard import referrers, rollup
from nashra.dashboard.models import ArticleHour, ArticleMinute, EditionHour, EditionMinute, TopStory, ViewEvent

NOW = int(datetime(2026, 12, 4, 10, 30, 15, tzinfo=UTC).timestamp())


@pytest.fixture
def stories(article_factory):
    return [article_factory() for _ in range(4)] + [article_factory(edition="lb") for _ in range(2)]


def _random_events(stories, count, seed=7):
    rng = random.Random(seed)
    return [(NOW - rng.randrange(0, 3 * 3600), rng.choice(stories), rng.choice(referrers.KINDS)) for _ in range(count)]


def _add(events):
    ViewEvent.objects.bulk_create([ViewEvent(ts=ts, edition_id=a.edition_id, article_id=a.pk, source=s)
                                   for ts, a, s in events])


def test_rollups_equal_counts_of_raw_events(stories):
    events = _random_events(stories, 3000)
    _add(events)
    assert rollup.run(NOW).events == 3000
    per_minute = Counter((a.pk, ts // 60 * 60) for ts, a, _s in events)
    per_hour_kind = Counter((a.pk, ts // 3600 * 3600, s) for ts, a, s in events)
    per_edition_hour = Counter((a.edition_id, ts // 3600 * 3600) for ts, a, _s in events)
    assert {(r.article_id, r.minute): r.views for r in ArticleMinute.objects.all()} == dict(per_minute)
    for row in ArticleHour.objects.all():
        for kind, column in zip(referrers.KINDS, referrers.COLUMNS, strict=True):
            assert getattr(row, column) == per_hour_kind[(row.article_id, row.hour, kind)]
        assert row.views == sum(per_hour_kind[(row.article_id, row.hour, k)] for k in referrers.KINDS)
    assert {(r.edition_id, r.hour): r.views for r in EditionHour.objects.all()} == dict(per_edition_hour)
    assert sum(EditionMinute.objects.values_list("views", flat=True)) == 3000


def test_a_second_run_adds_only_new_events(stories):
    _add(_random_events(stories, 500, seed=1))
    rollup.run(NOW)
    assert rollup.run(NOW).events == 0  # nothing claimed twice
    later = _random_events(stories, 200, seed=2)
    _add(later)
    assert rollup.run(NOW).events == 200
    assert sum(EditionHour.objects.values_list("views", flat=True)) == 700
    assert not ViewEvent.objects.exists()


def test_rankings_per_window(stories):
    first, second = stories[0], stories[1]
    events = [(NOW - 30, first, referrers.SEARCH)] * 3 + [(NOW - 40 * 60, second, referrers.SOCIAL)] * 5
    _add(events)
    rollup.run(NOW)
    eg = first.edition_id
    five = list(TopStory.objects.filter(edition_id=eg, window=TopStory.FIVE).order_by("rank"))
    hour = list(TopStory.objects.filter(edition_id=eg, window=TopStory.HOUR).order_by("rank"))
    assert [(t.article_id, t.views, t.search) for t in five] == [(first.pk, 3, 3)]
    assert [(t.article_id, t.views) for t in hour] == [(second.pk, 5), (first.pk, 3)]
    assert hour[0].social == 5


def test_today_is_the_editions_local_day(stories):
    """10:30 UTC on 4 Dec is 12:30 in Cairo; a view at 23:30 UTC on 3 Dec is 01:30 on 4 Dec in Cairo
    (today there), while a view at 21:30 UTC on 3 Dec is still 3 Dec (23:30) in Cairo."""
    story = stories[0]
    _add([(NOW - 11 * 3600, story, 0)] * 2 + [(NOW - 13 * 3600, story, 0)] * 7)
    rollup.run(NOW)
    today = TopStory.objects.get(edition_id=story.edition_id, window=TopStory.TODAY)
    assert today.views == 2


def test_local_midnight_across_beirut_dst():
    spring = int(datetime(2027, 3, 28, 12, tzinfo=UTC).timestamp())  # Beirut moved to +03:00 at 00:00 that day
    assert datetime.fromtimestamp(rollup.local_midnight(spring, "Asia/Beirut"), UTC) == datetime(
        2027, 3, 27, 22, tzinfo=UTC)
    autumn = int(datetime(2026, 12, 4, 12, tzinfo=UTC).timestamp())
    assert datetime.fromtimestamp(rollup.local_midnight(autumn, "Asia/Beirut"), UTC) == datetime(
        2026, 12, 3, 22, tzinfo=UTC)
    assert datetime.fromtimestamp(rollup.local_midnight(autumn, "Africa/Cairo"), UTC) == datetime(
        2026, 12, 3, 22, tzinfo=UTC)


def test_old_data_is_pruned_but_unclaimed_events_wait(stories):
    old = NOW - 3 * 86400
    _add([(old, stories[0], 0)] * 4)
    rollup.run(old + 60)
    _add([(old, stories[0], 0)])  # late: written after its roll-up, still counted once
    rollup.run(NOW)
    assert ViewEvent.objects.count() == 0  # a raw event lives until it is rolled up
    assert not ArticleMinute.objects.exists()  # minutes kept 48 hours
    assert ArticleHour.objects.get().views == 5  # article hours kept 8 days
    assert EditionHour.objects.get().views == 5


def test_an_article_moved_to_another_edition_keeps_one_row_per_minute(stories):
    story = stories[0]
    ViewEvent.objects.bulk_create([
        ViewEvent(ts=NOW, edition_id=story.edition_id, article_id=story.pk),
        ViewEvent(ts=NOW, edition_id=stories[-1].edition_id, article_id=story.pk),
    ])
    rollup.run(NOW)
    assert ArticleMinute.objects.get(article_id=story.pk).views == 2


def test_scheduler_queues_the_rollup_once_a_minute(stories, django_capture_on_commit_callbacks):
    _add(_random_events(stories, 50))
    with django_capture_on_commit_callbacks(execute=True):
        assert rollup.scheduler_pass(NOW) is True
    assert not ViewEvent.objects.exists()  # the immediate backend ran the task
    with django_capture_on_commit_callbacks(execute=True):
        assert rollup.scheduler_pass(NOW + 30) is False
        assert rollup.scheduler_pass(NOW + 61) is True


def test_demo_numbers_fill_the_dashboard_once(stories, editions):
    from nashra.dashboard import demo

    eg = editions["eg"]
    written = demo.load_demo(eg, scale=5, now=NOW)
    assert written > 0
    assert TopStory.objects.filter(edition_id=eg.pk, window=TopStory.TODAY).exists()
    assert EditionHour.objects.filter(edition_id=eg.pk).count() >= 37 * 24
    total = sum(EditionHour.objects.filter(edition_id=eg.pk).values_list("views", flat=True))
    assert demo.load_demo(eg, scale=5, now=NOW) == 0  # run again at once: nothing added
    assert sum(EditionHour.objects.filter(edition_id=eg.pk).values_list("views", flat=True)) == total
