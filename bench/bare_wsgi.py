"""The ceiling of a Python server on this machine: granian + a WSGI callable that returns stored bytes.

``bench/run.py`` saves the responses Nashra's page cache gives a browser (status, every header, the
brotli body) for the article, home and section pages, and serves them with this callable under the
same granian settings as ``nashra serve`` — at ``/article``, ``/home`` and ``/section`` — so each
cached page's rate is read against what granian itself allows for the very same bytes and headers.
The pages are named by ``BENCH_BARE_PAGES`` (a pickle: ``{path: (status line, headers, body)}``).
"""

import os
import pickle

with open(os.environ["BENCH_BARE_PAGES"], "rb") as handle:
    PAGES = pickle.load(handle)
NOT_FOUND = ("404 Not Found", [("Content-Length", "0")], b"")


def application(environ, start_response):
    status, headers, body = PAGES.get(environ.get("PATH_INFO"), NOT_FOUND)
    start_response(status, headers)
    return [body]
