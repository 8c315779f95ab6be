"""Wagtail image form base (``WAGTAILIMAGES_IMAGE_FORM_BASE``): content checks and GPS removal.

Wagtail's own field already checks extension, size and pixel count; this form
adds the content check of :func:`nashra.security.uploads.validate_image_file`
and replaces the uploaded file by a copy without EXIF location data.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images.forms import BaseImageForm

from .uploads import _read, not_an_image_message, strip_gps, validate_image_file


class SafeImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            field.to_python = _refusing_broken_images(field.to_python)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or upload is self.original_file or not hasattr(upload, "content_type"):
            return upload  # unchanged on edit
        validate_image_file(upload)
        data = _read(upload)
        cleaned = strip_gps(data)
        if cleaned is data:
            return upload
        replacement = SimpleUploadedFile(upload.name, cleaned, content_type=upload.content_type)
        image = getattr(upload, "image", None)
        if image is not None:
            replacement.image = image
        return replacement


def _refusing_broken_images(to_python):
    """Wagtail's image field measures the picture before any clean_* runs; a truncated or corrupt
    upload makes Pillow raise there (OSError «image file is truncated»), which was a 500. Answer it
    as the form error our own content check gives."""

    def checked(data):
        try:
            return to_python(data)
        except (OSError, ValueError, EOFError, SyntaxError) as exc:
            raise ValidationError(not_an_image_message(), code="not_an_image") from exc

    return checked
