"""An article's galleries, videos and embeds as plain data, for the readers' machines: the JSON API,
NewsArticle JSON-LD and the sitemaps (nashra/api, nashra/syndication). The page itself renders the
blocks from their templates (templates/articles/blocks/).

Image URLs are renditions made here (``width-1200``, the API's size), on our host; a video embed's
thumbnail is its editor-chosen poster or our drawn placeholder — never the platform's picture.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.templatetags.static import static
from wagtail.images.models import SourceImageIOError

from . import embeds
from .blocks import VIDEO_TYPES

logger = logging.getLogger(__name__)

IMAGE_FILTER = "width-1200"
#: A drawn poster on our host for embeds without one (JSON-LD wants a thumbnail).
PLACEHOLDER_POSTER = "articles/video-placeholder.svg"


@dataclass
class Picture:
    url: str  # site-relative
    width: int
    height: int
    caption: str = ""
    credit: str = ""


@dataclass
class Video:
    kind: str  # "file" or "embed"
    title: str
    caption: str
    poster: Picture | None
    content_url: str | None = None  # a file on our host (site-relative)
    mime_type: str | None = None
    captions_url: str | None = None
    platform: str | None = None
    watch_url: str | None = None  # the video on its platform
    embed_url: str | None = None  # what the facade frames after the click
    after_paragraph: int | None = None


@dataclass
class Gallery:
    title: str
    pictures: list[Picture] = field(default_factory=list)
    after_paragraph: int | None = None


def picture(image, caption="", credit="") -> Picture | None:
    if image is None:
        return None
    try:
        rendition = image.get_rendition(IMAGE_FILTER)
    except (SourceImageIOError, OSError) as exc:
        logger.warning("articles: no %s rendition for image %s: %s", IMAGE_FILTER, image.pk, exc)
        return None
    return Picture(rendition.url, rendition.width, rendition.height, caption or "", credit or "")


def placeholder_poster() -> Picture:
    return Picture(static(PLACEHOLDER_POSTER), 1280, 720)


def galleries(article) -> list[Gallery]:
    return [gallery_from(child.value) for child in _blocks(article, "gallery")]


def videos(article) -> list[Video]:
    """Files and embeds, in the order of the article."""
    found = (video_from(child.block_type, child.value) for child in _blocks(article, "video", "embed"))
    return [video for video in found if video is not None]


def gallery_from(value) -> Gallery:
    pictures = [picture(item["image"], item.get("caption"), item.get("credit")) for item in value["images"]]
    return Gallery(value.get("title") or "", [p for p in pictures if p], value.get("after_paragraph"))


def video_from(block_type, value) -> Video | None:
    """A video block's data (None: its file was deleted, or its URL is no longer understood)."""
    if block_type == "video":
        document = value.get("video")
        if document is None:
            return None
        captions = value.get("captions")
        return Video(
            "file", value["title"], value.get("caption") or "", picture(value.get("poster")),
            content_url=document.file.url,
            mime_type=VIDEO_TYPES.get((document.file_extension or "").lower(), "video/mp4"),
            captions_url=captions.file.url if captions is not None else None,
            after_paragraph=value.get("after_paragraph"),
        )
    try:
        embed = embeds.parse(value.get("url"))
    except embeds.EmbedError:
        return None
    return Video(
        "embed", value["title"], value.get("caption") or "", picture(value.get("poster")) or placeholder_poster(),
        platform=embed.platform.key, watch_url=embed.watch_url, embed_url=embed.embed_url,
        after_paragraph=value.get("after_paragraph"),
    )


def gallery_image_ids(raw_stream, limit: int = 20) -> list[int]:
    """Image ids of the galleries from a stream's stored data (no query): for the sitemaps."""
    ids = []
    for item in raw_stream or ():
        if item.get("type") != "gallery":
            continue
        for child in (item.get("value") or {}).get("images") or ():
            value = child.get("value", child) if isinstance(child, dict) else None
            image_id = value.get("image") if isinstance(value, dict) else None
            if isinstance(image_id, int) and image_id not in ids:
                ids.append(image_id)
                if len(ids) >= limit:
                    return ids
    return ids


def _blocks(article, *types):
    stream = getattr(article, "extras", None)
    if not stream or not stream.raw_data:
        return []
    return [child for child in stream if child.block_type in types]
