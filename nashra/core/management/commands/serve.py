"""``nashra serve``: the production server (granian, WSGI) plus the scheduler and the tasks worker.

Scheduled publishing must fire without anyone setting up cron, so the serving
process also starts ``nashra scheduler`` as a child, restarts it if it dies, and
stops it on exit. On a multi-host deployment pass ``--no-scheduler`` to all but
one host. It starts ``nashra worker`` the same way (``--no-worker`` to skip it).
A worker that dies (crash, OOM, ``kill -9``) is respawned by granian
rather than taking the whole server down with it.
"""

import os
import signal
import sys

from django.core.management.base import BaseCommand


def default_threads() -> str:
    """Python threads per worker process.

    Embedded (SQLite, in-process cache) a request never waits on the network, so a
    second thread mostly contends for the GIL: one thread per worker answers cache
    hits fastest (compare `make bench BENCH_ARGS="--quick --threads 2"`). The price:
    a slow request (a newsroom page, a big import) holds up the requests queued
    behind it on its worker; NASHRA_THREADS=2 trades some hit rate for that. With
    PostgreSQL or Redis over the network a second thread also uses the time the first
    spends waiting on them, so it is the default.
    """
    networked = os.environ.get("DATABASE_URL") or os.environ.get("REDIS_URL")
    return "2" if networked else "1"


class Command(BaseCommand):
    help = "Serve Nashra with granian (WSGI) and run the publishing scheduler."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("NASHRA_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("NASHRA_PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("NASHRA_WORKERS", "2")))
        parser.add_argument("--threads", type=int, default=int(os.environ.get("NASHRA_THREADS", default_threads())))
        parser.add_argument("--no-scheduler", action="store_true", help="do not start the scheduler")
        parser.add_argument("--no-worker", action="store_true", help="do not start the background tasks worker")

    def handle(self, *args, host, port, workers, threads, no_scheduler, no_worker, **options):
        from django.conf import settings
        from granian import Granian
        from granian.constants import HTTPModes, Interfaces

        from nashra.core.memory import limit_malloc_arenas, lower_mmap_threshold
        from nashra.core.supervise import Supervised

        # Before the children and granian's forked workers exist: they inherit the limit.
        limit_malloc_arenas(settings.NASHRA_MALLOC_ARENAS, os.environ)
        lower_mmap_threshold(settings.NASHRA_MALLOC_MMAP_THRESHOLD, os.environ)
        if settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
            self.stdout.write(f"==> no mail server (NASHRA_EMAIL_URL): mails go to {settings.EMAIL_FILE_PATH}/")
        children = []
        if not no_scheduler:
            children.append(Supervised([sys.executable, "-m", "nashra", "scheduler"], name="scheduler").start())
        # The background tasks (mails, pushes…) queued in the database; NASHRA_TASKS=rq runs its own workers.
        if not no_worker and settings.NASHRA_TASKS == "database":
            children.append(Supervised([sys.executable, "-m", "nashra", "worker"], name="worker").start())

        def stop_scheduler(*_args):
            for child in children:
                child.stop()

        signal.signal(signal.SIGTERM, lambda *a: (stop_scheduler(), sys.exit(0)))
        try:
            Granian(
                "nashra.wsgi:application",
                address=host,
                port=port,
                interface=Interfaces.WSGI,
                # HTTP/1.1 only and no websockets: TLS and HTTP/2 end at the proxy or CDN in
                # front, and a request that needs no protocol detection is a cheaper cache hit
                # (bench/run.py measures hits; their Python side is nashra/delivery/wsgi.py).
                http=HTTPModes.http1,
                websockets=False,
                workers=workers,
                blocking_threads=threads,
                log_access=False,
                # Granian's default is to shut everything down when one worker exits.
                respawn_failed_workers=True,
                respawn_interval=1.0,
            ).serve()
        finally:
            stop_scheduler()
