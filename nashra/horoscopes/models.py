from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from nashra.core import events

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


def announce_change(edition_id) -> None:
    """The edition's pages show this data (the home slot, the header): say so to whoever caches them
    (:mod:`nashra.core.events`; delivery purges once per transaction)."""
    events.emit(events.EditionContentChanged(edition_id, "horoscopes"))


def _row_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        announce_change(instance.edition_id)


# Every write of a sign's text, whatever does it (the day form, the demo, a shell); a day of twelve
# signs saved in one transaction is still one purge (delivery coalesces per transaction).
post_save.connect(_row_changed, sender=DailyHoroscope, dispatch_uid="horoscopes-row-saved")
post_delete.connect(_row_changed, sender=DailyHoroscope, dispatch_uid="horoscopes-row-deleted")
