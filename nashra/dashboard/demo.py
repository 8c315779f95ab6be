"""Demo numbers for «لوحة الأرقام», so a new install's newsroom shows what the dashboard does.

Five weeks of edition hours (a daily curve, quieter on Fridays), and for the last 26 hours raw views
of the edition's real stories (a few read much more than the rest, from search, social, direct and
internal referrers), rolled up as the scheduler would. Run again (``make run`` does), it adds the
hours that passed since — never twice.
"""

from __future__ import annotations

import random
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import transaction

from . import rollup
from .models import EditionHour, SearchCount, ViewEvent

DAY_CURVE = [2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 9, 9, 8, 8, 8, 9, 10, 11, 10, 8, 5, 3]  # local hours
RECENT_HOURS = 26
KINDS = [0] * 35 + [1] * 30 + [2] * 20 + [3] * 10 + [4] * 5
SEARCHES = [("الانتخابات", 41, 0), ("سعر الدولار", 33, 0), ("مواقيت الصلاة", 27, 0), ("الزلزال", 19, 0),
            ("كأس العالم", 12, 3), ("نتيجة الثانوية العامة", 9, 9), ("حالة الطقس غدا", 7, 7)]


def _hour_views(hour: int, zone: ZoneInfo, scale: int) -> int:
    local = datetime.fromtimestamp(hour, zone)
    quiet = 0.7 if local.weekday() == 4 else 1.0
    return int(DAY_CURVE[local.hour] * scale * quiet)


def load_demo(edition, scale: int = 40, now: int | None = None) -> int:
    """Add the edition's demo views; returns the number of raw events written."""
    from nashra.articles.models import ArticlePage

    now = int(now if now is not None else time.time())
    zone = ZoneInfo(edition.time_zone)
    rng = random.Random(edition.pk)
    hour_now = now // 3600 * 3600
    recent_start = hour_now - (RECENT_HOURS - 1) * 3600
    if not EditionHour.objects.filter(edition_id=edition.pk).exists():
        history = [EditionHour(edition_id=edition.pk, hour=h, views=_hour_views(h, zone, scale))
                   for h in range(recent_start - 37 * 86400, recent_start, 3600)]
        for row in history:
            row.direct, row.search, row.social = row.views * 35 // 100, row.views * 30 // 100, row.views * 20 // 100
            row.internal, row.other = row.views // 10, row.views - row.views * 95 // 100
        EditionHour.objects.bulk_create(history)
        SearchCount.objects.bulk_create([SearchCount(edition_id=edition.pk, hour=hour_now - 3600 * (i + 1), query=q,
                                                     searches=s, empty=e) for i, (q, s, e) in enumerate(SEARCHES)])
    last = ViewEvent.objects.filter(edition_id=edition.pk).order_by("-ts").values_list("ts", flat=True).first()
    done_until = max(recent_start, (last or 0) // 3600 * 3600 + 3600)
    if EditionHour.objects.filter(edition_id=edition.pk, hour__gte=recent_start).exists() and last is None:
        return 0  # rolled up and pruned already: the recent hours are there
    stories = list(ArticlePage.objects.live().filter(edition_id=edition.pk).order_by("-published_at")
                   .values_list("pk", flat=True)[:40])
    if not stories:
        return 0
    weights = [1 / (rank + 1) for rank in range(len(stories))]
    events = []
    for hour in range(done_until, hour_now + 3600, 3600):
        count = _hour_views(hour, zone, scale) if hour < hour_now else _hour_views(hour, zone, scale) * (
            now - hour_now) // 3600
        for article in rng.choices(stories, weights, k=count):
            ts = min(now, hour + rng.randrange(3600))
            events.append(ViewEvent(ts=ts, edition_id=edition.pk, article_id=article, source=rng.choice(KINDS)))
    with transaction.atomic():
        ViewEvent.objects.bulk_create(events, batch_size=2000)
    rollup.run(now)
    return len(events)
