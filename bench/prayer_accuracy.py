"""Prayer-time accuracy and speed against PyEphem, for every day of a year.

    python bench/prayer_accuracy.py                      # 2025; cairo alexandria aswan beirut riyadh
    python bench/prayer_accuracy.py --year 2030 --city all
    python bench/prayer_accuracy.py --city amman --city rabat --method mwl

Prints, per city and event, the max and median |calculator − PyEphem| in
seconds (the calculator without its minute offsets, i.e. ``adjust=False``),
then the time per city-day of the calculator and of the PyEphem reference,
measured in the same run. PyEphem (``pip install ephem``) is a test-only
dependency. The reference is the one the tests use (tests/arabic/test_prayer.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nashra.arabic.prayer import EVENTS, METHODS, city, load_cities, prayer_times  # noqa: E402
from tests.arabic.test_prayer import ephem_events  # noqa: E402

DEFAULT_CITIES = ["cairo", "alexandria", "aswan", "beirut", "riyadh"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--city", action="append", help="city slug (repeatable) or 'all'")
    parser.add_argument("--method", help="method slug instead of each city's own")
    parser.add_argument("--asr", default="standard", choices=["standard", "hanafi"])
    args = parser.parse_args(argv)
    try:
        import ephem  # noqa: F401
    except ImportError:
        print("PyEphem is needed: pip install ephem", file=sys.stderr)
        return 2

    slugs = args.city or DEFAULT_CITIES
    if "all" in slugs:
        slugs = list(load_cities())
    days = []
    d = date(args.year, 1, 1)
    while d.year == args.year:
        days.append(d)
        d += timedelta(days=1)

    print(f"Deviation from PyEphem, {args.year} ({len(days)} days), seconds; Asr {args.asr}")
    print(f"{'city':<14}{'method':<13}" + "".join(f"{name:>16}" for name in EVENTS))
    print(f"{'':<27}" + "".join(f"{'max / median':>16}" for _ in EVENTS))
    ours_s = ref_s = 0.0
    overall = 0.0
    for slug in slugs:
        c = city(slug)
        m = METHODS[args.method or c.method]
        factor = 2.0 if args.asr == "hanafi" else 1.0
        dev = {name: [] for name in EVENTS}
        for day in days:
            t0 = time.perf_counter()
            ours = prayer_times(c, day, method=m, asr=args.asr, adjust=False, ramadan=False).times()
            t1 = time.perf_counter()
            ref = ephem_events(c.lat, c.lon, c.tz, day, m, factor)
            t2 = time.perf_counter()
            ours_s += t1 - t0
            ref_s += t2 - t1
            for name in EVENTS:
                dev[name].append(abs((ours[name] - ref[name]).total_seconds()))
        cells = []
        for name in EVENTS:
            worst = max(dev[name])
            overall = max(overall, worst)
            cells.append(f"{worst:>8.2f} / {statistics.median(dev[name]):<5.2f}")
        print(f"{slug:<14}{m.slug:<13}" + "".join(f"{cell:>16}" for cell in cells))

    n = len(days) * len(slugs)
    print(f"\nWorst deviation overall: {overall:.2f} s (the bar is 60 s)")
    print(f"Time per city-day: calculator {ours_s / n * 1e6:.0f} µs, "
          f"PyEphem reference {ref_s / n * 1e6:.0f} µs ({ref_s / ours_s:.1f}× the calculator)")
    return 0 if overall <= 60 else 1


if __name__ == "__main__":
    sys.exit(main())
