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


def _scheduler(server_pid: int) -> set[int]:
    return {pid for pid, cmd in _children(server_pid).items() if SCHEDULER in cmd}


def test_a_killed_worker_is_replaced_and_the_server_keeps_answering(migrated_template, tmp_path):
    with Servers("journal", migrated_template, tmp_path, count=1, workers=2, threads=1, scheduler=True) as servers:
        port, server_pid = servers.ports[0], servers.processes[0].pid
        workers = _wait_for(lambda: len(_workers(server_pid)) == 2 and _workers(server_pid), 30, "two workers")
        victim = sorted(workers)[0]
        os.kill(victim, signal.SIGKILL)

        _wait_for(lambda: len(_workers(server_pid) - {victim}) == 2, 20, "the killed worker was not replaced")
        assert servers.processes[0].poll() is None, "the server exited"
        statuses = [get(port, "/healthz")[0] for _ in range(20)] + [get(port, "/")[0] for _ in range(10)]
        assert statuses == [200] * 30

        scheduler = _wait_for(lambda: _scheduler(server_pid), 30, "no scheduler child")
        for pid in scheduler:
            os.kill(pid, signal.SIGKILL)
        _wait_for(lambda: _scheduler(server_pid) - scheduler, 20, "the scheduler was not restarted")
