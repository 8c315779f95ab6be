"""Work ``nashra scheduler`` does on every pass besides publishing scheduled pages.

An app whose content changes with the clock alone (an editor's pick that expires) registers a
function here in its ``AppConfig.ready``; the scheduler calls each one per pass, so the change
reaches cached pages within one interval (20 s) without core importing the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

_tasks: list[Callable[[], object]] = []


def register(task: Callable[[], object]) -> None:
    """Run ``task()`` on every scheduler pass (registering twice is a no-op)."""
    if task not in _tasks:
        _tasks.append(task)


def run_all() -> None:
    """One pass: each task in turn; one that fails is logged and does not stop the others."""
    for task in list(_tasks):
        try:
            task()
        except Exception:
            log.exception("scheduler task %s failed", getattr(task, "__qualname__", task))
