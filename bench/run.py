"""``make bench``: Nashra against nginx on loopback, in one bounded run.

1. installs nginx and wrk (``apt-get install -y nginx-light wrk``) if missing;
2. builds a fresh data dir (migrate, collectstatic, ``nashra demo``) and starts
   Nashra in production mode (``nashra serve``, granian) on a spare port;
3. saves a demo article page and serves the same bytes with nginx on another port;
4. wrk at 64 and 256 connections, every request saying ``Accept-Encoding: gzip, deflate, br`` as a
   browser does: nginx static (the same brotli bytes); cached article, home and section against
   granian alone returning the same bytes and headers (``bench/bare_wsgi.py``, same settings: the most
   any Python app can get here), in alternating rounds (``bench/hit_rounds.py``); and the cached
   article through the nginx front a network puts before the app (``nashra nginx_conf``);
5. restarts Nashra with ``NASHRA_PAGE_CACHE=0``: cache-miss render time and req/s;
6. builds the stock Wagtail reference site (``bench/stock_wagtail``) in the temporary
   dir, fills it with every live story of the edition (exported from the demo before
   step 7: sections, text, lead images), so its article page shows the same stories
   in the same blocks (nav, ticker, more from the section, latest), serves it with the
   same granian settings and measures it the same way (issue #6: a cache miss must be
   ≥ 3× a stock Wagtail page of the same content, in the same run);
7. growth: imports 10 k articles into one section (1 M with ``--full``) and times article, home,
   section page 1 and page 500 uncached (median of 30 renders each) with their SQL query counts; the last
   step is timed in rounds alternating with a server on a copy of the data as it was at the compared
   step (the demo; 10 k with ``--full``), so the ratio compares renders of the same minutes;
8. memory: a fresh cache-on server asked for up to 3,000 articles and every section page of the grown edition
   (≥ 2 requests per URL, in turn; with ``--full`` 1 M requests over ≥ 100 k URLs: 90 % to the 1,000 newest
   stories at random, as a news site's traffic goes, 10 % sweeping 100 k URLs, each once), worker RSS printed;
9. the live blog's update channel (issue #20, ``bench/liveblog_updates.py``): c=256 with If-None-Match for
   30 s against the cached article of the same round, while a reporter posts an entry every 2 s;
10. prints a table and the targets of issues #6, #18 and #20 (MET / MISSED), writes ``var/bench/latest.json``.

Only 127.0.0.1 is ever targeted. Usage::

    .venv/bin/python bench/run.py [--quick] [--full] [--duration SECONDS]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from hit_rounds import alternating, memory_walk, save_bare_pages  # bench/ is on sys.path: run as a script
from loadtools import (
    ACCEPT_ENCODING,
    HOST,
    PYTHON,
    REPO,
    Nashra,
    alternating_gets,
    ensure_tools,
    fetch,
    free_port,
    log,
    nashra,
    shell_json,
    start_front,
    start_nginx,
    timed_gets,
    wrk,
)
from report import GROWTH_PAGES, growth_basis, growth_queries_equal, growth_ratio, print_table, targets

IMPORT_SCRIPT = r"""
import json, sys, time
sys.path.insert(0, {bench!r})
from import_articles import synthetic_articles
from nashra.editions.models import Edition
from nashra.importing.services import import_lines
edition = Edition.objects.get(slug="eg")
target, have, step = {target}, {have}, 20000
seconds = 0.0  # the import's own time: making the synthetic lines is not timed
while have < target:
    n = min(step, target - have)
    lines = []
    for record in synthetic_articles(n, prefix=f"bench{{have}}", seed=have + 1):
        record["section"] = "politics"
        lines.append(json.dumps(record, ensure_ascii=False))
    started = time.perf_counter()
    report = import_lines(lines, edition, batch_size=1000)
    seconds += time.perf_counter() - started
    have += n
    print(f"imported {{have}} ({{report.created}} new, {{len(report.errors)}} errors)", file=sys.stderr, flush=True)
print(json.dumps({{"seconds": seconds}}))
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

# search as the page and the API run it (a ranked page of 20 with snippets) over bench/search_speed.py's
# queries (single words, common words, two words, phrases, a misspelling, a stop-word), each warmed once
SEARCH_SCRIPT = r"""
import json, statistics, sys, time
sys.path.insert(0, {bench!r})
from search_speed import QUERIES, percentile
from nashra.editions.models import Edition
from nashra.search import services
edition = Edition.objects.get(slug="eg")
times = []
for query in QUERIES:
    services.search(edition, query)
    for _ in range(3):
        started = time.perf_counter()
        services.search(edition, query)
        times.append((time.perf_counter() - started) * 1000)
print(json.dumps({{"queries": len(QUERIES), "runs": len(times), "p50_ms": round(statistics.median(times), 1),
                  "p95_ms": round(percentile(times, 95), 1)}}))
"""

# the memory walk's URLs: up to {limit} live articles of the edition, and every page of each section
WALK_SCRIPT = r"""
import json
from nashra.articles.listings import live_articles
from nashra.articles.models import SectionPage
from nashra.editions.models import Edition
edition = Edition.objects.get(slug="eg")
urls = [a.get_url_parts()[2] for a in live_articles().filter(edition=edition)[:{limit}]]
for section in SectionPage.objects.live().filter(edition=edition):
    pages = live_articles().filter(section=section).count() // 20 + 1
    urls += [f"{{section.get_url_parts()[2]}}?page={{n}}" for n in range(2, pages + 1)]
print(json.dumps(urls))
"""

# every live article of the measured edition, for the stock Wagtail reference site (written to {out!r});
# prints the measured article (the newest in eg/politics), for the content checks
EXPORT_SCRIPT = r"""
import json
from django.utils import timezone
from nashra.articles.listings import live_articles
from nashra.articles.models import SectionPage
from nashra.editions.models import Edition
edition = Edition.objects.get(slug="eg")
now = timezone.now()
measured = live_articles().filter(section__slug="politics", edition=edition).first().specific
sections = [{{"slug": s.slug, "title": s.title, "in_nav": s.show_in_nav}}
            for s in SectionPage.objects.live().filter(edition=edition).order_by("nav_order", "path")]
articles = []
for a in live_articles().filter(edition=edition).prefetch_related("authors", "tags"):
    image = a.lead_image
    articles.append({{"id": a.pk, "section": a.section.slug, "section_title": a.section.title, "title": a.title,
                     "slug": a.slug, "subtitle": a.subtitle, "published_at": a.published_at.isoformat(),
                     "dateline": a.dateline, "byline": a.byline, "body": a.body, "tags": [t.name for t in a.tags.all()],
                     "breaking": a.is_breaking and (a.breaking_until is None or a.breaking_until > now),
                     "caption": a.lead_image_caption, "credit": a.lead_image_credit,
                     "image_title": image.title if image else "", "image_path": image.file.path if image else ""}})
export = {{"site_name": edition.name, "measured": measured.pk, "sections": sections, "articles": articles}}
with open({out!r}, "w", encoding="utf-8") as handle:
    json.dump(export, handle, ensure_ascii=False)
print(json.dumps({{"url": measured.get_url_parts()[2], "title": measured.title, "body": measured.body,
                  "caption": measured.lead_image_caption, "articles": len(articles)}}))
"""

# SQL queries of one uncached render of each growth page (the second render: the first fills what is shared)
GROWTH_QUERIES_SCRIPT = r"""
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST={host!r})
counts = {{}}
for name, path in {paths!r}.items():
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    counts[name] = len(queries)
print(json.dumps(counts))
"""

# run in either site's shell: bytes and SQL queries of one uncached render (the second; the first makes renditions)
QUERIES_SCRIPT = r"""
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST={host!r})
client.get({path!r})
with CaptureQueriesContext(connection) as queries:
    response = client.get({path!r})
print(json.dumps({{"status": response.status_code, "bytes": len(response.content), "queries": len(queries)}}))
"""




def visible_text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def content_check(page: bytes, article: dict) -> dict:
    """Does a rendered page carry the article's title and the full text of its body?"""
    text = page.decode("utf-8", "replace")
    return {"title": html.escape(article["title"]) in text or article["title"] in text,
            "body": visible_text(article["body"]) in visible_text(text),
            "caption": not article["caption"] or html.escape(article["caption"]) in text}


def stock_wagtail(work: Path, export: Path, article: dict, args) -> dict:
    """Build, fill (``load_articles``), serve and measure the stock Wagtail reference site (``bench/stock_wagtail``)."""
    root = work / "stock_wagtail"
    root.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NASHRA_", "DJANGO_"))}
    env.update(DJANGO_SETTINGS_MODULE="stock_wagtail.settings", PYTHONPATH=str(REPO / "bench"),
               STOCK_WAGTAIL_DIR=str(root))

    def django(*command: str) -> dict:
        done = subprocess.run([PYTHON, "-m", "django", *command], cwd=root, env=env, capture_output=True,
                              text=True, timeout=900)
        if done.returncode != 0:
            raise SystemExit(f"stock Wagtail {command[0]} failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {}

    django("migrate", "--noinput", "-v0")
    loaded = django("load_articles", str(export))
    path = loaded["url"]
    host = "localhost"
    result = {"path": path, "articles": loaded["articles"],
              "render_queries": django("shell", "-c", QUERIES_SCRIPT.format(host=host, path=path))}
    server = Nashra(env, args.workers, args.threads, cache=False, host=host,
                    wsgi_target="stock_wagtail.wsgi:application", health=path)
    try:
        status, _headers, page = fetch(server.port, path, host)  # also makes the renditions, once
        assert status == 200, f"stock Wagtail page answered {status}"
        result.update(bytes=len(page), content=content_check(page, article))
        result["render"] = timed_gets(server.port, path, host, 30)
        result["wrk"] = wrk(server.port, path, host, 64, args.duration)
    finally:
        server.stop()
    return result


def growth_step(env: dict, port: int, host: str, target: int, have: int, samples: int,
                reference: dict | None = None) -> tuple[dict, int]:
    """Import up to ``target`` articles and time the growth pages uncached. With a ``reference`` (a server
    on a copy of the base step's data, :func:`reference_copy`), each page is timed in rounds alternating
    with the same page of the reference: the growth ratio then compares renders of the same minutes,
    not of runs an hour apart on a shared machine."""
    result = {}
    if target > have:
        log(f"importing up to {target} articles in eg/politics")
        out = nashra(env, "shell", "-c", IMPORT_SCRIPT.format(bench=str(REPO / "bench"), target=target, have=have),
                     timeout=24 * 3600)
        seconds = json.loads(out.strip().splitlines()[-1])["seconds"]
        # the bulk path as `nashra import-articles` runs it: batches of 1,000, search index included
        result["import"] = {"articles": target - have, "seconds": round(seconds, 2),
                            "per_second": round((target - have) / seconds)}
    paths = shell_json(env, PATHS_SCRIPT)
    result.update(articles=paths["count"], section_articles=paths["section_count"])
    result["search"] = shell_json(env, SEARCH_SCRIPT.format(bench=str(REPO / "bench")))
    measured = {name: paths[name] for name in GROWTH_PAGES if paths.get(name)}
    for name, path in measured.items():
        timed_gets(port, path, host, 2)  # first-touch (page cache of the OS, connections)
        if reference and reference["paths"].get(name):
            timed_gets(reference["port"], reference["paths"][name], host, 2)
            # 10 rounds of 5: the growth ratio is the median of the rounds' ratios (loadtools.paired_ratio)
            result[name], base = alternating_gets(((port, path), (reference["port"], reference["paths"][name])),
                                                  host, max(samples, 50), rounds=10)
            result.setdefault("reference", {"articles": reference["paths"]["count"]})[name] = base
        else:
            result[name] = timed_gets(port, path, host, samples)
    # fragments off too: the queries of a render that builds everything (0 when fragments are kept)
    result["queries"] = shell_json(dict(env, NASHRA_PAGE_CACHE="0", NASHRA_FRAGMENT_CACHE="0"),
                                   GROWTH_QUERIES_SCRIPT.format(host=host, paths=measured))
    return result, max(target, have)


def reference_copy(env: dict, work: Path, host: str, args) -> tuple[Nashra, dict]:
    """A copy of the data dir as it is now (SQLite's online backup: the server may be running) and a
    cache-off server on it, for the later growth steps to be timed beside (:func:`growth_step`)."""
    source = Path(env["NASHRA_DATA_DIR"])
    copy = work / "data-reference"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("nashra.sqlite3*"), dirs_exist_ok=True)
    with sqlite3.connect(source / "nashra.sqlite3") as live, sqlite3.connect(copy / "nashra.sqlite3") as target:
        live.backup(target)
    # its own data dir; with Redis its own key prefix, so the two servers never read each other's fragments
    ref_env = dict(env, NASHRA_DATA_DIR=str(copy), NASHRA_CACHE_PREFIX="nashra-growth-reference")
    server = Nashra(ref_env, args.workers, args.threads, cache=False, host=host)
    return server, shell_json(ref_env, PATHS_SCRIPT)


def liveblog_updates(args, work: Path) -> dict:
    """Issue #20's rows: the live blog's update channel at c=256 against the cached article, one round
    of ``--liveblog-seconds`` per load while a reporter posts every 2 s (``bench/liveblog_updates.py``,
    its own demo data dir and server; the same Redis as the run above if any)."""
    out = work / "liveblog-updates.json"
    command = [sys.executable, str(REPO / "bench" / "liveblog_updates.py"), "--rounds", "1", "--duration",
               str(args.liveblog_seconds), "--workers", str(args.workers), "--json", str(out)]
    log(f"live blog update channel: {args.liveblog_seconds} s per load (bench/liveblog_updates.py)")
    subprocess.run(command + (["--redis", args.redis] if args.redis else []), cwd=REPO, check=True,
                   timeout=20 * 60)
    return json.loads(out.read_text())


def run(args) -> dict:
    ensure_tools()
    work = Path(tempfile.mkdtemp(prefix="nashra-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL")}
    env.update(NASHRA_DATA_DIR=str(work / "data"), NASHRA_AUTO_SECRET="1", PYTHONPATH=str(REPO))
    if args.redis:
        env["REDIS_URL"] = args.redis
    if args.threads is None:  # what ``nashra serve`` picks for this env (serve.default_threads)
        args.threads = 2 if args.redis else 1
    results: dict = {"mode": "quick" if args.quick else "full" if args.full else "default",
                     "duration_s": args.duration, "cpus": os.cpu_count(), "workers": args.workers,
                     "threads": args.threads}
    servers: list = []
    nginx_processes: list = []
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
        export = work / "stock-export.json"  # before the growth step: the demo's stories only
        article = shell_json(env, EXPORT_SCRIPT.format(out=str(export)))  # the page measured below
        assert article["url"] == paths["article"], (article["url"], paths["article"])
        results["nashra_render_queries"] = shell_json(dict(env, NASHRA_PAGE_CACHE="0"), QUERIES_SCRIPT.format(
            host=host, path=paths["article"]))
        status, headers, page = fetch(app.port, paths["article"], host)
        assert status == 200, status
        results["article_bytes"] = len(page)
        results["nashra_content"] = content_check(page, article)
        results["sent"] = save_bare_pages(app.port, host, paths, work / "bare-pages.pickle")
        sent_article = fetch(app.port, paths["article"], host, ACCEPT_ENCODING)
        results["article_bytes_sent"] = len(sent_article[2])
        nginx, nginx_port = start_nginx(work / "nginx", sent_article[2],
                                        sent_article[1].get("content-encoding", ""))
        nginx_processes.append(nginx)
        log("granian alone returning the same bytes and headers (bench/bare_wsgi.py): the ceiling for any "
            "Python app, measured in rounds alternating with Nashra")
        bare = Nashra(dict(env, BENCH_BARE_PAGES=str(work / "bare-pages.pickle"), PYTHONPATH=str(REPO / "bench")),
                      args.workers, args.threads, cache=True, host=host, wsgi_target="bare_wsgi:application",
                      health="/article")
        servers.append(bare)
        table, hits = {}, {}
        for conns in (64, 256):
            table[("nginx static", conns)] = wrk(nginx_port, "/article.html", f"{HOST}:{nginx_port}", conns,
                                                 args.duration)
            hits[conns] = alternating(app, bare, host, paths, conns, args.round_duration, args.rounds)
            for name, label in (("article", "cached article"), ("home", "home"), ("section", "section")):
                row = hits[conns][name]
                table[(label, conns)] = {"rps": row["nashra_rps"], "p50_ms": None, "p99_ms": row["p99_ms"],
                                         "non_2xx": row["non_2xx"], "socket_errors": row["socket_errors"]}
            table[("granian bare (stored bytes)", conns)] = {
                "rps": hits[conns]["article"]["bare_rps"], "p50_ms": None, "p99_ms": hits[conns]["article"][
                    "bare_p99_ms"], "non_2xx": 0, "socket_errors": 0}
            log(f"{conns} connections done")
        results["hits"] = {f"@{conns}": value for conns, value in hits.items()}
        bare.stop()
        log("the nginx front of a network's production hosts (nashra nginx_conf, 1 s micro-cache) before the app")
        front, front_port = start_front(work / "front", env, app.port, host, paths["article"])
        nginx_processes.append(front)
        for conns in (64, 256):
            wrk(front_port, paths["article"], host, conns, 1)
            table[("cached article, nginx front", conns)] = wrk(front_port, paths["article"], host, conns,
                                                                args.duration)
        app.stop()
        log("cache off (NASHRA_PAGE_CACHE=0)")
        miss = Nashra(env, args.workers, args.threads, cache=False, host=host)
        servers.append(miss)
        render = timed_gets(miss.port, paths["article"], host, 30)
        table[("article, cache off", 64)] = wrk(miss.port, paths["article"], host, 64, args.duration)
        log(f"stock Wagtail reference (bench/stock_wagtail), the same {article['articles']} stories")
        stock = stock_wagtail(work, export, article, args)
        table[("stock Wagtail article", 64)] = stock["wrk"]
        growth = {}
        have = paths["section_count"]
        steps = [have, 10_000] + ([100_000, 1_000_000] if args.full else [])
        base_step = 10_000 if args.full else have  # what the growth ratio compares the last step with
        reference = None
        for target in steps:
            growth[target], have = growth_step(env, miss.port, host, target, have, samples=30,
                                               reference=reference and {"port": reference[0].port,
                                                                        "paths": reference[1]})
            if target == base_step and reference is None:
                reference = reference_copy(env, work, host, args)
                servers.append(reference[0])
        miss.stop()
        if reference:
            reference[0].stop()
        urls = shell_json(env, WALK_SCRIPT.format(limit=100_000 if args.full else 3_000))
        log(f"memory: {len(urls)} distinct URLs on a fresh cache-on server")
        # --full: 1 M requests, 90 % of them to the 1,000 newest stories and 10 % sweeping the URLs (100 k
        # distinct, each a miss): a sweep of 1 M misses would take hours at ~150 renders a second
        results["memory"] = memory_walk(env, args.workers, args.threads, host, urls, work,
                                        requests=1_000_000 if args.full else 2 * len(urls),
                                        hot_share=0.9 if args.full else 0.0)
        results["liveblog_updates"] = liveblog_updates(args, work)
    finally:
        for server in servers:
            server.stop()
        for nginx in nginx_processes:
            if nginx.poll() is None:
                os.killpg(nginx.pid, signal.SIGTERM)
                nginx.wait(10)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    results["runs"] = {f"{name} @{conns}": value for (name, conns), value in table.items()}
    nginx_rps = table[("nginx static", 64)]["rps"]
    cached = table[("cached article", 64)]
    results.update(
        nginx_rps=nginx_rps, cached_article_rps=cached["rps"],
        ratio_to_nginx=round(cached["rps"] / nginx_rps, 3) if nginx_rps else None,
        front_article_rps=table[("cached article, nginx front", 64)]["rps"],
        front_article_p99_ms=table[("cached article, nginx front", 64)]["p99_ms"],
        ratio_to_nginx_front=round(table[("cached article, nginx front", 64)]["rps"] / nginx_rps, 3),
        bare_granian_rps=table[("granian bare (stored bytes)", 64)]["rps"],
        ratio_to_bare_granian=results["hits"]["@64"]["article"]["ratio"],
        cached_article_p99_ms=cached["p99_ms"], miss_render_ms=render["median_ms"],
        miss_rps=table[("article, cache off", 64)]["rps"], growth=growth,
        stock_wagtail_rps=stock["wrk"]["rps"], stock_wagtail_render_ms=stock["render"]["median_ms"],
        stock_wagtail_bytes=stock["bytes"], stock_wagtail_content=stock["content"],
        stock_wagtail_articles=stock["articles"], stock_wagtail_render_queries=stock["render_queries"],
        non_2xx=sum(v["non_2xx"] for v in table.values()),
        socket_errors=sum(v["socket_errors"] for v in table.values()),
    )
    results["bare_granian_ratio"] = round(results["bare_granian_rps"] / nginx_rps, 3)
    results["hit_ratios_to_bare"] = {f"{name} @{conns}": results["hits"][f"@{conns}"][name]["ratio"]
                                     for conns in (64, 256) for name in ("article", "home", "section")}
    results["hit_p99_ms"] = {f"{name} @{conns}": results["hits"][f"@{conns}"][name]["p99_ms"]
                             for conns in (64, 256) for name in ("article", "home", "section")}
    results["growth_queries_equal"] = growth_queries_equal(growth)
    results["growth_ratio"] = growth_ratio(growth)
    results["miss_ratio_to_stock"] = (round(results["miss_rps"] / results["stock_wagtail_rps"], 2)
                                      if results["stock_wagtail_rps"] else None)
    results["miss_render_speedup_vs_stock"] = (round(results["stock_wagtail_render_ms"] / render["median_ms"], 2)
                                               if render["median_ms"] else None)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 s wrk runs")
    parser.add_argument("--full", action="store_true", help="also the 1 M article growth step (hours)")
    parser.add_argument("--duration", type=int, default=None, help="seconds per wrk run (default 10, quick 5)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating Nashra / granian rounds per page")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=None, help="per worker (default: as nashra serve)")
    parser.add_argument("--redis", default="", help="REDIS_URL for the app processes (default: in-process cache)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    parser.add_argument("--liveblog-seconds", type=int, default=None,
                        help="seconds per load of the live blog update channel rows (default 30, quick 5)")
    args = parser.parse_args()
    args.duration = args.duration or (5 if args.quick else 10)
    args.round_duration = max(2, args.duration // 2)
    args.liveblog_seconds = args.liveblog_seconds or (5 if args.quick else 30)
    results = run(args)
    base, top = growth_basis(results["growth"])
    alongside = "reference" in results["growth"][top]
    results["growth_basis"] = (f"{base} → {top} articles" + (", timed alternately with a copy of the first"
                                                            if alongside else "")
                               + ("" if args.full else " (1 M needs --full)"))
    results["targets"] = targets(results)
    out = REPO / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print_table(results)
    print(f"\nwritten {out / 'latest.json'}")


if __name__ == "__main__":
    main()
