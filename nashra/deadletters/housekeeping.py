"""The task queue's own table, kept small: finished task results in the database backend are deleted
after ``NASHRA_TASK_RESULTS_DAYS`` (7; failed ones after 30 — what failed for good is also kept as a
:class:`~.models.DeadLetter` until an administrator deletes it). The scheduler runs this once an hour;
without it every e-mail, push batch and roll-up would leave a row forever."""

from __future__ import annotations

import time
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

EVERY_SECONDS = 3600
_last = 0.0


def prune_task_results(now=None, force: bool = False) -> int:
    """Delete old finished results (at most once an hour per process unless ``force``); returns how many."""
    global _last
    if not force and time.monotonic() - _last < EVERY_SECONDS:
        return 0
    _last = time.monotonic()
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    days = settings.NASHRA_TASK_RESULTS_DAYS
    old = Q(status="SUCCESSFUL", finished_at__lte=now - timedelta(days=days)) | Q(
        status="FAILED", finished_at__lte=now - timedelta(days=max(days, 30)))
    deleted, _detail = DBTaskResult.objects.finished().filter(old).delete()
    return deleted
