"""Breaking mode («وضع عاجل»): one switch that pins a live story in its edition's ticker and as the
lead of its home page (and of chosen sections), keeps those pages briefly, holds its comments for
review, and, on the way out, restores what it changed. Each switch is its own log line: who started
it and when, until when, who ended it and when (``BreakingSwitch`` rows are never deleted).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BreakingSwitchQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_at__isnull=True)

    def due(self, now=None):
        return self.active().filter(ends_at__isnull=False, ends_at__lte=now or timezone.now())


class BreakingSwitch(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="breaking_switches",
                             verbose_name=_("الخبر"))
    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="breaking_switches",
                                verbose_name=_("الإصدار"))
    sections = models.ManyToManyField("articles.SectionPage", blank=True, related_name="+",
                                      verbose_name=_("الأقسام"))
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("بدأه"))
    started_at = models.DateTimeField(_("بدأ في"), default=timezone.now)
    ends_at = models.DateTimeField(_("ينتهي في"), null=True, blank=True)
    ended_at = models.DateTimeField(_("انتهى في"), null=True, blank=True)
    ended_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+", verbose_name=_("أنهاه"))
    #: What the switch changed, as it was before: {"is_breaking", "breaking_until", "picks": [...],
    #: "comment_mode"} — restored on the way out.
    previous = models.JSONField(default=dict, blank=True)
    alert = models.ForeignKey("push.PushAlert", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+")

    objects = BreakingSwitchQuerySet.as_manager()

    class Meta:
        verbose_name = _("وضع عاجل")
        verbose_name_plural = _("وضع عاجل")
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["edition", "ended_at"], name="breaking_edition_active")]
        constraints = [
            models.UniqueConstraint(fields=["page"], condition=models.Q(ended_at__isnull=True),
                                    name="breaking_one_active_per_page"),
        ]

    def __str__(self) -> str:
        return f"{self.page_id} @ {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_active(self) -> bool:
        return self.ended_at is None
