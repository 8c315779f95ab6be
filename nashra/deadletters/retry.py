"""``@retrying``: a task function that fails is tried again later, then kept as a dead letter.

    @task()
    @retrying(tries=3, backoff=30)
    def send_something(pk): ...

A failed try re-enqueues the task with ``run_after`` (30 s, 60 s, 120 s …) where the backend
can defer (the database and Redis queues); the immediate backend (tests) tries again at once.
After the last try the call is recorded as a DeadLetter and the error raised (so the task
result says FAILED too).
"""

import functools
import logging
import traceback
from datetime import timedelta
from importlib import import_module

from django.utils import timezone

logger = logging.getLogger(__name__)
ATTEMPT = "_attempt"


def task_object(path: str):
    module, _, name = path.rpartition(".")
    return getattr(import_module(module), name)


def retrying(tries: int = 3, backoff: float = 30):
    def decorate(fn):
        path = f"{fn.__module__}.{fn.__name__}"

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            attempt = kwargs.pop(ATTEMPT, 1)
            while True:
                try:
                    return fn(*args, **kwargs)
                except Exception as error:
                    if attempt >= tries:
                        from .models import DeadLetter

                        DeadLetter.objects.create(task_path=path, args=list(args), kwargs=kwargs, tries=attempt,
                                                  error="".join(traceback.format_exception(error)))
                        raise
                    task = task_object(path)
                    logger.warning("%s failed (try %s of %s): %s", path, attempt, tries, error)
                    if task.get_backend().supports_defer:
                        delay = timedelta(seconds=backoff * 2 ** (attempt - 1))
                        task.using(run_after=timezone.now() + delay).enqueue(*args, **{ATTEMPT: attempt + 1}, **kwargs)
                        return None
                    attempt += 1

        return wrapper

    return decorate


def retry(letter) -> None:
    """Queues a dead letter's call afresh (all its tries again) and forgets the letter."""
    task_object(letter.task_path).enqueue(*letter.args, **letter.kwargs)
    letter.delete()
