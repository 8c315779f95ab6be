"""Demo data: an artist and two published caricatures for an edition (idempotent; kept with the
demo app, whose pictures it uses, so the caricatures app does not import the demo)."""

from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Collection

from nashra.caricatures.models import Artist, Caricature

from .images import demo_picture

ITEMS = (
    ("زحام المواصلات", "صباح عادي في شوارع المدينة.", 3),
    ("فاتورة الكهرباء", "حين تصل الفاتورة قبل الراتب.", 27),
)


def _image(key: str, title: str, edition) -> Image:
    existing = Image.objects.filter(title=title, collection__name=edition.name).first()
    if existing is not None:
        return existing
    path = demo_picture(key, Path(settings.DATA_DIR) / "demo-pictures", size=(900, 600))
    collection = Collection.get_first_root_node().get_children().filter(name=edition.name).first()
    with open(path, "rb") as handle:
        image = Image(title=title, collection=collection or Collection.get_first_root_node())
        image.file = ImageFile(handle, name=path.name)
        image.save()
    return image


def load_demo(edition) -> int:
    artist, _created = Artist.objects.get_or_create(
        slug="said-elfarmawy", defaults={"name": "سعيد الفرماوي", "bio": "رسام كاريكاتير مصري."}
    )
    created = 0
    for n, (title, caption, hours_ago) in enumerate(ITEMS):
        if Caricature.objects.filter(edition=edition, title=title).exists():
            continue
        image = _image(f"caricature-{edition.slug}-{n}", title, edition)
        Caricature.objects.create(
            edition=edition, title=title, caption=caption, image=image, artist=artist, live=True,
            published_at=timezone.now() - timedelta(hours=hours_ago),
        )
        created += 1
    return created
