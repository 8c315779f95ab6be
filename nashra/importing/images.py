"""Turning an imported line's ``image`` into a Wagtail image in the edition's collection.

The only part of an import that reads files: path checks against the import
folder, the same content checks as a newsroom upload, GPS stripping, and
reuse of bytes already stored. Kept apart so those safety rules read as one.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Collection

from nashra.editions.models import Edition
from nashra.security.uploads import strip_gps, validate_image_file

from .records import ImageSpec, _shorten


class LocalImages:
    """Local image files stored once as Wagtail images in the edition's collection."""

    def __init__(self, edition: Edition, base_dir: str | Path | None, allow_outside: bool):
        self.base_dir = Path(base_dir).resolve() if base_dir is not None else None
        self.allow_outside = allow_outside
        root = Collection.get_first_root_node()
        self.collection = root.get_children().filter(name=edition.name).first() or root
        self.by_hash: dict[str, int] = {}

    def resolve(self, spec: ImageSpec) -> tuple[int | None, str | None]:
        """Return ``(image id or None, warning or None)``."""
        if spec.path:
            return self._from_path(spec)
        if spec.url:
            return None, _(
                "لم تُجلب الصورة من «%(url)s»: جلب الصور عبر الشبكة غير مدعوم في هذا الإصدار؛ "
                "استُورد الخبر بلا صورة واحتُفظ بالتعليق"
            ) % {"url": _shorten(spec.url, 80)}
        return None, None

    def _from_path(self, spec: ImageSpec) -> tuple[int | None, str | None]:
        if self.base_dir is None:
            return None, _("لا تُقبل مسارات الصور المحلية من هذا المصدر؛ استُورد الخبر بلا صورة")
        path = Path(spec.path)
        path = (path if path.is_absolute() else self.base_dir / path).resolve()
        if not self.allow_outside and not path.is_relative_to(self.base_dir):
            return None, _("مسار الصورة «%(path)s» خارج مجلد الاستيراد؛ استُورد الخبر بلا صورة") % {
                "path": spec.path}
        if not path.is_file():
            return None, _("ملف الصورة «%(path)s» غير موجود؛ استُورد الخبر بلا صورة") % {"path": spec.path}
        max_size = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        if max_size and path.stat().st_size > max_size:
            return None, _("ملف الصورة «%(path)s» أكبر من الحد المسموح؛ استُورد الخبر بلا صورة") % {
                "path": spec.path}
        data = path.read_bytes()
        digest = hashlib.sha1(data).hexdigest()  # noqa: S324 - Wagtail's own file_hash is SHA-1
        if digest in self.by_hash:
            return self.by_hash[digest], None
        Image = get_image_model()
        same_file = Image.objects.filter(collection=self.collection, file_hash=digest)
        existing = same_file.values_list("pk", flat=True).first()
        if existing is None:
            problem = _check_image(data)
            if problem:
                return None, _("ملف الصورة «%(path)s» غير صالح (%(problem)s)؛ استُورد الخبر بلا صورة") % {
                    "path": spec.path, "problem": problem}
            # Same checks as a newsroom upload; location data never reaches readers.
            existing = self._store(Image, path, strip_gps(data), digest, spec)
        self.by_hash[digest] = existing
        return existing, None

    def _store(self, Image, path: Path, data: bytes, digest: str, spec: ImageSpec) -> int:
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(data)) as probe:
            width, height = probe.size
        image = Image(title=(spec.caption or path.stem)[:255], collection=self.collection)
        image.file.save(path.name, ContentFile(data), save=False)
        image.width, image.height = width, height  # after file.save, which resets them
        image.file_size, image.file_hash = len(data), digest
        image.save()
        return image.pk


def _check_image(data: bytes) -> str | None:
    """Why ``data`` is not an acceptable image (content, size, pixels), or ``None``."""
    try:
        validate_image_file(data)
    except ValidationError as exc:
        return exc.messages[0]
    return None
