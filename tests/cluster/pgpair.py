"""A PostgreSQL primary and its streaming replica on loopback (two free ports), made for a test session.

``initdb`` the primary, ``pg_basebackup -R`` the replica from it, start both with fsync off. Skipped
when the PostgreSQL server binaries are missing (or, run as root, there is no ``postgres`` user to own
the clusters). Everything lives under one temporary folder, removed at the end.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass

from tests.live import free_port


def server_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return os.path.dirname(found[-1]) if found else shutil.which("pg_ctl") and os.path.dirname(shutil.which("pg_ctl"))


@dataclass
class PgPair:
    root: str
    bin: str
    as_user: list[str]
    # Free ports, not fixed ones: CI runs its SQLite and PostgreSQL passes side by side, each with a pair.
    primary_port: int = 0
    replica_port: int = 0

    def run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, os.path.join(self.bin, tool), *args], check=check,
                              capture_output=True, text=True, timeout=60)

    def data(self, name: str) -> str:
        return os.path.join(self.root, name)

    def start(self, name: str, port: int) -> None:
        options = f"-p {port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self.run("pg_ctl", "-D", self.data(name), "-o", options, "-l", self.data(f"{name}.log"), "-w", "-t", "30",
                 "start")

    def stop(self, name: str) -> None:
        self.run("pg_ctl", "-D", self.data(name), "-m", "immediate", "-w", "stop", check=False)

    def database(self, port: int) -> dict:
        return {"ENGINE": "django.db.backends.postgresql", "NAME": "postgres", "USER": "postgres",
                "HOST": "127.0.0.1", "PORT": str(port), "OPTIONS": {"connect_timeout": 2}}


def start_pair() -> PgPair:
    bin_dir = server_bin()
    if not bin_dir or not os.path.exists(os.path.join(bin_dir, "pg_basebackup")):
        raise RuntimeError("PostgreSQL server binaries not found")
    as_user: list[str] = []
    root = tempfile.mkdtemp(prefix="nashra_h_scale_pg_")
    if os.geteuid() == 0:  # initdb refuses root: the clusters belong to «postgres»
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    pair = PgPair(root, bin_dir, as_user, free_port(), free_port())
    try:
        build(pair)
    except Exception:
        stop_pair(pair)  # a half-built pair must not keep running
        raise
    return pair


def build(pair: PgPair) -> None:
    pair.run("initdb", "-D", pair.data("primary"), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
    pair.start("primary", pair.primary_port)
    pair.run("pg_basebackup", "-h", "127.0.0.1", "-p", str(pair.primary_port), "-U", "postgres", "-D",
             pair.data("replica"), "-R", "-X", "stream", "--no-sync", "-c", "fast")
    pair.start("replica", pair.replica_port)


def stop_pair(pair: PgPair) -> None:
    pair.stop("replica")
    pair.stop("primary")
    time.sleep(0.2)
    shutil.rmtree(pair.root, ignore_errors=True)
