"""``make bench``: Nashra against nginx on loopback, in one bounded run.

1. installs nginx and wrk (``apt-get install -y nginx-light wrk``) if missing;
2. builds a fresh data dir (migrate, collectstatic, ``nashra demo``) and starts
   Nashra in production mode (``nashra serve``, granian) on a spare port;
3. saves a demo article page and serves the same bytes with nginx on another port;
4. wrk at 64 and 256 connections: nginx static, cached article, home, section;
5. restarts Nashra with ``NASHRA_PAGE_CACHE=0``: cache-miss render time and req/s;
6. growth: imports 10 k articles into one section (1 M with ``--full``) and times
   article, home and section page 500 uncached;
7. prints a table and writes ``var/bench/latest.json``.

Only 127.0.0.1 is ever targeted. Usage::

    .venv/bin/python bench/run.py [--quick] [--full] [--duration SECONDS]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"

IMPORT_SCRIPT = r"""
import json, sys, time
sys.path.insert(0, {bench!r})
from import_articles import synthetic_articles
from nashra.editions.models import Edition
from nashra.importing.services import import_lines
edition = Edition.objects.get(slug="eg")
target, have, step = {target}, {have}, 20000
started = time.time()
while have < target:
    n = min(step, target - have)
    lines = []
    for record in synthetic_articles(n, prefix=f"bench{{have}}", seed=have + 1):
        record["section"] = "politics"
        lines.append(json.dumps(record, ensure_ascii=False))
    report = import_lines(lines, edition, batch_size=1000)
    have += n
    print(f"imported {{have}} ({{report.created}} new, {{len(report.errors)}} errors)", file=sys.stderr, flush=True)
print(json.dumps({{"seconds": time.time() - started}}))
"""

PATHS_SCRIPT = r"""
import json
from nashra.articles.listings import Cursor, live_articles
from nashra.articles.models import SectionPage
from nashra.editions.models import Edition
edition = Edition.objects.get(slug="eg")
section = SectionPage.objects.get(edition=edition, slug="politics")
article = live_articles().filter(section=section).first()
rows = list(live_articles().filter(section=section).values_list("published_at", "pk")[499 * 20 - 1: 499 * 20])
page500 = None
if rows:
    page500 = f"{section.get_url_parts()[2]}?before={Cursor(rows[0][0], rows[0][1]).encode()}&page=500"
print(json.dumps({"article": article.get_url_parts()[2], "home": "/", "section": section.get_url_parts()[2],
                  "section500": page500, "count": live_articles().filter(edition=edition).count(),
                  "section_count": live_articles().filter(section=section).count()}))
"""


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
    """One ``nashra serve`` process on its own port."""

    def __init__(self, env: dict, workers: int, threads: int, cache: bool, host: str, wsgi_target: str = ""):
        self.port = free_port()
        self.env = dict(env, NASHRA_PAGE_CACHE="1" if cache else "0")
        command = [PYTHON, "-m", "nashra", "serve", "--no-scheduler", "--host", HOST, "--port", str(self.port),
                   "--workers", str(workers), "--threads", str(threads)]
        if wsgi_target:  # the same granian settings as ``nashra serve``, another WSGI callable
            command = [PYTHON, "-m", "granian", "--interface", "wsgi", "--host", HOST, "--port", str(self.port),
                       "--workers", str(workers), "--blocking-threads", str(threads), "--no-log", wsgi_target]
        self.process = subprocess.Popen(
            command, cwd=REPO, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if fetch(self.port, "/healthz", host)[0] == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit("nashra serve did not start")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def fetch(port: int, path: str, host: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(f"http://{HOST}:{port}{path}", headers={"Host": host})
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


def start_nginx(root: Path, page: bytes) -> tuple[subprocess.Popen, int]:
    port = free_port()
    www = root / "www"
    www.mkdir(parents=True, exist_ok=True)
    (www / "article.html").write_bytes(page)
    for path in (root, www):
        path.chmod(0o755)
    (www / "article.html").chmod(0o644)
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = root / "nginx.conf"
    conf.write_text(
        f"{user}worker_processes auto;\ndaemon off;\npid {root}/nginx.pid;\nerror_log {root}/nginx-error.log;\n"
        "events { worker_connections 4096; }\n"
        "http {\n  access_log off;\n  sendfile on;\n  tcp_nopush on;\n  keepalive_requests 1000000;\n"
        f"  client_body_temp_path {root}/tmp;\n  proxy_temp_path {root}/tmp;\n  fastcgi_temp_path {root}/tmp;\n"
        f"  uwsgi_temp_path {root}/tmp;\n  scgi_temp_path {root}/tmp;\n"
        f"  types {{ text/html html; }}\n  server {{\n    listen {HOST}:{port};\n    root {www};\n  }}\n}}\n"
    )
    (root / "tmp").mkdir(exist_ok=True)
    process = subprocess.Popen([nginx_binary(), "-c", str(conf), "-p", str(root)], start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if fetch(port, "/article.html", f"{HOST}:{port}")[0] == 200:
                return process, port
        except OSError:
            time.sleep(0.1)
    raise SystemExit("nginx did not start")


def wrk(port: int, path: str, host: str, connections: int, duration: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency",
         "-H", f"Host: {host}", f"http://{HOST}:{port}{path}"],
        capture_output=True, text=True, timeout=duration + 60,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)) else 0
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    latency = {p: _ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M)}
    return {"rps": round(rps, 1), "p50_ms": latency.get("50"), "p99_ms": latency.get("99"),
            "non_2xx": non_2xx, "socket_errors": socket_errors}


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
    times.sort()
    return {"median_ms": round(statistics.median(times), 2), "p90_ms": round(times[int(len(times) * 0.9) - 1], 2),
            "statuses": sorted(statuses)}


def growth_step(env: dict, port: int, host: str, target: int, have: int, samples: int) -> tuple[dict, int]:
    if target > have:
        log(f"importing up to {target} articles in eg/politics")
        nashra(env, "shell", "-c", IMPORT_SCRIPT.format(bench=str(REPO / "bench"), target=target, have=have),
               timeout=24 * 3600)
    paths = shell_json(env, PATHS_SCRIPT)
    result = {"articles": paths["count"], "section_articles": paths["section_count"]}
    for name in ("article", "home", "section500"):
        if paths.get(name):
            timed_gets(port, paths[name], host, 2)  # first-touch (page cache of the OS, connections)
            result[name] = timed_gets(port, paths[name], host, samples)
    return result, max(target, have)


def run(args) -> dict:
    ensure_tools()
    work = Path(tempfile.mkdtemp(prefix="nashra-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL")}
    env.update(NASHRA_DATA_DIR=str(work / "data"), NASHRA_AUTO_SECRET="1", PYTHONPATH=str(REPO))
    if args.redis:
        env["REDIS_URL"] = args.redis
    results: dict = {"mode": "quick" if args.quick else "full" if args.full else "default",
                     "duration_s": args.duration, "cpus": os.cpu_count()}
    servers: list = []
    nginx = None
    try:
        log(f"data dir {work}: migrate, collectstatic, demo")
        nashra(env, "migrate", "--noinput", "-v0")
        nashra(env, "collectstatic", "--noinput", "-v0")
        site_port = free_port()  # the port the demo sites are set up with; every request names it
        host = f"eg.localhost:{site_port}"
        nashra(env, "demo", "--port", str(site_port))
        app = Nashra(env, args.workers, args.threads, cache=True, host=host)
        servers.append(app)
        paths = shell_json(env, PATHS_SCRIPT)
        status, headers, page = fetch(app.port, paths["article"], host)
        assert status == 200, status
        results["article_bytes"] = len(page)
        nginx, nginx_port = start_nginx(work / "nginx", page)
        table = {}
        for conns in (64, 256):
            table[("nginx static", conns)] = wrk(nginx_port, "/article.html", f"{HOST}:{nginx_port}", conns,
                                                 args.duration)
            for name, path in (("cached article", paths["article"]), ("home", "/"), ("section", paths["section"])):
                fetch(app.port, path, host)  # warm
                table[(name, conns)] = wrk(app.port, path, host, conns, args.duration)
            log(f"{conns} connections done")
        app.stop()
        log("WSGI fast path (nashra.delivery.wsgi:application)")
        fast = Nashra(env, args.workers, args.threads, cache=True, host=host,
                      wsgi_target="nashra.delivery.wsgi:application")
        servers.append(fast)
        fetch(fast.port, paths["article"], host)
        for conns in (64, 256):
            table[("cached article, WSGI fast path", conns)] = wrk(fast.port, paths["article"], host, conns,
                                                                   args.duration)
        fast.stop()
        log("cache off (NASHRA_PAGE_CACHE=0)")
        miss = Nashra(env, args.workers, args.threads, cache=False, host=host)
        servers.append(miss)
        render = timed_gets(miss.port, paths["article"], host, 30)
        table[("article, cache off", 64)] = wrk(miss.port, paths["article"], host, 64, args.duration)
        growth = {}
        have = paths["section_count"]
        steps = [have, 10_000] + ([1_000_000] if args.full else [])
        for target in steps:
            growth[target], have = growth_step(env, miss.port, host, target, have, samples=15)
        miss.stop()
    finally:
        for server in servers:
            server.stop()
        if nginx is not None and nginx.poll() is None:
            os.killpg(nginx.pid, signal.SIGTERM)
            nginx.wait(10)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    results["runs"] = {f"{name} @{conns}": value for (name, conns), value in table.items()}
    nginx_rps = table[("nginx static", 64)]["rps"]
    cached = table[("cached article", 64)]
    fast = table.get(("cached article, WSGI fast path", 64))
    results.update(
        nginx_rps=nginx_rps, cached_article_rps=cached["rps"],
        ratio_to_nginx=round(cached["rps"] / nginx_rps, 3) if nginx_rps else None,
        cached_article_p99_ms=cached["p99_ms"], miss_render_ms=render["median_ms"],
        fastpath_article_rps=fast and fast["rps"], fastpath_ratio_to_nginx=fast and round(fast["rps"] / nginx_rps, 3),
        fastpath_article_p99_ms=fast and fast["p99_ms"],
        miss_rps=table[("article, cache off", 64)]["rps"], growth=growth,
        non_2xx=sum(v["non_2xx"] for v in table.values()),
        socket_errors=sum(v["socket_errors"] for v in table.values()),
    )
    results["growth_ratio"] = growth_ratio(growth)
    return results


def growth_ratio(growth: dict):
    """Worst slowdown of article / home / section page 500 between the first and last growth step."""
    steps = sorted(growth)
    if len(steps) < 2:
        return None
    first, last = growth[steps[0]], growth[steps[-1]]
    ratios = [last[k]["median_ms"] / first[k]["median_ms"] for k in ("article", "home", "section500")
              if k in first and k in last and first[k]["median_ms"]]
    return round(max(ratios), 3) if ratios else None


def print_table(results: dict) -> None:
    print(f"\n{'run':<34}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'non-2xx':>9}{'sock err':>9}")
    for name, row in results["runs"].items():
        print(f"{name:<34}{row['rps']:>10.0f}{row['p50_ms'] or 0:>10.2f}{row['p99_ms'] or 0:>10.2f}"
              f"{row['non_2xx']:>9}{row['socket_errors']:>9}")
    print(f"\narticle page: {results['article_bytes']} bytes; cached/nginx ratio {results['ratio_to_nginx']} "
          f"(target ≥ 0.5); cached p99 @64 {results['cached_article_p99_ms']} ms (target < 20)")
    print(f"WSGI fast path: cached article {results['fastpath_article_rps']} req/s @64, ratio "
          f"{results['fastpath_ratio_to_nginx']}, p99 {results['fastpath_article_p99_ms']} ms")
    print(f"cache miss: {results['miss_render_ms']} ms per render (sequential median), "
          f"{results['miss_rps']} req/s @64 (stock Wagtail reference 20–40 req/s)")
    for step, row in results["growth"].items():
        parts = ", ".join(f"{k} {v['median_ms']} ms" for k, v in row.items() if isinstance(v, dict))
        print(f"growth @{step} ({row['articles']} articles in eg, {row['section_articles']} in the section): {parts}")
    print(f"growth ratio (first → last step): {results['growth_ratio']}; non-2xx total {results['non_2xx']}, "
          f"socket errors {results['socket_errors']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 s wrk runs")
    parser.add_argument("--full", action="store_true", help="also the 1 M article growth step (hours)")
    parser.add_argument("--duration", type=int, default=None, help="seconds per wrk run (default 10, quick 5)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--redis", default="", help="REDIS_URL for the app processes (default: in-process cache)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    args = parser.parse_args()
    args.duration = args.duration or (5 if args.quick else 10)
    results = run(args)
    steps = sorted(results["growth"])
    results["growth_basis"] = f"{steps[0]} → {steps[-1]} articles" + ("" if args.full else " (1 M needs --full)")
    out = REPO / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print_table(results)
    print(f"\nwritten {out / 'latest.json'}")


if __name__ == "__main__":
    main()
