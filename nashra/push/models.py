"""Web push for breaking news: the readers' subscriptions, the alerts the newsroom sends, and a
ledger of what went to whom (a fan-out task that runs twice sends nothing twice).

A subscription belongs to one edition (it was made on that edition's host, where its service worker
lives) and lists its topics: ``breaking`` (every alert of the edition) and ``section-<id>`` (alerts
about one section). Nothing else about the reader is kept: no address, no cookie, no account.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

#: Every alert of the edition.
BREAKING = "breaking"


def section_topic(section_id: int) -> str:
    return f"section-{section_id}"


class PushSubscription(models.Model):
    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="push_subscriptions")
    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=200)  # the browser's public key (base64url, 65 bytes decoded)
    auth = models.CharField(max_length=50)  # the browser's auth secret (base64url, 16 bytes decoded)
    topics = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("اشتراك في التنبيهات")
        verbose_name_plural = _("الاشتراكات في التنبيهات")
        indexes = [models.Index(fields=["edition", "id"], name="push_sub_edition")]

    def __str__(self) -> str:
        return self.endpoint[:60]


class PushAlert(models.Model):
    QUEUED, SENDING, SENT = "queued", "sending", "sent"
    STATUSES = [(QUEUED, _("في الطابور")), (SENDING, _("يُرسل")), (SENT, _("أُرسل"))]

    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="push_alerts")
    section = models.ForeignKey("articles.SectionPage", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")
    title = models.CharField(_("العنوان"), max_length=120)
    body = models.CharField(_("النص"), max_length=240, blank=True)
    url = models.CharField(_("الرابط"), max_length=500)
    image_url = models.CharField(_("الصورة"), max_length=500, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=QUEUED)
    targeted = models.PositiveIntegerField(default=0)  # subscriptions that asked for this topic
    delivered = models.PositiveIntegerField(default=0)
    removed = models.PositiveIntegerField(default=0)  # subscriptions the push service said are gone
    failed = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("تنبيه عاجل")
        verbose_name_plural = _("التنبيهات العاجلة")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    @property
    def topic(self) -> str:
        return section_topic(self.section_id) if self.section_id else BREAKING


class PushDelivery(models.Model):
    """One alert to one subscription, written before the push service is called: a worker that dies
    after sending and before acknowledging leaves the row, and the retried batch skips it."""

    alert = models.ForeignKey(PushAlert, on_delete=models.CASCADE, related_name="deliveries")
    subscription_id = models.BigIntegerField()  # kept after the subscription is removed (410)
    status = models.PositiveSmallIntegerField(default=0)  # the push service's HTTP status (0: no answer)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["alert", "subscription_id"], name="push_delivery_once")]

    def __str__(self) -> str:
        return f"{self.alert_id} → {self.subscription_id}: {self.status}"
