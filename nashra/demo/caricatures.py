"""Demo data: an artist and six published caricatures for an edition (idempotent; kept with the
demo app, whose pictures it uses, so the caricatures app does not import the demo)."""

from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Collection

from nashra.caricatures.models import Artist, Caricature

from .images import VERSION, demo_picture

# (title, caption, hours ago, scene of nashra.demo.drawings)
ITEMS = (
    ("زحام المواصلات", "صباح عادي في شوارع المدينة.", 3, "traffic"),
    ("فاتورة الكهرباء", "حين تصل الفاتورة قبل الراتب.", 27, "bill"),
    ("أسعار السوق", "سلة الخضار تقفز أسرع من المؤشر.", 51, "market"),
    ("حكم الفيديو", "المباراة انتهت، والإعادة ما زالت مستمرة.", 75, "television"),
    ("الشبورة", "الطريق الصحراوي كما يراه السائق صباحًا.", 99, "fog"),
    ("موسم الانتخابات", "الصندوق ينتظر، والمرشحون يبتسمون.", 123, "ballot"),
)
CARTOON = {"size": (900, 675), "outline": 4}


def _image(key: str, title: str, scene: str, edition) -> Image:
    existing = Image.objects.filter(title=title, collection__name=edition.name).first()
    if existing is not None and f"-{VERSION}" in existing.file.name:
        return existing
    path = demo_picture(key, Path(settings.DATA_DIR) / "demo-pictures", scene=scene, **CARTOON)
    with open(path, "rb") as handle:
        if existing is not None:  # drawn by an older demo (abstract circles): redraw in place
            existing.renditions.all().delete()
            existing.file = ImageFile(handle, name=path.name)
            existing.file_hash = ""
            existing.save()
            return existing
        collection = Collection.get_first_root_node().get_children().filter(name=edition.name).first()
        image = Image(title=title, collection=collection or Collection.get_first_root_node())
        image.file = ImageFile(handle, name=path.name)
        image.save()
    return image


def load_demo(edition) -> int:
    artist, _created = Artist.objects.get_or_create(
        slug="said-elfarmawy", defaults={"name": "سعيد الفرماوي", "bio": "رسام كاريكاتير مصري."}
    )
    created = 0
    for n, (title, caption, hours_ago, scene) in enumerate(ITEMS):
        current = Caricature.objects.filter(edition=edition, title=title).first()
        image = _image(f"caricature-{edition.slug}-{n}", title, scene, edition)
        if current is not None:
            continue
        Caricature.objects.create(
            edition=edition, title=title, caption=caption, image=image, artist=artist, live=True,
            published_at=timezone.now() - timedelta(hours=hours_ago),
        )
        created += 1
    return created
