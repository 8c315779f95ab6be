"""``make drill``: the fault drill on a running ``make cluster`` (loopback only, bounded in time).

While wrk holds c=256 on a cached page (the edition's front page) and c=16 on an uncached one (the same
page with ``?nocache=…``: an unknown parameter bypasses both Nashra's page cache and nginx's micro-cache),
a writer publishes a story every second (a Django process on the primary: the ORM path the newsroom's
publish takes), a reader posts a comment every second and an editor uploads a picture every two seconds
(over HTTP through nginx, as their browsers would: ``drill_writers.py``), it injects one fault after
another and brings each back:

1. ``kill -9`` one app process (its whole process group), then starts it again;
2. Redis stopped (outage seconds), then started (empty: no persistence);
3. the replica stopped, then started;
4. the primary stopped (``pg_ctl stop -m fast``: it refuses connections), then started;
5. the S3 stand-in frozen (SIGSTOP: moto keeps its objects in memory, so a kill would lose the media),
   then resumed.

It prints one row per fault: non-2xx and socket errors during the fault window (cached and uncached
separately), the uncached statuses seen, seconds until the network serves again after the fault is
lifted, and the bars (MET/MISSED). ``--short``: shorter outages (about 2 minutes in all).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import cluster
import drill_writers
from cluster import HOST, PYTHON, REPO, ROOT, Postgres, alive, app_env, kill_group, load_state, save_state

WORK = ROOT / "drill"
LUA = """
counts = {}  -- global: done() reads each thread's copy with thread:get
local threads = {}
function setup(thread) table.insert(threads, thread) end
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts")) do total[k] = (total[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(total) do table.insert(parts, '"' .. k .. '":' .. v) end
  io.write("STATUS {" .. table.concat(parts, ",") .. "}\\n")
end
"""
ARABIC = re.compile("[\u0600-\u06FF]")


def log(message: str) -> None:
    print(f"[drill {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def get(port: int, path: str, host: str, timeout: float = 3) -> tuple[int, bytes]:
    request = urllib.request.Request(f"http://{HOST}:{port}{path}", headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


# --- load -------------------------------------------------------------------------------------------
def wrk(port: int, path: str, host: str, connections: int, seconds: int, out: dict) -> None:
    result = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "-s", str(WORK / "status.lua"),
         "-H", f"Host: {host}", "-H", "Accept-Encoding: gzip, br", f"http://{HOST}:{port}{path}"],
        capture_output=True, text=True, timeout=seconds + 60).stdout
    statuses = json.loads(m.group(1)) if (m := re.search(r"^STATUS (\{.*\})$", result, re.M)) else {}
    out.update({
        "requests": int(m.group(1)) if (m := re.search(r"(\d+) requests in", result)) else 0,
        "non_2xx": sum(n for code, n in statuses.items() if not 200 <= int(code) < 400),
        "socket_errors": sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", result)),
        "statuses": dict(sorted(statuses.items())),
    })


# --- the writer (a Django process on the primary) ----------------------------------------------------
WRITER = r"""
import json, sys, threading, time, urllib.request, urllib.error
import django
django.setup()
from django.db import close_old_connections, connections
from nashra.articles.models import ArticlePage, SectionPage

out_path, stop_path, ports, host = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
lock = threading.Lock()
def record(**row):
    with lock, open(out_path, "a") as f:
        f.write(json.dumps(row) + "\n")

def visible(article_id, path, published):
    # The new story through every app process (and nginx): seconds until all answer 200.
    pending, deadline = set(ports), published + 10
    while pending and time.monotonic() < deadline:
        for port in list(pending):
            req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})
            try:
                with urllib.request.urlopen(req, timeout=2) as r:
                    if r.status == 200:
                        pending.discard(port)
            except (urllib.error.URLError, OSError):
                pass
        time.sleep(0.05)
    record(kind="visible", id=article_id, t=time.time() - (time.monotonic() - published),
           seconds=None if pending else round(time.monotonic() - published, 2))

section = SectionPage.objects.filter(edition__slug="eg").live().first()
edition_id, section_id = section.edition_id, section.pk
target = ArticlePage.objects.filter(edition_id=edition_id).live().order_by("-published_at").first().pk
n = 0
while True:
    try:
        open(stop_path).close()
        break
    except FileNotFoundError:
        pass
    n += 1
    started = time.monotonic()
    try:
        close_old_connections()
        section = SectionPage.objects.get(pk=section_id)
        article = ArticlePage(title=f"خبر التمرين رقم {n} {int(time.time())}", body="<p>نص خبر التمرين.</p>")
        section.add_child(instance=article)
        article.save_revision().publish()
        published = time.monotonic()
        record(kind="story", id=article.pk, n=n, t=time.time())
        path = article.get_url_parts()[2]
        threading.Thread(target=visible, args=(article.pk, path, published), daemon=True).start()
    except Exception as exc:
        record(kind="refused", what="story", n=n, error=type(exc).__name__, t=time.time())
        for c in connections.all():
            c.close_if_unusable_or_obsolete()
    time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))
"""

VERIFY = r"""
import json, sys
import django
django.setup()
from django.core.files.storage import default_storage
from wagtail.images import get_image_model
from nashra.articles.models import ArticlePage
from nashra.comments.models import Comment
rows = [json.loads(line) for path in sys.argv[1:] for line in open(path)]
stories = {r["id"] for r in rows if r["kind"] == "story"}
comments = {r["email"] for r in rows if r["kind"] == "comment" and r["acknowledged"]}
uploads = {r["title"] for r in rows if r["kind"] == "upload" and r["acknowledged"]}
live = set(ArticlePage.objects.filter(pk__in=stories).live().values_list("pk", flat=True))
kept = set(Comment.objects.filter(email__in=comments).values_list("email", flat=True))
images = get_image_model().objects.filter(title__in=uploads)
stored = {image.title for image in images if default_storage.exists(image.file.name)}  # the file in S3 too
print(json.dumps({"stories": len(stories), "stories_missing": sorted(stories - live),
                  "comments": len(comments), "comments_missing": sorted(comments - kept),
                  "uploads": len(uploads), "uploads_missing": sorted(uploads - stored)}, ensure_ascii=False))
"""


# --- faults -----------------------------------------------------------------------------------------
class Faults:
    def __init__(self, state: dict):
        self.state = state
        self.pg = Postgres()

    def kill_app(self):
        kill_group(self.state["processes"]["app1"]["pid"], signal.SIGKILL, wait=5)

    def restart_app(self):
        self.state["processes"]["app1"] = cluster.start_app(self.state, 0)
        save_state(self.state)

    def stop_redis(self):
        kill_group(self.state["processes"]["redis"]["pid"])

    def start_redis(self):
        self.state["processes"]["redis"] = cluster.start_redis(self.state)
        save_state(self.state)

    def stop_replica(self):
        self.pg.stop("replica")

    def start_replica(self):
        self.pg.start("replica")

    def stop_primary(self):
        self.pg.stop("primary")

    def start_primary(self):
        self.pg.start("primary")

    def freeze_s3(self):
        os.killpg(self.state["processes"]["s3"]["pid"], signal.SIGSTOP)

    def thaw_s3(self):
        os.killpg(self.state["processes"]["s3"]["pid"], signal.SIGCONT)


def probe(state: dict, path: str, stop: threading.Event, seen: list) -> None:
    """Four times a second: the uncached page through nginx and every app's /readyz."""
    port, host = state["ports"]["nginx"], state["host"]
    while not stop.is_set():
        status, body = get(port, path, host)
        text = body.decode("utf-8", "replace")
        ready = all(get(app, "/readyz", "localhost", 2)[0] == 200 for app in state["ports"]["apps"])
        clean_503 = status != 503 or (bool(ARABIC.search(text)) and "Traceback" not in text)
        seen.append((time.monotonic(), status, ready, clean_503))
        stop.wait(0.25)


def run_fault(state: dict, name: str, inject, restore, outage: float, settle: float, uncached: str) -> dict:
    before = 2
    seconds = int(before + outage + settle)
    cached_out: dict = {}
    uncached_out: dict = {}
    port, host = state["ports"]["nginx"], state["host"]
    loads = [threading.Thread(target=wrk, args=(port, "/", host, 256, seconds, cached_out)),
             threading.Thread(target=wrk, args=(port, uncached, host, 16, seconds, uncached_out))]
    seen: list = []
    stop = threading.Event()
    prober = threading.Thread(target=probe, args=(state, uncached.replace("drill=u", "drill=p"), stop, seen))
    for thread in [*loads, prober]:
        thread.start()
    time.sleep(before)
    log(f"{name}: fault on")
    injected = time.time()
    inject()
    time.sleep(outage)
    log(f"{name}: bringing back")
    restore()
    lifted = time.monotonic()
    for thread in loads:
        thread.join()
    # Still not back at the end of the window: keep probing (bounded) to measure the recovery.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(t > lifted and s == 200 and r for t, s, r, _ in seen):
        time.sleep(0.25)
    stop.set()
    prober.join()
    back = next((t - lifted for t, s, r, _ in seen if t > lifted and s == 200 and r), None)
    window = (injected, time.time() - (time.monotonic() - lifted) + (back if back is not None else 30))
    return {"fault": name, "cached": cached_out, "window": window, "uncached": uncached_out,
            "recovery_s": None if back is None else round(back, 1),
            "unclean_503": sum(1 for *_, clean in seen if not clean),
            "probe_statuses": sorted({s for _, s, _, _ in seen})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="8 s outages instead of 20 s (about 2 minutes)")
    args = parser.parse_args()
    state = load_state()
    if not state:
        raise SystemExit("no cluster: run `make cluster` first")
    if not shutil.which("wrk"):
        raise SystemExit("the drill needs wrk (apt-get install -y wrk)")
    down = [name for name, p in state["processes"].items() if not alive(p["pid"])]
    if down:
        raise SystemExit(f"the cluster is not whole (stopped: {', '.join(down)}): make cluster-down && make cluster")
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    (WORK / "status.lua").write_text(LUA)
    outage, settle = (8, 6) if args.short else (20, 10)
    env = {**app_env(state), "DJANGO_SETTINGS_MODULE": "nashra.settings"}
    writes, stop_file = WORK / "writes.jsonl", WORK / "stop"
    ports = [*state["ports"]["apps"], state["ports"]["nginx"]]
    writer = subprocess.Popen([PYTHON, "-c", WRITER, str(writes), str(stop_file), json.dumps(ports), state["host"]],
                              cwd=REPO, env=env, stdout=open(WORK / "writer.log", "w"), stderr=subprocess.STDOUT,
                              start_new_session=True)
    stop_writers = threading.Event()
    article_id = first_article(state)
    http_writers = [
        drill_writers.CommentWriter(state["ports"]["nginx"], state["host"], WORK / "comments.jsonl", stop_writers,
                                    article_id=article_id),
        drill_writers.UploadWriter(state["ports"]["nginx"], state["host"], WORK / "uploads.jsonl", stop_writers,
                                   user="admin", password=os.environ.get("NASHRA_DEMO_PASSWORD", "nashra-demo-2025")),
    ]
    for thread in http_writers:
        thread.start()
    faults = Faults(state)
    plan = [("kill -9 app1", faults.kill_app, faults.restart_app, min(outage, 5)),
            ("Redis stopped", faults.stop_redis, faults.start_redis, outage),
            ("replica stopped", faults.stop_replica, faults.start_replica, outage),
            ("primary refuses", faults.stop_primary, faults.start_primary, outage),
            ("S3 frozen", faults.freeze_s3, faults.thaw_s3, outage)]
    rows = []
    started = time.monotonic()
    try:
        rows.append(run_fault(state, "none (baseline)", lambda: None, lambda: None, 2, 4, "/?drill=u"))
        for name, inject, restore, seconds in plan:
            rows.append(run_fault(state, name, inject, restore, seconds, settle, "/?drill=u"))
    finally:
        faults.thaw_s3()
        stop_file.touch()
        stop_writers.set()
        for thread in http_writers:
            thread.join(90)
        try:
            writer.wait(20)
        except subprocess.TimeoutExpired:
            kill_group(writer.pid)
    time.sleep(3)  # the last visibility checks
    logs = [writes, WORK / "comments.jsonl", WORK / "uploads.jsonl"]
    present = [str(path) for path in logs if path.exists()]
    verify = json.loads(subprocess.run([PYTHON, "-c", VERIFY, *present], cwd=REPO, env=env, capture_output=True,
                                       text=True, check=True, timeout=120).stdout.strip().splitlines()[-1])
    report(rows, verify, logs, time.monotonic() - started)


def first_article(state: dict) -> int:
    """The edition's newest story (from the API, as any client would find it): the one readers comment on."""
    status, body = get(state["ports"]["nginx"], "/api/v1/articles/?limit=1", state["host"], timeout=10)
    if status != 200:
        raise SystemExit(f"the API did not answer ({status}): is the cluster serving?")
    return json.loads(body)["results"][0]["id"]


def report(rows: list, verify: dict, logs: list, elapsed: float) -> None:
    lines = [json.loads(line) for path in logs if path.exists() for line in path.read_text().splitlines()]
    windows = [r["window"] for r in rows if not r["fault"].startswith("none")]
    # A publish while a process is down or a store is out cannot reach every process: the bar counts the others.
    visible = [r["seconds"] for r in lines if r["kind"] == "visible"
               and not any(start - 1 <= r["t"] <= end for start, end in windows)]
    visible_all = [r["seconds"] for r in lines if r["kind"] == "visible"]
    refused = [r for r in lines if r["kind"] == "refused"]
    comments, uploads = drill_writers.summary(lines, "comment"), drill_writers.summary(lines, "upload")
    header = (f"{'fault':<17}|{'cached req':>11}|{'non2xx':>7}|{'sock':>5}|{'uncached req':>13}|{'non2xx':>7}|"
              f"{'sock':>5}| uncached statuses      |{'back in s':>10}")
    print("\n" + header + "\n" + "-" * len(header))
    for row in rows:
        c, u = row["cached"], row["uncached"]
        statuses = ",".join(f"{k}:{v}" for k, v in u.get("statuses", {}).items())
        print(f"{row['fault']:<17}|{c.get('requests', 0):>11}|{c.get('non_2xx', 0):>7}|{c.get('socket_errors', 0):>5}|"
              f"{u.get('requests', 0):>13}|{u.get('non_2xx', 0):>7}|{u.get('socket_errors', 0):>5}| "
              f"{statuses:<23}|{row['recovery_s'] if row['recovery_s'] is not None else '>30':>10}")
    lost = len(verify["stories_missing"]) + len(verify["comments_missing"]) + len(verify["uploads_missing"])
    print(f"\nwrites acknowledged: {verify['stories']} stories, {verify['comments']} comments, {verify['uploads']} "
          f"pictures; missing afterwards: {lost}")
    print(f"  stories (ORM, on the primary): refused {len(refused)}, retried the next second")
    for what, counts in (("comments (the form's script, through nginx)", comments),
                         ("pictures (newsroom upload to S3, through nginx)", uploads)):
        print(f"  {what}: refused {counts['refused']} (statuses {counts['refused_statuses'] or '—'}), "
              f"without a clear Arabic message: {counts['refused_unclear']}")
    seen = [v for v in visible if v is not None]
    print(f"publish → 200 on every app process and nginx, outside fault windows: {len(seen)}/{len(visible)} within "
          f"10 s, max {max(seen) if seen else '—'} s, median {sorted(seen)[len(seen) // 2] if seen else '—'} s")
    during = [v for v in visible_all if v is not None]
    print(f"  all publishes, faults included: {len(during)}/{len(visible_all)} visible everywhere within 10 s, "
          f"max {max(during) if during else '—'} s")
    primary = next(r for r in rows if r["fault"] == "primary refuses")
    bars = [
        ("cached pages: 0 non-2xx through every fault", all(r["cached"].get("non_2xx", 1) == 0 for r in rows)),
        ("uncached: only 200/503 (Arabic, no traceback) while the primary is down",
         set(primary["uncached"].get("statuses", {})) <= {"200", "503"} and primary["unclean_503"] == 0),
        ("uncached: 200 within 5 s after the primary returns",
         primary["recovery_s"] is not None and primary["recovery_s"] <= 5),
        ("0 acknowledged writes lost (stories, comments, pictures)", lost == 0),
        ("every refused comment or picture told so in Arabic (no 500, no web-server page)",
         comments["refused_unclear"] + uploads["refused_unclear"] == 0 and comments["acknowledged"] > 0
         and uploads["acknowledged"] > 0),
        ("a publish visible on every process within 2 s", bool(visible) and all(v is not None and v <= 2
                                                                                  for v in visible)),
    ]
    print()
    for text, met in bars:
        print(f"  {'MET   ' if met else 'MISSED'}  {text}")
    print(f"\ndrill took {elapsed:.0f} s; details in {WORK}")


if __name__ == "__main__":
    main()
