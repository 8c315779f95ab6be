"""Demo data: the four pages of the group footer, published (idempotent: an existing page, edited
or not, is left as it is)."""

from django.db import transaction

from nashra.core import events
from nashra.infopages.models import InfoPage

PAGES = (
    ("about", "من نحن", (
        "<p>«نشرة» شبكة مواقع إخبارية عربية تصدر عن مجموعة نشرة الإعلامية، لكل بلد فيها إصداره وفريقه "
        "ومواقيته، ويجمعها ميثاق تحريري واحد.</p>"
        "<h2>ما نلتزم به</h2><ul><li>الدقة قبل السرعة، ونسبة كل معلومة إلى مصدرها.</li>"
        "<li>الفصل بين الخبر والرأي، وتصحيح الخطأ علنًا حين يقع.</li>"
        "<li>احترام خصوصية الناس وكرامتهم في النص والصورة.</li></ul>"
        "<p>يعمل في الشبكة محررون ومراسلون في القاهرة وبيروت، ويحرر كل إصدار أخباره من موقعه.</p>"
    )),
    ("contact", "اتصل بنا", (
        "<p>يسعدنا أن نسمع منكم: ملاحظة على خبر، أو تصحيح، أو معلومة تستحق المتابعة.</p>"
        "<h2>التحرير</h2><p>البريد: newsroom@example.invalid — الهاتف: ‎+20 2 0000 0000</p>"
        "<h2>الإعلانات</h2><p>البريد: ads@example.invalid</p>"
        "<h2>العنوان</h2><p>مجموعة نشرة الإعلامية، 12 شارع الصحافة، وسط البلد، القاهرة.</p>"
        "<p>نرد على الرسائل في أيام العمل خلال يومين.</p>"
    )),
    ("privacy", "سياسة الخصوصية", (
        "<p>نحترم خصوصية قرائنا، ونجمع أقل ما يلزم لتشغيل الموقع.</p>"
        "<h2>ما نجمعه</h2><ul><li>لا نضع ملفات تعريف ارتباط للتتبع أو الإعلانات، ولا نحمّل أي خدمة من طرف ثالث "
        "في صفحات القراءة.</li><li>إذا علّقت على خبر نحفظ الاسم والبريد ونص التعليق، ولا ننشر البريد أبدًا.</li>"
        "<li>تحفظ سجلات الخادم عنوان الجهاز ووقت الطلب لأغراض الأمان، وتُحذف دوريًا.</li></ul>"
        "<h2>حقوقك</h2><p>لك أن تطلب الاطلاع على بياناتك أو حذفها بمراسلتنا عبر صفحة «اتصل بنا».</p>"
    )),
    ("terms", "شروط الاستخدام", (
        "<p>باستخدامك مواقع شبكة «نشرة» فإنك توافق على الشروط الآتية.</p>"
        "<h2>المحتوى</h2><p>جميع المواد المنشورة محفوظة الحقوق لمجموعة نشرة الإعلامية، ويجوز الاقتباس "
        "المحدود مع ذكر المصدر ورابط المادة.</p>"
        "<h2>التعليقات</h2><p>التعليقات تعبّر عن أصحابها، ونحتفظ بحق حجب ما يتضمن إساءة أو تحريضًا "
        "أو إعلانًا.</p>"
        "<h2>المسؤولية</h2><p>نبذل جهدنا لدقة ما ننشر، ونصحح ما يثبت خطؤه في أقرب وقت.</p>"
    )),
)


def load_demo() -> int:
    """Create the pages that do not exist yet, each published; returns how many were created."""
    created = 0
    with transaction.atomic(), events.coalesced():  # four pages, one purge
        for order, (slug, title, body) in enumerate(PAGES, start=1):
            if InfoPage.objects.filter(slug=slug).exists():
                continue
            page = InfoPage(slug=slug, title=title, body=body, footer_order=order, live=False)
            page.save()
            page.save_revision().publish()
            created += 1
    return created
