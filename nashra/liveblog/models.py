"""A live blog: a Wagtail page (headline, key points, state, coverage times) whose entries are plain
rows, not page revisions, so a reporter's post is one INSERT and one purge.

Entries are read newest first with the pinned ones on top, twenty to a page with a keyset
``?before=<id>`` link: a blog of 2,000 entries renders the same rows as one of 20.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from nashra.articles.models import NoViewRestrictionsMixin, SectionPage

LIVE, PAUSED, ENDED = "live", "paused", "ended"
STATES = [(LIVE, _("مباشر")), (PAUSED, _("متوقف مؤقتًا")), (ENDED, _("انتهت التغطية"))]
PAGE_SIZE = 20


class LiveBlogPage(NoViewRestrictionsMixin, RoutablePageMixin, Page):
    counts_views = True  # the view beacon: a live story's minute-by-minute curve in the newsroom's numbers
    # Breaking mode («وضع عاجل») can put the blog on top of its edition's home page, drawn with this.
    breaking_lead_template = "liveblog/includes/top_story.html"
    summary = RichTextField(_("أبرز النقاط"), features=["bold", "italic", "ul", "ol", "link"], blank=True)
    state = models.CharField(_("الحالة"), max_length=10, choices=STATES, default=LIVE)
    coverage_start = models.DateTimeField(_("بداية التغطية"), null=True, blank=True)
    coverage_end = models.DateTimeField(_("نهاية التغطية"), null=True, blank=True)
    require_approval = models.BooleanField(_("تتطلب التحديثات موافقة محرر"), default=False)
    # Bumped atomically on every change of the entries: the update channel's cursor and ETag.
    entries_version = models.PositiveBigIntegerField(default=0, editable=False)
    # Denormalised like ArticlePage's: the newsroom filters blogs by edition.
    edition = models.ForeignKey("editions.Edition", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="live_blogs", editable=False)
    section = models.ForeignKey(SectionPage, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="live_blogs", editable=False)

    parent_page_types = ["articles.SectionPage"]
    subpage_types = []
    search_fields = Page.search_fields
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("state"), FieldPanel("coverage_start"), FieldPanel("coverage_end"),
                         FieldPanel("require_approval")], heading=_("التغطية")),
    ]

    class Meta:
        verbose_name = _("تغطية مباشرة")
        verbose_name_plural = _("التغطيات المباشرة")

    def save(self, *args, **kwargs):
        from nashra.core.html import clean_html

        self.summary = clean_html(self.summary)
        if self.pk:
            # A revision published from the page editor carries the version of its day: the entries'
            # version only moves forward (services bump it), or pollers would miss changes.
            current = LiveBlogPage.objects.filter(pk=self.pk).values_list("entries_version", flat=True).first()
            self.entries_version = max(self.entries_version, current or 0)
        parent = self.get_parent() if self.pk or self.path else None
        if parent is not None and isinstance(parent.specific, SectionPage):
            self.section_id = parent.pk
            self.edition_id = parent.specific.edition_id
        super().save(*args, **kwargs)

    @property
    def is_live(self) -> bool:
        return self.state == LIVE

    def visible_entries(self):
        return self.entries.filter(approved=True).select_related("image", "author")

    def entries_page(self, before: int | None):
        """(pinned entries, a page of the others newest first, the id for the «older» link or None)."""
        rows = self.visible_entries().filter(pinned=False).order_by("-id")
        if before is not None:
            rows = rows.filter(id__lt=before)
        rows = list(rows[: PAGE_SIZE + 1])
        older = rows[PAGE_SIZE - 1].pk if len(rows) > PAGE_SIZE else None
        pinned = [] if before is not None else list(self.visible_entries().filter(pinned=True).order_by("-id"))
        return pinned, rows[:PAGE_SIZE], older

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        before = request.GET.get("before", "")
        if before and not before.isdigit():
            raise Http404
        pinned, entries, older = self.entries_page(int(before) if before else None)
        from .jsonld import live_blog_posting

        context.update(bar_forms=new_updates_forms(), time_forms=relative_time_forms(),
                       pinned_entries=pinned, entries=entries, older_id=older,
                       is_first_page=not before, version=self.entries_version,
                       jsonld=live_blog_posting(self, request, pinned + entries))
        return context

    def changes_since(self, since: int, limit: int = 100):
        """(entries changed after version ``since``, ids deleted after it): what a poller must apply."""
        entries = list(self.visible_entries().filter(version__gt=since).order_by("version")[:limit])
        deleted = list(self.deletions.filter(version__gt=since).values_list("entry_id", flat=True)[:limit])
        return entries, deleted

    @path("")
    def index(self, request):
        return self.render(request)

    @re_path(r"^updates/$")
    def updates(self, request):
        from .views import updates

        return updates(request, self)

    @re_path(r"^feed/$")
    def feed(self, request):
        from .views import feed

        return feed(request, self)


def new_updates_forms() -> dict[str, str]:
    """«N تحديثات جديدة» in each Arabic plural class (Intl.PluralRules names), for the reader script:
    ngettext asked with a number of each class, ``{n}`` left for the script to fill."""
    samples = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100}
    return {name: ngettext("تحديث جديد واحد", "%(n)s تحديثات جديدة", n) % {"n": "{n}"}
            for name, n in samples.items()}


def relative_time_forms() -> dict[str, str]:
    """«منذ 3 دقائق» for the ticking times: per unit and Arabic plural class, ``{n}`` for the script."""
    samples = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100}
    forms = {"now": gettext("الآن")}
    for name, n in samples.items():
        forms[f"minute-{name}"] = ngettext("منذ دقيقة", "منذ %(n)s دقائق", n) % {"n": "{n}"}
        forms[f"hour-{name}"] = ngettext("منذ ساعة", "منذ %(n)s ساعات", n) % {"n": "{n}"}
    return forms


class LiveBlogEntry(models.Model):
    blog = models.ForeignKey(LiveBlogPage, on_delete=models.CASCADE, related_name="entries")
    created_at = models.DateTimeField(_("الوقت"), db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Bumped on every change of the blog's entries (services.touch): the update channel's cursor.
    version = models.PositiveBigIntegerField(default=0, db_index=True)
    title = models.CharField(_("العنوان"), max_length=200, blank=True)
    body = models.TextField(_("النص"), blank=True)
    image = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+", verbose_name=_("الصورة"))
    embed_url = models.URLField(_("رابط فيديو أو منشور"), max_length=500, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    pinned = models.BooleanField(_("مثبت"), default=False)
    highlight = models.BooleanField(_("مهم"), default=False)
    approved = models.BooleanField(_("موافق عليه"), default=True)

    class Meta:
        verbose_name = _("تحديث مباشر")
        verbose_name_plural = _("التحديثات المباشرة")
        indexes = [models.Index(fields=["blog", "approved", "pinned", "-id"], name="liveblog_entry_page")]

    def __str__(self) -> str:
        return self.title or str(self.pk)

    @property
    def anchor(self) -> str:
        return f"entry-{self.pk}"

    @property
    def embed(self):
        from nashra.articles.embeds import EmbedError, parse

        if not self.embed_url:
            return None
        try:
            return parse(self.embed_url)
        except EmbedError:
            return None


class LiveBlogDeletion(models.Model):
    """An entry deleted (or withdrawn from readers): pollers must drop it from open pages."""

    blog = models.ForeignKey(LiveBlogPage, on_delete=models.CASCADE, related_name="deletions")
    entry_id = models.PositiveBigIntegerField()
    version = models.PositiveBigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"{self.blog_id}:{self.entry_id}"
