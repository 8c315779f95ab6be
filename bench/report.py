"""``make bench``'s verdicts: the growth ratios, the targets of issues #6 and #18 (MET / MISSED), the table."""

from __future__ import annotations

from loadtools import paired_ratio  # bench/ is on sys.path: report is imported by the bench scripts

GROWTH_PAGES = ("article", "home", "section", "section500")


def growth_basis(growth: dict) -> tuple:
    """The steps compared: 10 k → the last (1 M with --full), as issue #6 states it; else first → last."""
    steps = sorted(growth)
    base = 10_000 if 10_000 in growth and steps[-1] > 10_000 else steps[0]
    return base, steps[-1]


def growth_ratio(growth: dict):
    """Worst slowdown of article / home / section pages 1 and 500 between the compared growth steps."""
    if len(growth) < 2:
        return None
    base, top = growth_basis(growth)
    # timed beside a copy of the base step's data, in alternating rounds (bench/run.py): that copy's times
    # are the base, taken in the same minutes; else the base step's own, taken earlier in the run
    first, last = growth[top].get("reference") or growth[base], growth[top]
    ratios = [paired_ratio(last[k], first[k]) for k in GROWTH_PAGES
              if k in first and k in last and first[k]["median_ms"]]
    return round(max(ratios), 3) if ratios else None


def growth_queries_equal(growth: dict):
    """Does each page take as many SQL queries at the last step as at the compared first one?"""
    if len(growth) < 2:
        return None
    base, top = growth_basis(growth)
    first, last = growth[base].get("queries", {}), growth[top].get("queries", {})
    return all(first[k] == last[k] for k in first if k in last)


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
    ] + targets_18(results) + targets_20(results)


def targets_20(results: dict) -> list[dict]:
    """Issue #20's bars for the live blog's update channel (``bench/liveblog_updates.py``'s own verdicts)."""
    live = results.get("liveblog_updates")
    if not live:
        return []
    shown = {
        "0 errors": f"{live['errors']}",
        "p99 < 50 ms": f"{live['updates_p99_ms']} ms ({live['updates_rps']:.0f} req/s @256, mostly 304)",
        ">= 0.5x cached article": f"{live['ratio_to_article']} (article {live['article_rps']:.0f} req/s)",
    }
    return [{"target": f"live blog updates: {bar}", "value": met, "met": met,
             "shown": shown.get(bar, f"worst lag {live['worst_lag_ms']} ms")}
            for bar, met in live["bars"].items()]


def targets_18(results: dict) -> list[dict]:
    """Issue #18, Part 2: cached pages against granian alone, the tail, compression, growth, memory."""
    rows = []
    for key, ratio in results["hit_ratios_to_bare"].items():
        if key.endswith("@64"):
            rows.append({"target": f"{key.split()[0]} hit ≥ 0.85× granian alone @64", "value": ratio,
                         "shown": f"{ratio} (median of {results['hits']['@64']['article']['rounds']} rounds)",
                         "met": None if ratio is None else ratio >= 0.85})
    for conns, bar in ((64, 20), (256, 50)):
        worst = max(results["hit_p99_ms"][f"{name} @{conns}"] for name in ("article", "home", "section"))
        rows.append({"target": f"hit p99 < {bar} ms @{conns} (worst page)", "value": worst, "shown": f"{worst} ms",
                     "met": worst < bar})
    encodings = {name: sent["encoding"] for name, sent in results["sent"].items()}
    rows.append({"target": "hits sent compressed (Accept-Encoding: gzip, br)", "value": encodings,
                 "shown": f"{encodings}; article {results['article_bytes']} → {results['article_bytes_sent']} bytes",
                 "met": all(e == "br" for e in encodings.values())})
    growth, equal = results["growth_ratio"], results["growth_queries_equal"]
    rows.append({"target": "growth ≤ 1.1×, equal queries (10 k → 1 M with --full)", "value": growth,
                 "shown": f"{growth}, queries equal: {equal} ({results.get('growth_basis', '')})",
                 "met": None if growth is None else growth <= 1.1 and bool(equal)})
    imports = [(step, row["import"]) for step, row in sorted(results["growth"].items()) if "import" in row]
    if imports:
        step, largest = max(imports, key=lambda item: item[1]["articles"])
        rate = largest["per_second"]
        shown = f"{rate} articles/s ({largest['articles']} articles in {largest['seconds']} s, up to {step})"
        rows.append({"target": "bulk import ≥ 1,000 articles/s, index included", "value": rate, "shown": shown,
                     "met": rate >= 1000})
        rows.append({"target": "bulk import ≥ 2,000 articles/s (measured with the index)", "value": rate,
                     "shown": shown, "met": rate >= 2000})
    # The SQLite bar is set at 100 k articles: with --full, the 100 k step's figures, not the 1 M step's.
    searched = sorted(((row["articles"], row["search"]) for row in results["growth"].values() if row.get("search")),
                      key=lambda pair: pair[0])
    at_bar = [pair for pair in searched if pair[0] >= 100_000]
    if searched:
        articles, search = at_bar[0] if at_bar else searched[-1]
        rows.append({"target": "search p95 < 50 ms at 100 k articles (SQLite)", "value": search["p95_ms"],
                     "shown": f"{search['p95_ms']} ms at {articles} articles (p50 {search['p50_ms']} ms; "
                              f"100 k with --full)",
                     "met": None if articles < 100_000 else search["p95_ms"] < 50})
    memory = results["memory"]
    peak = memory["rss_after"]["max_mb"]
    rows.append({"target": "worker RSS < 250 MB after the URL walk", "value": peak,
                 "shown": f"{peak} MB after {memory['requests']} requests over {memory['urls']} URLs"
                          + (f" ({memory['hot_share']:.0%} to the {memory['hot_count']} newest)"
                             if memory.get("hot_share") else "")
                          + f" (before {memory['rss_before']['max_mb']} MB)",
                 "met": None if peak is None else peak < 250})
    return rows


def print_table(results: dict) -> None:
    print(f"\n{'run':<40}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'non-2xx':>9}{'sock err':>9}")
    for name, row in results["runs"].items():
        print(f"{name:<40}{row['rps']:>10.0f}{row['p50_ms'] or 0:>10.2f}{row['p99_ms'] or 0:>10.2f}"
              f"{row['non_2xx']:>9}{row['socket_errors']:>9}")
    print(f"\narticle page: {results['article_bytes']} bytes; cached/nginx ratio {results['ratio_to_nginx']} "
          f"(target ≥ 0.5); cached p99 @64 {results['cached_article_p99_ms']} ms (target < 20)")
    print(f"granian alone returning the same bytes: {results['bare_granian_rps']} req/s @64, "
          f"{round(results['bare_granian_rps'] / results['nginx_rps'], 3)}× nginx — the cached article is "
          f"{results['ratio_to_bare_granian']}× of it (median of the alternating rounds' ratios)")
    for conns in (64, 256):
        parts = ", ".join(f"{name} {row['ratio']}× (p99 {row['p99_ms']} ms; granian {row['bare_p99_ms']} ms)"
                          for name, row in results["hits"][f"@{conns}"].items())
        print(f"  hits / granian alone @{conns}: {parts}")
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
        parts = ", ".join(f"{k} {v['median_ms']} ms" for k, v in row.items() if isinstance(v, dict)
                          and "median_ms" in v)
        parts += f"; queries {row.get('queries')}"
        if row.get("search"):
            parts += f"; search p50 {row['search']['p50_ms']} ms, p95 {row['search']['p95_ms']} ms"
        if row.get("import"):
            parts += f"; imported {row['import']['articles']} at {row['import']['per_second']} articles/s"
        if row.get("reference"):
            parts += "; beside the copy of {} articles: ".format(row["reference"]["articles"]) + ", ".join(
                f"{k} {v['median_ms']} ms" for k, v in row["reference"].items() if isinstance(v, dict))
        print(f"growth @{step} ({row['articles']} articles in eg, {row['section_articles']} in the section): {parts}")
    print(f"growth ratio ({results['growth_basis']}): {results['growth_ratio']}; non-2xx total {results['non_2xx']}, "
          f"socket errors {results['socket_errors']}")
    memory = results["memory"]
    print(f"memory: {memory['requests']} requests over {memory['urls']} URLs in {memory['seconds']} s: worker RSS "
          f"{memory['rss_before']} → {memory['rss_after']}")
    live = results.get("liveblog_updates")
    if live:
        print(f"live blog update channel @256, {live['duration_s']} s per load: {live['updates_rps']:.0f} req/s with "
              f"If-None-Match (p99 {live['updates_p99_ms']} ms), {live['updates_unconditional_rps']:.0f} without, "
              f"cached article {live['article_rps']:.0f}; worst lag post → reader {live['worst_lag_ms']} ms")
    print("\nissue #6, #18 and #20 targets:")
    for row in results["targets"]:
        verdict = "n/a" if row["met"] is None else "MET" if row["met"] else "MISSED"
        print(f"  {verdict:<7}{row['target']:<50}{row['shown']}")
