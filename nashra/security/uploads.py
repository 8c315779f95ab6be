"""Image uploads: accepted by content, never by name; location data removed.

:func:`validate_image_file` is the single check for every path that brings an
image in (the Wagtail admin form in :mod:`nashra.security.image_forms`, the
importer): the bytes must open in Pillow as one of the allowed formats, pass
``verify()`` and a full decode, and stay under the size and pixel limits — so a
PHP script renamed ``photo.jpg``, an HTML/SVG polyglot, a truncated file or a
decompression bomb is refused with an Arabic message. :func:`strip_gps`
returns the bytes without the EXIF GPS block (other EXIF, e.g. orientation and
credit, is kept; JPEG is re-saved with its own quantisation tables).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext, pgettext
from PIL import Image, ImageFile, UnidentifiedImageError

GPS_IFD = 0x8825
PILLOW_FORMATS = {"jpeg": "jpg", "png": "png", "gif": "gif", "webp": "webp", "avif": "avif"}


@dataclass(frozen=True)
class CheckedImage:
    format: str  # "jpeg", "png", …
    width: int
    height: int
    size: int


def max_upload_size() -> int:
    return int(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)


def max_pixels() -> int:
    return int(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS)


def allowed_formats() -> set[str]:
    extensions = {e.lower() for e in settings.WAGTAILIMAGES_EXTENSIONS}
    return {fmt for fmt, ext in PILLOW_FORMATS.items() if ext in extensions or fmt in extensions}


def _read(source) -> bytes:
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    if isinstance(source, str | Path):
        path = Path(source)
        if path.stat().st_size > max_upload_size():
            raise ValidationError(_too_big(), code="file_too_large")
        return path.read_bytes()
    if hasattr(source, "size") and source.size and source.size > max_upload_size():
        raise ValidationError(_too_big(), code="file_too_large")
    position = source.tell() if hasattr(source, "tell") else None
    if hasattr(source, "seek"):
        source.seek(0)
    data = source.read(max_upload_size() + 1)
    if position is not None:
        source.seek(position)
    return data


def _too_big() -> str:
    megabytes = max_upload_size() // (1024 * 1024)
    return ngettext(
        "حجم الملف أكبر من الحد المسموح (ميغابايت واحد).", "حجم الملف أكبر من الحد المسموح (%(mb)s ميغابايت).",
        megabytes,
    ) % {"mb": megabytes}


def not_an_image_message() -> str:  # noqa: N802 (read as a message, translated when shown)
    return gettext("الملف ليس صورة صالحة (يُحكم على النوع من المحتوى لا من الاسم).")


def validate_image_file(source) -> CheckedImage:
    """Check a path, bytes or file object; raise ``ValidationError`` (Arabic) if it is not a safe image."""
    data = _read(source)
    if len(data) > max_upload_size():
        raise ValidationError(_too_big(), code="file_too_large")
    if not data:
        raise ValidationError(gettext("الملف فارغ."), code="empty")
    limit = max_pixels()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                kind = (probe.format or "").lower()
                width, height = probe.size
                if width * height > limit:
                    raise ValidationError(
                        gettext("أبعاد الصورة كبيرة جدًّا (عدد البكسلات يتجاوز الحد)."), code="too_many_pixels"
                    )
                if kind not in allowed_formats():
                    shown = kind or pgettext("unknown image format", "؟")
                    raise ValidationError(gettext("نوع الصورة «%(kind)s» غير مسموح.") % {"kind": shown},
                                          code="bad_format")
                probe.verify()
            with Image.open(io.BytesIO(data)) as full:
                previous = ImageFile.LOAD_TRUNCATED_IMAGES
                ImageFile.LOAD_TRUNCATED_IMAGES = False
                try:
                    full.load()  # a full decode: truncated or corrupt data fails here
                finally:
                    ImageFile.LOAD_TRUNCATED_IMAGES = previous
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(gettext("أبعاد الصورة كبيرة جدًّا (قنبلة ضغط)."), code="too_many_pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(not_an_image_message(), code="not_an_image") from None
    return CheckedImage(format=kind, width=width, height=height, size=len(data))


def has_gps(data: bytes) -> bool:
    with Image.open(io.BytesIO(data)) as image:
        return bool(image.getexif().get_ifd(GPS_IFD)) or GPS_IFD in image.getexif()


def strip_gps(data: bytes) -> bytes:
    """``data`` without EXIF location; unchanged when there is none (or it cannot be re-saved)."""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if GPS_IFD not in exif and not exif.get_ifd(GPS_IFD):
            return data
        kind = (image.format or "").upper()
        if kind not in {"JPEG", "PNG", "WEBP"}:
            return data
        del exif[GPS_IFD]
        out = io.BytesIO()
        options = {"exif": exif.tobytes()}
        if kind == "JPEG":
            options.update(quality="keep", subsampling="keep")
            if image.info.get("icc_profile"):
                options["icc_profile"] = image.info["icc_profile"]
        elif kind == "WEBP":
            options.update(lossless=False, quality=90)
        image.save(out, format=kind, **options)
        return out.getvalue()
