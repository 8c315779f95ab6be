"""The wire desk: agency sources the network polls, the items they sent, and the drafts made from them.

A :class:`WireSource` is network-wide (a feed URL or a drop folder, an agency and its credit, the
editions it feeds). A :class:`WireItem` is one agency story, unique per source and agency id; a newer
version overwrites it and flags the drafts made from the older text (:class:`WireDraft`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

URL, FOLDER = "url", "folder"
KINDS = [(URL, _("رابط خلاصة (RSS أو Atom أو NewsML-G2 أو NITF)")),
         (FOLDER, _("مجلد استلام (NewsML-G2 أو NITF أو IPTC 7901 أو نص)"))]
ENCODINGS = [("", _("تلقائي")), ("utf-8", "UTF-8"), ("windows-1256", "windows-1256"),
             ("iso-8859-6", "ISO-8859-6")]


class WireSource(models.Model):
    name = models.CharField(_("الاسم"), max_length=120)
    kind = models.CharField(_("النوع"), max_length=10, choices=KINDS, default=URL)
    url = models.URLField(_("الرابط"), max_length=500, blank=True)
    folder = models.CharField(_("المجلد"), max_length=500, blank=True,
                              help_text=_("مسار على الخادم داخل مجلدات الاستلام المسموح بها"))
    agency = models.CharField(_("الوكالة"), max_length=120, help_text=_("مثل «وكالة أنباء الشرق الأوسط»"))
    credit = models.CharField(_("الرمز في سطر المكان"), max_length=40, help_text=_("مثل «أ ش أ» أو «واس»"))
    editions = models.ManyToManyField("editions.Edition", related_name="wire_sources", blank=True,
                                      verbose_name=_("الإصدارات"))
    interval_minutes = models.PositiveSmallIntegerField(_("الفاصل بين الجلبات (دقائق)"), default=5)
    encoding = models.CharField(_("ترميز الحروف"), max_length=20, choices=ENCODINGS, blank=True)
    enabled = models.BooleanField(_("مفعّل"), default=True)
    # Conditional requests: what the feed's server said last time.
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    # Drop folders: {file name: "mtime:size"} of files already read, so a pass reads new files only.
    folder_state = models.JSONField(default=dict, blank=True, editable=False)
    # The health line.
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    #: Set when the scheduler queues a poll of this source, cleared when the poll ends: never two at once.
    queued_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.CharField(max_length=500, blank=True, editable=False)
    last_error_at = models.DateTimeField(null=True, blank=True, editable=False)
    items_day = models.DateField(null=True, blank=True, editable=False)
    items_today = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("مصدر وكالة")
        verbose_name_plural = _("مصادر الوكالات")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class WireItem(models.Model):
    source = models.ForeignKey(WireSource, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField(max_length=300)
    version = models.PositiveIntegerField(default=1)
    content_hash = models.CharField(max_length=40)
    format = models.CharField(max_length=10)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)  # paragraphs separated by blank lines, plain text
    dateline = models.CharField(max_length=120, blank=True)
    byline = models.CharField(max_length=200, blank=True)
    credit = models.CharField(max_length=40, blank=True)  # the source's, or the item's own creditline
    link = models.URLField(max_length=500, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)  # the agency's time
    images = models.JSONField(default=list, blank=True)  # [[href, caption]]: a URL or a drop-folder file
    received_at = models.DateTimeField(db_index=True)
    updated_at = models.DateTimeField(null=True, blank=True)  # a newer version arrived
    cluster = models.BigIntegerField(null=True, blank=True, db_index=True)  # id of the cluster's first item
    sketch = models.TextField(blank=True)  # minhash.encode()
    search_keys = models.TextField(blank=True)  # the search stems of title and body, space-separated

    class Meta:
        ordering = ["-received_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["source", "guid"], name="wire_item_unique_guid")]

    def __str__(self) -> str:
        return self.title

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


class WireDraft(models.Model):
    """A draft article made from a wire item with «استخدام»; ``outdated`` once the agency updates it."""

    item = models.ForeignKey(WireItem, on_delete=models.CASCADE, related_name="drafts")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="wire_drafts")
    version = models.PositiveIntegerField()
    outdated = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")

    def __str__(self) -> str:
        return f"{self.item_id} → {self.article_id}"


class ArticleCopy(models.Model):
    """A linked copy of a story in another edition («نشر في إصدارات أخرى»): the two share the original's
    ``external_id``, so each declares the other through hreflang. ``copied_revision`` is the copy's own
    revision written from the original; a copy whose latest revision is another one was edited locally
    and is left alone when the original changes."""

    original = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="edition_copies")
    copy = models.OneToOneField("articles.ArticlePage", on_delete=models.CASCADE, related_name="copied_from")
    copied_revision_id = models.BigIntegerField(null=True)
    #: The copy's edition chooses: its ``<link rel="canonical">`` names the original (while it is live)
    #: or, by default, the copy itself.
    canonical_to_original = models.BooleanField(_("الرابط المعتمد للأصل"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")

    def __str__(self) -> str:
        return f"{self.original_id} → {self.copy_id}"
