"""A worker killed with SIGKILL (the OOM killer, a crash) must not take the server down, and the
scheduler child must come back too. Before the fix granian shut down on «Unexpected exit from
worker-1» and every later request was refused."""

import os
import signal
import time
from pathlib import Path

from tests.live import Servers, get


def _children(pid: int) -> dict[int, str]:
    """pid → command line of every direct child of ``pid`` (read from /proc, no dependency)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue
    return found


def _wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


SCHEDULER = "-m nashra scheduler"
TASK_WORKER = "-m nashra worker"  # the background tasks' worker, also a child of `nashra serve`


def _workers(server_pid: int) -> set[int]:
    """granian's worker processes (not the scheduler, not the tasks worker)."""
    return {pid for pid, cmd in _children(server_pid).items() if SCHEDULER not in cmd and TASK_WORKER not in cmd}


def _listening(pids: set[int], port: int) -> set[int]:
    """Those of ``pids`` that hold a socket listening on ``port``.

    granian binds one SO_REUSEPORT socket per worker, and a worker binds it only after
    importing Django, seconds after its process appears: a process that exists is not
    yet one that answers.
    """
    listeners = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                listeners.add(fields[9])  # the socket's inode
    found = set()
    for pid in pids:
        try:
            links = {os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()}
        except OSError:
            continue
        if any(link == f"socket:[{inode}]" for inode in listeners for link in links):
            found.add(pid)
    return found


def _scheduler(server_pid: int) -> set[int]:
    return {pid for pid, cmd in _children(server_pid).items() if SCHEDULER in cmd}


def test_a_killed_worker_is_replaced_and_the_server_keeps_answering(migrated_template, tmp_path):
    with Servers("journal", migrated_template, tmp_path, count=1, workers=2, threads=1, scheduler=True) as servers:
        port, server_pid = servers.ports[0], servers.processes[0].pid
        workers = _wait_for(lambda: len(w := _listening(_workers(server_pid), port)) == 2 and w, 60, "two workers")
        victim = sorted(workers)[0]
        os.kill(victim, signal.SIGKILL)
        killed = time.monotonic()
        # Without net.ipv4.tcp_migrate_req=1 (docs/operations.md) a connection the kernel handed to
        # the dying worker's socket during its teardown is reset — measured here: one request in
        # about four runs, within 40 ms of the kill (nginx in front retries it on another worker).
        # Past that window the other worker must answer everything while the killed one is replaced.
        window = 0.0 if Path("/proc/sys/net/ipv4/tcp_migrate_req").read_text().strip() == "1" else 1.0
        statuses = []
        while len(statuses) < 30:
            path = "/healthz" if len(statuses) < 20 else "/"
            try:
                statuses.append(get(port, path)[0])
            except OSError as exc:  # urllib wraps a reset while sending in URLError
                if not isinstance(getattr(exc, "reason", exc), ConnectionResetError):
                    raise
                assert time.monotonic() - killed < window, "a connection was reset long after the kill"
        assert statuses == [200] * 30
        _wait_for(lambda: len(_listening(_workers(server_pid) - {victim}, port)) == 2, 60,
                  "the killed worker was not replaced")
        assert servers.processes[0].poll() is None, "the server exited"
        assert [get(port, "/")[0] for _ in range(10)] == [200] * 10

        scheduler = _wait_for(lambda: _scheduler(server_pid), 30, "no scheduler child")
        for pid in scheduler:
            os.kill(pid, signal.SIGKILL)
        _wait_for(lambda: _scheduler(server_pid) - scheduler, 20, "the scheduler was not restarted")
