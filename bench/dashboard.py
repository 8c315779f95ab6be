"""The newsroom's numbers at a network's size (issue #21): medians and ratios to the bars, no assertions.

Simulated: ``--articles`` stories (100,000) read ``--views-per-day`` times (10 million) with a Zipf
popularity that shifts every hour. Seeded directly as roll-ups: 37 days of edition hours and minutes
for the last 2 days, every article-hour of the last ``--article-hours`` hours (24: about 1.4 M rows at
full size) and every article-minute of the last 2 hours — the tables the dashboard reads, at the size
they have on such a network. Only 50 of the stories are real pages (titles for the rankings); the
others are ids, which the dashboard shows as «خبر لم يعد منشورًا».

Measured, uncached (each request builds its numbers from the database):
1. the dashboard page, its 30-second refresh (``?part=panels``) and every CSV export — median of
   ``-n`` requests each, as a ratio to the 200 ms bar;
2. the roll-up of one hour of raw views (``--raw`` = 500,000 events) — as a ratio to the 10 s bar.

Usage::

    .venv/bin/python bench/dashboard.py [--scale 1.0] [-n 7]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/nashra_bench .venv/bin/python bench/dashboard.py

``--scale 0.1`` divides articles, views and raw events by ten for a quick run.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "eg.localhost"
PAGE_BAR_MS, ROLLUP_BAR_S = 200.0, 10.0


def _batched(rows, size):  # itertools.batched is Python 3.12
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def setup(data_dir: Path) -> None:
    os.environ.update(NASHRA_DATA_DIR=str(data_dir), NASHRA_DEBUG="0", NASHRA_AUTO_SECRET="1",
                      NASHRA_PAGE_CACHE="0", DJANGO_SETTINGS_MODULE="nashra.settings", NASHRA_TASKS="immediate")
    for name in ("NASHRA_TESTING", "REDIS_URL"):
        os.environ.pop(name, None)
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        _fresh_postgres_database(url)
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def _fresh_postgres_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    if name in ("test", ""):
        raise SystemExit("bench/dashboard.py: give it a database of its own (not CI's «test»)")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def _weights(articles: int) -> list[float]:
    cumulative, total = [], 0.0
    for rank in range(1, articles + 1):
        total += 1.0 / rank
        cumulative.append(total)
    return cumulative


def _hour_counts(rng, articles: int, views: int, cumulative: list[float], shift: int) -> dict[int, int]:
    """Expected Zipf views per article for one hour; the tail's fractions become 0 or 1 at random."""
    total = cumulative[-1]
    counts = {}
    for rank in range(1, articles + 1):
        expected = views / (rank * total)
        n = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
        if n:
            counts[(rank + shift) % articles + 1] = n
    return counts


def seed(args, edition, real_ids: list[int]) -> None:
    from django.db import connection, transaction

    from nashra.dashboard.models import ArticleHour, ArticleMinute, EditionHour, EditionMinute

    rng = random.Random(21)
    articles, per_day = args.articles, args.views_per_day
    per_hour = per_day // 24
    now = int(time.time())
    hour_now = now // 3600 * 3600
    ids = real_ids + list(range(10_000_000, 10_000_000 + articles - len(real_ids)))
    cumulative = _weights(articles)
    split = (0.35, 0.3, 0.2, 0.1, 0.05)  # direct, search, social, internal, other

    def kinds(n: int) -> list[int]:
        parts = [int(n * s) for s in split]
        parts[0] += n - sum(parts)
        return parts

    def insert(model, columns, rows):
        sql = f"INSERT INTO {model._meta.db_table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
        with transaction.atomic(), connection.cursor() as cursor:
            for chunk in _batched(rows, 20_000):
                cursor.executemany(sql, chunk)

    counted = ["views", "direct", "search", "social", "internal", "other"]
    started = time.perf_counter()
    insert(EditionHour, ["edition_id", "hour", *counted], (
        (edition.pk, hour_now - h * 3600, per_hour, *kinds(per_hour)) for h in range(37 * 24)))
    insert(EditionMinute, ["edition_id", "minute", *counted], (
        (edition.pk, now // 60 * 60 - m * 60, per_hour // 60, *kinds(per_hour // 60)) for m in range(48 * 60)))
    rows = 0
    for h in range(args.article_hours):
        counts = _hour_counts(rng, articles, per_hour, cumulative, shift=h * 37)
        rows += len(counts)
        insert(ArticleHour, ["edition_id", "article_id", "hour", *counted], (
            (edition.pk, ids[a - 1], hour_now - h * 3600, n, *kinds(n)) for a, n in counts.items()))
    minutes = 0
    for m in range(120):
        counts = _hour_counts(rng, articles, per_hour // 60, cumulative, shift=(m // 60) * 37)
        minutes += len(counts)
        insert(ArticleMinute, ["edition_id", "article_id", "minute", *counted], (
            (edition.pk, ids[a - 1], now // 60 * 60 - m * 60, n, *kinds(n)) for a, n in counts.items()))
    print(f"seeded: {args.article_hours} article-hours ({rows:,} rows), 120 article-minutes ({minutes:,} rows), "
          f"37 days of edition hours — {time.perf_counter() - started:.0f} s")


def raw_hour(args, edition, real_ids: list[int]) -> None:
    """``--raw`` events spread over the last hour, Zipf over the articles."""
    from django.db import connection, transaction

    from nashra.dashboard.models import ViewEvent

    rng = random.Random(5)
    cumulative = _weights(args.articles)
    ids = real_ids + list(range(10_000_000, 10_000_000 + args.articles - len(real_ids)))
    now = int(time.time())
    total = cumulative[-1]
    rows = ((now - rng.randrange(3600), edition.pk, ids[bisect.bisect_left(cumulative, rng.random() * total)],
             rng.randrange(5)) for _ in range(args.raw))
    sql = f"INSERT INTO {ViewEvent._meta.db_table} (ts, edition_id, article_id, source) VALUES (%s, %s, %s, %s)"
    with transaction.atomic(), connection.cursor() as cursor:
        for chunk in _batched(rows, 20_000):
            cursor.executemany(sql, chunk)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=7)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--views-per-day", type=int, default=10_000_000)
    parser.add_argument("--article-hours", type=int, default=24)
    parser.add_argument("--raw", type=int, default=500_000)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    args.articles, args.views_per_day = int(args.articles * args.scale), int(args.views_per_day * args.scale)
    args.raw = int(args.raw * args.scale)
    data_dir = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="nashra-dashboard-bench-"))
    setup(data_dir)
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.test import Client
    from django.utils import timezone

    from nashra.articles.edition_setup import EditionSpec, ensure_edition
    from nashra.dashboard import rollup
    from tests.factories import make_article, make_section

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"database: {engine}; {args.articles:,} articles, {args.views_per_day:,} views a day")
    edition = ensure_edition(EditionSpec(slug="eg", name="مصر اليوم", hostname=HOST, city_name="القاهرة",
                                         time_zone="Africa/Cairo", month_style="both", is_default_site=True))
    section = make_section(edition, "politics", "سياسة", 1)
    real = [make_article(section, f"خبر رقم {i}", published_at=timezone.now()).pk for i in range(50)]
    seed(args, edition, real)
    rollup.rank(int(time.time()))

    admin = User.objects.filter(username="bench").first() or User.objects.create_superuser("bench", "b@x.y", "x" * 12)
    client = Client(HTTP_HOST=HOST)
    client.force_login(admin)
    base = f"/{settings.NASHRA_ADMIN_PATH}/numbers/?edition={edition.pk}"
    urls = {"page": base, "refresh (part=panels)": base + "&part=panels"}
    from nashra.dashboard.views import EXPORTS

    urls.update({f"csv {name}": f"{base}&export={name}" for name in EXPORTS})
    print(f"\n1. dashboard endpoints, uncached, median of {args.n} (bar {PAGE_BAR_MS:.0f} ms)")
    for label, url in urls.items():
        client.get(url)  # templates and connections warm, not the numbers (nothing is cached)
        times = []
        for _ in range(args.n):
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        median = statistics.median(times)
        print(f"   {label:24s} {median:8.1f} ms   {median / PAGE_BAR_MS:5.2f}× the bar")

    print(f"\n2. roll-up of one hour of {args.raw:,} raw views (bar {ROLLUP_BAR_S:.0f} s)")
    results = []
    for _ in range(3):
        raw_hour(args, edition, real)
        result = rollup.run()
        results.append(result.seconds)
        print(f"   {result.events:,} events in {result.seconds:.2f} s")
    median = statistics.median(results)
    print(f"   median {median:.2f} s   {median / ROLLUP_BAR_S:5.2f}× the bar")


if __name__ == "__main__":
    main()
