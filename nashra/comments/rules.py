"""Publishing rules (what a moderator rejects for) and screening reason codes."""

from django.utils.translation import gettext_lazy as _

RULE_CHOICES = [
    ("insult_writer", _("إساءة إلى الكاتب")),
    ("insult_people", _("إساءة إلى الأشخاص")),
    ("sacred", _("إساءة إلى المقدسات")),
    ("religion", _("هجوم على الأديان")),
    ("sectarian", _("تحريض طائفي")),
    ("racist", _("تحريض عنصري")),
    ("abuse", _("ألفاظ نابية أو بذيئة")),
    ("spam", _("إعلان أو رسائل مزعجة")),
    ("off_topic", _("خارج الموضوع")),
    ("other", _("مخالفة أخرى")),
]
RULES = dict(RULE_CHOICES)

REASON_CHOICES = [
    ("banned_word", _("كلمة محظورة")),
    ("links", _("روابط كثيرة")),
    ("repeated", _("تعليق مكرر")),
    ("bad_email", _("بريد مشبوه")),
    ("banned", _("مرسل محظور")),
    ("reported", _("بلاغ من القراء")),
]
REASONS = dict(REASON_CHOICES)

# Lazy: the defaults of CommentSettings.rules_text / terms_text, so a new row gets the text in the
# language active when it is saved (a lazy default is compared by value, so no migration follows).
DEFAULT_RULES_TEXT = _("""يُمنع نشر أي تعليق يتضمن:
- الإساءة إلى كاتب المقال أو إلى الأشخاص أو المقدسات.
- الهجوم على الأديان أو الذات الإلهية.
- التحريض الطائفي أو العنصري.
- الألفاظ النابية أو البذيئة.
- الإعلانات والروابط الدعائية والرسائل المكررة.
تحتفظ هيئة التحرير بحق حجب أي تعليق يخالف هذه الشروط.""")

DEFAULT_TERMS_TEXT = _("""باستخدامك خدمة التعليقات فإنك توافق على ما يلي:
- التعليقات تعبّر عن رأي كاتبيها لا عن رأي الموقع.
- لا يُنشر بريدك الإلكتروني ولا يُطلع عليه أحد خارج فريق الإشراف.
- للموقع أن يراجع التعليقات قبل نشرها أو بعده وأن يحجب ما يخالف شروط النشر.
- يُحظر من يكرر المخالفة من التعليق.""")
