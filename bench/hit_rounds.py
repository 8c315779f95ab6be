"""Cached pages against granian alone, measured in alternating rounds; memory under many URLs.

Used by ``bench/run.py``. Two servers run side by side on the same cores: Nashra (``nashra serve``)
and granian returning the very bytes and headers Nashra's cache answers with (``bench/bare_wsgi.py``).
Each round measures every page on one, then on the other, so both see the same machine load; the
ratio printed is the median of the rounds' ratios — on a shared machine the absolute rates move a lot
from minute to minute, a ratio taken seconds apart much less.

The memory step asks a cache-on server for many distinct URLs (every article of the grown section,
each section page), at least twice over, and reads the resident memory of every worker process: the
in-process store is bounded by bytes (``NASHRA_PAGE_CACHE_BYTES``), so it must stay flat. For 1 M
requests (``--full``) nine in ten go to the newest stories, as a news site's do, and one in ten sweeps
the URLs: 100 k of them are each asked (a miss, stored, evicting others), and the walk takes half an hour,
not the hours a million renders would.
"""

from __future__ import annotations

import pickle
import statistics
from pathlib import Path

from loadtools import ACCEPT_ENCODING, Nashra, fetch, log, rss_mb, wrk

PAGES = ("article", "home", "section")
# wrk: each thread walks the listed paths from its own offset, so both threads do not ask the same URL
# at once (the second would be a cache hit).
WALK_LUA = """
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local hot_share = tonumber(os.getenv("BENCH_HOT_SHARE") or "0")
local hot_count = math.min(tonumber(os.getenv("BENCH_HOT_COUNT") or "1"), #paths)
local threads = 0
function setup(thread) thread:set("offset", threads); threads = threads + 1 end
function init(args) i = offset * math.floor(#paths / 2); math.randomseed(offset + 1) end
function request()
  if hot_share > 0 and math.random() < hot_share then
    return wrk.format("GET", paths[math.random(hot_count)])
  end
  i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1])
end
"""


def save_bare_pages(app_port: int, host: str, paths: dict, out: Path) -> dict:
    """What Nashra answers a browser for each page (a cache hit), as bare_wsgi.py replays it."""
    pages, sizes = {}, {}
    for name in PAGES:
        fetch(app_port, paths[name], host, ACCEPT_ENCODING)  # stored (a miss), then a hit
        status, headers, body = fetch(app_port, paths[name], host, ACCEPT_ENCODING)
        assert status == 200, (name, status)
        kept = [(k, v) for k, v in headers.items() if k.lower() not in ("date", "server", "connection")]
        pages[f"/{name}"] = (f"{status} OK", kept, body)
        sizes[name] = {"bytes_sent": len(body), "encoding": headers.get("content-encoding")
                       or headers.get("Content-Encoding")}
    out.write_bytes(pickle.dumps(pages))
    return sizes


def alternating(app: Nashra, bare: Nashra, host: str, paths: dict, connections: int, duration: int,
                rounds: int) -> dict:
    """Per page: Nashra's and granian's req/s and p99 (medians of ``rounds``), and the median ratio."""
    runs: dict = {name: {"nashra": [], "bare": []} for name in PAGES}
    for name in PAGES:  # every worker's store warm (each process has its own without Redis)
        wrk(app.port, paths[name], host, connections, 1)
    for number in range(rounds):
        for name in PAGES:
            runs[name]["nashra"].append(wrk(app.port, paths[name], host, connections, duration))
            runs[name]["bare"].append(wrk(bare.port, f"/{name}", host, connections, duration))
        log(f"@{connections}: round {number + 1} of {rounds} done")
    result = {}
    for name, pair in runs.items():
        ratios = [a["rps"] / b["rps"] for a, b in zip(pair["nashra"], pair["bare"], strict=True) if b["rps"]]
        result[name] = {
            "nashra_rps": statistics.median(r["rps"] for r in pair["nashra"]),
            "bare_rps": statistics.median(r["rps"] for r in pair["bare"]),
            "ratio": round(statistics.median(ratios), 3) if ratios else None,
            "p99_ms": statistics.median(r["p99_ms"] or 0 for r in pair["nashra"]),
            "bare_p99_ms": statistics.median(r["p99_ms"] or 0 for r in pair["bare"]),
            "non_2xx": sum(r["non_2xx"] for r in pair["nashra"] + pair["bare"]),
            "socket_errors": sum(r["socket_errors"] for r in pair["nashra"] + pair["bare"]),
            "rounds": rounds,
        }
    return result


def memory_walk(env: dict, workers: int, threads: int, host: str, paths: list[str], work: Path,
                requests: int, hot_share: float = 0.0, hot_count: int = 1000) -> dict:
    """RSS of each worker after ``requests`` requests spread over ``paths`` (a fresh cache-on server).

    ``hot_share`` of the requests go to the first ``hot_count`` paths (the newest stories, as a news
    site's traffic does), at random; the rest sweep every path in turn. With 0 every request is a
    sweep: each URL asked in turn, nearly all misses once the store is full."""
    listing = work / "walk-paths.txt"
    listing.write_text("\n".join(paths) + "\n")
    script = work / "walk.lua"
    script.write_text(WALK_LUA)
    server = Nashra(env, workers, threads, cache=True, host=host)
    try:
        before = rss_mb(server.process)
        done, elapsed, errors = 0, 0, 0
        while done < requests:  # wrk runs for a time, not a count: a few runs until the count is reached
            run = wrk(server.port, "/", host, 64, 20, script=str(script),
                      env={"BENCH_PATHS": str(listing), "BENCH_HOT_SHARE": str(hot_share),
                           "BENCH_HOT_COUNT": str(hot_count), "PATH": "/usr/bin:/bin"})
            done += run["requests"]
            elapsed += 20
            errors += run["socket_errors"]
            log(f"memory walk: {done} requests over {len(paths)} URLs, RSS {rss_mb(server.process)}")
        after = rss_mb(server.process)
    finally:
        server.stop()
    return {"requests": done, "urls": len(paths), "seconds": elapsed, "rss_before": before, "rss_after": after,
            "hot_share": hot_share, "hot_count": hot_count if hot_share else 0,
            "socket_errors": errors, "store_bytes_setting": env.get("NASHRA_PAGE_CACHE_BYTES", "default")}
