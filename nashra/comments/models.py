"""Reader comments, their reports, bans and per-edition / per-article settings.

Nothing here is ever deleted by screening: a held comment keeps its text and
carries a reason code the moderator sees.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nashra.arabic.screening_starter import starter_text

from .rules import DEFAULT_RULES_TEXT, DEFAULT_TERMS_TEXT, REASON_CHOICES, RULE_CHOICES

PRE, POST, CLOSED = "pre", "post", "closed"
MODE_CHOICES = [(PRE, _("مراجعة قبل النشر")), (POST, _("نشر ثم مراجعة")), (CLOSED, _("التعليقات مغلقة"))]
INHERIT = "inherit"
OVERRIDE_CHOICES = [(INHERIT, _("كإعداد الإصدار"))] + MODE_CHOICES


class CommentSettings(models.Model):
    edition = models.OneToOneField(
        "editions.Edition", on_delete=models.CASCADE, related_name="comment_settings", verbose_name=_("الإصدار")
    )
    mode = models.CharField(_("طريقة النشر"), max_length=8, choices=MODE_CHOICES, default=PRE)
    max_length = models.PositiveIntegerField(_("أقصى طول للتعليق (حرفًا)"), default=1000)
    close_after_days = models.PositiveIntegerField(
        _("إغلاق التعليقات بعد (يومًا من النشر)"), null=True, blank=True, help_text=_("اتركه فارغًا لعدم الإغلاق")
    )
    max_links = models.PositiveSmallIntegerField(_("أقصى عدد للروابط قبل الحجز"), default=1)
    banned_words = models.TextField(_("الكلمات المحظورة"), blank=True, help_text=_("كلمة أو عبارة في كل سطر"))
    # A starter list ships with every edition but stays off until an edition admin turns it on:
    # its reasons reach moderators, so the newsroom decides (and may edit the words first).
    use_starter_words = models.BooleanField(
        _("استخدام القائمة المبدئية"), default=False,
        help_text=_("قائمة مبدئية من نشرة بشتائم وإساءات شائعة، لا تُستخدم حتى تفعّلها. الكلمة المطابقة لا ترفض "
                    "التعليق، بل تظهر للمشرف سببًا للمراجعة."),
    )
    starter_words = models.TextField(
        _("القائمة المبدئية (قابلة للتعديل)"), blank=True, default=starter_text,
        help_text=_("كلمة أو عبارة في كل سطر، بالمفرد: الجمع والتأنيث والكتابة بالحروف اللاتينية تُكتشف تلقائيًا. "
                    "السطر الذي يبدأ بـ # ملاحظة."),
    )
    bad_emails = models.TextField(
        _("عناوين بريد مشبوهة"), blank=True, help_text=_("عنوان أو نطاق (مثل ‎@example.com) في كل سطر")
    )
    rules_text = models.TextField(_("شروط النشر"), default=DEFAULT_RULES_TEXT)
    terms_text = models.TextField(_("شروط الاستخدام"), default=DEFAULT_TERMS_TEXT)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("إعدادات التعليقات")
        verbose_name_plural = _("إعدادات التعليقات")

    def __str__(self) -> str:
        return str(self.edition)

    @classmethod
    def for_edition(cls, edition) -> CommentSettings:
        if edition is None:
            return cls()
        obj = cls.objects.filter(edition=edition).first()
        return obj or cls(edition=edition)

    def banned_list(self) -> list[str]:
        """The edition's own words, then the starter list's when it is switched on."""
        text = self.banned_words + ("\n" + self.starter_words if self.use_starter_words else "")
        return [line.strip() for line in text.splitlines() if line.strip()]

    def bad_email_list(self) -> list[str]:
        return [line.strip().casefold() for line in self.bad_emails.splitlines() if line.strip()]


class ArticleCommentSettings(models.Model):
    """Per-article override (kept here so the articles app does not depend on comments)."""

    article = models.OneToOneField(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="comment_override", verbose_name=_("الخبر")
    )
    mode = models.CharField(_("التعليقات على هذا الخبر"), max_length=8, choices=OVERRIDE_CHOICES, default=INHERIT)

    class Meta:
        verbose_name = _("إعداد تعليقات خبر")
        verbose_name_plural = _("إعدادات تعليقات الأخبار")

    def __str__(self) -> str:
        return f"{self.article_id}: {self.get_mode_display()}"


class CommentQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(status=Comment.APPROVED)


class Comment(models.Model):
    PENDING, APPROVED, REJECTED, SPAM = "pending", "approved", "rejected", "spam"
    STATUS_CHOICES = [
        (PENDING, _("بانتظار المراجعة")), (APPROVED, _("منشور")), (REJECTED, _("مرفوض")), (SPAM, _("مزعج")),
    ]

    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="comments", verbose_name=_("الخبر")
    )
    edition = models.ForeignKey(
        "editions.Edition", on_delete=models.CASCADE, related_name="comments", verbose_name=_("الإصدار")
    )
    name = models.CharField(_("الاسم"), max_length=80)
    email = models.EmailField(_("البريد الإلكتروني"), max_length=254)
    title = models.CharField(_("العنوان"), max_length=150)
    text = models.TextField(_("التعليق"))
    ip_hash = models.CharField(_("بصمة العنوان"), max_length=64, blank=True, db_index=True)
    user_agent = models.CharField(_("المتصفح"), max_length=300, blank=True)
    status = models.CharField(_("الحالة"), max_length=10, choices=STATUS_CHOICES, default=PENDING, db_index=True)
    reason_code = models.CharField(_("سبب الحجز الآلي"), max_length=20, choices=REASON_CHOICES, blank=True)
    reason_detail = models.CharField(_("تفاصيل السبب"), max_length=300, blank=True)
    rejected_rule = models.CharField(_("الشرط المخالف"), max_length=20, choices=RULE_CHOICES, blank=True)
    report_count = models.PositiveIntegerField(_("البلاغات"), default=0)
    is_reported = models.BooleanField(_("عليه بلاغ"), default=False, db_index=True)
    text_hash = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(_("الوقت"), default=timezone.now, db_index=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("المشرف"),
    )
    moderated_at = models.DateTimeField(_("وقت المراجعة"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("تعليق")
        verbose_name_plural = _("التعليقات")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["article", "status", "created_at"], name="comment_article_status"),
            models.Index(fields=["edition", "status", "-created_at"], name="comment_queue"),
        ]

    def __str__(self) -> str:
        return self.title


class CommentReport(models.Model):
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    ip_hash = models.CharField(max_length=64, blank=True)
    reason = models.CharField(_("السبب"), max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("بلاغ")
        verbose_name_plural = _("البلاغات")

    def __str__(self) -> str:
        return f"{self.comment_id}: {self.reason}"


class Ban(models.Model):
    EMAIL, ADDRESS = "email", "address"
    KIND_CHOICES = [(EMAIL, _("بريد إلكتروني")), (ADDRESS, _("عنوان الشبكة"))]

    edition = models.ForeignKey(
        "editions.Edition", null=True, blank=True, on_delete=models.CASCADE, related_name="comment_bans",
        verbose_name=_("الإصدار"), help_text=_("فارغ = كل الإصدارات"),
    )
    kind = models.CharField(_("النوع"), max_length=8, choices=KIND_CHOICES)
    value = models.CharField(_("القيمة"), max_length=254, db_index=True, help_text=_("البريد أو بصمة العنوان"))
    reason = models.CharField(_("السبب"), max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("حظر")
        verbose_name_plural = _("المحظورون")
        constraints = [models.UniqueConstraint(fields=["edition", "kind", "value"], name="comment_ban_unique")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"
