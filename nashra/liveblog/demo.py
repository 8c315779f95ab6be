"""Demo data: a running live blog in the ``eg`` edition with thirty entries (one pinned), so a newcomer
sees the feature at once. Idempotent: a second run finds the blog and leaves it as it is."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from nashra.articles.models import SectionPage
from nashra.core import events

from .models import LIVE, LiveBlogEntry, LiveBlogPage

SLUG = "earthquake-live"
TITLE = "مباشر: هزة أرضية تضرب شمال البلاد"
SUMMARY = ("<ul><li>هزة بقوة 5.8 درجات شعر بها سكان القاهرة والإسكندرية فجرًا</li>"
           "<li>لا إصابات خطيرة حتى الآن بحسب وزارة الصحة</li>"
           "<li>هيئة الأرصاد تتوقع هزات ارتدادية خفيفة خلال الساعات المقبلة</li></ul>")
PINNED = ("تعليمات السلامة", "ابتعد عن النوافذ والجدران الخارجية، ولا تستعمل المصاعد، واتصل بالرقم 123 عند الحاجة.")
UPDATES = [
    ("رصد الهزة", "رصدت محطات المعهد القومي للبحوث الفلكية هزة أرضية في الساعة الرابعة فجرًا."),
    ("القوة والمركز", "بلغت قوة الهزة 5.8 درجات على مقياس ريختر، ومركزها على بعد 40 كيلومترًا شمالًا."),
    ("شعور السكان", "أفاد سكان في القاهرة والجيزة بأنهم شعروا بالهزة لثوانٍ معدودة."),
    ("وزارة الصحة", "رفعت الوزارة درجة الاستعداد في مستشفيات المحافظات القريبة من مركز الهزة."),
    ("الحماية المدنية", "فرق الحماية المدنية تتفقد المباني القديمة في الأحياء الشعبية."),
    ("المدارس", "قررت وزارة التربية والتعليم استمرار الدراسة مع فحص المباني المدرسية."),
    ("هزة ارتدادية", "سجلت المحطات هزة ارتدادية بقوة 3.1 درجات دون أضرار."),
    ("بيان رسمي", "رئيس الوزراء يطمئن المواطنين ويدعو إلى عدم الانسياق وراء الشائعات."),
    ("المترو", "حركة مترو الأنفاق تعمل بانتظام بعد توقف قصير للفحص."),
    ("الإسكندرية", "لا أضرار في المباني التاريخية بالإسكندرية حسب المحافظة."),
]


def load_demo(edition) -> bool:
    """Create the blog under the edition's first section, with its entries. True when created."""
    if LiveBlogPage.objects.filter(edition=edition, slug=SLUG).exists():
        return False
    section = SectionPage.objects.filter(edition=edition).order_by("nav_order", "pk").first()
    if section is None:
        return False
    now = timezone.now()
    with transaction.atomic(), events.coalesced():
        blog = LiveBlogPage(title=TITLE, slug=SLUG, summary=SUMMARY, state=LIVE,
                            coverage_start=now - timedelta(hours=5))
        section.add_child(instance=blog)
        blog.save_revision().publish()
        rows = []
        for n in range(30):
            title, body = UPDATES[n % len(UPDATES)]
            suffix = f" ({n // len(UPDATES) + 1})" if n >= len(UPDATES) else ""
            rows.append(LiveBlogEntry(blog=blog, title=title + suffix, body=f"<p>{body}</p>", version=n + 1,
                                      created_at=now - timedelta(minutes=10 * (30 - n)), highlight=n % 7 == 3))
        rows.append(LiveBlogEntry(blog=blog, title=PINNED[0], body=f"<p>{PINNED[1]}</p>", pinned=True,
                                  version=31, created_at=now - timedelta(hours=5)))
        LiveBlogEntry.objects.bulk_create(rows)
        LiveBlogPage.objects.filter(pk=blog.pk).update(entries_version=31)
        events.emit(events.LiveBlogChanged(blog))
    return True
