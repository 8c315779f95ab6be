"""Comment screening time per comment (nashra.arabic.screening), for ordinary and hostile comments.

A reader's comment is screened once when it is sent, with the edition's banned list (the starter list here plus
three phrases). Hostile text — letters spaced apart, repeated ي, Latin letters one by one — makes the matcher glue
and re-read runs of tokens; this prints the median time per 5,000-character comment of each kind and its ratio to
an ordinary comment of the same length, timed in the same process. No Django, no database.

    .venv/bin/python bench/screening_speed.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nashra.arabic.screening import BannedList  # noqa: E402
from nashra.arabic.screening_starter import starter_text  # noqa: E402

COMMENTS = {
    "ordinary": "كلام عادي عن الأخبار والسياسة " * 170,
    "letters spaced apart": "ا " * 2500,
    "an insult spaced, repeated": "ح م ا ر . " * 500,
    "ي repeated": "يييييي " * 700,
    "Latin letters one by one": "a b " * 1250,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    words = starter_text().splitlines() + ["ابن الحرام", "عديم الشرف", "jackass"]
    medians = {}
    for name, text in COMMENTS.items():
        times = []
        for _ in range(args.repeat):
            banned = BannedList(words)  # a fresh list: nothing kept from an earlier comment
            started = time.perf_counter()
            banned.find(text)
            times.append((time.perf_counter() - started) * 1000)
        medians[name] = statistics.median(times)
    for name, ms in medians.items():
        ratio = ms / medians["ordinary"]
        print(f"{name:<28} {len(COMMENTS[name]):>5} characters  {ms:7.1f} ms  {ratio:5.1f}× ordinary")


if __name__ == "__main__":
    main()
