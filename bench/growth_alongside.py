"""Growth of uncached render time between two data dirs, timed side by side.

What ``bench/run.py``'s last growth step does, on data dirs you already have (e.g. a copy kept at 10 k
articles and the archive grown to 1 M from it, both built as ``make bench`` builds them): a cache-off
server on each, and article, home, section page 1 and section page 500 rendered on one then the other in
alternating rounds (the order swapped every round), so both see the same minutes of a shared machine.
Prints each page's medians and the ratio (the median of the rounds' ratios: ``loadtools.paired_ratio``; bar: ≤ 1.1
from 10 k to 1 M, issue #18).

Usage::

    .venv/bin/python bench/growth_alongside.py SMALL_DATA_DIR BIG_DATA_DIR [--rounds 10] [--per-round 5] [--instances 3]
"""

from __future__ import annotations

import argparse
import os
import statistics

# bench/ is on sys.path as a script
from loadtools import Nashra, alternating_gets, paired_ratio, shell_json, timed_gets
from run import GROWTH_PAGES, PATHS_SCRIPT, REPO


def env_for(data_dir: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL")}
    return dict(env, NASHRA_DATA_DIR=data_dir, NASHRA_AUTO_SECRET="1", PYTHONPATH=str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("small")
    parser.add_argument("big")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--per-round", type=int, default=5)
    parser.add_argument("--instances", type=int, default=3,
                        help="fresh pairs of servers, each timed in its own alternating rounds (default 3)")
    parser.add_argument("--host", default="eg.localhost:8799", help="the Host the demo sites answer to")
    args = parser.parse_args()
    paths = {name: shell_json(env_for(data_dir), PATHS_SCRIPT) for name, data_dir in (("small", args.small),
                                                                                      ("big", args.big))}
    pages = [page for page in GROWTH_PAGES if paths["small"].get(page) and paths["big"].get(page)]
    ratios: dict[str, list[float]] = {page: [] for page in pages}
    for instance in range(1, args.instances + 1):
        servers = {}
        try:
            for name, data_dir in (("small", args.small), ("big", args.big)):
                servers[name] = Nashra(env_for(data_dir), 1, 1, cache=False, host=args.host)
            for page in pages:
                pair = tuple((servers[n].port, paths[n][page]) for n in ("small", "big"))
                for port, path in pair:
                    timed_gets(port, path, args.host, 2)  # first touch
                small, big = alternating_gets(pair, args.host, args.rounds * args.per_round, args.rounds)
                ratios[page].append(paired_ratio(big, small))
                print(f"#{instance} {page:<11} {paths['small']['count']:>8} articles {small['median_ms']:7.2f} ms   "
                      f"{paths['big']['count']:>8} articles {big['median_ms']:7.2f} ms   ratio {ratios[page][-1]:.3f}")
        finally:
            for server in servers.values():
                server.stop()
    # A server process keeps a bias of its own for its life (where the scheduler put its threads, its memory):
    # the same archive on both sides gave one page 0.83 in one instance and 1.03 in the next. The median over
    # fresh instances is what a run can claim.
    for page in pages:
        print(f"{page:<11} median over {args.instances} instances: {statistics.median(ratios[page]):.3f} "
              f"({', '.join(f'{r:.3f}' for r in ratios[page])})")
    worst = max(statistics.median(values) for values in ratios.values())
    print(f"worst ratio {worst:.3f} ({'MET' if worst <= 1.1 else 'MISSED'} ≤ 1.1)")


if __name__ == "__main__":
    main()
