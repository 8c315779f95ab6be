"""``make bench``: Nashra against nginx on loopback, in one bounded run.

1. installs nginx and wrk (``apt-get install -y nginx-light wrk``) if missing;
2. builds a fresh data dir (migrate, collectstatic, ``nashra demo``) and starts
   Nashra in production mode (``nashra serve``, granian) on a spare port;
3. saves a demo article page and serves the same bytes with nginx on another port;
4. wrk at 64 and 256 connections: nginx static, cached article, home, section (each after a 1 s
   warm-up run: every worker has its own store without Redis); then granian alone returning the same
   bytes (``bench/bare_wsgi.py``, same settings): the most any Python app can get here; and the
   cached article through the nginx front a network puts before the app (``nashra nginx_conf``);
5. restarts Nashra with ``NASHRA_PAGE_CACHE=0``: cache-miss render time and req/s;
6. builds the stock Wagtail reference site (``bench/stock_wagtail``) in the temporary
   dir, fills it with every live story of the edition (exported from the demo before
   step 7: sections, text, lead images), so its article page shows the same stories
   in the same blocks (nav, ticker, more from the section, latest), serves it with the
   same granian settings and measures it the same way (issue #6: a cache miss must be
   ≥ 3× a stock Wagtail page of the same content, in the same run);
7. growth: imports 10 k articles into one section (1 M with ``--full``) and times
   article, home and section page 500 uncached;
8. prints a table and the #6 targets (MET / MISSED), writes ``var/bench/latest.json``.

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
import subprocess
import tempfile
from pathlib import Path

from loadtools import (  # bench/ is on sys.path: this file runs as a script
    HOST,
    PYTHON,
    REPO,
    Nashra,
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
        nginx, nginx_port = start_nginx(work / "nginx", page)
        nginx_processes.append(nginx)
        table = {}
        for conns in (64, 256):
            table[("nginx static", conns)] = wrk(nginx_port, "/article.html", f"{HOST}:{nginx_port}", conns,
                                                 args.duration)
            for name, path in (("cached article", paths["article"]), ("home", "/"), ("section", paths["section"])):
                # Warm every worker's store (each process has its own without Redis): a cached page is measured.
                wrk(app.port, path, host, conns, 1)
                table[(name, conns)] = wrk(app.port, path, host, conns, args.duration)
            log(f"{conns} connections done")
        log("the nginx front of a network's production hosts (nashra nginx_conf, 1 s micro-cache) before the app")
        front, front_port = start_front(work / "front", env, app.port, host, paths["article"])
        nginx_processes.append(front)
        for conns in (64, 256):
            wrk(front_port, paths["article"], host, conns, 1)
            table[("cached article, nginx front", conns)] = wrk(front_port, paths["article"], host, conns,
                                                                args.duration)
        app.stop()
        log("granian alone returning the saved page (bench/bare_wsgi.py): the ceiling for any Python app")
        (work / "bare.html").write_bytes(page)
        bare = Nashra(dict(env, BENCH_BARE_PAGE=str(work / "bare.html"), PYTHONPATH=str(REPO / "bench")),
                      args.workers, args.threads, cache=True, host=host, wsgi_target="bare_wsgi:application")
        servers.append(bare)
        table[("granian bare (stored bytes)", 64)] = wrk(bare.port, "/", host, 64, args.duration)
        bare.stop()
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
        steps = [have, 10_000] + ([1_000_000] if args.full else [])
        for target in steps:
            growth[target], have = growth_step(env, miss.port, host, target, have, samples=15)
        miss.stop()
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
        ratio_to_bare_granian=round(cached["rps"] / table[("granian bare (stored bytes)", 64)]["rps"], 3),
        cached_article_p99_ms=cached["p99_ms"], miss_render_ms=render["median_ms"],
        miss_rps=table[("article, cache off", 64)]["rps"], growth=growth,
        stock_wagtail_rps=stock["wrk"]["rps"], stock_wagtail_render_ms=stock["render"]["median_ms"],
        stock_wagtail_bytes=stock["bytes"], stock_wagtail_content=stock["content"],
        stock_wagtail_articles=stock["articles"], stock_wagtail_render_queries=stock["render_queries"],
        non_2xx=sum(v["non_2xx"] for v in table.values()),
        socket_errors=sum(v["socket_errors"] for v in table.values()),
    )
    results["bare_granian_ratio"] = round(results["bare_granian_rps"] / nginx_rps, 3)
    results["growth_ratio"] = growth_ratio(growth)
    results["miss_ratio_to_stock"] = (round(results["miss_rps"] / results["stock_wagtail_rps"], 2)
                                      if results["stock_wagtail_rps"] else None)
    results["miss_render_speedup_vs_stock"] = (round(results["stock_wagtail_render_ms"] / render["median_ms"], 2)
                                               if render["median_ms"] else None)
    return results


def growth_basis(growth: dict) -> tuple:
    """The steps compared: 10 k → the last (1 M with --full), as issue #6 states it; else first → last."""
    steps = sorted(growth)
    base = 10_000 if 10_000 in growth and steps[-1] > 10_000 else steps[0]
    return base, steps[-1]


def growth_ratio(growth: dict):
    """Worst slowdown of article / home / section page 500 between the compared growth steps."""
    if len(growth) < 2:
        return None
    base, top = growth_basis(growth)
    first, last = growth[base], growth[top]
    ratios = [last[k]["median_ms"] / first[k]["median_ms"] for k in ("article", "home", "section500")
              if k in first and k in last and first[k]["median_ms"]]
    return round(max(ratios), 3) if ratios else None


def targets(results: dict) -> list[dict]:
    """Issue #6's targets against this run's numbers."""

    def row(name, value, met, shown=None):
        return {"target": name, "value": value, "shown": shown if shown is not None else str(value),
                "met": None if value is None else bool(met)}

    ratio, p99, stock, growth = (results["ratio_to_nginx"], results["cached_article_p99_ms"],
                                 results["miss_ratio_to_stock"], results["growth_ratio"])
    return [
        row("cached article ≥ 0.5× nginx static req/s @64", ratio, ratio is not None and ratio >= 0.5,
            f"{ratio} (granian alone; its ceiling here {results['bare_granian_ratio']})"),
        row("  the same, behind the nginx front (nginx_conf)", results["ratio_to_nginx_front"],
            results["ratio_to_nginx_front"] >= 0.5,
            f"{results['ratio_to_nginx_front']} (p99 {results['front_article_p99_ms']} ms)"),
        row("cached article p99 < 20 ms @64", p99, p99 is not None and p99 < 20, f"{p99} ms"),
        row("cache miss ≥ 3× stock Wagtail req/s @64", stock, stock is not None and stock >= 3,
            f"{stock} ({results['miss_rps']} vs {results['stock_wagtail_rps']} req/s)"),
        row("growth ≤ 1.3× (10 k → 1 M with --full)", growth, growth is not None and growth <= 1.3,
            f"{growth} ({results.get('growth_basis', '')})"),
        row("0 non-2xx responses", results["non_2xx"], results["non_2xx"] == 0,
            f"{results['non_2xx']} (socket errors {results['socket_errors']})"),
    ]


def print_table(results: dict) -> None:
    print(f"\n{'run':<40}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'non-2xx':>9}{'sock err':>9}")
    for name, row in results["runs"].items():
        print(f"{name:<40}{row['rps']:>10.0f}{row['p50_ms'] or 0:>10.2f}{row['p99_ms'] or 0:>10.2f}"
              f"{row['non_2xx']:>9}{row['socket_errors']:>9}")
    print(f"\narticle page: {results['article_bytes']} bytes; cached/nginx ratio {results['ratio_to_nginx']} "
          f"(target ≥ 0.5); cached p99 @64 {results['cached_article_p99_ms']} ms (target < 20)")
    print(f"granian alone returning the same bytes: {results['bare_granian_rps']} req/s @64, "
          f"{round(results['bare_granian_rps'] / results['nginx_rps'], 3)}× nginx — the cached article is "
          f"{results['ratio_to_bare_granian']}× of it")
    print(f"behind the nginx front (nashra nginx_conf, 1 s micro-cache): {results['front_article_rps']} req/s @64, "
          f"{results['ratio_to_nginx_front']}× nginx static, p99 {results['front_article_p99_ms']} ms")
    print(f"cache miss: {results['miss_render_ms']} ms per render (sequential median), "
          f"{results['miss_rps']} req/s @64")
    print(f"stock Wagtail, same page content, same run: {results['stock_wagtail_render_ms']} ms per render, "
          f"{results['stock_wagtail_rps']} req/s @64; cache miss / stock = {results['miss_ratio_to_stock']}× "
          f"req/s (target ≥ 3), {results['miss_render_speedup_vs_stock']}× render time")
    same = results["stock_wagtail_content"]
    print(f"same content check (title, body text, caption): stock {same}, nashra {results['nashra_content']}")
    nq, sq = results["nashra_render_queries"], results["stock_wagtail_render_queries"]
    print(f"article page size / SQL queries per uncached render: nashra {results['article_bytes']} bytes, "
          f"{nq.get('queries')} queries; stock Wagtail {results['stock_wagtail_bytes']} bytes, {sq.get('queries')} "
          f"queries ({results['stock_wagtail_articles']} stories in both sites)")
    for step, row in results["growth"].items():
        parts = ", ".join(f"{k} {v['median_ms']} ms" for k, v in row.items() if isinstance(v, dict))
        print(f"growth @{step} ({row['articles']} articles in eg, {row['section_articles']} in the section): {parts}")
    print(f"growth ratio ({results['growth_basis']}): {results['growth_ratio']}; non-2xx total {results['non_2xx']}, "
          f"socket errors {results['socket_errors']}")
    print("\nissue #6 targets:")
    for row in results["targets"]:
        verdict = "n/a" if row["met"] is None else "MET" if row["met"] else "MISSED"
        print(f"  {verdict:<7}{row['target']:<50}{row['shown']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 s wrk runs")
    parser.add_argument("--full", action="store_true", help="also the 1 M article growth step (hours)")
    parser.add_argument("--duration", type=int, default=None, help="seconds per wrk run (default 10, quick 5)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=None, help="per worker (default: as nashra serve)")
    parser.add_argument("--redis", default="", help="REDIS_URL for the app processes (default: in-process cache)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    args = parser.parse_args()
    args.duration = args.duration or (5 if args.quick else 10)
    results = run(args)
    base, top = growth_basis(results["growth"])
    results["growth_basis"] = f"{base} → {top} articles" + ("" if args.full else " (1 M needs --full)")
    results["targets"] = targets(results)
    out = REPO / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print_table(results)
    print(f"\nwritten {out / 'latest.json'}")


if __name__ == "__main__":
    main()
