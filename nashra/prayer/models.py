"""Per-edition prayer-times settings: default city, method and Asr school."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from nashra.arabic.prayer import METHODS, load_cities
from nashra.delivery import purge

ASR_CHOICES = [("standard", _("الجمهور (المثل)")), ("hanafi", _("الحنفي (المثلين)"))]


def city_choices():
    return [(c.slug, f"{c.name_ar} — {c.region_ar}" if c.region_ar != c.name_ar else c.name_ar)
            for c in load_cities().values()]


def method_choices():
    return [("", _("طريقة المدينة"))] + [(m.slug, m.name_ar) for m in METHODS.values()]


class EditionPrayerSettings(models.Model):
    edition = models.OneToOneField(
        "editions.Edition", on_delete=models.CASCADE, related_name="prayer_settings", verbose_name=_("الإصدار")
    )
    city_slug = models.CharField(_("المدينة الافتراضية"), max_length=40, choices=city_choices)
    method = models.CharField(
        _("طريقة الحساب"), max_length=20, blank=True, default="", choices=method_choices,
        help_text=_("تُطبَّق على مدن بلد المدينة الافتراضية؛ اتركها فارغة لطريقة المدينة."),
    )
    asr_school = models.CharField(_("مذهب العصر"), max_length=10, choices=ASR_CHOICES, default="standard")

    class Meta:
        verbose_name = _("إعدادات مواقيت الصلاة")
        verbose_name_plural = _("إعدادات مواقيت الصلاة")

    def __str__(self) -> str:
        return str(self.edition)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        _forget(self.edition_id)

    def delete(self, *args, **kwargs):
        edition_id = self.edition_id
        result = super().delete(*args, **kwargs)
        _forget(edition_id)
        return result


def _forget(edition_id) -> None:
    from django.core.cache import cache

    from .services import config_cache_key

    try:
        cache.delete(config_cache_key(edition_id))
    except Exception:
        pass
    purge_edition_pages(edition_id)


def purge_edition_pages(edition_id) -> None:
    """Drop the edition's cached pages (the home slot and header show this data)."""
    purge.purge_edition_by_id(edition_id)
