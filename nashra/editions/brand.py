"""An edition's look: its brand colour (a hex value an editor picks) and its logo (SVG or raster).

The reader pages' stylesheet carries the network's default colours. An edition with another colour
links ``/brand/<hex>.css`` (:func:`stylesheet`), a few custom properties derived here so that text
and the ticker stay readable whatever colour is picked: the accent is darkened until it has 4.5:1
contrast on the light page and lightened until it has it on the dark one. The CSP allows no inline
styles, and a URL named by the colour needs no database and can be kept by browsers for a year.

The logo is shown only as ``<img>`` (an SVG there runs no script, and uploaded media is served with
a sandboxing CSP); an SVG is still checked here and refused if it carries scripts, event handlers,
foreign content or references to other hosts, so the file is harmless even opened on its own.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from nashra.security.uploads import _read, validate_image_file

DEFAULT_COLOR = "#8f1d21"
HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
LOGO_MAX_BYTES = 512 * 1024
# The hardest backgrounds the accent is read on: --surface of each theme in nashra.css (blocks, sidebar).
LIGHT_PAGE = "#f6f3ef"
DARK_PAGE = "#23262d"

# SVG content that could act (scripts, handlers, embedded HTML) or fetch (other files, other hosts).
SVG_FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler",
                          "listener", "animate", "set", "animatemotion", "animatetransform"}
SVG_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.I)
SVG_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")


def validate_brand_color(value: str) -> None:
    if not HEX_COLOR.match(value or ""):
        raise ValidationError(
            _("لون الهوية يُكتب بالنظام الست عشري: علامة # ثم ستة أحرف من 0-9 وa-f، مثل #8f1d21."),
            code="bad_color",
        )


# --- colour arithmetic (WCAG 2 relative luminance) --------------------------------------------------


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _hex(rgb) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _luminance(hex_color: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(hex_color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(color: str, toward: str, amount: float) -> str:
    return _hex(c + (t - c) * amount for c, t in zip(_rgb(color), _rgb(toward), strict=True))


def readable_on(color: str, page: str, minimum: float = 4.5) -> str:
    """``color`` moved toward black (light page) or white (dark page) just enough to be read on ``page``."""
    toward = "#000000" if _luminance(page) > 0.5 else "#ffffff"
    step = 0.0
    shade = color
    while contrast(shade, page) < minimum and step < 1:
        step = min(1.0, step + 0.04)
        shade = _mix(color, toward, step)
    return shade


@dataclass(frozen=True)
class Palette:
    brand: str  # as picked (theme-color)
    accent: str  # links, titles, borders on the light page
    accent_dark: str  # the same on the dark page
    on_accent: str = "#ffffff"  # text on the accent (ticker): the light accent always carries white


@lru_cache(maxsize=256)  # a pure function of the colour, read on every page (~0.3 ms of colour arithmetic)
def palette(color: str) -> Palette:
    color = color.lower() if HEX_COLOR.match(color or "") else DEFAULT_COLOR
    accent = readable_on(color, LIGHT_PAGE)
    return Palette(brand=color, accent=accent, accent_dark=readable_on(color, DARK_PAGE))


def stylesheet(color: str) -> str:
    """The custom properties that give the pages the edition's colour (nashra.css reads them)."""
    p = palette(color)
    return (
        f":root{{--brand:{p.accent};--accent:{p.accent};--on-brand:{p.on_accent}}}\n"
        f"@media (prefers-color-scheme:dark){{:root:not([data-theme=light]){{--accent:{p.accent_dark}}}}}\n"
        f":root[data-theme=dark]{{--accent:{p.accent_dark}}}\n"
    )


# --- the logo ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogoSize:
    width: int
    height: int


def _logo_too_big() -> ValidationError:
    return ValidationError(_("ملف الشعار أكبر من الحد المسموح (512 كيلوبايت)."), code="logo_too_large")


def _not_a_logo() -> ValidationError:
    return ValidationError(_("ملف الشعار ليس صورة صالحة: المقبول SVG أو PNG أو JPEG أو WebP أو GIF أو AVIF."),
                           code="not_an_image")


def _unsafe_svg() -> ValidationError:
    return ValidationError(
        _("ملف SVG هذا يحوي نصوصًا برمجية أو محتوى خارجيًّا أو روابط إلى مواقع أخرى؛ صدّره من برنامج التصميم "
          "صورةً بسيطة ثم ارفعه من جديد."),
        code="unsafe_svg",
    )


def looks_like_svg(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--")


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def check_svg(data: bytes) -> LogoSize:
    """Refuse an SVG that could run or fetch anything; return its drawn size."""
    lowered = data.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        raise _unsafe_svg()  # entities: the classic way to smuggle in files or blow up the parser
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        raise _not_a_logo() from None
    if _local(root.tag) != "svg":
        raise _not_a_logo()
    for element in root.iter():
        if _local(element.tag) in SVG_FORBIDDEN_ELEMENTS:
            raise _unsafe_svg()
        for name, value in element.attrib.items():
            attr = _local(name)
            if attr.startswith("on"):
                raise _unsafe_svg()
            if attr == "href" and not value.strip().startswith("#"):
                raise _unsafe_svg()
            if SVG_URL.search(value) or "javascript:" in value.lower():
                raise _unsafe_svg()
        if _local(element.tag) == "style" and element.text and (
                SVG_URL.search(element.text) or "@import" in element.text.lower()):
            raise _unsafe_svg()
    return _svg_size(root)


def _svg_size(root) -> LogoSize:
    width, height = (SVG_NUMBER.match(root.get(k, "")) for k in ("width", "height"))
    if width and height:
        return LogoSize(round(float(width.group(1))), round(float(height.group(1))))
    box = (root.get("viewBox") or "").replace(",", " ").split()
    try:
        w, h = float(box[2]), float(box[3])
        if w > 0 and h > 0:
            return LogoSize(round(w), round(h))
    except (IndexError, ValueError):
        pass
    return LogoSize(240, 60)


def check_logo(source) -> LogoSize:
    """Validate an uploaded logo (SVG or a raster image); ``ValidationError`` with an Arabic message."""
    size = getattr(source, "size", None)
    if size and size > LOGO_MAX_BYTES:
        raise _logo_too_big()
    data = _read(io.BytesIO(source) if isinstance(source, bytes) else source)
    if len(data) > LOGO_MAX_BYTES:
        raise _logo_too_big()
    if not data:
        raise _not_a_logo()
    if looks_like_svg(data):
        return check_svg(data)
    try:
        checked = validate_image_file(data)
    except ValidationError as exc:
        if exc.code == "not_an_image":
            raise _not_a_logo() from None
        raise
    return LogoSize(checked.width, checked.height)


def validate_logo(value) -> None:
    """Model field validator: the file is read (not its name) and refused with an Arabic message."""
    if value and not getattr(value, "_committed", True):  # a new upload; a kept file was checked when it came
        check_logo(value)
