"""Web-push fan-out (issue #22's bar): one alert to N subscriptions through the send path, W worker
processes sharing the batches, against a push service on loopback; deliveries/s, lost, sent twice.

Not a test. It builds a throw-away data dir (SQLite, or ``--database-url``), one edition with N
subscriptions (a few dozen browser key pairs shared between them: each message is still encrypted
on its own, RFC 8291), starts a push service on loopback (aiohttp: answers 201 and counts the messages
per subscription; it does not decrypt — tests/push does), then W processes run
``nashra.push.sending.deliver_batch`` over their share of the batches, as W task workers would.

``--queue`` goes the production way instead: the alert's ``fan_out`` task is enqueued on the database
queue and W ``nashra worker`` processes (what ``nashra serve`` supervises) run it and the batch tasks
it enqueues; the clock runs from the enqueue until every subscription has its answer.

``--kill`` kills one worker with SIGKILL part-way and runs its share again (a worker restarted by its
supervisor; with ``--queue`` a new ``nashra worker``, which puts the dead one's task back in the queue):
the ledger must leave 0 subscriptions without a delivery and the push service must
see no message twice except those claimed and unanswered when the worker died (which a browser
shows once: same Topic, same tag).

Usage::

    .venv/bin/python bench/push_fanout.py [-n 100000] [-w 2] [--queue] [--kill] [--database-url postgres://…]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def setup(data_dir: Path, database_url: str | None, port: int) -> None:
    os.environ.update(NASHRA_DATA_DIR=str(data_dir), NASHRA_DEBUG="0", NASHRA_AUTO_SECRET="1",
                      DJANGO_SETTINGS_MODULE="nashra.settings", NASHRA_PUSH_SERVICES="127.0.0.1")
    for name in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.conf import settings

    settings.NASHRA_PUSH_PLAIN_HTTP_HOSTS = ("127.0.0.1",)


def serve_push(port: int) -> None:
    """The push service: 201 for every message, counts per endpoint (GET /stats)."""
    from collections import Counter

    from aiohttp import web

    seen: Counter = Counter()

    async def receive(request):
        await request.read()
        seen[request.match_info["name"]] += 1
        return web.Response(status=201)

    async def stats(_request):
        return web.json_response({"messages": sum(seen.values()), "endpoints": len(seen),
                                  "twice": sum(1 for v in seen.values() if v > 1)})

    app = web.Application()
    app.add_routes([web.post("/push/{name}", receive), web.get("/stats", stats)])
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def populate(n: int, port: int) -> int:
    import base64

    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    from django.core.management import call_command

    from nashra.articles.edition_setup import EditionSpec, ensure_edition
    from nashra.push.models import PushAlert, PushSubscription

    call_command("migrate", verbosity=0, interactive=False)
    edition = ensure_edition(EditionSpec(slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
                                         time_zone="Africa/Cairo", month_style="both", is_default_site=True))

    def b64(raw):
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    keys = [(b64(ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        Encoding.X962, PublicFormat.UncompressedPoint)), b64(os.urandom(16))) for _ in range(50)]
    rows = [PushSubscription(edition=edition, endpoint=f"http://127.0.0.1:{port}/push/s{i}",
                             p256dh=keys[i % 50][0], auth=keys[i % 50][1], topics=["breaking"]) for i in range(n)]
    PushSubscription.objects.bulk_create(rows, batch_size=5000)
    alert = PushAlert.objects.create(edition=edition, title="عاجل: اختبار الإرسال", body="نص التنبيه", url="/")
    return alert.pk


def work(data_dir: str, database_url: str | None, port: int, alert_id: int, batches: list[list[int]]) -> None:
    setup(Path(data_dir), database_url, port)
    from django.db import connection

    from nashra.push import sending

    for batch in batches:
        sending.deliver_batch.call(alert_id, batch)
    connection.close()


def report(args, alert_id: int, ids: list, elapsed: float, port: int) -> int:
    from nashra.push.models import PushAlert, PushDelivery

    stats = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/stats").read())
    done = PushDelivery.objects.filter(alert_id=alert_id).exclude(status=0).count()
    delivered = PushDelivery.objects.filter(alert_id=alert_id, status=201).count()
    how = "queue + nashra worker" if args.queue else "deliver_batch"
    print(f"\n{'workers':<10}{'path':<24}{'subscriptions':>14}{'seconds':>10}{'deliveries/s':>14}{'lost':>7}"
          f"{'sent twice':>12}{'bar ≥2,000/s':>14}")
    rate = delivered / elapsed
    print(f"{args.workers:<10}{how:<24}{args.n:>14}{elapsed:>10.1f}{rate:>14.0f}{len(ids) - done:>7}"
          f"{stats['twice']:>12}{'MET' if rate >= 2000 else 'MISSED':>14}")
    alert = PushAlert.objects.get(pk=alert_id)
    print(f"push service: {stats['messages']} messages to {stats['endpoints']} subscriptions; the alert: "
          f"{alert.get_status_display()}, {alert.delivered} delivered")
    return 0


def through_queue(args, data_dir: Path, alert_id: int, total: int) -> float:
    """Enqueue the alert's fan-out on the database queue and let W ``nashra worker`` processes run it;
    seconds until every subscription has its answer."""
    from loadtools import run_task_workers

    from nashra.push import sending, vapid
    from nashra.push.models import PushDelivery

    vapid.headers_for("http://127.0.0.1")  # the key pair exists before two workers would both make it
    env = {k: v for k, v in os.environ.items() if k != "NASHRA_TESTING"}
    env.update(NASHRA_TASKS="database", PYTHONPATH=str(REPO))
    rows = PushDelivery.objects.filter(alert_id=alert_id)
    sending.fan_out.enqueue(alert_id)
    return run_task_workers(env, args.workers, finished=lambda: rows.exclude(status=0).count() >= total,
                            a_third_done=lambda: rows.count() > total // 3, kill=args.kill, limit_s=1800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("-w", "--workers", type=int, default=2)
    parser.add_argument("--kill", action="store_true")
    parser.add_argument("--queue", action="store_true", help="through the task queue and nashra worker processes")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="nashra-push-"))
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = multiprocessing.Process(target=serve_push, args=(port,), daemon=True)
    server.start()
    try:
        setup(data_dir, args.database_url, port)
        started = time.perf_counter()
        alert_id = populate(args.n, port)
        print(f"{args.n} subscriptions ready in {time.perf_counter() - started:.1f} s", flush=True)
        from django.db import connection

        from nashra.push import sending
        from nashra.push.models import PushAlert

        alert = PushAlert.objects.get(pk=alert_id)
        ids = sending.targets(alert)
        PushAlert.objects.filter(pk=alert_id).update(targeted=len(ids), status=PushAlert.SENDING)
        if args.queue:
            PushAlert.objects.filter(pk=alert_id).update(targeted=0, status=PushAlert.QUEUED)
            elapsed = through_queue(args, data_dir, alert_id, len(ids))
            return report(args, alert_id, ids, elapsed, port)
        batches = [ids[i:i + sending.BATCH] for i in range(0, len(ids), sending.BATCH)]
        shares = [batches[w::args.workers] for w in range(args.workers)]
        connection.close()
        ctx = multiprocessing.get_context("spawn")
        started = time.perf_counter()
        procs = [ctx.Process(target=work, args=(str(data_dir), args.database_url, port, alert_id, share))
                 for share in shares]
        for proc in procs:
            proc.start()
        if args.kill:
            time.sleep(max(2.0, args.n / 4000))
            os.kill(procs[0].pid, signal.SIGKILL)
            procs[0].join()
            print("worker 1 killed with SIGKILL; its share runs again", flush=True)
            procs[0] = ctx.Process(target=work, args=(str(data_dir), args.database_url, port, alert_id, shares[0]))
            procs[0].start()
        for proc in procs:
            proc.join()
        return report(args, alert_id, ids, time.perf_counter() - started, port)
    finally:
        server.terminate()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
