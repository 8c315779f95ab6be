"""Cache-miss render cost of the reader pages, in-process (issue #6): medians, queries, growth.

Not a test and not a load bench (``bench/run.py`` is that): a quick, single-process
measurement for working on the uncached render path. It

1. builds (or reuses, ``--data-dir``) a data dir: ``migrate``, ``collectstatic``, ``nashra demo``,
   with ``NASHRA_DEBUG=0 NASHRA_AUTO_SECRET=1 NASHRA_PAGE_CACHE=0`` (production templates and
   static storage, no page cache);
2. GETs the demo article (the newest in eg/politics, the page ``bench/run.py`` measures), the
   home page, the politics section and its page 500 (keyset cursor) through ``django.test.Client``
   on ``eg.localhost:8000`` N times each: median / p90 ms and the SQL query count. «warm» keeps
   Django's cache (the fragments a purge has not dropped), «news» (the article only) drops the
   edition's lists before each request as another story's publish does, «cold» clears it before every request
   (the first render after a purge);
3. with ``--large N`` imports N synthetic articles into eg/politics (``bench/import_articles.py``)
   and measures again in the same run, printing the growth ratio per page;
4. with ``--profile`` prints a cProfile top-25 (cumulative) of the article render;
5. with ``--stock`` builds the stock Wagtail reference site (``bench/stock_wagtail``, in a
   subprocess: its own settings) with the same article, measures it the same way and prints
   the ratio stock / Nashra of the medians — sequential, in one process, an estimate of the
   req/s ratio ``bench/run.py`` measures with granian and wrk (issue #6 target: ≥ 3×).

Usage::

    .venv/bin/python bench/render_profile.py [-n 40] [--large 10000] [--profile] [--stock] [--data-dir DIR] [--keep]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "eg.localhost:8000"


def setup(data_dir: Path, database_url: str | None) -> None:
    os.environ.update(NASHRA_DATA_DIR=str(data_dir), NASHRA_DEBUG="0", NASHRA_AUTO_SECRET="1",
                      NASHRA_PAGE_CACHE="0", DJANGO_SETTINGS_MODULE="nashra.settings")
    for name in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL", "NASHRA_SECRET_KEY"):
        os.environ.pop(name, None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(REPO))
    sys.path.insert(1, str(REPO / "bench"))
    import django

    django.setup()


def populate() -> None:
    from django.core.management import call_command

    from nashra.editions.models import Edition

    call_command("migrate", verbosity=0, interactive=False)
    if not Edition.objects.filter(slug="eg").exists():
        call_command("collectstatic", verbosity=0, interactive=False)
        call_command("demo", port=8000, stdout=io.StringIO(), stderr=io.StringIO())


def import_articles(target: int) -> float:
    """Bring eg/politics up to ``target`` articles (as bench/run.py's IMPORT_SCRIPT does)."""
    from import_articles import synthetic_articles

    from nashra.articles.listings import live_articles
    from nashra.editions.models import Edition
    from nashra.importing.services import import_lines

    edition = Edition.objects.get(slug="eg")
    have = live_articles().filter(section__slug="politics", edition=edition).count()
    started = time.perf_counter()
    while have < target:
        n = min(20_000, target - have)
        lines = []
        for record in synthetic_articles(n, prefix=f"bench{have}", seed=have + 1):
            record["section"] = "politics"
            lines.append(json.dumps(record, ensure_ascii=False))
        report = import_lines(lines, edition, batch_size=1000)
        have += n
        print(f"  imported {have} ({report.created} new, {len(report.errors)} errors)", file=sys.stderr)
    return time.perf_counter() - started


def paths() -> dict:
    from nashra.articles.listings import Cursor, live_articles
    from nashra.articles.models import SectionPage
    from nashra.editions.models import Edition

    edition = Edition.objects.get(slug="eg")
    section = SectionPage.objects.get(edition=edition, slug="politics")
    article, neighbour = (list(live_articles().filter(section=section)[:2]) * 2)[:2]
    found = {"article": article.get_url_parts()[2], "home": "/", "section": section.get_url_parts()[2],
             "neighbour": neighbour.get_url_parts()[2],
             "count": live_articles().filter(section=section).count()}
    rows = list(live_articles().filter(section=section).values_list("published_at", "pk")[499 * 20 - 1: 499 * 20])
    if rows:
        found["section500"] = f"{found['section']}?before={Cursor(rows[0][0], rows[0][1]).encode()}&page=500"
    return found


def client():
    from django.test import Client

    return Client(HTTP_HOST=HOST)


def get(browser, path: str):
    response = browser.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response


def _origin() -> str:
    """The innermost Nashra frame (or template) that led to a query."""
    import traceback

    frames = traceback.extract_stack()[:-3]
    for frame in reversed(frames):
        if "/nashra/" in frame.filename and "/bench/" not in frame.filename:
            return f"{frame.filename.rsplit('/nashra/', 1)[1]}:{frame.lineno}"
    return "?"


class QueryLog:
    """Every SQL statement run while active (``CaptureQueriesContext`` loses them: a request resets the log)."""

    def __init__(self):
        self.sql: list[str] = []

    def __call__(self, execute, sql, params, many, context):
        self.sql.append(f"{_origin()}  {sql}")
        return execute(sql, params, many, context)

    def __enter__(self):
        from django.db import connection

        self._cm = connection.execute_wrapper(self)
        self._cm.__enter__()
        return self

    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)


def measure(path: str, count: int, mode: str, neighbour: str = "/") -> dict:
    """Wall and CPU ms per GET (CPU time of this process: SQLite runs in it; steadier on a busy machine).

    ``mode``: «warm», «cold» (Django's cache cleared before each GET) or «news» (what another
    story's publish leaves: the edition's lists dropped and rebuilt by an untimed render of
    ``neighbour``, another story of the section, then this page).
    """
    from django.core.cache import cache

    from nashra.delivery.purge import purge_fragments

    def prepare():
        if mode == "cold":
            cache.clear()
        elif mode == "news":
            purge_fragments("eg")
            get(browser, neighbour)

    browser = client()
    for _ in range(2):  # first touch: templates, renditions, connections
        get(browser, path)
        if mode == "news":
            get(browser, neighbour)
    prepare()
    with QueryLog() as queries:
        response = get(browser, path)
    wall, cpu = [], []
    for _ in range(count):
        prepare()
        started, started_cpu = time.perf_counter(), time.process_time()
        get(browser, path)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    wall.sort()
    return {"median_ms": round(statistics.median(wall), 2), "p90_ms": round(wall[int(len(wall) * 0.9) - 1], 2),
            "cpu_ms": round(statistics.median(cpu), 2), "queries": len(queries.sql), "bytes": len(response.content),
            "sql": queries.sql}


def measure_all(found: dict, count: int, show_sql: bool) -> dict:
    results = {}
    for name, path in found.items():
        if name in ("count", "neighbour"):
            continue
        for mode in ("warm", "cold", "news") if name == "article" else ("warm", "cold"):
            results[f"{name} {mode}"] = result = measure(path, count, mode, found["neighbour"])
            print(f"  {name + ' ' + mode:18s} median {result['median_ms']:7.2f} ms  p90 {result['p90_ms']:7.2f} ms  "
                  f"CPU {result['cpu_ms']:7.2f} ms  {result['queries']:3d} queries  {result['bytes']:6d} bytes",
                  flush=True)
            if show_sql and mode == "cold":
                for sql in result["sql"]:
                    print(f"    SQL {sql[:240]}")
    return results


def profile(path: str, count: int) -> None:
    browser = client()
    get(browser, path)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        get(browser, path)
    profiler.disable()
    print(f"\ncProfile of {count} GETs of the article (warm)")
    for title, order, restriction in (("Nashra's own functions, top 25 by cumulative time", "cumulative", "/nashra/"),
                                      ("everything, top 25 by own time", "tottime", "")):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats(order)
        stats.print_stats(*([restriction] if restriction else []), 25)
        lines = [line for line in out.getvalue().splitlines() if line.strip()]
        start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
        print(f"{title}:")
        print("\n".join(line.replace(str(REPO) + "/", "").replace(sys.prefix + "/", "") for line in lines[start:]))


# Run in the stock Wagtail site (``django shell -c``, its own settings): GET the article the way
# measure() does; prints one JSON line.
STOCK_MEASURE = r"""
import json, os, statistics, time
from django.db import connection
from django.test import Client
path = os.environ["STOCK_PATH"]
client = Client(HTTP_HOST="localhost")
for _ in range(2):
    assert client.get(path).status_code == 200
sql = []
with connection.execute_wrapper(lambda execute, q, p, many, context: sql.append(q) or execute(q, p, many, context)):
    body = client.get(path).content
wall, cpu = [], []
for _ in range(int(os.environ["STOCK_COUNT"])):
    started, started_cpu = time.perf_counter(), time.process_time()
    client.get(path)
    wall.append((time.perf_counter() - started) * 1000)
    cpu.append((time.process_time() - started_cpu) * 1000)
wall.sort()
print(json.dumps({"median_ms": round(statistics.median(wall), 2), "p90_ms": round(wall[int(len(wall) * 0.9) - 1], 2),
                  "cpu_ms": round(statistics.median(cpu), 2), "queries": len(sql), "bytes": len(body)}))
"""


def measure_stock(work: Path, count: int) -> dict:
    """The stock Wagtail reference page, filled as bench/run.py fills it (its EXPORT_SCRIPT, then the
    stock site's ``load_articles``), measured in its own process."""
    import contextlib
    import subprocess

    from run import EXPORT_SCRIPT

    root = work / "stock_wagtail"
    shutil.rmtree(root, ignore_errors=True)  # a kept --data-dir: the stock site is built afresh each run
    root.mkdir(parents=True)
    export = root / "export.json"
    with contextlib.redirect_stdout(io.StringIO()):
        exec(EXPORT_SCRIPT.format(out=str(export)), {})  # noqa: S102 - our own bench script
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NASHRA_", "DJANGO_"))}
    env.update(DJANGO_SETTINGS_MODULE="stock_wagtail.settings", PYTHONPATH=str(REPO / "bench"),
               STOCK_WAGTAIL_DIR=str(root), STOCK_COUNT=str(count))

    def django(*command: str) -> dict:
        done = subprocess.run([sys.executable, "-m", "django", *command], cwd=root, env=env, capture_output=True,
                              text=True, timeout=1800)
        if done.returncode != 0:
            raise RuntimeError(f"stock Wagtail {command[0]} failed:\n{done.stderr[-2000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {}

    django("migrate", "--noinput", "-v0")
    env["STOCK_PATH"] = django("load_articles", str(export))["url"]
    return django("shell", "-c", STOCK_MEASURE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=40, help="GETs per page and mode (default 40)")
    parser.add_argument("--large", type=int, default=0, metavar="N",
                        help="then import eg/politics up to N articles and measure again")
    parser.add_argument("--profile", action="store_true", help="cProfile top 25 of the article render")
    parser.add_argument("--sql", action="store_true", help="print the SQL of each page (cold)")
    parser.add_argument("--stock", action="store_true",
                        help="also measure the stock Wagtail reference page (bench/stock_wagtail) and the ratio")
    parser.add_argument("--data-dir", help="reuse this data dir (created and populated if empty)")
    parser.add_argument("--database-url", help="an empty PostgreSQL database instead of SQLite")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()

    data_dir = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="nashra-render-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        setup(data_dir, args.database_url)
        from django.db import connection

        import nashra

        print(f"nashra from {Path(nashra.__file__).parent}, {connection.vendor}, data dir {data_dir}")
        started = time.perf_counter()
        populate()
        print(f"populated in {time.perf_counter() - started:.1f} s")
        results = {}
        small = None
        found = paths()
        if not (args.large and found["count"] >= args.large):
            print(f"archive: {found['count']} articles in eg/politics")
            results["small"] = small = measure_all(found, args.n, args.sql)
            stock = None
            if args.stock:
                try:
                    results["stock"] = stock = measure_stock(data_dir, args.n)
                except (ImportError, RuntimeError, KeyError, ValueError) as exc:  # the reference site is optional
                    print(f"  stock Wagtail reference unavailable: {exc}")
            if stock:
                print(f"  {'stock Wagtail':18s} median {stock['median_ms']:7.2f} ms  p90 {stock['p90_ms']:7.2f} ms  "
                      f"CPU {stock['cpu_ms']:7.2f} ms  {stock['queries']:3d} queries  {stock['bytes']:6d} bytes")
                for mode in ("warm", "news", "cold"):
                    mine = small[f"article {mode}"]
                    print(f"  stock / Nashra article {mode}: {stock['median_ms'] / mine['median_ms']:.2f}× wall, "
                          f"{stock['cpu_ms'] / mine['cpu_ms']:.2f}× CPU (issue #6 target ≥ 3×)")
            if args.profile:
                profile(found["article"], max(10, args.n // 2))
        if args.large:
            if found["count"] < args.large:
                print(f"importing eg/politics up to {args.large} articles …", flush=True)
                print(f"  done in {import_articles(args.large):.1f} s")
                found = paths()
            print(f"archive: {found['count']} articles in eg/politics")
            results["large"] = large = measure_all(found, args.n, args.sql)
            if small:
                print("growth (large / small median):")
                for key in [k for k in small if k in large]:
                    print(f"  {key:18s} {large[key]['median_ms'] / small[key]['median_ms']:5.2f}× wall  "
                          f"{large[key]['cpu_ms'] / small[key]['cpu_ms']:5.2f}× CPU  "
                          f"({small[key]['median_ms']:.1f} → {large[key]['median_ms']:.1f} ms, "
                          f"{small[key]['queries']} → {large[key]['queries']} queries)")
                for mode in ("warm", "cold"):
                    deep, first = large.get(f"section500 {mode}"), small[f"section {mode}"]
                    if deep:
                        print(f"  {'section500 ' + mode + ' / section':18s} "
                              f"{deep['median_ms'] / first['median_ms']:5.2f}× wall")
            if args.profile:
                profile(found["article"], max(10, args.n // 2))
        if args.json:
            for part in results.values():
                for value in part.values():
                    if isinstance(value, dict):
                        value.pop("sql", None)
            Path(args.json).write_text(json.dumps(results, indent=1))
    finally:
        if args.keep or args.data_dir:
            print(f"data dir kept: {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
