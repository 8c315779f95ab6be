"""Page views per article and hour, batched in from the beacon (see :mod:`.counts`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleViews(models.Model):
    article_id = models.BigIntegerField()
    edition_id = models.BigIntegerField()
    hour = models.DateTimeField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("مشاهدات خبر في ساعة")
        constraints = [models.UniqueConstraint(fields=["article_id", "hour"], name="delivery_views_article_hour")]
        indexes = [models.Index(fields=["edition_id", "hour"], name="delivery_views_edition_hour")]

    def __str__(self) -> str:
        return f"{self.article_id}@{self.hour:%Y-%m-%d %H}: {self.views}"
