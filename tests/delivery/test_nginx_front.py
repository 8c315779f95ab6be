"""``nashra nginx_conf``: the nginx front a network puts before ``nashra serve``.

The printed configuration must parse, keep only what Nashra's page cache keeps (X-Accel-Expires)
for one second, pass editors and POSTs through, and let a publish reach readers within about a
second (the front's one second on top of Nashra's own purge). Live checks need Debian's nginx
(``make bench`` installs it); without it they are skipped.
"""

import gzip
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import brotli
import pytest
from django.core.management import call_command

from tests.delivery.test_multiprocess import PUBLISH
from tests.live import Servers as _Servers
from tests.live import free_port as _free_port
from tests.live import nashra as _nashra
from tests.live import wait_until_up as _wait_until_up

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def _printed(**options) -> str:
    from io import StringIO

    out = StringIO()
    call_command("nginx_conf", stdout=out, **options)
    return out.getvalue()


def test_the_printed_configuration_names_its_rules():
    conf = _printed(server_names=["eg.example.com", "lb.example.com"], upstream="127.0.0.1:8123")
    assert "server_name eg.example.com lb.example.com;" in conf
    assert "server 127.0.0.1:8123 max_fails=3 fail_timeout=10s;" in conf
    assert "proxy_ignore_headers Cache-Control Expires;" in conf  # only X-Accel-Expires decides
    # Editors and a reader just after their own comment pass through the micro-cache.
    assert "proxy_cache_bypass $cookie_sessionid $cookie_nashra_primary $http_authorization;" in conf
    assert "proxy_no_cache $cookie_sessionid $cookie_nashra_primary $http_authorization;" in conf
    assert "proxy_set_header X-Request-ID $request_id;" in conf
    assert "proxy_cache_use_stale updating error timeout" in conf
    # If-None-Match is answered by nginx from its copy; an expired copy is revalidated by its ETag
    # (Nashra answers 304). Passing the reader's own If-None-Match upstream would let a 304 be kept.
    assert "proxy_cache_revalidate on;" in conf
    assert "proxy_set_header If-None-Match" not in conf


def test_several_app_hosts_make_one_upstream():
    conf = _printed(upstream=["10.0.0.1:8000", "10.0.0.2:8000"])
    assert "server 10.0.0.1:8000 max_fails=3" in conf and "server 10.0.0.2:8000 max_fails=3" in conf
    assert "proxy_next_upstream error timeout http_502 http_504;" in conf  # a 503 is no host failure


def _main_conf(root: Path, http_block: str) -> Path:
    (root / "tmp").mkdir(parents=True, exist_ok=True)
    conf = root / "nginx.conf"
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must reach pytest's private tmp dirs
    conf.write_text(
        f"{user}worker_processes 1;\ndaemon off;\npid {root}/nginx.pid;\nerror_log {root}/error.log;\n"
        "events { worker_connections 256; }\n"
        f"http {{\n access_log off;\n client_body_temp_path {root}/tmp;\n proxy_temp_path {root}/tmp;\n"
        f" fastcgi_temp_path {root}/tmp;\n uwsgi_temp_path {root}/tmp;\n scgi_temp_path {root}/tmp;\n"
        f"{http_block}}}\n")
    return conf


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed")
def test_the_printed_configuration_parses(tmp_path):
    conf = _main_conf(tmp_path, _printed(listen=f"127.0.0.1:{_free_port()}", cache_dir=str(tmp_path / "cache")))
    result = subprocess.run([NGINX, "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _get(port: int, path: str, **headers) -> tuple[int, dict, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "eg.localhost", **headers})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
            coding = response.headers.get("Content-Encoding")
            body = brotli.decompress(body) if coding == "br" else gzip.decompress(body) if coding == "gzip" else body
            # granian sends header names in lower case, nginx its own capitalised: compare them one way
            return response.status, {k.title(): v for k, v in response.headers.items()}, body.decode()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.title(): v for k, v in exc.headers.items()}, ""


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed")
def test_front_keeps_pages_for_a_second_and_passes_editors_through(migrated_template, tmp_path):
    (tmp_path / "data").mkdir()
    with _Servers("journal", migrated_template, tmp_path / "data", count=1) as servers:
        port = _free_port()
        front = _nashra(servers.env, "nginx_conf", "--listen", f"127.0.0.1:{port}",
                        "--upstream", f"127.0.0.1:{servers.ports[0]}", "--cache-dir", str(tmp_path / "cache"))
        conf = _main_conf(tmp_path / "nginx", front)
        nginx = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(tmp_path / "nginx")],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_until_up(port, 10, "nginx")
            url = servers.url
            _get(port, url)
            status, headers, body = _get(port, url)
            assert status == 200 and headers["X-Front-Cache"] == "HIT" and "العنوان الأول" in body
            assert "X-Accel-Expires" not in headers  # nginx keeps it to itself
            etag = headers["Etag"]
            for sent in (etag, f"W/{etag.removeprefix('W/')}", f'"other", {etag}'):
                status, unchanged, body = _get(port, url, **{"If-None-Match": sent})
                assert status == 304 and body == "", sent
                assert unchanged["Etag"] == etag and "Accept-Encoding" in unchanged["Vary"]
                assert "Cache-Control" in unchanged
            assert _get(port, url, **{"If-None-Match": '"other"'})[0] == 200
            time.sleep(1.2)  # nginx's copy expired: revalidated against Nashra's cache by its ETag
            for _ in range(2):  # served stale while the background update revalidates, then kept again
                status, headers, body = _get(port, url)
                assert status == 200 and "العنوان الأول" in body and headers["Etag"] == etag
            assert "Content-Encoding" not in headers
            for accept, coding in (("gzip, deflate, br, zstd", "br"), ("gzip", "gzip"), ("br, gzip", "br")):
                _get(port, url, **{"Accept-Encoding": accept})
                status, headers, body = _get(port, url, **{"Accept-Encoding": accept})
                assert headers["X-Front-Cache"] == "HIT" and headers.get("Content-Encoding") == coding, accept
                assert "العنوان الأول" in body
            assert _get(port, url, Cookie="sessionid=x")[1]["X-Front-Cache"] == "BYPASS"
            assert _get(port, "/healthz")[1].get("X-Front-Cache") == "MISS"  # never kept: no X-Accel-Expires
            assert _get(port, "/healthz")[1].get("X-Front-Cache") == "MISS"
            _nashra(servers.env, "shell", "-c", PUBLISH)
            started = time.monotonic()
            while "العنوان الثاني" not in _get(port, url)[2]:
                assert time.monotonic() - started < 2.5, "the front kept the old page"
                time.sleep(0.02)
        finally:
            nginx.terminate()
            nginx.wait(10)


def test_media_served_by_nginx_gets_the_same_sandbox_as_from_the_app():
    from django.conf import settings

    from nashra.security.middleware import MEDIA_CSP

    conf = _printed()
    media_block = conf.split(f"location {settings.MEDIA_URL} {{", 1)[1].split("}", 1)[0]
    assert f'add_header Content-Security-Policy "{MEDIA_CSP}" always;' in media_block
    assert "sandbox" in MEDIA_CSP and "default-src 'none'" in MEDIA_CSP
    assert "add_header X-Content-Type-Options nosniff always;" in media_block


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed")
def test_with_no_app_host_answering_readers_get_the_arabic_try_again_page(tmp_path):
    port = _free_port()
    dead = _free_port()  # nothing listens there: every app host is down
    conf = _main_conf(tmp_path, _printed(listen=f"127.0.0.1:{port}", upstream=f"127.0.0.1:{dead}",
                                         cache_dir=str(tmp_path / "cache")))
    nginx = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(tmp_path)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:  # nginx listens (its /healthz cannot answer 200: no app behind it)
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.1)
        for method in ("GET", "POST"):
            request = urllib.request.Request(f"http://127.0.0.1:{port}/comments/1/new/", method=method,
                                             data=b"text=x" if method == "POST" else None,
                                             headers={"Host": "eg.localhost"})
            with pytest.raises(urllib.error.HTTPError) as caught:
                urllib.request.urlopen(request, timeout=5)
            answer = caught.value
            body = answer.read().decode()
            assert answer.code == 503, method
            assert answer.headers["Retry-After"] == "30" and answer.headers["Cache-Control"] == "no-store"
            assert answer.headers["Content-Type"].startswith("text/html")
            assert 'lang="ar" dir="rtl"' in body and "يُرجى إعادة المحاولة بعد نصف دقيقة" in body
            assert "Bad Gateway" not in body and "nginx" not in body
    finally:
        nginx.terminate()
        nginx.wait(10)
