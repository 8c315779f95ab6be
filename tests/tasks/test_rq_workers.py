"""NASHRA_TASKS=rq: the queue is in Redis and ``nashra worker`` runs django-rq's worker. The same tasks
as on the database queue — a result kept, a failing task recorded as failed, a newsletter issue
mailed once to each reader through a real SMTP server in parallel chains, a breaking alert pushed
once to each browser through a push service that decrypts it — go through a real worker process (a
production-mode ``nashra`` in subprocesses, as on an app host)."""

import json
import os
import shutil

import pytest

from tests.live import nashra, redis_up, server_env
from tests.newsletters.conftest import Inbox, _free_port
from tests.push.conftest import PushService

# Its own database (a queue left by another run is not ours to run), one per pass: CI runs its SQLite and
# PostgreSQL passes side by side.
REDIS = "redis://127.0.0.1:6379/14" if os.environ.get("DATABASE_URL") else "redis://127.0.0.1:6379/11"

pytest.importorskip("django_tasks_rq", reason="the rq extra is not installed (pip install .[rq])")

ENQUEUE = """
from nashra.articles.edition_setup import EditionSpec, ensure_edition
from nashra.core.sample_tasks import add_numbers
from nashra.newsletters import sending
from nashra.newsletters.models import DIGEST, Issue, NewsletterList, Subscriber, Subscription
from django.utils import timezone
import json
eg = ensure_edition(EditionSpec(slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
                                time_zone="Africa/Cairo", month_style="both", is_default_site=True))
letter = NewsletterList.objects.create(edition=eg, name="موجز اليوم", kind=DIGEST)
for n in range(7):
    reader = Subscriber.objects.create(edition=eg, email=f"r{n}@example.com", confirmed_at=timezone.now())
    Subscription.objects.create(subscriber=reader, newsletter=letter)
issue = Issue.objects.create(newsletter=letter, subject="عدد اليوم")
ok, bad = add_numbers.enqueue(2, 40), add_numbers.enqueue(2, "x")
sending.start(issue)
from nashra.push import sending as pushing
from nashra.push.models import PushAlert, PushSubscription
for browser in json.loads(%(browsers)r):
    PushSubscription.objects.create(edition=eg, endpoint=browser["endpoint"], p256dh=browser["keys"]["p256dh"],
                                    auth=browser["keys"]["auth"], topics=["breaking"])
alert = PushAlert.objects.create(edition=eg, title="عاجل: اختبار الطابور", body="نص التنبيه", url="/")
pushing.fan_out.enqueue(alert.pk)
from django_tasks import task_backends
print(json.dumps({"ok": ok.id, "bad": bad.id, "issue": issue.pk, "alert": alert.pk,
                  "backend": type(task_backends[ok.backend]).__name__}))
"""

CHECK = """
from django_tasks import default_task_backend
from nashra.newsletters.models import Delivery, Issue
from nashra.push.models import PushAlert
import json
ok, bad = default_task_backend.get_result("{ok}"), default_task_backend.get_result("{bad}")
print(json.dumps({{"ok": [ok.status, ok.return_value], "bad": bad.status,
                   "issue": Issue.objects.get(pk={issue}).status,
                   "sent": Delivery.objects.filter(status="sent").count(),
                   "alert": [PushAlert.objects.get(pk={alert}).status, PushAlert.objects.get(pk={alert}).delivered]}}))
"""


@pytest.fixture
def smtp_inbox():
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield inbox, controller.port
    controller.stop()


def test_tasks_run_through_redis_and_a_real_rq_worker(migrated_template, tmp_path, smtp_inbox):
    if not redis_up(REDIS):
        pytest.skip(f"no Redis at {REDIS}")
    import redis

    redis.Redis.from_url(REDIS).flushdb()
    inbox, port = smtp_inbox
    shutil.copy(migrated_template / "nashra.sqlite3", tmp_path / "nashra.sqlite3")
    shutil.copy(migrated_template / "secret_key", tmp_path / "secret_key")
    env = server_env(tmp_path, REDIS)
    env.update(NASHRA_TASKS="rq", NASHRA_EMAIL_URL=f"smtp://127.0.0.1:{port}", NASHRA_NEWSLETTER_BATCH="2",
               NASHRA_NEWSLETTER_PARALLEL="2")
    service = PushService()
    browsers = [service.browser(f"b{n}") for n in range(3)]
    script = ENQUEUE % {"browsers": json.dumps([b.subscription() for b in browsers])}
    queued = json.loads(nashra(env, "shell", "-c", script).strip().splitlines()[-1])
    assert queued["backend"] == "RQBackend"
    assert inbox.messages == [] and service.received == []  # queued in Redis, nothing ran yet

    nashra(env, "worker", "--batch", "-v0", timeout=180)  # django-rq

    done = json.loads(nashra(env, "shell", "-c", CHECK.format(**queued)).strip().splitlines()[-1])
    assert done["ok"] == ["SUCCESSFUL", 42]
    assert done["bad"] == "FAILED"
    assert done["issue"] == "sent" and done["sent"] == 7
    received = sorted(rcpt for rcpt, _message in inbox.messages)
    assert received == [f"r{n}@example.com" for n in range(7)]  # each reader once
    assert done["alert"] == ["sent", 3]
    for browser in browsers:  # each browser once, decrypted with its own key, signed with the VAPID key
        assert [m["data"]["title"] for m in service.to(browser.name)] == ["عاجل: اختبار الطابور"]
    service.server.shutdown()
