"""Caricatures (كاريكاتير): an image credited «بريشة: الفنان», with drafts and revisions."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.search import index

from nashra.delivery import purge


class Artist(index.Indexed, models.Model):
    name = models.CharField(_("الاسم"), max_length=120)
    slug = models.SlugField(_("المعرّف"), max_length=80, unique=True, allow_unicode=True)
    bio = models.TextField(_("نبذة"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("bio")]

    class Meta:
        verbose_name = _("رسام كاريكاتير")
        verbose_name_plural = _("رسامو الكاريكاتير")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("caricatures:artist", args=[self.slug])


class CaricatureQuerySet(models.QuerySet):
    def visible(self, edition):
        """What readers of ``edition`` may see: published and not dated in the future."""
        return self.filter(edition=edition, live=True, published_at__lte=timezone.now())


class Caricature(DraftStateMixin, RevisionMixin, index.Indexed, models.Model):
    edition = models.ForeignKey(
        "editions.Edition", on_delete=models.CASCADE, related_name="caricatures", verbose_name=_("الإصدار")
    )
    title = models.CharField(_("العنوان"), max_length=200)
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.PROTECT, related_name="+", verbose_name=_("الصورة")
    )
    caption = models.TextField(_("التعليق"), blank=True)
    artist = models.ForeignKey(Artist, on_delete=models.PROTECT, related_name="caricatures",
                               verbose_name=_("الرسام"))
    published_at = models.DateTimeField(_("تاريخ النشر"), default=timezone.now, db_index=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="caricature")

    objects = CaricatureQuerySet.as_manager()

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    panels = [
        FieldPanel("edition"), FieldPanel("title"), FieldPanel("image"), FieldPanel("caption"),
        FieldPanel("artist"), FieldPanel("published_at"),
    ]

    class Meta:
        verbose_name = _("كاريكاتير")
        verbose_name_plural = _("كاريكاتير")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["edition", "live", "-published_at"], name="caricature_gallery")]

    def __str__(self) -> str:
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def get_absolute_url(self) -> str:
        return reverse("caricatures:detail", args=[self.pk])

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        purge_edition_pages(self.edition_id)

    def delete(self, *args, **kwargs):
        edition_id = self.edition_id
        result = super().delete(*args, **kwargs)
        purge_edition_pages(edition_id)
        return result


def purge_edition_pages(edition_id) -> None:
    """Drop the edition's cached pages (the home slot and header show this data)."""
    purge.purge_edition_by_id(edition_id)
