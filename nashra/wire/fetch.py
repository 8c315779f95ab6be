"""One conditional GET of a wire feed, with a deadline, a size cap and no private addresses. Pure Python.

The URL must be http(s) and its host must resolve to public addresses only (a newsroom admin could
otherwise point the poller at the machine's own services or the cloud metadata address);
``allow_loopback`` lets the tests serve feeds on 127.0.0.1. Redirects are followed by hand, each one
checked the same way. ETag and Last-Modified are sent back so an unchanged feed costs a 304.
"""

from __future__ import annotations

import dataclasses
import http.client
import ipaddress
import socket
import time
from urllib.parse import urljoin, urlsplit

from .errors import WireError
from .parsers import MAX_DOCUMENT_BYTES

MAX_REDIRECTS = 3
USER_AGENT = "Nashra-Wire/1.0"


@dataclasses.dataclass
class Fetched:
    status: int  # 200 or 304
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    charset: str = ""


def check_url(url: str, allow_loopback: bool = False) -> tuple[str, str, int]:
    """(scheme, host, port) of an acceptable URL; ``WireError`` ``bad_scheme`` / ``private_address``."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WireError("bad_scheme")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise WireError("bad_scheme") from None
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise WireError("dns", host=parts.hostname[:80]) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if address.is_loopback and allow_loopback:
            continue
        if not address.is_global or address.is_multicast:
            raise WireError("private_address", host=parts.hostname[:80])
    return parts.scheme, parts.hostname, port


def fetch(url: str, *, etag: str = "", last_modified: str = "", timeout: float = 10.0,
          max_bytes: int = MAX_DOCUMENT_BYTES, allow_loopback: bool = False) -> Fetched:
    deadline = time.monotonic() + timeout
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port = check_url(url, allow_loopback)
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        remaining = max(0.1, deadline - time.monotonic())
        connection_class = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
        connection = connection_class(host, port, timeout=remaining)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, "
                   "application/xml, text/xml, text/plain;q=0.8, */*;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status == 304:
                return Fetched(304, etag=etag, last_modified=last_modified)
            if response.status != 200:
                raise WireError("http_status", status=response.status)
            length = response.getheader("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise WireError("too_large", limit_mb=max_bytes // (1024 * 1024))
            body = _read(response, max_bytes, deadline)
            if length.isdigit() and len(body) < int(length):  # http.client's read(n) does not say so itself
                raise WireError("connection", detail="IncompleteRead")
            content_type = response.getheader("Content-Type", "")
            charset = content_type.partition("charset=")[2].split(";")[0].strip().strip('"')
            return Fetched(200, body, response.getheader("ETag", ""), response.getheader("Last-Modified", ""),
                           charset)
        except TimeoutError:
            raise WireError("timeout", seconds=int(timeout)) from None
        except (OSError, http.client.HTTPException) as exc:
            raise WireError("connection", detail=type(exc).__name__) from None
        finally:
            connection.close()
    raise WireError("redirects")


def _read(response, max_bytes: int, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise WireError("too_large", limit_mb=max_bytes // (1024 * 1024))
        chunks.append(chunk)
