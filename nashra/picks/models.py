"""Editors' picks: the lead («رئيسي») and featured («مميز») stories an editor pins on an edition's
home page or on one of its section pages, in order, each until an optional time.

A pick never hides the news: readers see it only while its story is live, still in that edition
(and section), and the pick has not expired (:func:`nashra.picks.services.page_picks`); otherwise
the page shows the newest stories as it did before. Every change is announced with
``events.PicksChanged`` (delivery purges the one page that shows it).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nashra.articles.listings import PICKED_MAX
from nashra.core.limits import EARLIEST_YEAR, LATEST_YEAR, year_in_range

LEAD = "lead"
FEATURED = "featured"
SLOTS = [(LEAD, _("رئيسي")), (FEATURED, _("مميز"))]
#: Featured stories per page: what a page shows besides its one lead.
MAX_FEATURED = PICKED_MAX - 1


class Pick(models.Model):
    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="picks",
                                verbose_name=_("الإصدار"))
    section = models.ForeignKey("articles.SectionPage", on_delete=models.CASCADE, null=True, blank=True,
                                related_name="picks", verbose_name=_("القسم"),
                                help_text=_("فارغ: الصفحة الرئيسية للإصدار"))
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="picks",
                                verbose_name=_("الخبر"))
    slot = models.CharField(_("الموضع"), max_length=10, choices=SLOTS, default=FEATURED)
    sort_order = models.PositiveSmallIntegerField(_("الترتيب"), default=0)
    expires_at = models.DateTimeField(_("ينتهي في"), null=True, blank=True,
                                      help_text=_("فارغ: يبقى حتى يُحذف"))
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", editable=False)

    class Meta:
        verbose_name = _("اختيار المحررين")
        verbose_name_plural = _("اختيارات المحررين")
        ordering = ["slot", "sort_order", "pk"]
        indexes = [
            models.Index(fields=["edition", "section", "slot", "sort_order"], name="pick_page_order"),
            # The scheduler's pass: picks whose time is up.
            models.Index(fields=["expires_at"], name="pick_expires", condition=models.Q(expires_at__isnull=False)),
        ]
        constraints = [
            # A page has one lead, and a story is on a page once (NULL sections are distinct in SQL, so
            # the home page's rules are written apart from the sections').
            models.UniqueConstraint(fields=["edition"], condition=models.Q(section__isnull=True, slot=LEAD),
                                    name="pick_one_lead_per_home",
                                    violation_error_message=_("للصفحة الرئيسية خبر رئيسي بالفعل.")),
            models.UniqueConstraint(fields=["section"], condition=models.Q(section__isnull=False, slot=LEAD),
                                    name="pick_one_lead_per_section",
                                    violation_error_message=_("للقسم خبر رئيسي بالفعل.")),
            models.UniqueConstraint(fields=["edition", "article"], condition=models.Q(section__isnull=True),
                                    name="pick_once_per_home",
                                    violation_error_message=_("هذا الخبر مختار لهذه الصفحة بالفعل.")),
            models.UniqueConstraint(fields=["section", "article"], condition=models.Q(section__isnull=False),
                                    name="pick_once_per_section",
                                    violation_error_message=_("هذا الخبر مختار لهذه الصفحة بالفعل.")),
        ]

    def __str__(self) -> str:
        return f"{self.get_slot_display()}: {self.article.title if self.article_id else '—'}"

    def page_picks(self):
        """The other picks of the same page (this one left out)."""
        picks = Pick.objects.filter(edition_id=self.edition_id, section_id=self.section_id)
        return picks.exclude(pk=self.pk) if self.pk else picks

    def is_expired(self, now=None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or timezone.now())

    def clean(self):
        """Every refusal in Arabic, with what to do instead (the newsroom shows them on the form)."""
        super().clean()
        now = timezone.now()
        if not year_in_range(self.expires_at):
            raise ValidationError({"expires_at": _("التاريخ خارج المدى المقبول (من سنة %(first)d إلى %(last)d).")
                                   % {"first": EARLIEST_YEAR, "last": LATEST_YEAR}})
        if self.is_expired(now):
            raise ValidationError({"expires_at": _("وقت الانتهاء مضى؛ اختر وقتًا في المستقبل أو اتركه فارغًا.")})
        if self.section_id and self.section.edition_id != self.edition_id:
            raise ValidationError({"section": _("هذا القسم ليس من هذا الإصدار.")})
        if not self.article_id:
            raise ValidationError({"article": _("اختر خبرًا.")})
        article = self.article
        if article.edition_id != self.edition_id:
            raise ValidationError({"article": _(
                "هذا الخبر ليس من إصدار «%(edition)s»؛ لا يُختار إلا من أخبار الإصدار نفسه.")
                % {"edition": self.edition.name}})
        if self.section_id and article.section_id != self.section_id:
            raise ValidationError({"article": _(
                "هذا الخبر ليس من قسم «%(section)s»؛ صفحة القسم تعرض أخباره وحدها.")
                % {"section": self.section.title}})
        if not article.live or article.published_at is None:
            raise ValidationError({"article": _("هذا الخبر غير منشور؛ لا يُختار إلا خبر منشور.")})
        others = self.page_picks()
        if others.filter(article_id=self.article_id).exists():
            raise ValidationError({"article": _("هذا الخبر مختار لهذه الصفحة بالفعل.")})
        if self.slot == LEAD:
            lead = others.filter(slot=LEAD).select_related("article").first()
            if lead is not None:
                raise ValidationError({"slot": _(
                    "للصفحة خبر رئيسي بالفعل («%(title)s»)؛ احذفه أولًا أو اجعل هذا الخبر «مميزًا».")
                    % {"title": lead.article.title}})
        elif others.filter(slot=FEATURED).count() >= MAX_FEATURED:
            raise ValidationError({"slot": _("لا تتسع الصفحة لأكثر من %(max)d أخبار مميزة؛ احذف واحدًا أولًا.")
                                   % {"max": MAX_FEATURED}})
