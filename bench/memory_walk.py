"""Worker RSS after a walk over an existing data dir: ``make bench``'s memory step on its own.

A fresh cache-on ``nashra serve`` on DATA_DIR (no Redis), asked for ``--requests`` requests over the
bench's URL list (up to ``--articles`` newest articles of the eg edition and every page of each section);
``--hot-share`` of them go to the 1,000 newest stories at random, the rest sweep the list
(``bench/hit_rounds.memory_walk``). Prints the RSS of the server's processes before and after, as JSON.
``make bench --full`` runs it with 100,000 articles, 1,000,000 requests and a hot share of 0.9.

Usage::

    .venv/bin/python bench/memory_walk.py DATA_DIR [--articles 100000] [--requests 1000000] [--hot-share 0.9]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from hit_rounds import memory_walk  # bench/ is on sys.path when run as a script
from loadtools import REPO, shell_json
from run import WALK_SCRIPT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--hot-share", type=float, default=0.9)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--host", default="eg.localhost:8799", help="the Host the demo sites answer to")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k not in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL")}
    env.update(NASHRA_DATA_DIR=args.data_dir, NASHRA_AUTO_SECRET="1", PYTHONPATH=str(REPO))
    urls = shell_json(env, WALK_SCRIPT.format(limit=args.articles))
    with tempfile.TemporaryDirectory(prefix="nashra-walk-") as work:
        result = memory_walk(env, args.workers, args.threads, args.host, urls, Path(work),
                             requests=args.requests, hot_share=args.hot_share)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
