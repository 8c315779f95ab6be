"""``nashra worker``: runs the background tasks (DEP 14) queued by the site.

The tasks wait in the database (django-tasks-db) unless NASHRA_TASKS=rq puts them in
Redis; ``nashra serve`` starts one of these as a supervised child, so a single host
needs nothing else. More workers on other hosts share the queue safely (each claims a
task in its own transaction). A task whose worker died is run again
(:mod:`nashra.deadletters.orphans`).
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background tasks queued by Nashra (database queue, or Redis with NASHRA_TASKS=rq)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="run what is queued, then exit")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between looks at an empty queue")

    def handle(self, *args, batch, interval, **options):
        verbosity = options.get("verbosity", 1)
        if settings.NASHRA_TASKS == "rq":
            # django-rq's worker runs the jobs django-tasks-rq enqueued (same Redis, same queue names).
            call_command("rqworker", "default", burst=batch, job_class="django_tasks_rq.backend.Job",
                         verbosity=verbosity)
            return
        # The default queue when it is the database one; in tests (default: immediate) the "database" alias.
        backend = "default" if settings.NASHRA_TASKS == "database" else "database"
        from nashra.deadletters.orphans import requeue_dead_workers_tasks, worker_name

        requeue_dead_workers_tasks()  # what a worker of this host was running when it died runs again
        argv = [f"--backend={backend}", "--queue-name=*", f"--interval={interval}", "--no-reload",
                f"--worker-id={worker_name()}"]
        if batch:
            argv += ["--batch", "--no-startup-delay"]
        call_command("db_worker", *argv, verbosity=verbosity)
