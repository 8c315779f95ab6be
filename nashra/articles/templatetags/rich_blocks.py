"""The article's body with its blocks placed among the paragraphs, and responsive pictures.

``{% article_body page %}`` prints the body text and the ``extras`` stream (blocks.py): a block with
``after_paragraph = n`` follows the n-th top-level paragraph of the text (0: before the first), one
without it follows the text. It runs inside the article's kept fragment (``article-main``), so the
galleries' renditions and the related boxes' pages are read once per article publish, not per view.

``{% responsive_image image "preset" %}`` prints a ``<picture>``: AVIF renditions when Pillow can
write them and ``NASHRA_IMAGE_AVIF`` is on, WebP for the ``<img>``, with ``srcset``/``sizes`` and the
rendition's own ``width``/``height`` (the browser reserves the space: no layout shift).
"""

from __future__ import annotations

import logging
from functools import cache
from html.parser import HTMLParser

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError
from wagtail.rich_text import expand_db_html

register = template.Library()
logger = logging.getLogger(__name__)

#: name → (widths, sizes). The article column is at most 40rem wide (nashra.css).
PRESETS = {
    "lead": ((480, 960, 1200), "(min-width: 62em) 40rem, 100vw"),
    "gallery": ((480, 960), "(min-width: 62em) 40rem, 100vw"),
    "poster": ((480, 960), "(min-width: 62em) 40rem, 100vw"),
}
_VOID = {"br", "hr", "img", "wbr", "input", "meta", "link", "source", "embed", "area", "col", "track"}


@cache
def pillow_avif() -> bool:
    from PIL import features

    return bool(features.check("avif"))


def avif_enabled() -> bool:
    setting = getattr(settings, "NASHRA_IMAGE_AVIF", None)
    return pillow_avif() if setting is None else bool(setting) and pillow_avif()


# --- images --------------------------------------------------------------------------------------


def renditions(image, preset: str) -> dict | None:
    """``{"webp": [rendition…], "avif": [rendition…] or []}`` for ``preset``, or None (source file missing)."""
    widths, _sizes = PRESETS[preset]
    formats = ["webp"] + (["avif"] if avif_enabled() else [])
    specs = {fmt: [f"width-{w}|format-{fmt}" for w in widths] for fmt in formats}
    try:
        found = image.get_renditions(*(spec for group in specs.values() for spec in group))
    except (SourceImageIOError, OSError) as exc:
        logger.warning("articles: no renditions for image %s: %s", getattr(image, "pk", None), exc)
        return None
    result = {fmt: _distinct([found[spec] for spec in group]) for fmt, group in specs.items()}
    result.setdefault("avif", [])
    return result


def _distinct(items):
    # width-960 of a 640 px original is the original's size: list each width once.
    seen, result = set(), []
    for rendition in items:
        if rendition.width not in seen:
            seen.add(rendition.width)
            result.append(rendition)
    return result


def srcset(items) -> str:
    return ", ".join(f"{r.url} {r.width}w" for r in items)


@register.simple_tag
def responsive_image(image, preset="gallery", alt="", lazy=True, css_class=""):
    if image is None:
        return ""
    found = renditions(image, preset)
    if not found:
        return ""
    sizes = PRESETS[preset][1]
    fallback = found["webp"][-1] if len(found["webp"]) < 2 else found["webp"][1]
    avif = format_html('<source type="image/avif" srcset="{}" sizes="{}">', srcset(found["avif"]), sizes) \
        if found["avif"] else ""
    loading = mark_safe(' loading="lazy" decoding="async"') if lazy else mark_safe(' fetchpriority="high"')
    return format_html(
        '<picture{}>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}></picture>',
        format_html(' class="{}"', css_class) if css_class else "", avif, fallback.url, srcset(found["webp"]),
        sizes, fallback.width, fallback.height, alt or "", loading,
    )


@register.simple_tag
def preload_image(image, preset="lead"):
    """``<link rel="preload" as="image" imagesrcset=…>`` for the picture the page shows first (the lead),
    in the type the ``<picture>`` prefers (a browser without AVIF skips a typed preload it cannot use)."""
    if image is None:
        return ""
    found = renditions(image, preset)
    if not found:
        return ""
    chosen, kind = (found["avif"], "image/avif") if found["avif"] else (found["webp"], "image/webp")
    return format_html('<link rel="preload" as="image" type="{}" imagesrcset="{}" imagesizes="{}" '
                       'fetchpriority="high">', kind, srcset(chosen), PRESETS[preset][1])


# --- the body and its blocks ---------------------------------------------------------------------


class _TopLevel(HTMLParser):
    """Offsets where each top-level element of a body ends, with its tag."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0]
        for n, char in enumerate(text):
            if char == "\n":
                self.line_starts.append(n + 1)
        self.depth, self.tag, self.ends = 0, None, []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _close(self, tag):
        end = self.text.find(">", self._offset())
        self.ends.append((tag, len(self.text) if end < 0 else end + 1))

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if self.depth == 0:
                self._close(tag)
            return
        if self.depth == 0:
            self.tag = tag
        self.depth += 1

    def handle_startendtag(self, tag, attrs):
        if self.depth == 0:
            self._close(tag)

    def handle_endtag(self, tag):
        if tag in _VOID or self.depth == 0:
            return
        self.depth -= 1
        if self.depth == 0:
            self._close(self.tag)


def paragraph_ends(html: str) -> list[int]:
    """The offset just after each top-level ``<p>`` of ``html``."""
    parser = _TopLevel(html)
    parser.feed(html)
    parser.close()
    return [end for tag, end in parser.ends if tag == "p"]


def place_blocks(html: str, placed: list[tuple[int | None, str]]) -> str:
    """``html`` with each rendered block inserted after its paragraph (None or past the end: after all)."""
    if not placed:
        return html
    ends = paragraph_ends(html) if any(n is not None for n, _ in placed) else []
    inserts: dict[int, list[str]] = {}
    for after, rendered in placed:
        if after is None or after > len(ends):
            offset = len(html)
        else:
            offset = 0 if after <= 0 else ends[after - 1]
        inserts.setdefault(offset, []).append(rendered)
    parts, previous = [], 0
    for offset in sorted(inserts):
        parts.append(html[previous:offset])
        parts.extend(inserts[offset])
        previous = offset
    parts.append(html[previous:])
    return "".join(parts)


@register.simple_tag(takes_context=True)
def article_body(context, page):
    html = expand_db_html(page.body or "")
    placed = []
    stream = getattr(page, "extras", None)
    if stream:
        block_context = context.flatten()
        block_context["page"] = page
        for child in stream:
            try:
                rendered = child.render(context=block_context)
            except Exception:  # one broken block (a deleted file …) must not take the story down
                logger.exception("articles: block %s of article %s failed to render", child.block_type, page.pk)
                continue
            after = child.value.get("after_paragraph") if hasattr(child.value, "get") else None
            placed.append((after, rendered))
    return mark_safe(place_blocks(html, placed))


@register.filter
def has_rich_blocks(page) -> bool:
    """The article has blocks that need rich.css / rich.js (from the stored data: no query)."""
    stream = getattr(page, "extras", None)
    return bool(stream and stream.raw_data)


@register.simple_tag
def slide_label(number, total):
    from django.utils.translation import gettext as _

    return _("الصورة %(n)s من %(total)s") % {"n": number, "total": total}


__all__ = ["article_body", "place_blocks", "preload_image", "responsive_image"]


@register.filter
def poster_rendition(image):
    """The video poster (960 px WebP), or None."""
    if image is None:
        return None
    found = renditions(image, "poster")
    return found["webp"][-1] if found and found["webp"] else None


@register.filter
def video_type(document) -> str:
    from ..blocks import VIDEO_TYPES

    return VIDEO_TYPES.get((getattr(document, "file_extension", "") or "").lower(), "video/mp4")
