"""The wire desk's refusals in Arabic, by the code the pure modules raise (parsers, fetch, encodings)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .errors import WireError


def describe(error: WireError) -> str:
    """What the health line says about ``error``: what happened and, where it helps, what to do."""
    p = error.params
    texts = {
        "html": lambda: _("المصدر أعاد صفحة HTML لا خلاصة أخبار؛ تحقق من الرابط."),
        "unknown_xml": lambda: _("ملف XML بصيغة غير معروفة (المقبول: RSS أو Atom أو NewsML-G2 أو NITF)."),
        "malformed_xml": lambda: _("ملف XML تالف لا يمكن قراءته (السطر %(line)s).") % {"line": p.get("line", 0)},
        "too_large": lambda: _("الملف أكبر من الحد المسموح (%(mb)s ميغابايت)؛ تُرك دون قراءة.")
        % {"mb": p.get("limit_mb", 5)},
        "item_too_large": lambda: _("نص خبر «%(title)s» أطول من %(limit)s حرف؛ تُرك وحده.")
        % {"title": p.get("title", ""), "limit": p.get("limit", 0)},
        "empty": lambda: _("الملف فارغ."),
        "no_items": lambda: _("لا أخبار في هذا الملف."),
        "unknown_encoding": lambda: _("ترميز الحروف غير معروف (%(encoding)s)؛ اختر UTF-8 أو windows-1256 أو "
                                      "ISO-8859-6 في إعدادات المصدر.") % {"encoding": p.get("encoding", "?")},
        "wrong_encoding": lambda: _("لا يطابق الملف الترميز المختار (%(encoding)s).")
        % {"encoding": p.get("encoding", "?")},
        "bad_scheme": lambda: _("رابط المصدر يجب أن يبدأ بـ http أو https."),
        "private_address": lambda: _("رابط المصدر يشير إلى عنوان داخلي أو خاص (%(host)s)؛ هذا غير مسموح.")
        % {"host": p.get("host", "")},
        "dns": lambda: _("تعذّر العثور على الخادم %(host)s.") % {"host": p.get("host", "")},
        "timeout": lambda: _("انتهت المهلة (%(seconds)s ثانية) دون رد كامل من المصدر.")
        % {"seconds": p.get("seconds", 0)},
        "connection": lambda: _("انقطع الاتصال بالمصدر أو وصل الرد ناقصًا."),
        "http_status": lambda: _("ردّ المصدر برمز الخطأ %(status)s.") % {"status": p.get("status", 0)},
        "redirects": lambda: _("إعادة توجيه أكثر من اللازم."),
        "folder": lambda: _("مجلد الاستلام غير موجود أو خارج المجلدات المسموح بها."),
        "no_location": lambda: _("لم يُحدَّد رابط ولا مجلد للمصدر."),
    }
    text = texts.get(error.code)
    return text() if text else _("خطأ غير متوقع في قراءة المصدر.")
