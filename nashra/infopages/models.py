"""The network's own pages linked from the group footer: «من نحن», «اتصل بنا», «سياسة الخصوصية»,
«شروط الاستخدام» …

One set for the whole network, like the footer that links them (:class:`NetworkSettings`): every
edition serves them at ``/pages/<slug>/`` and shows the same links, so the footer stays one kept
fragment for all editions. Editors write them in the newsroom as snippets with drafts, revisions
and publishing; what readers see is the published copy (``live``).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from nashra.core import events

BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "hr"]


class InfoPage(DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model):
    title = models.CharField(_("العنوان"), max_length=120)
    slug = models.SlugField(
        _("المعرّف في الرابط"), max_length=40, unique=True,
        help_text=_("يظهر في الرابط /pages/<المعرّف>/، مثل about أو privacy؛ لا تغيّره بعد النشر."),
    )
    body = RichTextField(_("النص"), features=BODY_FEATURES)
    in_footer = models.BooleanField(_("رابط في التذييل"), default=True)
    footer_order = models.PositiveSmallIntegerField(_("الترتيب في التذييل"), default=0)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="infopage")

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("body"), FieldPanel("in_footer"),
              FieldPanel("footer_order")]

    class Meta:
        verbose_name = _("صفحة تذييل")
        verbose_name_plural = _("صفحات التذييل")
        ordering = ["footer_order", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def get_absolute_url(self) -> str:
        return reverse("infopages:page", args=[self.slug])

    def get_preview_template(self, request, mode_name):
        return "infopages/page.html"

    def get_preview_context(self, request, mode_name):
        return {"info_page": self}

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        announce_change()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        announce_change()
        return result


def announce_change() -> None:
    """Every edition's footer links these pages, and each edition serves them: say so to whoever
    caches pages (:mod:`nashra.core.events`; delivery purges once per transaction)."""
    events.emit(events.NetworkContentChanged("infopages"))
