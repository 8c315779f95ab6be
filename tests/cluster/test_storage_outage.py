"""The media store out of reach: an upload fails in bounded time and the editor is told to send it again.

A «frozen» store is a loopback socket that accepts connections and never answers — what a stopped
(SIGSTOP) or overloaded MinIO looks like to a client. A full one answers 507 XMinioStorageFull, as
MinIO does, or the local disk raises ENOSPC. None of these is a bug in the request: the answer is a
503 in Arabic with Retry-After, not the 500 page, and nothing half-made is kept.
"""

import errno
import json
import socket
import threading
import time

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.test import Client, override_settings
from django.urls import reverse

from nashra.cluster.storage import MediaURLError, s3_storage
from nashra.core import outages

botocore = pytest.importorskip("botocore")
pytest.importorskip("storages")
from botocore.exceptions import ClientError, EndpointConnectionError, ReadTimeoutError  # noqa: E402

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "nashra-test", "AWS_SECRET_ACCESS_KEY": "nashra-test-secret",
               "AWS_DEFAULT_REGION": "us-east-1"}


def _client_error(status: int, code: str) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": "x"}, "ResponseMetadata": {"HTTPStatusCode": status}},
                       "PutObject")


def _chained(cause: BaseException) -> BaseException:
    try:
        try:
            raise cause
        except BaseException as exc:
            raise RuntimeError("while saving the image") from exc
    except RuntimeError as outer:
        return outer


@pytest.mark.parametrize(("exc", "service"), [
    (OSError(errno.ENOSPC, "No space left on device"), outages.STORAGE),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), outages.STORAGE),
    (EndpointConnectionError(endpoint_url="http://127.0.0.1:9"), outages.STORAGE),
    (ReadTimeoutError(endpoint_url="http://127.0.0.1:9"), outages.STORAGE),
    (_client_error(507, "XMinioStorageFull"), outages.STORAGE),
    (_client_error(403, "QuotaExceeded"), outages.STORAGE),
    (_client_error(503, "SlowDown"), outages.STORAGE),
    (_chained(_client_error(500, "InternalError")), outages.STORAGE),
    (OperationalError("connection refused"), outages.DATABASE),
    (_client_error(403, "AccessDenied"), None),  # a wrong policy is not an outage: the operator must fix it
    (_client_error(404, "NoSuchKey"), None),
    (OSError(errno.EACCES, "Permission denied"), None),
    (ValueError("a bug"), None),
])
def test_an_outage_is_told_from_a_bug(exc, service):
    assert outages.unavailable(exc) == service


def _built(url: str):
    from django.utils.module_loading import import_string

    entry = s3_storage(url)
    return import_string(entry["BACKEND"])(**entry["OPTIONS"])


def test_the_store_is_given_a_bound_on_waiting(monkeypatch):
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    storage = _built("s3://b/media?endpoint=http://127.0.0.1:9000&timeout=3")
    config = storage.client_config
    assert (config.connect_timeout, config.read_timeout) == (3, 3)
    assert config.retries == {"max_attempts": 2, "mode": "standard"}
    assert config.s3 == {"addressing_style": "path"}  # a given config replaces django-storages' own
    default = _built("s3://b/media").client_config
    assert (default.connect_timeout, default.read_timeout) == (5, 10)
    # Wagtail queues an image's file deletion with the storage's arguments: they must be JSON.
    path, args, kwargs = storage.deconstruct()
    assert path == "nashra.cluster.s3.MediaStorage" and json.loads(json.dumps([args, kwargs]))[1]["timeout"] == 3
    for wrong in ("0", "-1", "abc", "nan", "1e9"):
        with pytest.raises(MediaURLError):
            s3_storage(f"s3://b/media?timeout={wrong}")


@pytest.fixture
def frozen_store(monkeypatch):
    """An S3 endpoint that accepts connections and then says nothing."""
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held, stop = [], threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    url = f"s3://frozen/media?endpoint=http://127.0.0.1:{listener.getsockname()[1]}&timeout=1"
    with override_settings(STORAGES={**settings.STORAGES, "default": s3_storage(url)}):
        yield
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def _jpeg() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 90, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.mark.django_db
def test_an_upload_to_a_frozen_store_gets_an_arabic_503_in_bounded_time(frozen_store):
    from django.contrib.auth import get_user_model
    from wagtail.images import get_image_model

    user = get_user_model().objects.create_superuser("store-admin", "s@example.invalid", "pw-store-2026")
    client = Client(raise_request_exception=False)
    client.force_login(user)
    started = time.monotonic()
    response = client.post(reverse("wagtailimages:add"), {
        "title": "صورة في أثناء العطل", "file": SimpleUploadedFile("photo.jpg", _jpeg(), "image/jpeg")})
    waited = time.monotonic() - started
    assert response.status_code == 503
    assert response["Retry-After"] == "30" and response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert "تعذّر حفظ الملف الآن" in page and "أعد إرساله بعد قليل" in page and "Traceback" not in page
    assert waited < 15  # two tries of one second each, not boto3's five of sixty
    assert not get_image_model().objects.filter(title="صورة في أثناء العطل").exists()


@pytest.mark.django_db
def test_a_full_disk_gets_the_same_answer_as_json_for_a_script(monkeypatch, editions, article_factory):
    """The comment form's script asks for JSON: it shows the message and keeps what the reader wrote."""
    from nashra.comments import views

    article = article_factory()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(views, "_article", full)
    client = Client(raise_request_exception=False, HTTP_HOST=article.edition.site.hostname)
    response = client.post(reverse("comments:new", args=[article.pk]), {"text": "نص"},
                           HTTP_ACCEPT="application/json", HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 503
    told = "خدمة تخزين الملفات لا تستجيب أو امتلأت. لم يُقبل هذا الطلب؛ أعد إرساله بعد قليل."
    assert response.json() == {"ok": False, "error": told, "message": told}


@pytest.mark.django_db
def test_a_bug_is_still_a_500(monkeypatch, editions, article_factory):
    from nashra.comments import views

    article = article_factory()
    monkeypatch.setattr(views, "_article", lambda *a, **k: 1 / 0)
    client = Client(raise_request_exception=False, HTTP_HOST=article.edition.site.hostname)
    response = client.post(reverse("comments:new", args=[article.pk]), {"text": "نص"})
    assert response.status_code == 500 and "Retry-After" not in response
