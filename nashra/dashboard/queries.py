"""What each dashboard panel shows, read from the roll-ups only (never from raw events).

Every function takes the edition and ``now`` (epoch seconds) and returns plain data; the views
turn it into charts, tables and CSV. Local days are the edition's own (its time zone and DST).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, Sum

from . import referrers
from .models import ArticleHour, ArticleMinute, EditionHour, EditionMinute, SearchCount, TopStory
from .rollup import local_midnight

WEEK = 7 * 86400


@dataclass
class Point:
    start: int  # epoch seconds the bucket began
    views: int
    week_before: int = 0


@dataclass
class Story:
    article_id: int
    title: str
    url: str
    views: int
    share: float  # of the edition's views in the same window, 0–1
    kinds: dict[str, int]
    curve: list[int] = field(default_factory=list)

    @property
    def main_kind(self) -> str:
        return max(referrers.COLUMNS, key=lambda c: (self.kinds.get(c, 0), -referrers.COLUMNS.index(c)))


def _by_hour(edition_id: int, start: int, end: int) -> dict[int, int]:
    rows = EditionHour.objects.filter(edition_id=edition_id, hour__gte=start, hour__lt=end)
    return dict(rows.values_list("hour", "views"))


def hours_24(edition, now: int) -> list[Point]:
    """Views per hour for the last 24 hours (this hour last), with the same hours a week earlier."""
    end = now // 3600 * 3600 + 3600
    start = end - 24 * 3600
    views, before = _by_hour(edition.pk, start, end), _by_hour(edition.pk, start - WEEK, end - WEEK)
    return [Point(h, views.get(h, 0), before.get(h - WEEK, 0)) for h in range(start, end, 3600)]


def local_days(edition, now: int, days: int) -> list[tuple[int, int]]:
    """(start, end) of the edition's last ``days`` local days, oldest first (DST days are 23 or 25 hours)."""
    zone = ZoneInfo(edition.time_zone)
    today = datetime.fromtimestamp(now, zone).date()
    bounds = []
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        start = datetime(day.year, day.month, day.day, tzinfo=zone)
        following = day + timedelta(days=1)
        end = datetime(following.year, following.month, following.day, tzinfo=zone)
        bounds.append((int(start.timestamp()), int(end.timestamp())))
    return bounds


def days_30(edition, now: int) -> list[Point]:
    """Views per local day for 30 days (today last, so far), with the same weekday a week earlier."""
    bounds = local_days(edition, now, 37)
    hours = _by_hour(edition.pk, bounds[0][0] // 3600 * 3600, bounds[-1][1])
    totals = [sum(v for h, v in hours.items() if start <= h + 1800 < end) for start, end in bounds]
    return [Point(bounds[i][0], totals[i], totals[i - 7]) for i in range(7, 37)]


def _titles(ids: list[int]) -> dict[int, tuple[str, str]]:
    from nashra.articles.models import ArticlePage
    from nashra.liveblog.models import LiveBlogPage

    found = {}
    for model in (ArticlePage, LiveBlogPage):
        for page in model.objects.filter(pk__in=ids).only("id", "title", "url_path"):
            found[page.pk] = (page.title, page.url or "")
    return found


def window_total(edition, window: int, now: int) -> int:
    if window == TopStory.TODAY:
        since = local_midnight(now, edition.time_zone)
        rows = EditionHour.objects.filter(edition_id=edition.pk, hour__gte=since)
    else:
        rows = EditionMinute.objects.filter(edition_id=edition.pk, minute__gte=now // 60 * 60 - (window - 1) * 60)
    return rows.aggregate(total=Sum("views"))["total"] or 0


def _curves(ids: list[int], window: int, edition, now: int) -> dict[int, list[int]]:
    if window == TopStory.TODAY:
        start, step, end = local_midnight(now, edition.time_zone), 3600, now // 3600 * 3600 + 3600
        rows = ArticleHour.objects.filter(article_id__in=ids, hour__gte=start).values_list(
            "article_id", "hour", "views")
    else:
        start, step, end = now // 60 * 60 - 59 * 60, 60, now // 60 * 60 + 60
        rows = ArticleMinute.objects.filter(article_id__in=ids, minute__gte=start).values_list(
            "article_id", "minute", "views")
    slots = {pk: [0] * max(1, (end - start) // step) for pk in ids}
    for pk, at, views in rows:
        index = (at - start) // step
        if 0 <= index < len(slots[pk]):
            slots[pk][index] += views
    return slots


def top_stories(edition, window: int, now: int) -> list[Story]:
    rows = list(TopStory.objects.filter(edition_id=edition.pk, window=window).order_by("rank"))
    if not rows:
        return []
    ids = [row.article_id for row in rows]
    titles, total = _titles(ids), window_total(edition, window, now)
    curves = _curves(ids, window, edition, now)
    stories = []
    for row in rows:
        title, url = titles.get(row.article_id, ("", ""))
        stories.append(Story(row.article_id, title, url, row.views, row.views / total if total else 0.0,
                             {c: getattr(row, c) for c in referrers.COLUMNS}, curves.get(row.article_id, [])))
    return stories


def running_stories(edition, now: int, limit: int = 3) -> list[Story]:
    """Live blogs that are live and breaking stories still in the ticker, with their last two hours by minute."""
    from django.db.models import Q
    from django.utils import timezone

    from nashra.articles.models import ArticlePage
    from nashra.liveblog.models import LIVE, LiveBlogPage

    moment = timezone.now()
    breaking = ArticlePage.objects.live().filter(edition_id=edition.pk, is_breaking=True).filter(
        Q(breaking_until__isnull=True) | Q(breaking_until__gt=moment)).order_by("-published_at")[:limit]
    blogs = LiveBlogPage.objects.live().filter(edition_id=edition.pk, state=LIVE).order_by(
        "-first_published_at")[:limit]
    pages = (list(blogs) + list(breaking))[:limit]
    if not pages:
        return []
    start = now // 60 * 60 - 119 * 60
    curves = {page.pk: [0] * 120 for page in pages}
    rows = ArticleMinute.objects.filter(article_id__in=list(curves), minute__gte=start)
    for pk, minute, views in rows.values_list("article_id", "minute", "views"):
        if 0 <= (minute - start) // 60 < 120:
            curves[pk][(minute - start) // 60] += views
    return [Story(p.pk, p.title, p.url or "", sum(curves[p.pk]), 0.0, {}, curves[p.pk]) for p in pages]


def publishing(edition, now: int) -> dict[str, list[tuple[str, int, int]]]:
    """Stories published today and in 7 days, per section and per author: [(name, today, week)]."""
    from datetime import UTC

    from nashra.articles.models import ArticlePage, Author

    today = datetime.fromtimestamp(local_midnight(now, edition.time_zone), UTC)
    week = datetime.fromtimestamp(now - WEEK, UTC)
    live = ArticlePage.objects.live().filter(edition_id=edition.pk)
    result = {}
    for name, rows_for in (
        ("sections", lambda since: live.filter(first_published_at__gte=since).order_by()
         .values_list("section__title").annotate(n=Count("pk"))),
        ("authors", lambda since: Author.objects.filter(articles__in=live.filter(first_published_at__gte=since))
         .order_by().values_list("name").annotate(n=Count("articles"))),
    ):
        week_counts = dict(rows_for(week))
        today_counts = dict(rows_for(today))
        rows = [(label or "—", today_counts.get(label, 0), n) for label, n in week_counts.items()]
        result[name] = sorted(rows, key=lambda r: (-r[2], -r[1], r[0]))
    return result


@dataclass
class Moderation:
    waiting: int
    median_wait_minutes: float | None
    per_hour: list[tuple[int, int, int]]  # (hour start, approved, rejected) for 24 hours
    per_rule: list[tuple[str, int]]  # rejections in 7 days by the rule they broke
    held: list[tuple[str, int]]  # held automatically in 7 days, by reason


MAX_MODERATED = 20_000  # a day's decisions at most: the median and the hours are read from these


def moderation(edition, now: int) -> Moderation:
    from datetime import UTC

    from nashra.comments.models import Comment
    from nashra.comments.rules import REASON_CHOICES, RULE_CHOICES

    comments = Comment.objects.filter(edition_id=edition.pk)
    day_ago = datetime.fromtimestamp(now - 86400, UTC)
    decided = list(comments.filter(moderated_at__gte=day_ago).exclude(status=Comment.PENDING)
                   .values_list("created_at", "moderated_at", "status")[:MAX_MODERATED])
    waits = [(m - c).total_seconds() / 60 for c, m, _s in decided if m >= c]
    end = now // 3600 * 3600 + 3600
    hours = {h: [0, 0] for h in range(end - 24 * 3600, end, 3600)}
    for _c, moderated, status in decided:
        hour = int(moderated.timestamp()) // 3600 * 3600
        if hour in hours:
            hours[hour][0 if status == Comment.APPROVED else 1] += 1
    week_ago = datetime.fromtimestamp(now - WEEK, UTC)
    rules, reasons = dict(RULE_CHOICES), dict(REASON_CHOICES)
    per_rule = comments.filter(moderated_at__gte=week_ago, status__in=[Comment.REJECTED, Comment.SPAM]) \
        .order_by().values_list("rejected_rule").annotate(n=Count("pk")).order_by("-n")
    held = comments.filter(created_at__gte=week_ago).exclude(reason_code="") \
        .order_by().values_list("reason_code").annotate(n=Count("pk")).order_by("-n")
    return Moderation(
        waiting=comments.filter(status=Comment.PENDING).count(),
        median_wait_minutes=statistics.median(waits) if waits else None,
        per_hour=[(h, a, r) for h, (a, r) in hours.items()],
        per_rule=[(str(rules.get(code, code)) if code else "", n) for code, n in per_rule],
        held=[(str(reasons.get(code, code)), n) for code, n in held],
    )


def searches(edition, now: int, limit: int = 15) -> dict[str, list[tuple[str, int, int]]]:
    """The most searched words and the searches that found nothing, over 7 days: [(query, searches, empty)]."""
    rows = SearchCount.objects.filter(edition_id=edition.pk, hour__gte=now // 3600 * 3600 - WEEK).order_by() \
        .values_list("query").annotate(s=Sum("searches"), e=Sum("empty"))
    return {
        "top": [tuple(r) for r in rows.order_by("-s", "query")[:limit]],
        "empty": [tuple(r) for r in rows.filter(e__gt=0).order_by("-e", "query")[:limit]],
    }
