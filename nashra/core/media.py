"""Uploaded media served by the app itself (the embedded default, or no reverse proxy in front).

Django's ``django.views.static.serve`` always answers the whole file. A phone's browser plays a
self-hosted video only when the server answers byte ranges (Safari on iOS asks for ``bytes=0-1``
first and refuses the video without a ``206``), and every reader seeking in a video would otherwise
download it from the start. So a single ``Range: bytes=…`` is answered with ``206 Partial Content``;
what this does not handle (several ranges in one request) gets the whole file, as RFC 9110 allows.
"""

from __future__ import annotations

import mimetypes
import os
import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.static import serve

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """``(first, last)`` of a single-range ``Range`` header for a file of ``size`` bytes; None when
    the header asks for something else (several ranges, another unit) — then the whole file is sent.
    Raises ValueError when the range lies outside the file (a 416)."""
    match = _RANGE.match(header.strip())
    if not match:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        if length == 0:
            raise ValueError("empty suffix range")
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise ValueError("range outside the file")
    return start, end


def serve_media(request, path: str, document_root=None):
    """``serve`` with byte ranges (GET and HEAD), from ``MEDIA_ROOT`` unless told otherwise."""
    document_root = document_root or settings.MEDIA_ROOT
    header = request.headers.get("Range")
    if not header or request.method not in ("GET", "HEAD"):
        return _whole(request, path, document_root)
    try:
        full = Path(safe_join(os.fspath(document_root), path))
    except Exception as exc:  # a path that leaves the media folder
        raise Http404 from exc
    if not full.is_file():
        raise Http404
    size = full.stat().st_size
    try:
        wanted = byte_range(header, size)
    except ValueError:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    if wanted is None:
        return _whole(request, path, document_root)
    first, last = wanted
    handle = full.open("rb")
    handle.seek(first)
    content_type = mimetypes.guess_type(full.name)[0] or "application/octet-stream"
    response = FileResponse(_limited(handle, last - first + 1), status=206, content_type=content_type)
    response["Content-Length"] = str(last - first + 1)
    response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Accept-Ranges"] = "bytes"
    response["Last-Modified"] = http_date(full.stat().st_mtime)
    return response


def _whole(request, path, document_root):
    response = serve(request, path, document_root=document_root)
    if response.status_code == 200:
        response["Accept-Ranges"] = "bytes"  # says a seek may ask for a range
    return response


def _limited(handle, remaining: int, chunk: int = 64 * 1024):
    try:
        while remaining > 0:
            data = handle.read(min(chunk, remaining))
            if not data:
                break
            remaining -= len(data)
            yield data
    finally:
        handle.close()
