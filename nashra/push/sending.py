"""Sending an alert: a fan-out task splits the edition's subscriptions into batches, each batch a task
of its own (so several workers share a big list), each push encrypted for its browser (RFC 8291,
aes128gcm, with pywebpush's encoder), signed with the network's VAPID key and posted through one
keep-alive pool per process.

Exactly once, as the reader sees it: the batch's :class:`~nashra.push.models.PushDelivery` rows are
claimed before any push service is called and completed with their answers, a few dozen at a time.
A batch run again (its worker was killed) skips what it completed and sends again only what it had
claimed without a recorded answer; those repeats carry the same
``Topic`` header (a push service replaces an undelivered message with the same topic) and the same
notification ``tag`` (the browser replaces a shown notification with the same tag), so no reader sees
an alert twice. A push service's 404 or 410 means the subscription is gone: it is deleted.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import urllib3
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django_tasks import task
from pywebpush import WebPusher

from . import vapid
from .models import BREAKING, PushAlert, PushDelivery, PushSubscription

log = logging.getLogger(__name__)
BATCH = 200
RECORD_EVERY = 50  # answers written per statement (a batch run again re-sends at most these)
GONE = (404, 410)
_signatures: dict[str, tuple[dict, float]] = {}
_pool: urllib3.PoolManager | None = None


def _http() -> urllib3.PoolManager:
    """One keep-alive pool per process, shared by the sending threads (urllib3's is thread-safe).

    Not ``requests``: it looked up the proxy variables and ``.netrc`` on every message, a quarter of
    the time a push took here (bench/push_fanout.py). The proxy (``HTTPS_PROXY``), if any, is read
    once."""
    global _pool
    if _pool is None:
        size = max(10, settings.NASHRA_PUSH_THREADS)
        proxy = urllib.request.getproxies().get("https")
        _pool = (urllib3.ProxyManager(proxy, maxsize=size, num_pools=50) if proxy
                 else urllib3.PoolManager(maxsize=size, num_pools=50))
    return _pool


def _auth_headers(origin: str) -> dict[str, str]:
    """VAPID headers per push service, signed once per hour (they are valid for a day)."""
    found = _signatures.get(origin)
    if found is None or found[1] < time.monotonic():
        found = (vapid.headers_for(origin), time.monotonic() + 3600)
        _signatures[origin] = found
    return dict(found[0])


def payload(alert: PushAlert) -> bytes:
    """What the service worker shows (nashra/push/static/push/sw.js): Arabic, right to left."""
    return json.dumps({"title": alert.title, "body": alert.body, "url": alert.url, "image": alert.image_url,
                       "tag": f"nashra-alert-{alert.pk}"}, ensure_ascii=False).encode()


def push_one(subscription: PushSubscription, data: bytes, topic: str) -> int:
    """Send ``data`` to one browser; the push service's HTTP status (0: it did not answer)."""
    from .endpoints import Subscription

    info = Subscription(subscription.endpoint, subscription.p256dh, subscription.auth)
    headers = _auth_headers(info.origin) | {"Topic": topic, "Urgency": "high", "TTL": str(settings.NASHRA_PUSH_TTL),
                                            "Content-Encoding": "aes128gcm"}
    try:
        # RFC 8291 (aes128gcm): the keys travel in the body's header, no Crypto-Key/Encryption headers.
        body = WebPusher({"endpoint": info.endpoint, "keys": {"p256dh": info.p256dh, "auth": info.auth}}).encode(
            data, "aes128gcm")["body"]
        response = _http().request("POST", info.endpoint, body=body, headers=headers, retries=False,
                                   timeout=urllib3.Timeout(total=settings.NASHRA_PUSH_TIMEOUT), preload_content=True)
    except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:  # unreachable, or a key refused
        log.warning("push to %s failed: %s", info.origin, exc)
        return 0
    return response.status


def targets(alert: PushAlert) -> list[int]:
    """The edition's subscriptions that asked for this alert's topic (topics are a short JSON list,
    read here rather than with a JSON query SQLite and PostgreSQL spell differently)."""
    rows = PushSubscription.objects.filter(edition_id=alert.edition_id).values_list("pk", "topics")
    topic = alert.topic
    return [pk for pk, topics in rows.iterator(chunk_size=5000) if BREAKING in topics or topic in topics]


def send(alert: PushAlert) -> None:
    """Queue the alert's fan-out (after the alert's row is committed)."""
    transaction.on_commit(lambda: fan_out.enqueue(alert.pk))


@task()
def fan_out(alert_id: int) -> int:
    alert = PushAlert.objects.filter(pk=alert_id).first()
    if alert is None:
        return 0
    ids = targets(alert)
    PushAlert.objects.filter(pk=alert_id).update(status=PushAlert.SENDING, targeted=len(ids))
    for start in range(0, len(ids), BATCH):
        deliver_batch.enqueue(alert_id, ids[start:start + BATCH])
    if not ids:
        PushAlert.objects.filter(pk=alert_id).update(status=PushAlert.SENT)
    return len(ids)


def _record(alert_id: int, results: dict[int, int], sent_at) -> None:
    """Complete the claimed rows with the push services' answers, and count each row once: only a row
    still claimed (status 0) is counted, so a batch run again adds nothing for what it completed."""
    by_status: dict[int, list[int]] = {}
    for subscription_id, status in results.items():
        by_status.setdefault(status or 1, []).append(subscription_id)  # 1: tried, no answer
    counts = {"delivered": 0, "removed": 0, "failed": 0}
    for status, ids in by_status.items():
        claimed = PushDelivery.objects.filter(alert_id=alert_id, subscription_id__in=ids, status=0)
        changed = claimed.update(status=status)
        if status in GONE:
            PushSubscription.objects.filter(pk__in=ids).delete()
            counts["removed"] += changed
        elif 200 <= status < 300:
            PushSubscription.objects.filter(pk__in=ids).update(last_sent_at=sent_at)
            counts["delivered"] += changed
        else:
            counts["failed"] += changed
    PushAlert.objects.filter(pk=alert_id).update(**{k: F(k) + v for k, v in counts.items() if v})


@task()
def deliver_batch(alert_id: int, subscription_ids: list[int]) -> int:
    """Claim the batch's deliveries in one statement, push the ones not completed yet (several at once:
    the time goes in waiting for the push services), record the answers every few dozen."""
    alert = PushAlert.objects.filter(pk=alert_id).first()
    if alert is None:
        return 0
    PushDelivery.objects.bulk_create([PushDelivery(alert_id=alert_id, subscription_id=pk) for pk in subscription_ids],
                                     ignore_conflicts=True)
    pending = PushDelivery.objects.filter(alert_id=alert_id, subscription_id__in=subscription_ids, status=0)
    pending_ids = set(pending.values_list("subscription_id", flat=True))
    subscriptions = list(PushSubscription.objects.filter(pk__in=pending_ids))
    gone = pending_ids - {s.pk for s in subscriptions}  # unsubscribed since the fan-out: nothing to send
    results: dict[int, int] = dict.fromkeys(gone, 410)
    data, topic = payload(alert), f"alert{alert.pk}"
    with ThreadPoolExecutor(max_workers=settings.NASHRA_PUSH_THREADS) as pool:
        answers = pool.map(lambda s: push_one(s, data, topic), subscriptions)
        for subscription, status in zip(subscriptions, answers, strict=True):
            results[subscription.pk] = status
            if len(results) >= RECORD_EVERY:
                _record(alert_id, results, alert.created_at)
                results = {}
    _record(alert_id, results, alert.created_at)
    done = PushDelivery.objects.filter(alert_id=alert_id).exclude(status=0).count()
    if done >= alert.targeted:
        PushAlert.objects.filter(pk=alert_id).update(status=PushAlert.SENT)
    return len(subscriptions)
