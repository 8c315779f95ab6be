"""Where a cache hit's time goes, in this process: each step of ``PageCacheWSGI`` against a bare callable.

A fresh hit never reaches Django (``nashra/delivery/wsgi.py``): it finds the page's store address from
the request line and Host (worked out on the first request of a line: the path decoded, the query
normalised, the edition's bucket found from the Host; then remembered), reads the store and picks the
compressed copy. This script
times each of those steps alone and the whole hit, in microseconds (median of 7 runs of 20,000 calls),
beside a WSGI callable that only returns stored bytes — the floor any Python app has — and prints the
ratio. Sizes under the server (granian's own cost per request) are what ``make bench`` measures.

Usage (a demo data dir is made in a temporary folder unless one is named)::

    .venv/bin/python bench/hit_profile.py [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CALLS, RUNS = 20_000, 7


def per_call_us(function) -> float:
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for _ in range(CALLS):
            function()
        runs.append((time.perf_counter() - started) / CALLS * 1e6)
    return round(statistics.median(runs), 2)


def prepare(data_dir: str) -> None:
    env = dict(os.environ, NASHRA_DATA_DIR=data_dir, NASHRA_AUTO_SECRET="1")
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"],
                    ["demo", "--port", "8000"]):
        subprocess.run([sys.executable, "-m", "nashra", *command], cwd=REPO, env=env, check=True,
                       stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an existing data dir with the demo (default: a new one)")
    args = parser.parse_args()
    data_dir = args.data_dir or tempfile.mkdtemp(prefix="nashra-hit-")
    if not args.data_dir:
        prepare(data_dir)
    os.environ.update(NASHRA_DATA_DIR=data_dir, NASHRA_AUTO_SECRET="1", NASHRA_PAGE_CACHE="1",
                      DJANGO_SETTINGS_MODULE="nashra.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from nashra.articles.listings import live_articles
    from nashra.delivery import compression
    from nashra.delivery.keys import allowed_params, bucket_for, normalise_query, request_host, request_port
    from nashra.delivery.store import get_store
    from nashra.delivery.wsgi import application
    from nashra.editions.models import Edition
    from nashra.editions.resolve import sites_generation

    path = live_articles().filter(edition=Edition.objects.get(slug="eg")).first().get_url_parts()[2]
    from urllib.parse import unquote

    raw_path = unquote(path).encode().decode("latin-1")
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": raw_path, "QUERY_STRING": "", "HTTP_HOST": "eg.localhost:8000",
               "SERVER_NAME": "eg.localhost", "SERVER_PORT": "8000", "wsgi.url_scheme": "http",
               "HTTP_ACCEPT_ENCODING": "gzip, deflate, br", "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr}
    sent = {}

    def start_response(status, headers, exc_info=None):
        sent["status"], sent["headers"] = status, headers

    application(dict(environ), start_response)  # the miss that stores it
    body = b"".join(application(environ, start_response))
    assert dict(sent["headers"]).get("X-Cache") == "HIT", sent
    stored_headers = sent["headers"]

    def bare():
        start_response("200 OK", stored_headers)
        return [body]

    decoded = unquote(path)
    allowed = allowed_params()
    bucket = bucket_for(decoded, "eg.localhost", "", "8000")
    store = get_store()
    entry = store.get(bucket, decoded, "")
    fresh = dict(environ)

    def first_of_its_line():  # the address is worked out, then remembered
        application._addresses.clear()
        return application(fresh, start_response)

    steps = {
        "bare callable (stored bytes and headers)": bare,
        "whole hit (PageCacheWSGI)": lambda: application(environ, start_response),
        "  Sites unchanged?": sites_generation,
        "  request line → store address (remembered)": lambda: application._addresses.get((
            environ.get("PATH_INFO"), environ.get("QUERY_STRING"), environ.get("HTTP_HOST"),
            environ.get("SERVER_NAME"), environ.get("SERVER_PORT"), environ.get("SCRIPT_NAME"),
            environ.get("wsgi.url_scheme"), None, None)),
        "  store lookup (generation + page)": lambda: store.get(bucket, decoded, ""),
        "  compressed copy chosen": lambda: compression.choose(entry.encoded, "gzip, deflate, br"),
        "  headers assembled": lambda: entry.headers + [("X-Cache", "HIT"), ("Age", "0")],
        "the first hit of a request line": first_of_its_line,
        "  path from PATH_INFO": lambda: raw_path.encode("latin-1").decode("utf-8"),
        "  query normalised": lambda: normalise_query("", allowed),
        "  host and port read": lambda: (request_host(environ), request_port(environ)),
        "  bucket (host → edition)": lambda: bucket_for(decoded, "eg.localhost", "", "8000"),
    }
    results = {name: per_call_us(function) for name, function in steps.items()}
    floor = results["bare callable (stored bytes and headers)"]
    print(f"{'step':<45}{'µs/call':>10}{'× bare':>10}")
    for name, value in results.items():
        print(f"{name:<45}{value:>10}{value / floor:>10.1f}")
    print(f"\nbody sent: {len(body)} bytes ({dict(stored_headers).get('Content-Encoding', 'plain')}); "
          f"a hit costs {results['whole hit (PageCacheWSGI)'] - floor:.2f} µs more than returning stored bytes")


if __name__ == "__main__":
    main()
