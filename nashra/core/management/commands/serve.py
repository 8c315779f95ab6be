"""``nashra serve``: the production server (granian, WSGI) plus the scheduler.

Scheduled publishing must fire without anyone setting up cron, so the serving
process also starts ``nashra scheduler`` as a child and stops it on exit. On a
multi-host deployment pass ``--no-scheduler`` to all but one host.
"""

import os
import signal
import subprocess
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

    def handle(self, *args, host, port, workers, threads, no_scheduler, **options):
        from granian import Granian
        from granian.constants import HTTPModes, Interfaces

        scheduler = None
        if not no_scheduler:
            scheduler = subprocess.Popen([sys.executable, "-m", "nashra", "scheduler"])

        def stop_scheduler(*_args):
            if scheduler is not None and scheduler.poll() is None:
                scheduler.terminate()

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
            ).serve()
        finally:
            stop_scheduler()
