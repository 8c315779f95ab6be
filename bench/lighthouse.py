"""`make lighthouse`: Lighthouse (mobile preset) on the home page, a section and an article of each demo
edition, served by `nashra serve` in production mode on a spare port, with a fresh demo network.

Prints one row per page (Performance, Accessibility, Best Practices, SEO, LCP, CLS, TBT; a «✗» marks a
number below issue #19's bars) and keeps Lighthouse's full reports in var/lighthouse/<edition>-<page>.json.
Needs Node 20 with npx (Lighthouse 12.2.3 is fetched by `npx -y`) and Chromium at $CHROME_PATH
(default /usr/bin/chromium). Not part of CI: the numbers depend on the machine (Lighthouse simulates a
slow phone from what it measures here, so a busy machine scores lower).

    python bench/lighthouse.py [--port 8790] [--keep-server]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "var" / "lighthouse"
LIGHTHOUSE = "lighthouse@12.2.3"
EDITIONS = ("eg", "lb")
# Bars of issue #19: scores at least, timings below.
BARS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
LCP_MS, CLS, TBT_MS = 1800, 0.02, 100


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    """GET through 127.0.0.1 with the edition's Host (Chromium resolves *.localhost itself, Python does not)."""
    parts = urlsplit(url)
    local = parts._replace(netloc=f"127.0.0.1:{parts.port}").geturl()
    request = urllib.request.Request(local, headers={"Host": parts.netloc})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode("utf-8")


def start_server(port: int, data_dir: Path) -> subprocess.Popen:
    nashra = str(Path(sys.executable).with_name("nashra"))
    env = {k: v for k, v in os.environ.items() if k not in {"NASHRA_TESTING", "NASHRA_DEBUG", "DJANGO_SETTINGS_MODULE"}}
    env.update(NASHRA_AUTO_SECRET="1", NASHRA_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
    for cmd in ([nashra, "migrate", "--noinput", "-v0"], [nashra, "demo", "--port", str(port)],
                [nashra, "collectstatic", "--noinput", "-v0"]):
        print("==", " ".join(cmd[1:3]), flush=True)
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    log = open(data_dir / "server.log", "w")
    proc = subprocess.Popen([nashra, "serve", "--port", str(port), "--no-scheduler"], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            fetch(f"http://localhost:{port}/healthz")
            return proc
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("nashra serve did not come up; see " + str(data_dir / "server.log"))


def pages_of(base: str) -> dict[str, str]:
    """home, the first section of the menu and that section's newest article."""
    home = fetch(base + "/")
    nav = re.search(r'<nav class="nav".*?</nav>', home, re.S).group(0)
    sections = [h for h in re.findall(r'href="(/[^"]+/)"', nav)]
    section = sections[0]
    listing = fetch(base + section)
    article = re.search(r'<a class="title" href="([^"]+)"', listing).group(1)
    return {"home": base + "/", "section": base + section, "article": base + article}


def run_lighthouse(url: str, out: Path, attempts: int = 3) -> dict:
    """One Lighthouse report of ``url``. A run Lighthouse itself could not complete (a
    ``runtimeError`` such as NO_NAVSTART, which a loaded machine's Chromium produces now and then;
    scores are then null) says nothing about the page: it is run again, at most ``attempts`` times."""
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    cmd = ["npx", "-y", LIGHTHOUSE, url, "--quiet", "--output=json", f"--output-path={out}",
           "--only-categories=performance,accessibility,best-practices,seo",
           "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"]
    for attempt in range(1, attempts + 1):
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        report = json.loads(out.read_text(encoding="utf-8"))
        error = report.get("runtimeError")
        if not error:
            return report
        print(f"   Lighthouse could not finish ({error.get('code')}); attempt {attempt} of {attempts}", flush=True)
    return report


def row(report: dict) -> dict:
    cats, audits = report["categories"], report["audits"]
    return {
        **{key: round((cats[key]["score"] or 0) * 100) for key in BARS},
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "failing": [f'{cat}: {audit["id"]}' for cat in ("accessibility", "best-practices", "seo")
                    for ref in cats[cat]["auditRefs"] if ref["weight"]
                    for audit in [audits[ref["id"]]] if audit["score"] is not None and audit["score"] < 1],
    }


def mark(ok: bool) -> str:
    return " " if ok else "✗"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--keep-server", action="store_true", help="leave the server running (its PID is printed)")
    args = parser.parse_args()
    if not shutil.which("npx"):
        raise SystemExit("npx (Node 20) is needed: apt-get install nodejs npm")
    port = args.port or free_port()
    OUT.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="nashra-lighthouse-"))
    proc = start_server(port, data_dir)
    rows = []
    try:
        for slug in EDITIONS:
            base = f"http://{slug}.localhost:{port}"
            for kind, url in pages_of(base).items():
                fetch(url)  # the page cache holds it, as it would for a reader
                print(f"== lighthouse {slug} {kind}: {url}", flush=True)
                rows.append((slug, kind, row(run_lighthouse(url, OUT / f"{slug}-{kind}.json"))))
    finally:
        if args.keep_server:
            print(f"server left running: pid {proc.pid}, data {data_dir}")
        else:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=20)
            shutil.rmtree(data_dir, ignore_errors=True)
    print()
    print(f"{'page':<12} {'Perf':>5} {'A11y':>5} {'BP':>5} {'SEO':>5} {'LCP s':>7} {'CLS':>6} {'TBT ms':>7}")
    bad = 0
    for slug, kind, r in rows:
        cells = [f"{r[key]:>4}{mark(r[key] >= bar)}" for key, bar in BARS.items()]
        lcp, cls, tbt = r["lcp"], r["cls"], r["tbt"]
        line = (f"{slug + ' ' + kind:<12} {' '.join(cells)} {lcp / 1000:>6.2f}{mark(lcp < LCP_MS)}"
                f"{cls:>6.3f}{mark(cls < CLS)}{tbt:>6.0f}{mark(tbt < TBT_MS)}")
        print(line)
        bad += line.count("✗")
        for failing in r["failing"]:
            print(f"{'':<12}   – {failing}")
    print(f"\nreports: {OUT}/*.json" + (f"; {bad} number(s) below the bars" if bad else "; every bar met"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
