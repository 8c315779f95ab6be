"""Demo data: today's and tomorrow's twelve signs for an edition (idempotent).

Each text is put together from parts — an opening, work, heart, health or money, advice, a lucky
number — picked by sign and day, so the twelve signs of a day never read the same and a sign's
text changes from one day to the next. The openings alone are twelve and are taken in turn
(sign + day), which is what guarantees twelve distinct texts per day.
"""

import hashlib
from datetime import timedelta

from nashra.arabic.digits import to_digits

from .models import DailyHoroscope
from .services import edition_today
from .signs import SIGNS

OPENINGS = (
    "تبدأ يومك بطاقة واضحة ورغبة في إنجاز ما أجّلته طويلًا.",
    "يحمل لك هذا اليوم مفاجأة صغيرة تعيد إليك الحماس.",
    "تميل اليوم إلى الهدوء ومراجعة حساباتك قبل أي خطوة.",
    "حدسك في أفضل حالاته، فاستمع إليه قبل أن تقرر.",
    "تتقاطع اليوم طرقك مع أشخاص لم تلتقهم منذ زمن.",
    "يومك مزدحم بالتفاصيل، والترتيب مفتاح نجاحك فيه.",
    "تشعر بأن الأمور تعود إلى مسارها بعد أيام من التردد.",
    "تنتظرك فرصة للتعبير عن نفسك أمام من يقدّرونك.",
    "قد تجد نفسك وسيطًا بين طرفين، وحكمتك تُطفئ الخلاف.",
    "ينشط خيالك اليوم فتخطر لك أفكار تستحق التدوين.",
    "يطلب منك اليوم شيئًا من المرونة أمام تغيّر المواعيد.",
    "تستعيد ثقتك بنفسك بعد نجاح صغير لم تتوقعه.",
)
WORK = (
    "مهنيًا، اجتماع قصير يحسم ملفًا عالقًا لصالحك.",
    "مهنيًا، يُطلب منك رأي في مشروع جديد فلا تتردد في تقديمه.",
    "مهنيًا، تعاون مع زميل يخفف عنك عبئًا ثقيلًا.",
    "مهنيًا، تأنَّ قبل التوقيع على أي اتفاق جديد.",
    "مهنيًا، رئيسك يلاحظ جهدك وإن لم يقل ذلك صراحة.",
    "مهنيًا، مهمة مؤجلة تعود إلى الواجهة فأنجزها مبكرًا.",
    "مهنيًا، عرض عمل أو مهمة إضافية يستحق أن تدرسه جيدًا.",
    "مهنيًا، ابتعد عن النقاشات الجانبية وركّز على المطلوب منك.",
    "مهنيًا، تنظيم مكتبك وأوراقك يوفّر عليك ساعات لاحقًا.",
    "مهنيًا، يوم مناسب لطلب ما تراه حقًا لك بهدوء ووضوح.",
)
HEART = (
    "عاطفيًا، كلمة لطيفة منك تصلح ما أفسده سوء فهم قديم.",
    "عاطفيًا، الشريك ينتظر منك اهتمامًا أكبر بالتفاصيل الصغيرة.",
    "عاطفيًا، لقاء عائلي يقرّب المسافات ويبعث الدفء.",
    "عاطفيًا، لا تحمّل الأمور أكثر مما تحتمل، فالصراحة أقصر طريق.",
    "عاطفيًا، رسالة غير متوقعة تعيد إليك ذكرى جميلة.",
    "عاطفيًا، امنح من تحب وقتًا هادئًا بعيدًا عن ضغط العمل.",
    "عاطفيًا، الأعزب منكم قد يلفت نظره شخص في محيط العمل.",
    "عاطفيًا، تجنّب الغيرة وتذكّر أن الثقة أساس كل علاقة.",
)
WELLBEING = (
    "صحيًا، انتبه لساعات نومك ولا تُكثر من المنبهات.",
    "صحيًا، المشي نصف ساعة يجدد نشاطك ويصفّي ذهنك.",
    "صحيًا، اشرب الماء بانتظام وخفّف من الطعام المالح.",
    "ماليًا، تأتيك دفعة مالية صغيرة تسد حاجة عاجلة.",
    "ماليًا، أجّل الشراء الكبير إلى أن تتضح الصورة.",
    "ماليًا، راجع مصروفاتك الشهرية فهناك ما يمكن توفيره.",
    "صحيًا، آلام الظهر تنبيه لتعديل جلستك أمام الشاشة.",
    "ماليًا، فكرة استثمار صغيرة تستحق الاستشارة قبل التنفيذ.",
)
ADVICE = (
    "نصيحة اليوم: لا تعد بما لا تستطيع الوفاء به.",
    "نصيحة اليوم: ابدأ بالأصعب وأنت في كامل تركيزك.",
    "نصيحة اليوم: الصبر على التفاصيل يختصر عليك الطريق.",
    "نصيحة اليوم: استمع أكثر مما تتكلم.",
    "نصيحة اليوم: خصص وقتًا قصيرًا لنفسك بعيدًا عن الهاتف.",
    "نصيحة اليوم: لا تقارن نفسك بالآخرين.",
    "نصيحة اليوم: اكتب أولوياتك على ورقة والتزم بها.",
)
COLOURS = ("الأزرق", "الأخضر", "الأحمر", "الأصفر", "البنفسجي", "البرتقالي", "الأبيض", "الفضي", "الذهبي")
# Texts of the first demo (three lines shared by all signs); an old demo database gets the new ones.
OLD_LINES = (
    "يوم مناسب لترتيب أولوياتك في العمل، وخبر سار من صديق قديم.",
    "تحتاج إلى الصبر في التعامل مع الزملاء، والأمور المالية تتحسن تدريجيًا.",
    "فرصة للتعارف والسفر القصير، فلا تتردد في قول رأيك بهدوء.",
)


def _pick(options, seed: bytes, at: int):
    return options[seed[at] % len(options)]


def demo_text(sign_index: int, day) -> str:
    """The demo text of the sign at ``sign_index`` (0-11) on ``day`` (the same inputs, the same text)."""
    seed = hashlib.sha256(f"{sign_index}:{day.isoformat()}".encode()).digest()
    opening = OPENINGS[(sign_index + day.toordinal()) % len(OPENINGS)]
    colour = _pick(COLOURS, seed, 4)
    number = seed[5] % 9 + 1
    return (f"{opening} {_pick(WORK, seed, 0)} {_pick(HEART, seed, 1)} {_pick(WELLBEING, seed, 2)}\n"
            f"{_pick(ADVICE, seed, 3)} رقم الحظ: {number}، واللون: {colour}.")


def load_demo(edition) -> int:
    today = edition_today(edition)
    old_texts = {f"{sign.title}: {line}" for sign in SIGNS for line in OLD_LINES}

    def text(n, day):
        return to_digits(demo_text(n, day), edition.digits)

    created = 0
    for offset in (0, 1):
        day = today + timedelta(days=offset)
        for n, sign in enumerate(SIGNS):
            entry, new = DailyHoroscope.objects.get_or_create(
                edition=edition, date=day, sign=sign.slug, defaults={"text": text(n, day)},
            )
            if not new and entry.text in old_texts:
                entry.text = text(n, day)
                entry.save(update_fields=["text", "updated_at"])
            created += new
    return created
