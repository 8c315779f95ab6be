"""``nashra backup`` → wipe → ``nashra restore``: the same articles, images, users and media."""

import hashlib
import io
import json
import shutil
import tarfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page

from nashra.articles.models import ArticlePage
from nashra.security.backup import model_counts

from .test_uploads import jpeg

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def media_hashes(root):
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def snapshot():
    articles = sorted(ArticlePage.objects.values_list("pk", "title", "body", "url_path", "live"))
    users = sorted(get_user_model().objects.values_list("username", "password"))
    images = sorted(get_image_model().objects.values_list("pk", "title", "file", "file_hash"))
    return articles, users, images


@pytest.fixture
def site_with_content(article_factory, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    for n in range(3):
        article_factory(title=f"خبر للنسخ الاحتياطي {n}", body=f"<p>فقرة {n} من الخبر.</p>")
    get_user_model().objects.create_user("reporter", "r@example.com", "كلمة-سر-طويلة-2025")
    Image = get_image_model()
    for n in range(2):
        Image.objects.create(title=f"صورة {n}", file=ImageFile(io.BytesIO(jpeg(32 + n, 24)), name=f"photo-{n}.jpg"))
    return settings.MEDIA_ROOT


def test_backup_wipe_restore_brings_back_the_same_site(site_with_content, tmp_path):
    media_root = site_with_content
    before, before_media, before_counts = snapshot(), media_hashes(media_root), model_counts()
    assert len(before[0]) == 3 and len(before_media) >= 2

    out = io.StringIO()
    call_command("backup", output=str(tmp_path / "backups"), stdout=out, stderr=io.StringIO())
    archive = out.getvalue().strip()
    assert archive.endswith(".tar.gz") and "nashra-backup-" in archive
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["counts"]["articles.ArticlePage"] == 3
    assert manifest["media"] == before_media

    # Wipe: pages, images, users and the media folder.
    for article in ArticlePage.objects.all():
        article.delete()
    get_image_model().objects.all().delete()
    get_user_model().objects.all().delete()
    shutil.rmtree(media_root)
    assert ArticlePage.objects.count() == 0

    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", archive, stdout=io.StringIO())
    assert ArticlePage.objects.count() == 0

    call_command("restore", archive, "--yes", stdout=io.StringIO())
    assert snapshot() == before
    assert media_hashes(media_root) == before_media
    assert model_counts() == before_counts
    assert not any(ids for ids in Page.find_problems())
    article = ArticlePage.objects.order_by("pk").first()
    assert Client(HTTP_HOST="eg.localhost").get(article.url).status_code == 200


def test_backup_to_a_named_file_and_tampered_archive_is_refused(site_with_content, tmp_path):
    target = tmp_path / "nightly.tar.gz"
    call_command("backup", output=str(target), stdout=io.StringIO(), stderr=io.StringIO())
    assert target.is_file()
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(target) as src, tarfile.open(tampered, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read() if member.isfile() else None
            if member.name.startswith("media/") and member.isfile():
                data = data + b"x"
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data) if data is not None else None)
    count = ArticlePage.objects.count()
    with pytest.raises(CommandError, match="media"):
        call_command("restore", str(tampered), "--yes", stdout=io.StringIO())
    assert ArticlePage.objects.count() == count


def test_restore_refuses_a_missing_or_foreign_archive(db, tmp_path):
    with pytest.raises(CommandError):
        call_command("restore", str(tmp_path / "missing.tar.gz"), "--yes")
    foreign = tmp_path / "foreign.tar.gz"
    with tarfile.open(foreign, "w:gz") as tar:
        info = tarfile.TarInfo("../../etc/evil")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"x"))
    with pytest.raises(CommandError, match="unsafe"):
        call_command("restore", str(foreign), "--yes")


@pytest.mark.parametrize("spoil", ["truncated", "random", "gzip-of-text", "bad-manifest"])
def test_a_corrupt_archive_is_refused_in_one_line(site_with_content, tmp_path, spoil):
    good = tmp_path / "good.tar.gz"
    call_command("backup", output=str(good), stdout=io.StringIO(), stderr=io.StringIO())
    bad = tmp_path / f"{spoil}.tar.gz"
    if spoil == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif spoil == "random":
        bad.write_bytes(hashlib.sha256(b"x").digest() * 500)
    elif spoil == "gzip-of-text":
        import gzip

        bad.write_bytes(gzip.compress("ليس أرشيفًا".encode()))
    else:
        with tarfile.open(bad, "w:gz") as tar:
            info = tarfile.TarInfo("manifest.json")
            data = b"[1, 2"
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    count = ArticlePage.objects.count()
    # A CommandError is what `nashra` prints as one line and exit status 1; anything else is a traceback.
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(bad), "--yes", stdout=io.StringIO())
    assert "\n" not in str(refused.value)
    assert ArticlePage.objects.count() == count


def test_restore_drops_the_cached_pages_of_the_replaced_site(site_with_content, tmp_path, settings):
    from nashra.delivery.store import reset_store
    from nashra.editions import resolve

    settings.NASHRA_PAGE_CACHE = True
    reset_store()
    resolve.invalidate()
    article = ArticlePage.objects.order_by("pk").first()
    archive = tmp_path / "before.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO(), stderr=io.StringIO())
    # A change that bypasses every purge signal, then cached.
    ArticlePage.objects.filter(pk=article.pk).update(title="عنوان لم يكن في النسخة")
    client = Client(HTTP_HOST="eg.localhost")
    client.get("/")
    cached = client.get("/")
    assert cached["X-Cache"] == "HIT" and "عنوان لم يكن في النسخة" in cached.content.decode()

    call_command("restore", str(archive), "--yes", stdout=io.StringIO())
    after = client.get("/")
    assert "عنوان لم يكن في النسخة" not in after.content.decode()
    assert article.title in after.content.decode()
    reset_store()
    resolve.invalidate()
