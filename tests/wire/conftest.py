"""Wire fixtures: sources over copies of the sample files, and a feed server on 127.0.0.1."""

import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from nashra.editions.services import group_name
from nashra.wire.models import FOLDER, URL, WireSource

SAMPLES = Path(__file__).resolve().parents[2] / "nashra" / "wire" / "samples"
RSS = (SAMPLES / "petra" / "petra-rss.xml").read_bytes()


class FeedHandler(BaseHTTPRequestHandler):
    requests: list = []
    picture = b""

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 (http.server's name)
        FeedHandler.requests.append((self.path, self.headers.get("If-None-Match")))
        if self.path == "/feed":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self._send(RSS, etag='"v1"')
        elif self.path == "/slow":
            time.sleep(2)
            self._send(RSS)
        elif self.path == "/broken":
            self.send_response(200)
            self.send_header("Content-Length", str(len(RSS) + 5000))
            self.end_headers()
            self.wfile.write(RSS[:300])
        elif self.path == "/html":
            self._send(b"<!DOCTYPE html><html><body><p>not a feed</p></body></html>", "text/html")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
        elif self.path == "/picture.jpg":
            self._send(FeedHandler.picture, "image/jpeg")
        elif self.path == "/malformed":
            self._send(b'<?xml version="1.0"?><nitf><head><title>x</title></head><body><body.content><p>x</p>')
        else:
            self.send_response(404)
            self.end_headers()

    def _send(self, body, content_type="application/rss+xml", etag=""):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def feed_server(settings):
    settings.NASHRA_WIRE_ALLOW_LOOPBACK = True
    settings.NASHRA_WIRE_TIMEOUT = 0.5
    FeedHandler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def drop(tmp_path, settings):
    """Copies of the sample folders in a temporary drop root (tests change the files)."""
    settings.NASHRA_WIRE_DROP_ROOTS = [str(tmp_path)]
    for name in ("mena", "petra"):
        shutil.copytree(SAMPLES / name, tmp_path / name)
    return tmp_path


def make_source(editions_list, name="أ ش أ", folder=None, url="", credit="أ ش أ", **fields):
    source = WireSource.objects.create(
        name=name, kind=FOLDER if folder else URL, folder=str(folder or ""), url=url, agency=name,
        credit=credit, **fields)
    source.editions.add(*editions_list)
    return source


def member(editions, slug, role, username=None):
    user = User.objects.create_user(username or f"{slug}-{role}-wire", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(editions[slug], role)))
    client = Client()
    client.force_login(user)
    return client, user
