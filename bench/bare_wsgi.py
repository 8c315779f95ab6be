"""The ceiling of a Python server on this machine: granian + a WSGI callable that returns stored bytes.

``bench/run.py`` serves the saved article page with it, under the same granian settings as
``nashra serve``, so the cached-article rate can be read against what granian itself allows
(issue #6 quotes this reference: "a bare Python server (granian) returning stored bytes").
The file is named by ``BENCH_BARE_PAGE``.
"""

import os

with open(os.environ["BENCH_BARE_PAGE"], "rb") as handle:
    BODY = handle.read()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
