"""Two app processes (``nashra serve``) see a publish made by a third within 1 s: in their page
caches, and (page cache off) in the fragments their uncached renders share.

Runs in CI: both with Redis shared by the processes (skipped only if no Redis
answers) and without Redis (the local caches follow the purge journal). The
processes share a SQLite file migrated once and kept under ``var/`` keyed by
the migrations, so later runs start in a few seconds.
"""

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/9"

SETUP = """
from nashra.editions.services import EditionSpec, ensure_edition
from tests.factories import make_article, make_section
eg = ensure_edition(EditionSpec(slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
                                time_zone="Africa/Cairo", month_style="both", is_default_site=True))
article = make_article(make_section(eg, "politics", "سياسة", 1), "العنوان الأول")
print(article.get_url_parts()[2])
"""

PUBLISH_NEW = """
from django.utils import timezone
from nashra.articles.models import SectionPage
from tests.factories import make_article
make_article(SectionPage.objects.get(slug="politics"), "خبر من عملية ثالثة", published_at=timezone.now())
"""

PUBLISH = """
from nashra.articles.models import ArticlePage
article = ArticlePage.objects.get(title="العنوان الأول")
article.title = "العنوان الثاني"
article.save_revision().publish()
"""


def _template_digest() -> str:
    """Changes with the migrations and the static files (the collected manifest)."""
    digest = hashlib.sha256()
    for path in sorted(ROOT.glob("nashra/*/migrations/*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    for path in sorted(ROOT.glob("nashra/**/static/**/*")):
        if path.is_file():
            digest.update(f"{path.relative_to(ROOT)}:{path.stat().st_size}:{path.stat().st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def _env(data_dir: Path, redis_url: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL")}
    env.update(NASHRA_DATA_DIR=str(data_dir), NASHRA_AUTO_SECRET="1", NASHRA_PAGE_CACHE="1",
               NASHRA_CACHE_PREFIX=f"mp{os.getpid()}", PYTHONPATH=str(ROOT))
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def _nashra(env, *args, timeout=240):
    result = subprocess.run([sys.executable, "-m", "nashra", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="session")
def migrated_template():
    """A data dir with a migrated SQLite file and collected static files, built once."""
    cache_dir = ROOT / "var" / "test-cache"
    template = cache_dir / f"delivery-mp-{_template_digest()}"
    if not (template / "nashra.sqlite3").exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        work = cache_dir / f"build-{os.getpid()}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        env = _env(work, None)
        _nashra(env, "migrate", "--noinput", "-v0", timeout=600)
        _nashra(env, "collectstatic", "--noinput", "-v0", timeout=600)
        shutil.rmtree(template, ignore_errors=True)
        os.replace(work, template)
    return template


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, str, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "eg.localhost"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers.get("X-Cache", ""), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, "", ""


def _wait_until_up(port: int, seconds: float, what: str) -> None:
    """Until ``/healthz`` on ``port`` answers 200 (fails the test after ``seconds``)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if _get(port, "/healthz")[0] == 200:
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"{what} did not start"
        time.sleep(0.1)


def _redis_up() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.3).ping())
    except Exception:
        return False


class _Servers:
    """``count`` app processes (``nashra serve``) on a copy of the migrated template."""

    def __init__(self, shared, migrated_template, tmp_path, page_cache=True, count=2):
        if shared == "redis" and not _redis_up():
            pytest.skip(f"no Redis at {REDIS_URL}")
        shutil.copy(migrated_template / "nashra.sqlite3", tmp_path / "nashra.sqlite3")
        shutil.copy(migrated_template / "secret_key", tmp_path / "secret_key")
        (tmp_path / "static").rmdir() if (tmp_path / "static").exists() else None
        (tmp_path / "static").symlink_to(migrated_template / "static")
        self.env = _env(tmp_path, REDIS_URL if shared == "redis" else None)
        self.server_env = dict(self.env, NASHRA_PAGE_CACHE="1" if page_cache else "0")
        self.url = _nashra(self.env, "shell", "-c", SETUP).strip().splitlines()[-1]
        self.ports = [_free_port() for _ in range(count)]
        self.processes = []

    def __enter__(self):
        self.processes = [
            subprocess.Popen([sys.executable, "-m", "nashra", "serve", "--no-scheduler", "--port", str(port),
                              "--workers", "1", "--threads", "2"], cwd=ROOT, env=self.server_env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for port in self.ports
        ]
        for port in self.ports:
            _wait_until_up(port, 60, "server")
        return self

    def __exit__(self, *exc):
        for server in self.processes:
            server.terminate()
        for server in self.processes:
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()

    def seen_within(self, path: str, text: str, seconds: float) -> dict:
        started = time.monotonic()
        seen = {}
        while len(seen) < len(self.ports) and time.monotonic() - started < seconds:
            for port in self.ports:
                if port not in seen and text in _get(port, path)[2]:
                    seen[port] = time.monotonic() - started
            time.sleep(0.02)
        return seen


@pytest.mark.parametrize("shared", ["redis", "journal"])
def test_publish_reaches_every_process_within_one_second(shared, migrated_template, tmp_path):
    with _Servers(shared, migrated_template, tmp_path) as servers:
        url = servers.url
        for port in servers.ports:
            _get(port, url)
            status, state, body = _get(port, url)
            assert (status, state) == (200, "HIT") and "العنوان الأول" in body
        _nashra(servers.env, "shell", "-c", PUBLISH)
        seen = servers.seen_within(url, "العنوان الثاني", 3)
        assert len(seen) == 2 and max(seen.values()) <= 1.0, seen


@pytest.mark.parametrize("shared", ["redis", "journal"])
def test_uncached_renders_see_a_publish_in_another_process_within_one_second(shared, migrated_template, tmp_path):
    """Page cache off: the home and article sidebars come from each process's fragments."""
    with _Servers(shared, migrated_template, tmp_path, page_cache=False) as servers:
        for port in servers.ports:
            for path in ("/", servers.url, servers.url):
                status, _state, body = _get(port, path)
                assert status == 200 and "خبر من عملية ثالثة" not in body
        _nashra(servers.env, "shell", "-c", PUBLISH_NEW)
        for path in ("/", servers.url):
            seen = servers.seen_within(path, "خبر من عملية ثالثة", 3)
            assert len(seen) == 2 and max(seen.values()) <= 1.0, (path, seen)
