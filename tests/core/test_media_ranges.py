"""Uploaded media answer byte ranges: a phone plays a self-hosted video only when the server does
(Safari asks for ``bytes=0-1`` first), and a reader seeking in a video gets that part only."""

import pytest
from django.test import Client

from nashra.core.media import byte_range


@pytest.fixture
def video(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "videos").mkdir()
    data = bytes(range(256)) * 40  # 10,240 bytes
    (tmp_path / "videos" / "clip.mp4").write_bytes(data)
    return data


def get(path, **headers):
    response = Client().get(path, headers=headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def test_a_range_is_answered_with_206_and_only_those_bytes(video):
    response, body = get("/media/videos/clip.mp4", Range="bytes=0-1")
    assert response.status_code == 206
    assert body == video[:2]
    assert response["Content-Range"] == "bytes 0-1/10240"
    assert response["Content-Length"] == "2"
    assert response["Content-Type"] == "video/mp4"
    response, body = get("/media/videos/clip.mp4", Range="bytes=10000-")
    assert (response.status_code, body) == (206, video[10000:])
    response, body = get("/media/videos/clip.mp4", Range="bytes=-100")
    assert (response.status_code, body) == (206, video[-100:])


def test_the_whole_file_says_ranges_are_accepted(video):
    response, body = get("/media/videos/clip.mp4")
    assert response.status_code == 200 and body == video
    assert response["Accept-Ranges"] == "bytes"


def test_a_range_outside_the_file_is_416_and_several_ranges_get_the_whole_file(video):
    response, _body = get("/media/videos/clip.mp4", Range="bytes=20000-20010")
    assert response.status_code == 416 and response["Content-Range"] == "bytes */10240"
    response, body = get("/media/videos/clip.mp4", Range="bytes=0-1,5-6")
    assert response.status_code == 200 and body == video


@pytest.mark.django_db  # the 404 page reads the edition
def test_paths_outside_the_media_folder_and_missing_files_are_404(video, tmp_path):
    (tmp_path.parent / "secret.txt").write_text("secret")
    response, body = get("/media/..%2Fsecret.txt", Range="bytes=0-1")
    assert response.status_code == 404 and b"secret" not in body
    assert get("/media/videos/none.mp4", Range="bytes=0-1")[0].status_code == 404


@pytest.mark.parametrize(("header", "expected"), [
    ("bytes=0-99", (0, 99)), ("bytes=50-", (50, 999)), ("bytes=-10", (990, 999)), ("bytes=990-5000", (990, 999)),
    ("bytes=-5000", (0, 999)), ("items=0-1", None), ("bytes=0-1,3-4", None), ("bytes=-", None),
])
def test_byte_range_reading(header, expected):
    assert byte_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5-2", "bytes=-0"])
def test_unsatisfiable_ranges(header):
    with pytest.raises(ValueError):
        byte_range(header, 1000)
