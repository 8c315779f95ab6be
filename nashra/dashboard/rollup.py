"""Raw view events → minute and hour roll-ups → the rankings the dashboard shows.

Once a minute the scheduler queues :func:`rollup_views` on the background-task queue. A run, in
one transaction, moves every committed event into a temporary table (PostgreSQL: ``DELETE …
RETURNING``, so an event a process is still inserting is not visible yet and waits for the next run;
SQLite: the run holds the only write lock, so every event up to the largest id is committed), adds
them to four roll-ups with ``INSERT … SELECT … GROUP BY … ON CONFLICT DO UPDATE`` (the same SQL on
both), and commits: nothing is lost or counted twice, and a failed run leaves the events where they
were. It then ranks each active edition's stories and deletes what is older than it needs: minutes
after 48 hours, article hours after 8 days, events no roll-up took within 48 hours.

A raw event lives until the next roll-up (a minute); the dashboard reads only the roll-ups.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.db.models import F, Sum
from django_tasks import task

from . import collect, referrers
from .models import (
    ArticleHour,
    ArticleMinute,
    EditionHour,
    EditionMinute,
    RollupState,
    SearchCount,
    TopStory,
    ViewEvent,
)

log = logging.getLogger("nashra.dashboard")

EVERY_SECONDS = 60
TOP_N = 10
KEEP = {  # seconds each table is kept
    ViewEvent: 48 * 3600, ArticleMinute: 48 * 3600, EditionMinute: 48 * 3600,
    ArticleHour: 8 * 86400, EditionHour: 400 * 86400, SearchCount: 35 * 86400,
}
_TIME_COLUMN = {ViewEvent: "ts", ArticleMinute: "minute", EditionMinute: "minute", ArticleHour: "hour",
                EditionHour: "hour", SearchCount: "hour"}
CLAIMED = "dashboard_claimed"  # a temporary table, for the length of one run's transaction
_KINDS = ", ".join(referrers.COLUMNS)
_KIND_SUMS = ", ".join(f"SUM(CASE WHEN source = {kind} THEN 1 ELSE 0 END)" for kind in referrers.KINDS)


@dataclass(frozen=True)
class Result:
    events: int
    seconds: float


def _upsert_sql(model, keys: list[str], bucket: int | None) -> str:
    """Add the claimed events to ``model``'s rows, grouped by ``keys`` (+ the time bucket)."""
    table = model._meta.db_table
    columns = list(keys)
    select = list(keys)
    if "edition_id" not in keys:  # an article's edition as of its last event (a move must not split a row)
        columns.insert(0, "edition_id")
        select.insert(0, "MAX(edition_id)")
    time_name = _TIME_COLUMN[model]
    columns.append(time_name)
    select.append(f"ts / {bucket} * {bucket}")
    group = ", ".join(str(columns.index(k) + 1) for k in keys) + f", {len(columns)}"
    adds = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in ("views", *referrers.COLUMNS))
    return (f"INSERT INTO {table} ({', '.join(columns)}, views, {_KINDS}) "
            f"SELECT {', '.join(select)}, COUNT(*), {_KIND_SUMS} FROM {CLAIMED} WHERE true "
            f"GROUP BY {group} ON CONFLICT ({', '.join(k for k in keys)}, {time_name}) DO UPDATE SET {adds}")


ROLLUPS = [
    _upsert_sql(ArticleMinute, ["article_id"], 60),
    _upsert_sql(ArticleHour, ["article_id"], 3600),
    _upsert_sql(EditionMinute, ["edition_id"], 60),
    _upsert_sql(EditionHour, ["edition_id"], 3600),
]


def run(now: int | None = None) -> Result:
    """One roll-up: claim, add up, rank, prune. Safe to run in several processes at once."""
    started = time.perf_counter()
    now = int(now if now is not None else time.time())
    collect.flush()  # what this process itself collected
    RollupState.objects.get_or_create(pk=1)
    with transaction.atomic(), connection.cursor() as cursor:
        # The first statement writes: SQLite takes its write lock here, PostgreSQL locks the row, so
        # a second run waits for this one and then finds only what came after.
        RollupState.objects.filter(pk=1).update(runs=F("runs") + 1)
        claimed = _claim(cursor)
        if claimed:
            for sql in ROLLUPS:
                cursor.execute(sql)
        cursor.execute(f"DROP TABLE {CLAIMED}")
        RollupState.objects.filter(pk=1).update(finished_ts=now)
    prune(now)
    rank(now)
    return Result(claimed, time.perf_counter() - started)


def _claim(cursor) -> int:
    """Move the committed events into the temporary table; returns how many."""
    events = ViewEvent._meta.db_table
    cursor.execute(f"CREATE TEMPORARY TABLE {CLAIMED} (ts bigint, edition_id bigint, article_id bigint, "
                   f"source smallint)")
    if connection.vendor == "postgresql":
        cursor.execute(f"WITH gone AS (DELETE FROM {events} RETURNING ts, edition_id, article_id, source) "
                       f"INSERT INTO {CLAIMED} SELECT * FROM gone")
        return cursor.rowcount
    cursor.execute(f"SELECT MAX(id) FROM {events}")
    last = cursor.fetchone()[0]
    if last is None:
        return 0
    cursor.execute(f"INSERT INTO {CLAIMED} SELECT ts, edition_id, article_id, source FROM {events} WHERE id <= %s",
                   [last])
    cursor.execute(f"DELETE FROM {events} WHERE id <= %s", [last])
    return cursor.rowcount


def prune(now: int) -> None:
    for model, seconds in KEEP.items():
        model.objects.filter(**{f"{_TIME_COLUMN[model]}__lt": now - seconds}).delete()


def local_midnight(now: int, time_zone: str) -> int:
    """The epoch second the edition's local day containing ``now`` began, floored to the hour."""
    local = datetime.fromtimestamp(now, ZoneInfo(time_zone))
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return int(start.timestamp()) // 3600 * 3600


def _top(model, time_name: str, edition_id: int, since: int) -> list[dict]:
    sums = {"views": Sum("views"), **{c: Sum(c) for c in referrers.COLUMNS}}
    return list(model.objects.filter(edition_id=edition_id, **{f"{time_name}__gte": since})
                .values("article_id").annotate(**sums).order_by("-views", "-article_id")[:TOP_N])


def rank(now: int) -> None:
    """Rebuild each edition's rankings: the last 5 and 60 minutes and the local day so far."""
    from nashra.editions.models import Edition

    minute = now // 60 * 60
    active = set(EditionMinute.objects.filter(minute__gte=minute - 3600).values_list("edition_id", flat=True))
    active |= set(EditionHour.objects.filter(hour__gte=now - 86400 - 3600).values_list("edition_id", flat=True))
    active |= set(TopStory.objects.values_list("edition_id", flat=True).distinct())  # yesterday's, to clear
    zones = dict(Edition.objects.filter(pk__in=active).values_list("pk", "time_zone"))
    for edition_id, zone in zones.items():
        windows = {
            TopStory.FIVE: _top(ArticleMinute, "minute", edition_id, minute - 4 * 60),
            TopStory.HOUR: _top(ArticleMinute, "minute", edition_id, minute - 59 * 60),
            TopStory.TODAY: _top(ArticleHour, "hour", edition_id, local_midnight(now, zone)),
        }
        rows = [TopStory(edition_id=edition_id, window=window, rank=position, **row)
                for window, top in windows.items() for position, row in enumerate(top, 1)]
        with transaction.atomic():
            TopStory.objects.filter(edition_id=edition_id).delete()
            TopStory.objects.bulk_create(rows)


@task()
def rollup_views() -> int:
    return run().events


def scheduler_pass(now: int | None = None) -> bool:
    """Queue a roll-up when the last one was queued a minute ago or more (several schedulers: one wins)."""
    now = int(now if now is not None else time.time())
    RollupState.objects.get_or_create(pk=1)
    claimed = RollupState.objects.filter(pk=1, queued_ts__lte=now - EVERY_SECONDS).update(queued_ts=now)
    if claimed:
        transaction.on_commit(lambda: rollup_views.enqueue())
    return bool(claimed)
