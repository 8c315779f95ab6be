"""An article with every rich block (gallery, video file, YouTube embed, pull quote, related box), for the
reader, API and syndication tests of rich articles."""

from __future__ import annotations

import io
import uuid

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

MP4_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
VTT_BYTES = "WEBVTT\n\n00:00.000 --> 00:02.000\nمرحبًا\n".encode()
YOUTUBE_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
BODY = "<p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية من الخبر.</p><p>الفقرة الثالثة من الخبر.</p>"


def make_image(title="صورة", size=(1200, 800), colour=(180, 40, 40)):
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name="picture.jpg"), width=size[0], height=size[1])


def make_document(title, name, data: bytes):
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(title=title, file=ContentFile(data, name=name))


def item(value):
    return {"type": "item", "id": str(uuid.uuid4()), "value": value}


def gallery_block(images, title="صور من الميدان", after=None):
    return {"type": "gallery", "id": str(uuid.uuid4()), "value": {
        "title": title, "after_paragraph": after,
        "images": [item({"image": image.pk, "caption": f"تعليق الصورة {n}", "credit": "رويترز"})
                   for n, image in enumerate(images, start=1)],
    }}


def embed_block(url=YOUTUBE_URL, title="لقطات من الميدان", poster=None, after=None):
    return {"type": "embed", "id": str(uuid.uuid4()), "value": {
        "url": url, "title": title, "poster": poster.pk if poster else None, "caption": "", "after_paragraph": after}}


def rich_article(article_factory, related=(), **fields):
    """An article with a gallery after the 1st paragraph, a pull quote after the 2nd, then a video file, a
    YouTube embed (no poster: our drawn placeholder) and a related box after the text."""
    images = [make_image(f"صورة {n}", colour=(40 * n, 90, 120)) for n in range(1, 4)]
    video = make_document("فيديو", "clip.mp4", MP4_BYTES)
    captions = make_document("ترجمة", "clip.vtt", VTT_BYTES)
    extras = [
        gallery_block(images, after=1),
        {"type": "pull_quote", "id": str(uuid.uuid4()),
         "value": {"quote": "لن نترك المدينة", "attribution": "قائد ميداني", "after_paragraph": 2}},
        {"type": "video", "id": str(uuid.uuid4()), "value": {
            "title": "جولة في الميناء", "video": video.pk, "poster": images[0].pk, "captions": captions.pk,
            "caption": "تصوير فريقنا", "after_paragraph": None}},
        embed_block(),
    ]
    if related:
        extras.append({"type": "related", "id": str(uuid.uuid4()), "value": {
            "title": "", "after_paragraph": None, "articles": [item(story.pk) for story in related]}})
    fields.setdefault("body", BODY)
    article = article_factory(extras=extras, **fields)
    return article, images
