"""Tasks whose worker died: put back in the queue instead of left «running» for ever.

The database queue marks a task RUNNING when a worker claims it; a worker killed then (the OOM killer,
``kill -9``, a host that reboots) never finishes it, and the push batch or newsletter batch it held
would never be sent. Every task of ours can run twice without doing its work twice (the push and
newsletter ledgers claim each delivery before sending), so a dead worker's task is simply run again:

- each ``nashra worker`` names itself ``<host>:<pid>`` (``worker_name``), and on start-up puts back the
  RUNNING tasks last claimed by a worker of the same host whose process is gone (``nashra serve``
  restarts a dead worker at once, so its task is taken up again within seconds);
- the scheduler's pass puts back what has been RUNNING longer than ``NASHRA_TASK_RUNNING_TIMEOUT``
  seconds (default 1800) whatever the host: a host that never came back.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone

log = logging.getLogger(__name__)
WORKER_COMMAND = b"worker"  # in the command line of a live ``nashra worker`` (``-m nashra worker``)


def worker_name(pid: int | None = None) -> str:
    """A worker's id in the queue's table: its host and process (django-tasks-db allows 64 characters)."""
    return f"{socket.gethostname()[:40]}:{pid or os.getpid()}"


def _alive(pid: int) -> bool:
    """A process ``pid`` runs here and is a worker (a reused pid of another program does not count)."""
    try:
        return WORKER_COMMAND in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _requeue(results) -> int:
    count = 0
    for result in results:
        result.status, result.started_at = "READY", None
        result.save(update_fields=["status", "started_at"])
        count += 1
    return count


def requeue_dead_workers_tasks() -> int:
    """At a worker's start: the RUNNING tasks of this host's workers whose process is gone."""
    from django_tasks_db.models import DBTaskResult

    prefix = f"{socket.gethostname()[:40]}:"
    orphans = []
    for result in DBTaskResult.objects.running().only("id", "worker_ids", "status", "started_at"):
        last = result.worker_ids[-1] if result.worker_ids else ""
        pid = last[len(prefix):] if last.startswith(prefix) else ""
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            orphans.append(result)
    count = _requeue(orphans)
    if count:
        log.warning("tasks: %d task(s) of a worker that died put back in the queue", count)
    return count


def requeue_stuck_tasks(now=None) -> int:
    """The scheduler's pass: RUNNING for longer than ``NASHRA_TASK_RUNNING_TIMEOUT`` (any host)."""
    from django_tasks_db.models import DBTaskResult

    limit = (now or timezone.now()) - timedelta(seconds=settings.NASHRA_TASK_RUNNING_TIMEOUT)
    count = _requeue(DBTaskResult.objects.running().filter(started_at__lt=limit))
    if count:
        log.warning("tasks: %d task(s) running for too long put back in the queue", count)
    return count
