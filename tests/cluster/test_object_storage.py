"""Media on object storage, against an S3-speaking server on loopback.

``moto`` in server mode stands in for S3, MinIO, R2 or Ceph: the same HTTP API over a real socket, so
django-storages and boto3 run exactly as they would against the real store. Skipped without moto.
"""

import json
import os
import urllib.request
import uuid

import pytest
from django.conf import settings
from django.test import override_settings

from nashra.cluster.storage import MediaURLError, s3_storage

boto3 = pytest.importorskip("boto3")
pytest.importorskip("storages")
moto_server = pytest.importorskip("moto.server")

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "nashra-test", "AWS_SECRET_ACCESS_KEY": "nashra-test-secret",
               "AWS_DEFAULT_REGION": "us-east-1"}


def test_the_media_url_names_bucket_prefix_endpoint_and_public_address():
    storage = s3_storage("s3://nashra-media/eg/media?endpoint=http://127.0.0.1:9000"
                         "&public_url=https://media.example.com/nashra-media&region=eu-central-1")
    assert storage["BACKEND"] == "nashra.cluster.s3.MediaStorage"  # django-storages' S3Storage, with a timeout
    options = storage["OPTIONS"]
    assert (options["bucket_name"], options["location"]) == ("nashra-media", "eg/media")
    assert options["endpoint_url"] == "http://127.0.0.1:9000" and options["region_name"] == "eu-central-1"
    assert options["addressing_style"] == "path" and options["querystring_auth"] is False
    assert (options["custom_domain"], options["url_protocol"]) == ("media.example.com/nashra-media", "https:")
    assert options["file_overwrite"] is False


@pytest.mark.parametrize("url", ["https://bucket/prefix", "s3:///prefix", "s3://key:secret@bucket/p",
                                 "s3://bucket/p?endpoint=http://x&addressing=odd"])
def test_a_wrong_media_url_is_refused_with_a_reason(url):
    with pytest.raises(MediaURLError):
        s3_storage(url)


@pytest.fixture(scope="module")
def s3_endpoint():
    saved = {name: os.environ.get(name) for name in CREDENTIALS}
    os.environ.update(CREDENTIALS)
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture
def bucket(s3_endpoint):
    """A fresh bucket, made the default storage under the prefix «media»."""
    name = f"nashra-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    client.create_bucket(Bucket=name)
    # Readers fetch media straight from the store: the bucket lets anyone read (as an operator sets it).
    client.put_bucket_policy(Bucket=name, Policy=json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"}]}))
    storages = {**settings.STORAGES, "default": s3_storage(f"s3://{name}/media?endpoint={s3_endpoint}")}
    with override_settings(STORAGES=storages):
        yield client, name


def keys(client, name):
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=name).get("Contents", []))


@pytest.mark.django_db
def test_upload_rendition_and_delete_go_through_the_store(bucket, s3_endpoint, django_capture_on_commit_callbacks):
    from nashra.cluster.s3 import MediaStorage
    from tests.rich_factories import make_image

    client, name = bucket
    image = make_image(title="صورة على المخزن")
    assert image.file.name.startswith("original_images/")
    assert keys(client, name) == [f"media/{image.file.name}"]

    rendition = image.get_rendition("fill-200x100")
    assert f"media/{rendition.file.name}" in keys(client, name)
    assert rendition.url.startswith(f"{s3_endpoint}/{name}/media/images/")
    with urllib.request.urlopen(rendition.url, timeout=5) as response:  # what a reader's browser fetches
        assert response.status == 200 and response.read(3) == b"\xff\xd8\xff"  # a JPEG

    # Another app host (its own storage object) finds the same rendition instead of making another.
    other_host = MediaStorage(**s3_storage(f"s3://{name}/media?endpoint={s3_endpoint}")["OPTIONS"])
    assert other_host.exists(rendition.file.name)
    assert image.get_rendition("fill-200x100").pk == rendition.pk

    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert keys(client, name) == []


@pytest.mark.django_db
def test_two_uploads_with_one_name_keep_both_files(bucket):
    from tests.rich_factories import make_image

    client, name = bucket
    first, second = make_image(title="أولى"), make_image(title="ثانية")
    assert first.file.name != second.file.name
    assert len(keys(client, name)) == 2


@pytest.mark.django_db
def test_backup_and_restore_of_media_go_through_the_store(bucket, tmp_path):
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    from nashra.security import backup
    from tests.rich_factories import make_image

    client, name = bucket
    image = make_image(title="صورة للنسخ الاحتياطي")
    rendition = image.get_rendition("fill-100x100")
    storage = backup.media_storage()
    assert storage is storages["default"]

    backup.fetch_media(storage, tmp_path / "media")  # what create_backup puts in the archive
    saved = backup.media_files(tmp_path / "media")
    assert set(saved) == {image.file.name, rendition.file.name}

    # Disaster: a file lost, a stray one added. The restore brings back exactly the archive's media.
    storage.delete(image.file.name)
    storage.save("original_images/stray.txt", ContentFile(b"stray"))
    backup.restore_media(tmp_path / "media")
    assert keys(client, name) == sorted(f"media/{n}" for n in saved)
    backup.fetch_media(storage, tmp_path / "again")
    assert backup.media_files(tmp_path / "again") == saved  # same bytes, same names
