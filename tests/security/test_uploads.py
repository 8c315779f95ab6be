"""Uploads: images only (judged by content), size and pixel limits, no EXIF location."""

import io
import struct
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from nashra.security.uploads import GPS_IFD, has_gps, strip_gps, validate_image_file

PHP = b"<?php system($_GET['c']); ?>\n"


def jpeg(width=64, height=48, gps=True) -> bytes:
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "Nashra Camera"  # Make: kept
    exif[0x0112] = 1  # Orientation: kept
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (30.0, 2.0, 40.0), 3: "E", 4: (31.0, 14.0, 9.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def png_bomb(width=100_000, height=100_000) -> bytes:
    """A tiny PNG whose header claims 10 gigapixels."""
    out = io.BytesIO()
    Image.new("1", (1, 1)).save(out, format="PNG")
    data = bytearray(out.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return bytes(data)


def test_real_image_is_accepted():
    checked = validate_image_file(jpeg())
    assert (checked.format, checked.width, checked.height) == ("jpeg", 64, 48)


@pytest.mark.parametrize("content", [
    PHP,
    b"\xff\xd8\xff\xe0" + PHP,  # JPEG magic then a script
    b"GIF89a" + PHP,
    b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    b"<html><script>alert(1)</script></html>",
    b"",
], ids=["php", "jpeg-magic-php", "gif-magic-php", "svg", "html", "empty"])
def test_non_images_renamed_jpg_are_rejected(tmp_path, content):
    path = tmp_path / "photo.jpg"
    path.write_bytes(content)
    with pytest.raises(ValidationError):
        validate_image_file(path)


def test_truncated_image_is_rejected():
    with pytest.raises(ValidationError):
        validate_image_file(jpeg(400, 300)[:600])


def test_decompression_bomb_is_rejected():
    with pytest.raises(ValidationError) as info:
        validate_image_file(png_bomb())
    assert info.value.code == "too_many_pixels"


def test_fifty_megabyte_image_is_rejected(tmp_path):
    path = tmp_path / "huge.jpg"
    with path.open("wb") as fh:
        fh.write(jpeg())
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(ValidationError) as info:
        validate_image_file(path)
    assert info.value.code == "file_too_large"
    with path.open("rb") as fh:
        with pytest.raises(ValidationError):
            validate_image_file(SimpleUploadedFile("huge.jpg", fh.read(), "image/jpeg"))


def test_gps_is_stripped_and_other_exif_kept():
    original = jpeg()
    assert has_gps(original)
    cleaned = strip_gps(original)
    assert not has_gps(cleaned)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.getexif()[0x010F] == "Nashra Camera"
        assert image.size == (64, 48)
    no_gps = jpeg(gps=False)
    assert strip_gps(no_gps) is no_gps


# --- through the Wagtail admin image form ------------------------------------------------


def image_form(content, name="photo.jpg"):
    from wagtail.images import get_image_model
    from wagtail.images.forms import get_image_form
    from wagtail.models import Collection

    user = get_user_model().objects.create_superuser("photo-editor", "p@example.com", "كلمة-سر-طويلة-2025")
    form_class = get_image_form(get_image_model())
    return form_class(
        data={"title": "صورة", "collection": Collection.get_first_root_node().pk},
        files={"file": SimpleUploadedFile(name, content, "image/jpeg")},
        user=user,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("content", [PHP, png_bomb()], ids=["php-renamed-jpg", "bomb"])
def test_admin_form_rejects(content):
    form = image_form(content)
    assert not form.is_valid()
    assert "file" in form.errors


@pytest.mark.django_db
def test_admin_form_rejects_fifty_megabytes():
    form = image_form(jpeg() + b"\0" * (50 * 1024 * 1024))
    assert not form.is_valid() and "file" in form.errors


@pytest.mark.django_db
def test_admin_upload_is_stored_without_gps(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    form = image_form(jpeg())
    assert form.is_valid(), form.errors
    image = form.save()
    with image.file.open("rb") as fh:
        stored = fh.read()
    assert not has_gps(stored)
    assert image.width == 64 and image.height == 48
    assert image.file_size == len(stored)


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["images/add/", "images/multiple/add/"])
@pytest.mark.parametrize("kept", [0.3, 0.6, 0.9])
def test_a_truncated_upload_in_the_newsroom_is_a_form_error(view, kept, settings, tmp_path):
    from django.conf import settings as conf
    from django.test import Client
    from wagtail.models import Collection

    settings.MEDIA_ROOT = tmp_path
    user = get_user_model().objects.create_superuser("photo-desk", "p@example.com", "كلمة-سر-طويلة-2025")
    client = Client()
    client.force_login(user)
    whole = jpeg(400, 300)
    cut = whole[: int(len(whole) * kept)]
    response = client.post(f"/{conf.NASHRA_ADMIN_PATH}/{view}", {
        "title": "صورة", "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile("cut.jpg", cut, "image/jpeg"),
        "files[]": SimpleUploadedFile("cut.jpg", cut, "image/jpeg"),
    }, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code in (200, 400)
    assert "ليس صورة صالحة" in response.content.decode("unicode_escape" if "multiple" in view else "utf-8")
