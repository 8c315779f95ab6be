"""Per-edition settings of what Nashra tells feed readers and search engines.

One row per edition, edited as a Wagtail snippet. Without a row an edition gets
the defaults: summary feeds, no logo, country derived from its time zone.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

#: Time zones of Arabic-speaking countries → ISO 3166 country code (for hreflang «ar-EG»).
ZONE_COUNTRIES = {
    "Africa/Cairo": "EG", "Asia/Beirut": "LB", "Asia/Damascus": "SY", "Asia/Amman": "JO",
    "Asia/Baghdad": "IQ", "Asia/Riyadh": "SA", "Asia/Dubai": "AE", "Asia/Kuwait": "KW",
    "Asia/Qatar": "QA", "Asia/Bahrain": "BH", "Asia/Muscat": "OM", "Asia/Aden": "YE",
    "Asia/Gaza": "PS", "Asia/Hebron": "PS", "Africa/Tripoli": "LY", "Africa/Tunis": "TN",
    "Africa/Algiers": "DZ", "Africa/Casablanca": "MA", "Africa/El_Aaiun": "MA", "Africa/Khartoum": "SD",
    "Africa/Nouakchott": "MR", "Africa/Djibouti": "DJ", "Africa/Mogadishu": "SO", "Indian/Comoro": "KM",
}


class EditionFeedSettings(models.Model):
    edition = models.OneToOneField(
        "editions.Edition", on_delete=models.CASCADE, related_name="feed_settings", verbose_name=_("الإصدار")
    )
    full_text = models.BooleanField(
        _("النص الكامل في الخلاصات"), default=False,
        help_text=_("إن لم يُحدَّد تحمل الخلاصات ملخّص الخبر فقط"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("الشعار"), help_text=_("يظهر في الخلاصات وفي البيانات المنظَّمة للناشر"),
    )
    country_code = models.CharField(
        _("رمز البلد"), max_length=2, blank=True,
        help_text=_("رمز ISO من حرفين مثل EG؛ يُستنتج من المنطقة الزمنية إن تُرك فارغًا"),
    )

    panels = [FieldPanel("edition"), FieldPanel("full_text"), FieldPanel("logo"), FieldPanel("country_code")]

    class Meta:
        verbose_name = _("إعدادات الخلاصات")
        verbose_name_plural = _("إعدادات الخلاصات")

    def __str__(self) -> str:
        return str(self.edition)


register_snippet(EditionFeedSettings)


def settings_for(edition) -> EditionFeedSettings:
    """The edition's settings row, or an unsaved one holding the defaults.

    Kept with the edition's fragments (a save purges the edition, see nashra.delivery.signals).
    """
    from nashra.core import scopes

    def build():
        found = EditionFeedSettings.objects.select_related("logo").filter(edition=edition).first()
        return found or EditionFeedSettings(edition=edition)

    if getattr(edition, "pk", None) is None:
        return build()
    return scopes.for_edition(edition, "feed-settings", build)


def country_code(edition, feed_settings: EditionFeedSettings | None = None) -> str | None:
    code = (feed_settings.country_code if feed_settings else "").strip().upper()
    return code or ZONE_COUNTRIES.get(edition.time_zone)


def hreflang(edition, feed_settings: EditionFeedSettings | None = None) -> str:
    """``ar-EG`` for the Egyptian edition; plain ``ar`` when the country is unknown."""
    code = country_code(edition, feed_settings)
    return f"ar-{code}" if code else "ar"
