"""Demo data: two wire sources over the sample files shipped in nashra/wire/samples (drop folders, no
network) feeding the given editions, read once so the queue is full on the first visit."""

from pathlib import Path

from django.utils.translation import gettext as _

from . import services
from .models import FOLDER, WireSource

SAMPLES = Path(__file__).resolve().parent / "samples"


def load_demo(editions) -> int:
    """Configure (idempotently) the demo sources and poll them; returns the items in their queue."""
    specs = [
        ("mena", _("وكالة أنباء الشرق الأوسط (عينات)"), _("وكالة أنباء الشرق الأوسط"), _("أ ش أ")),
        ("petra", _("وكالة الأنباء الأردنية (عينات)"), _("وكالة الأنباء الأردنية"), _("بترا")),
    ]
    for folder, name, agency, credit in specs:
        source, _created = WireSource.objects.get_or_create(
            folder=str(SAMPLES / folder), kind=FOLDER,
            defaults={"name": name, "agency": agency, "credit": credit, "interval_minutes": 10})
        source.editions.add(*editions)
        services.poll_source(source)
    return sum(source.items.count() for source in WireSource.objects.filter(folder__startswith=str(SAMPLES)))
