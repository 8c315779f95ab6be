"""A daily digest to N subscribers through the task queue and a real SMTP server (issue #22's bar).

Not a test. It builds a throw-away demo data dir (SQLite, or ``--database-url``), gives the Egyptian
edition's digest N confirmed subscribers, assembles today's issue, starts an SMTP server on loopback
(aiosmtpd, in its own process: it writes one line per accepted recipient) and W ``nashra worker``
processes (what ``nashra serve`` supervises), then ``newsletters.sending.start`` queues the issue's
batch chains. ``--kill`` kills worker 1 with SIGKILL a third of the way and starts a new one (which
puts the dead worker's task back in the queue).

Printed: seconds from the start until the issue is «sent», mails/s, what the SMTP server received,
addresses that received the digest twice (the bar: 0), subscribers without it, and ledger rows left
«claimed» without a recorded answer (the mail the killed worker held: the ledger sends at most once,
so it is never sent again — whether the server had taken it before the kill or not).

Usage::

    .venv/bin/python bench/newsletter_digest.py [-n 50000] [-w 2] [--kill] [--database-url postgres://…]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from loadtools import run_task_workers

REPO = Path(__file__).resolve().parent.parent


def serve_smtp(port: int, log_path: str) -> None:
    """Accept every message; one line per recipient in ``log_path`` (flushed per message)."""
    from aiosmtpd.controller import Controller

    out = open(log_path, "a", buffering=1)  # noqa: SIM115 - open for the server's life

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            out.write("".join(f"{rcpt}\n" for rcpt in envelope.rcpt_tos))
            return "250 Message accepted"

    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    while True:
        time.sleep(3600)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50_000)
    parser.add_argument("-w", "--workers", type=int, default=2)
    parser.add_argument("--kill", action="store_true")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nashra-digest-"))
    port = free_port()
    received = work / "received.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL")}
    env.update(NASHRA_DATA_DIR=str(work / "data"), NASHRA_AUTO_SECRET="1", PYTHONPATH=str(REPO),
               NASHRA_TASKS="database", NASHRA_EMAIL_URL=f"smtp://127.0.0.1:{port}",
               NASHRA_NEWSLETTER_PER_MINUTE="10000000", NASHRA_NEWSLETTER_PARALLEL=str(args.workers))
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    smtp = multiprocessing.Process(target=serve_smtp, args=(port, str(received)), daemon=True)
    smtp.start()
    try:
        for command in (["migrate", "--noinput", "-v0"], ["demo"]):
            subprocess.run([sys.executable, "-m", "nashra", *command], cwd=REPO, env=env, check=True,
                           stdout=subprocess.DEVNULL)
        os.environ.update(env, DJANGO_SETTINGS_MODULE="nashra.settings")
        for name in ("NASHRA_TESTING", "REDIS_URL"):
            os.environ.pop(name, None)
        sys.path.insert(0, str(REPO))
        import django

        django.setup()
        from django.db import connection
        from django.utils import timezone

        from nashra.newsletters import digest, sending
        from nashra.newsletters.models import DIGEST, Delivery, Issue, NewsletterList, Subscriber, Subscription

        newsletter = NewsletterList.objects.filter(edition__slug="eg", kind=DIGEST).first()
        started = time.perf_counter()
        now = timezone.now()
        Subscriber.objects.bulk_create([Subscriber(edition=newsletter.edition, email=f"reader{i}@example.com",
                                                   confirmed_at=now, token=f"bench{i:08d}") for i in range(args.n)],
                                       batch_size=5000)
        people = Subscriber.objects.filter(token__startswith="bench").values_list("pk", flat=True)
        Subscription.objects.bulk_create([Subscription(subscriber_id=pk, newsletter=newsletter) for pk in people],
                                         batch_size=5000, ignore_conflicts=True)
        issue = Issue.objects.create(newsletter=newsletter, subject="موجز القياس")
        digest.set_stories(issue, digest.chosen_stories(newsletter, now=now))
        targeted = sending.recipients(issue).count()
        print(f"{args.n} subscribers ready in {time.perf_counter() - started:.1f} s ({targeted} to mail)", flush=True)
        connection.close()

        sending.start(issue)
        ledger = Delivery.objects.filter(issue=issue)
        elapsed = run_task_workers(env, args.workers,
                                   finished=lambda: Issue.objects.get(pk=issue.pk).status == Issue.SENT,
                                   a_third_done=lambda: ledger.count() > targeted // 3, kill=args.kill,
                                   limit_s=3600, poll_s=0.5)
        time.sleep(1)  # the last lines reach the file
        counts = Counter(received.read_text().split())
        twice = sum(1 for n in counts.values() if n > 1)
        claimed = Delivery.objects.filter(issue=issue, status=Delivery.CLAIMED).count()
        sent = Delivery.objects.filter(issue=issue, status=Delivery.SENT).count()
        print(f"\n{'workers':<9}{'subscribers':>12}{'seconds':>9}{'mails/s':>9}{'received':>10}{'twice':>7}"
              f"{'missing':>9}{'claimed, unrecorded':>21}{'bar: 0 twice':>14}")
        print(f"{args.workers:<9}{targeted:>12}{elapsed:>9.1f}{sent / elapsed:>9.0f}{sum(counts.values()):>10}"
              f"{twice:>7}{targeted - len(counts):>9}{claimed:>21}{'MET' if twice == 0 else 'MISSED':>14}")
        return 0
    finally:
        smtp.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
