"""Demo data: today's and tomorrow's twelve signs for an edition (idempotent)."""

from datetime import timedelta

from .models import DailyHoroscope
from .services import edition_today
from .signs import SIGNS

LINES = (
    "يوم مناسب لترتيب أولوياتك في العمل، وخبر سار من صديق قديم.",
    "تحتاج إلى الصبر في التعامل مع الزملاء، والأمور المالية تتحسن تدريجيًا.",
    "فرصة للتعارف والسفر القصير، فلا تتردد في قول رأيك بهدوء.",
)


def load_demo(edition) -> int:
    today = edition_today(edition)
    created = 0
    for offset in (0, 1):
        day = today + timedelta(days=offset)
        for n, sign in enumerate(SIGNS):
            _entry, new = DailyHoroscope.objects.get_or_create(
                edition=edition, date=day, sign=sign.slug,
                defaults={"text": f"{sign.title}: {LINES[(n + offset) % len(LINES)]}"},
            )
            created += new
    return created
