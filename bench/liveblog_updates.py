"""The live blog's update channel under many polling readers, through ``nashra serve`` (issue #20).

Every reader of a live blog polls ``<blog>/updates/`` with the ETag it last saw (``If-None-Match``);
the page cache answers 304 from memory while nothing changed (``nashra/delivery/conditional.py``).
This script starts ``nashra serve`` (granian; 2 workers, the in-process cache unless ``--redis``) on
the demo network and, in alternating rounds so that both see the same machine load:

1. wrk, ``-c 256`` on the channel *with* If-None-Match (each wrk thread sends the last ETag it got,
   so after a new entry it takes the 200 once and is back to 304s — mostly 304) against the same
   load *without* it (every answer a 200 with the body): req/s, p50/p99, and the ratio of the rates;
2. while each load runs, a reporter posts an entry every ``--post-every`` seconds through the
   newsroom's own service (``nashra.liveblog.services.post_entry``, in this process: the same purge
   a post from the newsroom makes) and a reader polls the channel on a kept-alive connection until it
   sees the blog's new ETag: the lag from the start of the post to that answer, worst per round.

3. the demo's cached article page, plain GETs at ``-c 256``: the issue's reference (the channel must
   answer at least half the cached article's rate of the same round).

Printed: medians of the rounds (default 3 rounds of 8 s per load; at most 30 s, the issue's bar runs;
``make bench`` runs one round of 30 s and adds the rows to its table). The references are the
unconditional and the article runs of the same round: the ratios say what 304s buy and where the
channel stands on this machine now, whatever else runs on it. The bars (#20): 0 errors, p99 < 50 ms
with If-None-Match, ≥ 0.5× the cached article, worst lag ≤ the reader's poll interval (10 s,
liveblog.js) + 2 s. Needs wrk (``bench/loadtools.py`` installs it with apt-get,
as ``make bench`` does). Usage::

    .venv/bin/python bench/liveblog_updates.py [--data-dir DIR] [--rounds 3] [--duration 8] [--redis URL]
        [--json FILE]

A demo data dir is made in a temporary folder (migrate, collectstatic, ``nashra demo --port 8000``)
unless ``--data-dir`` names one made so (e.g. ``bench/hit_profile.py``'s).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

from loadtools import ACCEPT_ENCODING, HOST, Nashra, ensure_tools, fetch, log, wrk

REPO = Path(__file__).resolve().parent.parent
SITE_PORT = 8000  # the port the demo sites are made with: every request names it in its Host
MAX_RUN_SECONDS = 30
POLL_SECONDS = 10  # liveblog.js polls every 10 s: a reader sees an entry within that + the lag

# Each wrk thread keeps the ETag of the last 200 it got and sends it back (as liveblog.js does);
# without BENCH_CONDITIONAL=1 it sends none. The statuses are counted per thread and written at the end.
POLL_LUA = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
local etag = os.getenv("BENCH_ETAG")
local conditional = os.getenv("BENCH_CONDITIONAL") == "1"
n200, n304, nother = 0, 0, 0
function request()
  if conditional and etag then wrk.headers["If-None-Match"] = etag end
  return wrk.format()
end
function response(status, headers, body)
  if status == 304 then n304 = n304 + 1
  elseif status == 200 then
    n200 = n200 + 1
    etag = headers["etag"] or headers["ETag"] or etag
  else nother = nother + 1 end
end
function done(summary, latency, requests)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do a = a + t:get("n200"); b = b + t:get("n304"); c = c + t:get("nother") end
  local out = io.open(os.getenv("BENCH_STATUS_FILE"), "w")
  out:write(a, " ", b, " ", c, "\\n")
  out:close()
end
"""


def header(headers: dict, name: str) -> str | None:
    """granian sends header names in lower case."""
    return next((v for k, v in headers.items() if k.lower() == name.lower()), None)


def prepare(data_dir: str, env: dict) -> None:
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"],
                    ["demo", "--port", str(SITE_PORT)]):
        subprocess.run([sys.executable, "-m", "nashra", *command], cwd=REPO, env=env, check=True,
                       stdout=subprocess.DEVNULL)


def django_setup(env: dict) -> None:
    """This process posts entries as the newsroom does: Django on the same data dir as the servers."""
    for name in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    os.environ.update(env, DJANGO_SETTINGS_MODULE="nashra.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


class Reader:
    """One polling reader on a kept-alive connection (reconnects if the server closes it)."""

    def __init__(self, port: int, host: str, path: str):
        self.port, self.host, self.path = port, host, path
        self.connection = None

    def get(self, etag: str | None) -> tuple[int, str | None]:
        headers = {"Host": self.host, "Accept-Encoding": ACCEPT_ENCODING, **({"If-None-Match": etag} if etag else {})}
        for attempt in (1, 2):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection(HOST, self.port, timeout=15)
                self.connection.request("GET", self.path, headers=headers)
                response = self.connection.getresponse()
                response.read()
                return response.status, response.getheader("ETag")
            except (OSError, http.client.HTTPException):
                self.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def reporter(blog, reader: Reader, stop_at: float, every: float, lags: list, posts: list) -> None:
    """Post an entry every ``every`` seconds until ``stop_at``; for each, the time until the reader
    sees the blog's new ETag (polling every 10 ms, as fast as a reader could)."""
    from django.db import close_old_connections

    from nashra.liveblog import services
    from nashra.liveblog.views import etag_of

    time.sleep(1.0)  # the load is up
    etag = reader.get(None)[1]
    number = 0
    while time.monotonic() + every < stop_at:
        slot = time.monotonic()
        number += 1
        started = time.perf_counter()
        services.post_entry(blog, None, title=f"تحديث القياس {number}", body="<p>نص تحديث مباشر للقياس.</p>")
        posted = time.perf_counter()
        expected = etag_of(blog)
        while True:
            status, seen = reader.get(etag)
            if seen == expected:
                break
            if time.perf_counter() - started > 30:
                raise SystemExit(f"the reader never saw {expected} (last {status} {seen})")
            time.sleep(0.01)
        seen_at = time.perf_counter()
        lags.append((seen_at - started) * 1000)
        posts.append((posted - started) * 1000)
        etag = expected
        time.sleep(max(0.0, every - (time.monotonic() - slot)))
    close_old_connections()


def load_round(app: Nashra, host: str, path: str, blog, conditional: bool, duration: int, every: float,
               work: Path) -> dict:
    status_file = work / f"statuses-{int(conditional)}.txt"
    script = work / "poll.lua"
    _status, headers, _body = fetch(app.port, path, host, ACCEPT_ENCODING)
    env = dict(os.environ, BENCH_CONDITIONAL="1" if conditional else "0", BENCH_ETAG=header(headers, "ETag") or "",
               BENCH_STATUS_FILE=str(status_file), PATH=os.environ.get("PATH", "/usr/bin:/bin"))
    lags: list = []
    posts: list = []
    reader = Reader(app.port, host, path)
    thread = threading.Thread(target=reporter, args=(blog, reader, time.monotonic() + duration, every, lags, posts),
                              daemon=True)
    thread.start()
    result = wrk(app.port, path, host, 256, duration, script=str(script), env=env)
    thread.join(40)
    n200, n304, nother = (int(n) for n in status_file.read_text().split())
    return {**result, "n200": n200, "n304": n304, "nother": nother, "lags_ms": lags, "posts_ms": posts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="a data dir with the demo network made with --port 8000 (default: new)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=8, help=f"seconds per load run (at most {MAX_RUN_SECONDS})")
    parser.add_argument("--post-every", type=float, default=2.0, help="seconds between the reporter's entries")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=None, help="per worker (default: as nashra serve)")
    parser.add_argument("--redis", default="", help="REDIS_URL for the servers (default: in-process cache)")
    parser.add_argument("--json", default="", help="also write the medians and the bars to this file")
    args = parser.parse_args()
    duration = min(args.duration, MAX_RUN_SECONDS)
    ensure_tools()
    work = Path(tempfile.mkdtemp(prefix="nashra-lbu-"))
    (work / "poll.lua").write_text(POLL_LUA)
    env = {k: v for k, v in os.environ.items() if k not in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL")}
    env.update(NASHRA_DATA_DIR=args.data_dir or str(work / "data"), NASHRA_AUTO_SECRET="1", PYTHONPATH=str(REPO),
               NASHRA_PAGE_CACHE="1")
    if args.redis:
        env["REDIS_URL"] = args.redis
    threads = args.threads or (2 if args.redis else 1)
    if not args.data_dir:
        log(f"data dir {env['NASHRA_DATA_DIR']}: migrate, collectstatic, demo")
        prepare(env["NASHRA_DATA_DIR"], env)
    django_setup(env)
    from nashra.articles.models import ArticlePage
    from nashra.liveblog.demo import SLUG
    from nashra.liveblog.models import LiveBlogPage

    blog = LiveBlogPage.objects.get(slug=SLUG, edition__slug="eg")
    path = quote(blog.get_url_parts()[2], safe="/%") + "updates/"
    story = ArticlePage.objects.live().filter(edition__slug="eg").order_by("-published_at").first()
    article_path = quote(story.get_url_parts()[2], safe="/%")
    host = f"eg.localhost:{SITE_PORT}"
    app = Nashra(env, args.workers, threads, cache=True, host=host)
    try:
        status, headers, body = fetch(app.port, path, host, ACCEPT_ENCODING)
        etag = header(headers, "ETag")
        assert status == 200 and etag, (status, headers)
        conditional = Reader(app.port, host, path).get(etag)
        assert conditional[0] == 304, conditional
        log(f"{path}: 200 of {len(body)} bytes ({header(headers, 'Content-Encoding') or 'plain'}), "
            f"ETag {etag}; If-None-Match → 304")
        wrk(app.port, path, host, 64, 1)  # every worker's store warm
        wrk(app.port, article_path, host, 64, 1)
        runs: dict = {"with": [], "without": [], "article": []}
        for number in range(args.rounds):
            for name, flag in (("without", False), ("with", True)):
                runs[name].append(load_round(app, host, path, blog, flag, duration, args.post_every, work))
            runs["article"].append(wrk(app.port, article_path, host, 256, duration))
            log(f"round {number + 1} of {args.rounds} done")
    finally:
        app.stop()
    summary = report(runs, len(body), duration, args)
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2))


def report(runs: dict, body_bytes: int, duration: int, args) -> dict:
    def med(name, key):
        return statistics.median(r[key] or 0 for r in runs[name])

    ratios = [a["rps"] / b["rps"] for a, b in zip(runs["with"], runs["without"], strict=True) if b["rps"]]
    print(f"\nlive blog updates channel, c=256, {args.workers} workers, {args.rounds} rounds of {duration} s per load "
          f"(medians), a post every {args.post_every} s during each load; 200 body {body_bytes} bytes")
    print(f"{'':<26}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'304 share':>11}{'errors':>8}"
          f"{'worst lag ms':>14}{'median lag ms':>15}")
    for name in ("without", "with"):
        rows = runs[name]
        shares = [r["n304"] / max(1, r["n200"] + r["n304"] + r["nother"]) for r in rows]
        worst = [max(r["lags_ms"]) for r in rows if r["lags_ms"]]
        every = [lag for r in rows for lag in r["lags_ms"]]
        errors = sum(r["socket_errors"] + r["non_2xx"] for r in rows)
        print(f"{name + ' If-None-Match':<26}{med(name, 'rps'):>10.0f}{med(name, 'p50_ms'):>9.2f}"
              f"{med(name, 'p99_ms'):>9.2f}{statistics.median(shares):>11.3f}{errors:>8}"
              f"{statistics.median(worst) if worst else float('nan'):>14.0f}"
              f"{statistics.median(every) if every else float('nan'):>15.0f}")
    article = runs["article"]
    print(f"{'cached article (reference)':<26}{med('article', 'rps'):>10.0f}{med('article', 'p50_ms'):>9.2f}"
          f"{med('article', 'p99_ms'):>9.2f}{'':>11}{sum(r['socket_errors'] + r['non_2xx'] for r in article):>8}")
    polled = ("with", "without")
    posts = [p for name in polled for r in runs[name] for p in r["posts_ms"]]
    lags = [lag for n in polled for r in runs[n] for lag in r["lags_ms"]]
    to_article = [a["rps"] / b["rps"] for a, b in zip(runs["with"], article, strict=True) if b["rps"]]
    print(f"rate ratio with/without If-None-Match: {statistics.median(ratios):.2f} (median of the rounds' ratios: "
          f"{', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"rate ratio with If-None-Match / cached article: {statistics.median(to_article):.2f} "
          f"({', '.join(f'{r:.2f}' for r in to_article)})")
    print(f"worst lag of any round: {max(lags):.0f} ms over {len(lags)} posts (lag: from the start of post_entry "
          f"until the polling reader got the new ETag; post_entry itself took a median "
          f"{statistics.median(posts):.0f} ms)")
    summary = {
        "duration_s": duration, "rounds": args.rounds, "redis": bool(args.redis),
        "updates_rps": med("with", "rps"), "updates_p99_ms": med("with", "p99_ms"),
        "updates_unconditional_rps": med("without", "rps"), "article_rps": med("article", "rps"),
        "ratio_to_article": round(statistics.median(to_article), 3), "worst_lag_ms": round(max(lags)),
        "errors": sum(r["socket_errors"] + r["non_2xx"] + r.get("nother", 0) for n in runs for r in runs[n]),
    }
    summary["bars"] = {
        "0 errors": summary["errors"] == 0,
        "p99 < 50 ms": summary["updates_p99_ms"] < 50,
        ">= 0.5x cached article": summary["ratio_to_article"] >= 0.5,
        f"worst lag <= {POLL_SECONDS} + 2 s": summary["worst_lag_ms"] <= (POLL_SECONDS + 2) * 1000,
    }
    for bar, met in summary["bars"].items():
        print(f"  #20 {bar:<28} {'MET' if met else 'MISSED'}")
    return summary


if __name__ == "__main__":
    main()
