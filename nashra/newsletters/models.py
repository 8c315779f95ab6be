"""Newsletters of an edition: its lists (daily digest, breaking alerts, a section's weekly), the
readers who signed up (double opt-in), the issues editors compose and the ledger of deliveries.

The ledger (:class:`Delivery`, one row per issue and subscriber) is what makes sending safe to
repeat: a row is taken before the mail goes out, so a task that runs twice never mails anyone twice.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

DIGEST = "digest"
BREAKING = "breaking"
SECTION_WEEKLY = "weekly"
WEEKDAYS = [(0, _("الاثنين")), (1, _("الثلاثاء")), (2, _("الأربعاء")), (3, _("الخميس")), (4, _("الجمعة")),
            (5, _("السبت")), (6, _("الأحد"))]
KINDS = [(DIGEST, _("الموجز اليومي")), (BREAKING, _("تنبيهات عاجلة")), (SECTION_WEEKLY, _("أسبوعية قسم"))]


def new_token() -> str:
    return secrets.token_urlsafe(24)


class NewsletterList(models.Model):
    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="newsletter_lists",
                                verbose_name=_("الإصدار"))
    name = models.CharField(_("اسم النشرة"), max_length=100)
    kind = models.CharField(_("النوع"), max_length=10, choices=KINDS, default=DIGEST)
    section = models.ForeignKey("articles.SectionPage", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", verbose_name=_("القسم"), help_text=_("للنشرة الأسبوعية لقسم"))
    send_hour = models.PositiveSmallIntegerField(_("ساعة الإرسال (بتوقيت الإصدار)"), null=True, blank=True,
                                                 help_text=_("يُجمع العدد ويُرسل تلقائيًا في هذه الساعة (فارغ: يدويًا)"))
    send_weekday = models.PositiveSmallIntegerField(_("يوم الإرسال"), choices=WEEKDAYS, null=True, blank=True,
                                                    help_text=_("للأسبوعية: اليوم الذي تُرسل فيه"))
    offered_at_signup = models.BooleanField(_("يُعرض عند الاشتراك"), default=True)
    last_auto_on = models.DateField(null=True, blank=True, editable=False)  # the local day of the last digest

    class Meta:
        verbose_name = _("نشرة بريدية")
        verbose_name_plural = _("النشرات البريدية")
        ordering = ["edition", "pk"]

    def __str__(self) -> str:
        return self.name


class Subscriber(models.Model):
    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="subscribers")
    email = models.EmailField(max_length=254)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    suppressed_at = models.DateTimeField(null=True, blank=True)  # a hard bounce (an SMTP 5xx at send time)
    suppressed_reason = models.CharField(max_length=300, blank=True)
    #: Secret of the preferences and unsubscribe links (never expires; the reader may delete it all).
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition", "email"], name="subscriber_once_per_edition")]

    def __str__(self) -> str:
        return self.email

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def reachable(self) -> bool:
        return self.confirmed_at is not None and self.suppressed_at is None


class Subscription(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="subscriptions")
    newsletter = models.ForeignKey(NewsletterList, on_delete=models.CASCADE, related_name="subscriptions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscriber", "newsletter"], name="subscription_once")]

    def __str__(self) -> str:
        return f"{self.subscriber_id} → {self.newsletter_id}"


class Issue(models.Model):
    DRAFT, SCHEDULED, SENDING, SENT = "draft", "scheduled", "sending", "sent"
    STATUSES = [(DRAFT, _("مسودة")), (SCHEDULED, _("مجدول")), (SENDING, _("قيد الإرسال")), (SENT, _("أُرسل"))]

    newsletter = models.ForeignKey(NewsletterList, on_delete=models.CASCADE, related_name="issues",
                                   verbose_name=_("النشرة"))
    subject = models.CharField(_("العنوان"), max_length=200)
    intro = models.TextField(_("مقدمة"), blank=True, max_length=2000)
    stories = models.ManyToManyField("articles.ArticlePage", through="IssueStory", related_name="+")
    status = models.CharField(_("الحالة"), max_length=10, choices=STATUSES, default=DRAFT)
    send_at = models.DateTimeField(_("موعد الإرسال"), null=True, blank=True)
    sent_at = models.DateTimeField(_("أُرسل في"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "send_at"], name="issue_due")]

    def __str__(self) -> str:
        return self.subject

    def ordered_stories(self):
        return [row.article for row in self.issue_stories.select_related("article").order_by("position", "pk")
                if row.article.live]


class IssueStory(models.Model):
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="issue_stories")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.issue_id}: {self.article_id}"


class Delivery(models.Model):
    CLAIMED, SENT, FAILED, BOUNCED = "claimed", "sent", "failed", "bounced"

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=10, default=CLAIMED)
    error = models.CharField(max_length=300, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issue", "subscriber"], name="delivery_once")]
        indexes = [models.Index(fields=["at"], name="delivery_at")]

    def __str__(self) -> str:
        return f"{self.issue_id} → {self.subscriber_id}: {self.status}"
