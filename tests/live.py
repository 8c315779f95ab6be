"""Live app processes for tests that need real servers: ``nashra serve`` on a copy of a migrated
SQLite data dir (built once, kept under ``var/test-cache`` keyed by the migrations and static files).

Used by the multiprocess and nginx-front tests (``tests/delivery``) and the fault drills
(``tests/faults``). The ``migrated_template`` fixture lives in ``tests/conftest.py``.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/9"

SETUP = """
from nashra.articles.edition_setup import EditionSpec, ensure_edition
from tests.factories import make_article, make_section
eg = ensure_edition(EditionSpec(slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
                                time_zone="Africa/Cairo", month_style="both", is_default_site=True))
article = make_article(make_section(eg, "politics", "سياسة", 1), "العنوان الأول")
print(article.get_url_parts()[2])
"""


def template_digest() -> str:
    """Changes with the migrations and the static files (the collected manifest)."""
    digest = hashlib.sha256()
    for path in sorted(ROOT.glob("nashra/*/migrations/*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    for path in sorted(ROOT.glob("nashra/**/static/**/*")):
        if path.is_file():
            digest.update(f"{path.relative_to(ROOT)}:{path.stat().st_size}:{path.stat().st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def server_env(data_dir: Path, redis_url: str | None, database_url: str | None = None) -> dict:
    """A production-mode environment for ``nashra`` subprocesses (no test settings)."""
    env = {k: v for k, v in os.environ.items() if k not in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL")}
    env.update(NASHRA_DATA_DIR=str(data_dir), NASHRA_AUTO_SECRET="1", NASHRA_PAGE_CACHE="1",
               NASHRA_CACHE_PREFIX=f"mp{os.getpid()}", PYTHONPATH=str(ROOT))
    if redis_url:
        env["REDIS_URL"] = redis_url
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def nashra(env, *args, timeout=240) -> str:
    """Run a ``nashra`` command; fail the test with its stderr if it fails."""
    result = subprocess.run([sys.executable, "-m", "nashra", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def build_migrated_template() -> Path:
    cache_dir = ROOT / "var" / "test-cache"
    template = cache_dir / f"delivery-mp-{template_digest()}"
    if not (template / "nashra.sqlite3").exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        work = cache_dir / f"build-{os.getpid()}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        env = server_env(work, None)
        nashra(env, "migrate", "--noinput", "-v0", timeout=600)
        nashra(env, "collectstatic", "--noinput", "-v0", timeout=600)
        if not (template / "nashra.sqlite3").exists():
            shutil.rmtree(template, ignore_errors=True)  # a build that stopped half-way
        try:
            os.rename(work, template)
        except OSError:  # another test run (CI runs its passes side by side) built it first: use theirs
            shutil.rmtree(work, ignore_errors=True)
            if not (template / "nashra.sqlite3").exists():
                raise
    return template


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port: int, path: str, host: str = "eg.localhost", headers: dict | None = None,
        timeout: float = 5) -> tuple[int, str, str]:
    """(status, X-Cache, body) of a GET on loopback."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers.get("X-Cache", ""), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("X-Cache", ""), exc.read().decode(errors="replace")


def wait_until_up(port: int, seconds: float, what: str) -> None:
    """Until ``/healthz`` on ``port`` answers 200 (fails the test after ``seconds``)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if get(port, "/healthz")[0] == 200:
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"{what} did not start"
        time.sleep(0.1)


def redis_up(url: str = REDIS_URL) -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_connect_timeout=0.3).ping())
    except Exception:
        return False


class Servers:
    """``count`` app processes (``nashra serve``) on a copy of the migrated template.

    ``shared``: ``"redis"`` (one Redis for all) or ``"journal"`` (local caches, the purge journal).
    """

    def __init__(self, shared, migrated_template, tmp_path, page_cache=True, count=2, workers=1, threads=2,
                 extra_env: dict | None = None, redis_url: str | None = None, scheduler=False,
                 database_url: str | None = None, log_dir: Path | None = None):
        redis_url = redis_url or REDIS_URL
        if shared == "redis" and not redis_up(redis_url):
            pytest.skip(f"no Redis at {redis_url}")
        if database_url is None:
            shutil.copy(migrated_template / "nashra.sqlite3", tmp_path / "nashra.sqlite3")
        shutil.copy(migrated_template / "secret_key", tmp_path / "secret_key")
        (tmp_path / "static").rmdir() if (tmp_path / "static").exists() else None
        (tmp_path / "static").symlink_to(migrated_template / "static")
        self.log_dir = log_dir
        self.env = server_env(tmp_path, redis_url if shared == "redis" else None, database_url)
        # Each group of servers its own keys in a shared Redis: counters and pages of an earlier
        # test (same reader address, same URLs) must not leak into this one.
        self.env["NASHRA_CACHE_PREFIX"] = f"mp{os.getpid()}-{secrets.token_hex(4)}"
        self.env.update(extra_env or {})
        self.server_env = dict(self.env, NASHRA_PAGE_CACHE="1" if page_cache else "0")
        self.url = nashra(self.env, "shell", "-c", SETUP).strip().splitlines()[-1]
        self.ports = [free_port() for _ in range(count)]
        self.workers, self.threads, self.scheduler = workers, threads, scheduler
        self.processes = []

    def command(self, port: int) -> list[str]:
        args = [sys.executable, "-m", "nashra", "serve", "--port", str(port),
                "--workers", str(self.workers), "--threads", str(self.threads)]
        return args if self.scheduler else [*args, "--no-scheduler"]

    def __enter__(self):
        self.processes = [
            subprocess.Popen(self.command(port), cwd=ROOT, env=self.server_env, stdout=subprocess.DEVNULL,
                             stderr=self.log(port).open("w") if self.log_dir else subprocess.DEVNULL,
                             start_new_session=True)
            for port in self.ports
        ]
        for port in self.ports:
            wait_until_up(port, 60, "server")
        return self

    def __exit__(self, *exc):
        for server in self.processes:
            server.terminate()
        for server in self.processes:
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()

    def log(self, port: int) -> Path:
        """Where the server on ``port`` writes its log (with ``log_dir``)."""
        return self.log_dir / f"serve-{port}.log"

    def seen_within(self, path: str, text: str, seconds: float) -> dict:
        started = time.monotonic()
        seen = {}
        while len(seen) < len(self.ports) and time.monotonic() - started < seconds:
            for port in self.ports:
                if port not in seen and text in get(port, path)[2]:
                    seen[port] = time.monotonic() - started
            time.sleep(0.02)
        return seen


# --- PostgreSQL for live servers ------------------------------------------------------------------

def postgres_url() -> str | None:
    """The PostgreSQL server the test run uses (``DATABASE_URL``), or None on the SQLite pass."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def _admin(url: str):
    import psycopg

    base = url.rsplit("/", 1)[0]
    return psycopg.connect(f"{base}/postgres", autocommit=True)


def postgres_database(name: str) -> str:
    """A fresh migrated PostgreSQL database ``name`` (copied from a template built once), its URL."""
    url = postgres_url()
    if url is None:
        pytest.skip("needs PostgreSQL (DATABASE_URL), as in CI's PostgreSQL pass")
    base = url.rsplit("/", 1)[0]
    template = f"nashra_live_{template_digest()}"
    with _admin(url) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template]).fetchone()
    if not exists:
        build = f"{template}_build_{os.getpid()}"
        with _admin(url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{build}"')
            admin.execute(f'CREATE DATABASE "{build}"')
        env = server_env(ROOT / "var", None, f"{base}/{build}")
        nashra(env, "migrate", "--noinput", "-v0", timeout=900)
        with _admin(url) as admin:
            admin.execute(f'ALTER DATABASE "{build}" RENAME TO "{template}"')
    with _admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return f"{base}/{name}"


def drop_postgres_database(name: str) -> None:
    url = postgres_url()
    if url:
        with _admin(url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
