from django.db import models
from django.utils.translation import gettext_lazy as _

from nashra.delivery import purge

from .signs import BY_SLUG, SIGN_CHOICES


class DailyHoroscope(models.Model):
    edition = models.ForeignKey(
        "editions.Edition", on_delete=models.CASCADE, related_name="horoscopes", verbose_name=_("الإصدار")
    )
    date = models.DateField(_("اليوم"), db_index=True)
    sign = models.CharField(_("البرج"), max_length=12, choices=SIGN_CHOICES)
    text = models.TextField(_("النص"))
    updated_at = models.DateTimeField(_("آخر تعديل"), auto_now=True)

    class Meta:
        verbose_name = _("حظك اليوم")
        verbose_name_plural = _("حظك اليوم")
        ordering = ["-date", "sign"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "date", "sign"], name="horoscope_unique_edition_date_sign"),
        ]

    def __str__(self) -> str:
        return f"{self.get_sign_display()} {self.date.isoformat()}"

    @property
    def sign_info(self):
        return BY_SLUG[self.sign]


def purge_edition_pages(edition_id) -> None:
    """Drop the edition's cached pages (the home slot and header show this data)."""
    purge.purge_edition_by_id(edition_id)
