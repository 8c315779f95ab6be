"""Demo data: one Egyptian story gets a photo gallery and a pull quote, another a YouTube video shown as a
click-to-load facade (its poster drawn here, nothing fetched from the platform). Idempotent: a story that
already has blocks is left as it is."""

from __future__ import annotations

import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images.models import Image
from wagtail.models import Collection

from nashra.articles.models import ArticlePage
from nashra.core import events

from .images import demo_picture

GALLERY_STORY = "demo-eg-016"  # the Pyramids road race
VIDEO_STORY = "demo-eg-013"  # a league match
GALLERY = (
    ("العداؤون عند خط الانطلاق قرب هضبة الأهرامات", "تصوير: فريق مصر اليوم"),
    ("المتسابقون في الكيلومتر الخامس", "تصوير: فريق مصر اليوم"),
    ("مشاركة واسعة من فئة الناشئين", "تصوير: فريق مصر اليوم"),
    ("لحظة عبور خط النهاية", "تصوير: فريق مصر اليوم"),
)
# Big Buck Bunny, the Blender Foundation's Creative Commons film, on its official YouTube upload.
VIDEO_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"


def _image(key: str, title: str, edition) -> Image:
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    path = demo_picture(key, Path(settings.DATA_DIR) / "demo-pictures")
    collection = Collection.get_first_root_node().get_children().filter(name=edition.name).first()
    with open(path, "rb") as handle:
        image = Image(title=title, collection=collection or Collection.get_first_root_node())
        image.file = ImageFile(handle, name=path.name)
        image.save()
    return image


def _item(value) -> dict:
    return {"type": "item", "id": str(uuid.uuid4()), "value": value}


def _block(kind: str, value: dict) -> dict:
    return {"type": kind, "id": str(uuid.uuid4()), "value": value}


def gallery_blocks(edition) -> list[dict]:
    pictures = [(_image(f"gallery-{edition.slug}-{n}", caption, edition), credit)
                for n, (caption, credit) in enumerate(GALLERY, start=1)]
    return [
        _block("gallery", {"title": "صور من السباق", "after_paragraph": 1, "images": [
            _item({"image": image.pk, "caption": image.title, "credit": credit.removeprefix("تصوير: ")})
            for image, credit in pictures]}),
        _block("pull_quote", {"quote": "الرياضة في الشارع تعيد للمدينة روحها", "attribution": "أحد المنظمين",
                              "after_paragraph": 2}),
    ]


def video_blocks(edition) -> list[dict]:
    poster = _image(f"video-poster-{edition.slug}", "ملخص المباراة بالفيديو", edition)
    return [_block("embed", {"url": VIDEO_URL, "title": "ملخص المباراة بالفيديو", "poster": poster.pk,
                             "caption": "فيديو توضيحي للعرض التجريبي", "after_paragraph": None})]


def load_demo(edition) -> int:
    """Blocks for the eg demo stories that have none yet; the number of stories changed."""
    if edition.slug != "eg":
        return 0
    changed = []
    with transaction.atomic():
        for external_id, build in ((GALLERY_STORY, gallery_blocks), (VIDEO_STORY, video_blocks)):
            story = ArticlePage.objects.filter(edition=edition, external_id=external_id).first()
            if story is None or (story.extras and story.extras.raw_data):
                continue
            # Written as the importer writes its rows (no revision, no «updated» stamp), and announced the
            # same way, so search and the page cache follow.
            ArticlePage.objects.filter(pk=story.pk).update(extras=build(edition))
            changed.append(story.pk)
        if changed:
            events.emit(events.ArticlesImported(edition, tuple(changed)))
    return len(changed)
