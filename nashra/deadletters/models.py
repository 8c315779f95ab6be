from django.db import models
from django.utils.translation import gettext_lazy


class DeadLetter(models.Model):
    """A background task that failed all its tries: kept for an administrator to read and retry."""

    task_path = models.CharField(gettext_lazy("المهمة"), max_length=300)
    args = models.JSONField(default=list)
    kwargs = models.JSONField(default=dict)
    error = models.TextField(gettext_lazy("الخطأ"))
    tries = models.PositiveSmallIntegerField(gettext_lazy("المحاولات"))
    created = models.DateTimeField(gettext_lazy("الوقت"), auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = gettext_lazy("مهمة متعثرة")
        verbose_name_plural = gettext_lazy("المهام المتعثرة")

    def __str__(self):
        return self.task_path
