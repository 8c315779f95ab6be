"""Page-view counting for «الأكثر قراءة», away from the cached pages.

The beacon (``/_b/?a=<article id>``) increments a per-hour bucket — in a Redis
hash shared by all processes when ``REDIS_URL`` is set, in this process's
memory otherwise — and at most every ``FLUSH_SECONDS`` one process moves the
buckets into :class:`~.models.ArticleViews` (one row per article and hour).
Unknown or unpublished article ids are dropped at flush time.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum

from nashra.core.cache import breaker, redis_configured

log = logging.getLogger("nashra.delivery")

FLUSH_SECONDS = 5.0
FLUSH_AT = 2000
MAX_BUFFERED_KEYS = 50_000
MOST_READ_CACHE_SECONDS = 60

_buffer: Counter = Counter()
_lock = threading.Lock()
_last_flush = time.monotonic()


def _redis():
    if not redis_configured(settings.CACHES) or not breaker.allow():  # away: count in memory
        return None, ""
    from django_redis import get_redis_connection

    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    return get_redis_connection("default"), f"{prefix}:" if prefix else ""


def record_view(article_id: int, now: float | None = None) -> None:
    global _last_flush
    hour = int((now or time.time()) // 3600)
    field = f"{article_id}:{hour}"
    client, prefix = _redis()
    pending = 0
    if client is not None:
        try:
            client.hincrby(f"{prefix}mr:buf", field, 1)
            breaker.success()
        except Exception as exc:  # Redis down: count in memory instead (the breaker says it once)
            breaker.failure(exc)
            client = None
    if client is None:
        with _lock:
            if len(_buffer) < MAX_BUFFERED_KEYS or field in _buffer:
                _buffer[field] += 1
            pending = len(_buffer)
    if time.monotonic() - _last_flush >= FLUSH_SECONDS or pending >= FLUSH_AT:
        _last_flush = time.monotonic()
        flush()


def _take() -> Counter:
    taken: Counter = Counter()
    with _lock:
        taken.update(_buffer)
        _buffer.clear()
    client, prefix = _redis()
    if client is not None:
        try:  # read-and-clear in one MULTI: concurrent flushers never take the same views twice
            pipe = client.pipeline(transaction=True)
            pipe.hgetall(f"{prefix}mr:buf")
            pipe.delete(f"{prefix}mr:buf")
            raw, _deleted = pipe.execute()
            for key, value in raw.items():
                taken[key.decode() if isinstance(key, bytes) else key] += int(value)
        except Exception as exc:
            breaker.failure(exc)
    return taken


def flush() -> int:
    """Move counted views into the database; returns how many views were written."""
    from nashra.articles.models import ArticlePage

    from .models import ArticleViews

    taken = _take()
    if not taken:
        return 0
    per_key: dict[tuple[int, int], int] = {}
    for field, count in taken.items():
        article, _sep, hour = field.partition(":")
        per_key[(int(article), int(hour))] = count
    ids = {article for article, _hour in per_key}
    editions = dict(ArticlePage.objects.live().filter(pk__in=ids).values_list("pk", "edition_id"))
    written = 0
    try:
        with transaction.atomic():
            for (article, hour), count in per_key.items():
                edition_id = editions.get(article)
                if edition_id is None:
                    continue
                moment = datetime.fromtimestamp(hour * 3600, UTC)
                rows = ArticleViews.objects.filter(article_id=article, hour=moment)
                if not rows.update(views=F("views") + count):
                    try:
                        with transaction.atomic():
                            ArticleViews.objects.create(
                                article_id=article, edition_id=edition_id, hour=moment, views=count
                            )
                    except IntegrityError:
                        rows.update(views=F("views") + count)
                written += count
    except Exception as exc:  # database down: keep the counts for the next flush
        log.warning("most read: flush failed (%s); keeping %d buckets", exc, len(taken))
        with _lock:
            _buffer.update(taken)
        return 0
    return written


def most_read(edition, hours: int = 24, limit: int = 5) -> list:
    """The edition's most-read live articles over the last ``hours`` (cached for a minute)."""
    from nashra.articles.models import ArticlePage

    from .models import ArticleViews

    if edition is None:
        return []
    key = f"mostread:{edition.pk}:{hours}:{limit}"
    ids = cache.get(key)
    if ids is None:
        since = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=hours - 1)
        ids = list(
            ArticleViews.objects.filter(edition_id=edition.pk, hour__gte=since)
            .values("article_id")
            .annotate(total=Sum("views"))
            .order_by("-total", "-article_id")
            .values_list("article_id", flat=True)[: limit * 2]
        )
        cache.set(key, ids, MOST_READ_CACHE_SECONDS)
    if not ids:
        return []
    articles = ArticlePage.objects.live().filter(pk__in=ids).only("id", "title", "url_path", "published_at")
    by_id = {article.pk: article for article in articles}
    return [by_id[i] for i in ids if i in by_id][:limit]
