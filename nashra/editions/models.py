"""An edition is one country site of the network: a Wagtail Site plus how it
speaks about time (city, zone, month names, digits, Hijri corrections).

The group footer is the same on every edition, so it lives once in
:class:`NetworkSettings` rather than being copied into each edition.
"""

import zoneinfo
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable, Site

from nashra.arabic import dates as arabic_dates
from nashra.arabic import digits as arabic_digits

from . import brand


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("منطقة زمنية غير معروفة: %(zone)s"), params={"zone": value}) from exc


class Edition(ClusterableModel):
    site = models.OneToOneField(Site, on_delete=models.CASCADE, related_name="edition", verbose_name=_("الموقع"))
    slug = models.SlugField(_("المعرّف"), max_length=20, unique=True, help_text=_("مثل eg أو lb"))
    name = models.CharField(_("اسم الإصدار"), max_length=100, help_text=_("مثل «مصر اليوم»"))
    city_name = models.CharField(_("المدينة"), max_length=60, help_text=_("تظهر في «توقيت القاهرة المحلي»"))
    time_zone = models.CharField(
        _("المنطقة الزمنية"), max_length=64, default="Africa/Cairo", validators=[validate_time_zone]
    )
    month_style = models.CharField(
        _("أسماء الشهور"), max_length=16, choices=arabic_dates.MONTH_STYLES, default=arabic_dates.BOTH
    )
    digits = models.CharField(
        _("الأرقام"), max_length=8, choices=arabic_dates.DIGIT_STYLES, default=arabic_digits.LATIN
    )
    tagline = models.CharField(_("الشعار"), max_length=200, blank=True)
    brand_color = models.CharField(
        _("لون الهوية"), max_length=7, default=brand.DEFAULT_COLOR, validators=[brand.validate_brand_color],
        help_text=_("لون العناوين والروابط وشريط العاجل؛ يُعدَّل تلقائيًّا إن لزم ليبقى النص مقروءًا."),
    )
    logo = models.FileField(
        _("الشعار (صورة)"), upload_to="editions/logos/", blank=True, validators=[brand.validate_logo],
        help_text=_("SVG أو PNG أو JPEG أو WebP، حتى 512 كيلوبايت. بدونه يظهر اسم الإصدار بخط كبير."),
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    last_published_at = models.DateTimeField(_("آخر تحديث"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("site"),
        FieldPanel("tagline"),
        MultiFieldPanel(
            [FieldPanel("brand_color", widget=forms.TextInput(attrs={"type": "color"})), FieldPanel("logo")],
            heading=_("الهوية البصرية"),
        ),
        MultiFieldPanel(
            [FieldPanel("city_name"), FieldPanel("time_zone"), FieldPanel("month_style"), FieldPanel("digits")],
            heading=_("الوقت والتاريخ"),
        ),
        InlinePanel("hijri_month_starts", label=_("بدايات الشهور الهجرية المعلنة")),
    ]

    class Meta:
        verbose_name = _("إصدار")
        verbose_name_plural = _("الإصدارات")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        # The logo's drawn size goes into <img width height>, so the header does not move as it loads.
        if not self.logo:
            self.logo_width = self.logo_height = None
        elif not getattr(self.logo, "_committed", True) or not self.logo_width:
            try:
                size = brand.check_logo(self.logo)
            except (ValidationError, OSError):
                size = brand.LogoSize(240, 60)
            self.logo_width, self.logo_height = size.width, size.height
        super().save(*args, **kwargs)

    @property
    def brand_palette(self) -> brand.Palette:
        return brand.palette(self.brand_color)

    @property
    def custom_brand(self) -> str:
        """The colour without its «#» when it is not the network default (then a /brand/… sheet is linked)."""
        color = self.brand_palette.brand
        return "" if color == brand.DEFAULT_COLOR else color[1:]

    @property
    def date_style(self) -> arabic_dates.DateStyle:
        return arabic_dates.DateStyle(month_style=self.month_style, digits=self.digits, time_zone=self.time_zone)

    @property
    def hijri_overrides(self) -> dict[tuple[int, int], date]:
        return {(m.hijri_year, m.hijri_month): m.starts_on for m in self.hijri_month_starts.all()}

    @property
    def home_page(self):
        return self.site.root_page.specific

    @property
    def base_url(self) -> str:
        return self.site.root_url


class HijriMonthStart(Orderable):
    """An announced start of a Hijri month that differs from Umm al-Qura."""

    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="hijri_month_starts")
    hijri_year = models.PositiveIntegerField(_("السنة الهجرية"))
    hijri_month = models.PositiveSmallIntegerField(
        _("الشهر الهجري"), choices=[(i, i) for i in range(1, 13)]
    )
    starts_on = models.DateField(_("أول الشهر (ميلادي)"))

    class Meta:
        verbose_name = _("بداية شهر هجري")
        unique_together = [("edition", "hijri_year", "hijri_month")]


@register_setting(icon="globe")
class NetworkSettings(BaseGenericSetting):
    """The group footer shared by all editions (one place, so it cannot drift)."""

    group_name = models.CharField(_("اسم المجموعة"), max_length=120, default=_("مجموعة نشرة الإعلامية"))
    footer_text = models.TextField(
        _("نص التذييل"), blank=True, default=_("شبكة مواقع إخبارية عربية تصدر عن مجموعة نشرة الإعلامية.")
    )
    copyright_holder = models.CharField(_("صاحب الحقوق"), max_length=120, default=_("مجموعة نشرة الإعلامية"))
    address = models.CharField(_("العنوان"), max_length=250, blank=True, default="")
    maintained_by = models.CharField(_("التطوير والصيانة"), max_length=120, blank=True, default="")

    class Meta:
        verbose_name = _("إعدادات الشبكة")


class EditionGroup(models.Model):
    """The newsroom group of one role in one edition, tied to the edition by key.

    Access used to be matched on the group's *name* («مصر اليوم — محررون»), built from the edition's
    display name, so renaming an edition locked its staff out. The name is now only a label, kept
    up to date on rename (nashra.editions.services.ensure_groups_and_workflow)."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="newsroom_groups")
    role = models.CharField(max_length=20)
    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="edition_role")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition", "role"], name="one_group_per_edition_role")]

    def __str__(self) -> str:
        return f"{self.edition.slug}:{self.role}"


class EditionImages(models.Model):
    """The edition's image collection, tied by key (it was found by the edition's name)."""

    edition = models.OneToOneField(Edition, on_delete=models.CASCADE, related_name="image_collection")
    collection = models.OneToOneField("wagtailcore.Collection", on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"{self.edition.slug}: {self.collection}"
