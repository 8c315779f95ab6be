"""Processes and load tools for ``bench/run.py``: nginx, wrk, ``nashra serve`` / granian on spare ports.

Only 127.0.0.1 is ever targeted.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def ensure_tools() -> None:
    missing = [tool for tool in ("nginx", "wrk") if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists())]
    if not missing:
        return
    log(f"installing {' '.join(missing)} (apt-get)")
    subprocess.run(["apt-get", "update", "-qq"], check=False)
    for package in ("nginx-light", "nginx"):
        wanted = [package if tool == "nginx" else tool for tool in missing]
        if subprocess.run(["apt-get", "install", "-y", "-qq", *wanted], check=False).returncode == 0:
            return
    raise SystemExit("could not install nginx/wrk")


def nginx_binary() -> str:
    return shutil.which("nginx") or "/usr/sbin/nginx"


class Nashra:
    """One ``nashra serve`` process (or granian with another WSGI callable) on its own port."""

    def __init__(self, env: dict, workers: int, threads: int, cache: bool, host: str, wsgi_target: str = "",
                 health: str = "/healthz"):
        self.port = free_port()
        self.env = dict(env, NASHRA_PAGE_CACHE="1" if cache else "0")
        command = [PYTHON, "-m", "nashra", "serve", "--no-scheduler", "--host", HOST, "--port", str(self.port),
                   "--workers", str(workers), "--threads", str(threads)]
        if wsgi_target:  # the same granian settings as ``nashra serve``, another WSGI callable
            command = [PYTHON, "-m", "granian", "--interface", "wsgi", "--host", HOST, "--port", str(self.port),
                       "--workers", str(workers), "--blocking-threads", str(threads), "--http", "1", "--no-ws",
                       "--no-log", wsgi_target]
        self.process = subprocess.Popen(
            command, cwd=REPO, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if fetch(self.port, health, host)[0] == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit(f"{wsgi_target or 'nashra serve'} did not start")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


#: What every measured request sends: browsers take brotli and gzip, and pages are served compressed.
ACCEPT_ENCODING = "gzip, deflate, br"


def fetch(port: int, path: str, host: str, accept_encoding: str = "") -> tuple[int, dict, bytes]:
    headers = {"Host": host, **({"Accept-Encoding": accept_encoding} if accept_encoding else {})}
    request = urllib.request.Request(f"http://{HOST}:{port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def nashra(env: dict, *args: str, timeout: int = 1800) -> str:
    result = subprocess.run([PYTHON, "-m", "nashra", *args], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(f"nashra {' '.join(args[:2])} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def shell_json(env: dict, script: str) -> dict:
    out = nashra(env, "shell", "-c", script)
    return json.loads(out.strip().splitlines()[-1])


def start_nginx(root: Path, page: bytes, encoding: str = "") -> tuple[subprocess.Popen, int]:
    """nginx serving ``page`` as a static file: the reference (``encoding``: the bytes are already
    compressed so, and say so — the same bytes Nashra sends a browser)."""
    port = free_port()
    www = root / "www"
    www.mkdir(parents=True, exist_ok=True)
    (www / "article.html").write_bytes(page)
    for path in (root, www):
        path.chmod(0o755)
    (www / "article.html").chmod(0o644)
    coding = f"    add_header Content-Encoding {encoding};\n" if encoding else ""
    server = f"  types {{ text/html html; }}\n  server {{\n    listen {HOST}:{port};\n    root {www};\n{coding}  }}\n"
    return _run_nginx(root, server, port, "/article.html", f"{HOST}:{port}"), port


def start_front(root: Path, env: dict, app_port: int, host: str, path: str) -> tuple[subprocess.Popen, int]:
    """The production front for a network (``nashra nginx_conf``: 1 s micro-cache) before the app."""
    port = free_port()
    front = nashra(env, "nginx_conf", "--listen", f"{HOST}:{port}", "--upstream", f"{HOST}:{app_port}",
                   "--cache-dir", str(root / "cache"))
    return _run_nginx(root, front, port, path, host), port


def _run_nginx(root: Path, http_block: str, port: int, probe: str, host: str) -> subprocess.Popen:
    root.mkdir(parents=True, exist_ok=True)
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = root / "nginx.conf"
    conf.write_text(
        f"{user}worker_processes auto;\ndaemon off;\npid {root}/nginx.pid;\nerror_log {root}/nginx-error.log;\n"
        "events { worker_connections 4096; }\n"
        "http {\n  access_log off;\n  sendfile on;\n  tcp_nopush on;\n  keepalive_requests 1000000;\n"
        f"  client_body_temp_path {root}/tmp;\n  proxy_temp_path {root}/tmp;\n  fastcgi_temp_path {root}/tmp;\n"
        f"  uwsgi_temp_path {root}/tmp;\n  scgi_temp_path {root}/tmp;\n{http_block}}}\n"
    )
    (root / "tmp").mkdir(exist_ok=True)
    process = subprocess.Popen([nginx_binary(), "-c", str(conf), "-p", str(root)], start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if fetch(port, probe, host)[0] == 200:
                return process
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nginx did not start (see {root}/nginx-error.log)")


def wrk(port: int, path: str, host: str, connections: int, duration: int, script: str = "",
        env: dict | None = None) -> dict:
    """wrk on loopback, sending what a browser sends (``ACCEPT_ENCODING``); ``script``: a wrk Lua file."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency",
         "-H", f"Host: {host}", "-H", f"Accept-Encoding: {ACCEPT_ENCODING}", *(["-s", script] if script else []),
         f"http://{HOST}:{port}{path}"],
        capture_output=True, text=True, timeout=duration + 60, env=env,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(m.group(1)) if (m := re.search(r"(\d+) requests in", out)) else 0
    non_2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)) else 0
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    latency = {p: _ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M)}
    return {"rps": round(rps, 1), "p50_ms": latency.get("50"), "p99_ms": latency.get("99"),
            "non_2xx": non_2xx, "socket_errors": socket_errors, "requests": requests}


def rss_mb(process: subprocess.Popen) -> dict:
    """Resident memory of a server's processes (its session: granian's main process and its workers)."""
    sizes = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getsid(int(entry.name)) != process.pid:
                continue
            status = (entry / "status").read_text()
        except (OSError, ProcessLookupError):
            continue
        if m := re.search(r"^VmRSS:\s+(\d+) kB", status, re.M):
            sizes.append(int(m.group(1)) / 1024)
    return {"max_mb": round(max(sizes), 1) if sizes else None, "processes": len(sizes),
            "total_mb": round(sum(sizes), 1)}


def _ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return round(float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit], 3)


def timed_gets(port: int, path: str, host: str, count: int) -> dict:
    """Sequential uncached requests: median and p90 wall time in ms."""
    times, statuses = [], set()
    for _ in range(count):
        started = time.perf_counter()
        status, _headers, _body = fetch(port, path, host)
        times.append((time.perf_counter() - started) * 1000)
        statuses.add(status)
    return timing_summary(times, statuses)


def timing_summary(times: list[float], statuses) -> dict:
    times = sorted(times)
    return {"median_ms": round(statistics.median(times), 2), "p90_ms": round(times[int(len(times) * 0.9) - 1], 2),
            "statuses": sorted(statuses), "samples": len(times)}


def alternating_gets(pair: tuple, host: str, count: int, rounds: int = 6) -> tuple[dict, dict]:
    """``count`` sequential requests on each of two (port, path) in ``rounds`` alternating rounds (the
    order swapped every round), so both see the same minutes of a shared machine: two timed_gets results."""
    times: list[list[float]] = [[], []]
    statuses: list[set] = [set(), set()]
    per_round = max(1, count // rounds)
    round_medians: list[list[float]] = [[], []]
    for n in range(rounds):
        for side in ((0, 1) if n % 2 == 0 else (1, 0)):
            port, path = pair[side]
            this_round = []
            for _ in range(per_round):
                started = time.perf_counter()
                status, _headers, _body = fetch(port, path, host)
                this_round.append((time.perf_counter() - started) * 1000)
                statuses[side].add(status)
            times[side] += this_round
            round_medians[side].append(statistics.median(this_round))
    summaries = timing_summary(times[0], statuses[0]), timing_summary(times[1], statuses[1])
    for summary, medians in zip(summaries, round_medians, strict=True):
        summary["round_medians_ms"] = [round(m, 3) for m in medians]
    return summaries


def paired_ratio(top: dict, base: dict) -> float:
    """``top`` against ``base`` timed by :func:`alternating_gets`: the median of the rounds' ratios, each round's
    pair taken within the same few hundred milliseconds, so a machine that slows for a while (another process, a
    collection) moves both sides of a round together. (It does not remove what one server process keeps for its
    whole life: bench/growth_alongside.py takes the median over fresh instances for that.) Without round medians
    (an older result), the ratio of the medians."""
    pairs = list(zip(top.get("round_medians_ms", ()), base.get("round_medians_ms", ()), strict=False))
    if not pairs:
        return top["median_ms"] / base["median_ms"]
    return statistics.median(t / b for t, b in pairs)


def run_task_workers(env: dict, count: int, finished, a_third_done, kill: bool, limit_s: float,
                     poll_s: float = 0.25) -> float:
    """``count`` ``nashra worker`` processes (what ``nashra serve`` supervises) on ``env`` until
    ``finished()``; with ``kill``, worker 1 is killed with SIGKILL once ``a_third_done()`` and a new one
    started (it puts the dead one's task back in the queue). Seconds from their start to the end."""

    def worker() -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "nashra", "worker", "--interval", "0.2", "-v0"],
                                cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    started = time.perf_counter()
    workers = [worker() for _ in range(count)]
    killed = not kill
    try:
        while not finished():
            if not killed and a_third_done():
                workers[0].kill()
                workers[0].wait()
                print("worker 1 killed with SIGKILL a third of the way; a new one starts", flush=True)
                workers[0] = worker()
                killed = True
            if time.perf_counter() - started > limit_s:
                raise SystemExit(f"the workers did not finish within {limit_s:.0f} s")
            time.sleep(poll_s)
        return time.perf_counter() - started
    finally:
        for process in workers:
            process.terminate()
            process.wait(30)
