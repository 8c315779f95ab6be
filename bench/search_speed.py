"""Search speed: indexing rate and query latency over N synthetic Arabic articles.

Not a test: a measurement for issue 4 («p95 query time < 50 ms with 100 k
articles on SQLite and on PostgreSQL; indexing ≥ 500 articles/s»). It builds a
fresh database (SQLite under a temporary ``NASHRA_DATA_DIR``; PostgreSQL when
``DATABASE_URL`` is given: that database is migrated and filled, so give it an
empty one), imports N articles with the bulk importer (the articles of
``bench/import_articles.py``), indexes them all with ``reindex`` (timed: from an empty index, then in
place over the full one, as an upgrade runs it), then
times ``nashra.search.services.search`` (ranked page of 20 with snippets, what
the page and the API run) over a set of queries, and, as an in-run reference,
the naive ``title__icontains`` query the index replaces.

Usage::

    .venv/bin/python bench/search_speed.py [-n 20000 | --large] [--repeat 3] [--keep] [--corpus news|uniform]
        [--no-reindex]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench .venv/bin/python bench/search_speed.py --large
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from import_articles import news_like_articles, synthetic_articles  # noqa: E402  (sibling bench script)

QUERIES = [
    "الحكومة", "حكومه", "الحكومه", "وزير", "الوزراء", "مدرسة", "بالمدارس", "المستشفى", "اطباء",
    "الانتخابات", "الدولار", "أسعار النفط", "مجلس الأمن", '"مجلس الأمن الدولي"', "الجيش الليبي",
    "المنتخب المصري", "قوات درنة", "الكهرباء والمياه", "البورصة", "مهرجان الفيلم", "الطلاب الامتحانات",
    "طرابلس", "القاهره", "الرئيس أعلن", "كلمة-غير-موجودة", "على", "الجامعه", "الفنان المسرح",
]


def setup_django(data_dir: Path) -> None:
    os.environ["NASHRA_DATA_DIR"] = str(data_dir)
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("NASHRA_SECRET_KEY", "bench-only-" + os.urandom(16).hex())
    os.environ["DJANGO_SETTINGS_MODULE"] = "nashra.settings"
    import django

    django.setup()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def build(args, count: int, data_dir: Path):
    """Migrate, import ``count`` articles, then empty and rebuild the index (timed). Returns the edition."""
    import json

    from django.core.management import call_command
    from django.db import connection

    from nashra.articles.edition_setup import EditionSpec, ensure_edition
    from nashra.importing.services import import_lines
    from nashra.search import backends, services
    from nashra.search.models import SearchDocument

    call_command("migrate", verbosity=0)
    edition = ensure_edition(EditionSpec(
        slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
        time_zone="Africa/Cairo", month_style="both", is_default_site=True,
    ))
    articles = news_like_articles if args.corpus == "news" else synthetic_articles
    lines = (json.dumps(record, ensure_ascii=False) for record in articles(count, prefix="search"))
    print(f"corpus: {args.corpus}; database: {connection.vendor} {connection.Database.__name__} "
          f"({connection.settings_dict['NAME']})", flush=True)
    started = time.perf_counter()
    report = import_lines(lines, edition, batch_size=1000)  # streamed: 1 M articles would be a 4 GB file
    assert not report.errors, report.errors[:3]
    seconds = time.perf_counter() - started
    print(f"imported {report.imported} articles in {seconds:.1f} s = {report.imported / seconds:.0f} articles/s "
          f"(search index included; the lines made on the fly)", flush=True)

    # The import indexed every article already; empty the index (untimed) so the timed
    # rebuild measures indexing, not also deleting 100 k old FTS entries.
    if not args.no_reindex:
        backends.clear()
        SearchDocument.objects.all().delete()
        started = time.perf_counter()
        indexed = services.reindex(edition, from_empty=True)
        seconds = time.perf_counter() - started
        assert indexed == SearchDocument.objects.count() == count, (indexed, count)
        print(f"indexing: {indexed} articles in {seconds:.1f} s = {indexed / seconds:.0f} articles/s", flush=True)
        # What an upgrade runs: the same rebuild over the full index, in place (search stays whole meanwhile).
        started = time.perf_counter()
        indexed = services.reindex(edition)
        in_place = time.perf_counter() - started
        assert indexed == SearchDocument.objects.count() == count, (indexed, count)
        print(f"rebuilding in place: {indexed / in_place:.0f} articles/s = {seconds / in_place:.2f}× the rate "
              f"from empty", flush=True)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO nashra_search_fts(nashra_search_fts) VALUES ('optimize')")
    else:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE nashra_search_vector")
            cursor.execute("VACUUM ANALYZE nashra_search_searchdocument")
    return edition


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=20_000, help="articles (default 20,000)")
    parser.add_argument("--large", action="store_true", help="100,000 articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    parser.add_argument("--no-reindex", action="store_true",
                        help="skip the timed rebuild of the index (the import indexed every article already)")
    parser.add_argument(
        "--existing", metavar="DATA_DIR", type=Path,
        help="only time the queries, on a database an earlier --keep run built (SQLite: its data dir; "
             "PostgreSQL: give the same DATABASE_URL and any dir)",
    )
    parser.add_argument(
        "--corpus", choices=("news", "uniform"), default="news",
        help="news: sentences of the demo stories (natural word frequencies, the default); "
             "uniform: 111 words, each in nearly every article (worst case)",
    )
    args = parser.parse_args()
    count = 100_000 if args.large else args.n

    data_dir = args.existing or Path(tempfile.mkdtemp(prefix="nashra-bench-search-"))
    args.keep = args.keep or bool(args.existing)
    try:
        setup_django(data_dir)
        from django.db import connection

        from nashra.articles.models import ArticlePage
        from nashra.search import backends, services
        from nashra.search.models import SearchDocument

        if args.existing:
            from nashra.editions.models import Edition

            edition = Edition.objects.get(slug="eg")
            print(f"existing {connection.vendor} database ({connection.settings_dict['NAME']}): "
                  f"{SearchDocument.objects.count()} articles indexed")
        else:
            edition = build(args, count, data_dir)

        rows = []
        for order in ("relevance", "newest"):
            times = []
            for query in QUERIES:
                services.search(edition, query, order=order)  # warm caches once
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    result = services.search(edition, query, order=order)
                    times.append((time.perf_counter() - started) * 1000)
                rows.append((order, query, len(result.hits)))
            print(f"search ({order:9s}) over {len(QUERIES)} queries × {args.repeat}: "
                  f"p50 {statistics.median(times):6.1f} ms  p95 {percentile(times, 95):6.1f} ms  "
                  f"max {max(times):6.1f} ms")

        match_times, per_query = [], {}
        filters = backends.Filters(edition_id=edition.pk)
        now_ts = int(time.time())
        for query in QUERIES:
            parts = services.get_stemmer().query_terms(query)
            for _ in range(args.repeat):
                started = time.perf_counter()
                backends.match(parts, filters, order="relevance", now_ts=now_ts, offset=0, limit=21)
                match_times.append((time.perf_counter() - started) * 1000)
                per_query[query] = min(per_query.get(query, 1e9), match_times[-1])
        print(f"index match only (relevance, ids of one page): p50 {statistics.median(match_times):6.1f} ms  "
              f"p95 {percentile(match_times, 95):6.1f} ms")
        slowest = sorted(per_query.items(), key=lambda item: -item[1])[:5]
        print("  slowest (best of runs): " + ", ".join(f"{q} {ms:.1f} ms" for q, ms in slowest))

        naive = []
        for query in QUERIES[:10]:
            word = query.strip('"').split()[0]
            started = time.perf_counter()
            list(ArticlePage.objects.live().filter(edition=edition, title__icontains=word)
                 .order_by("-published_at")[:20])
            naive.append((time.perf_counter() - started) * 1000)
        print(f"reference title__icontains (first 10 queries): p50 {statistics.median(naive):6.1f} ms  "
              f"p95 {percentile(naive, 95):6.1f} ms  (finds far less: no folding, no stems, title only)")
        hits = sum(1 for _, _, n in rows if n)
        print(f"{hits} of {len(rows)} query runs returned results")
    finally:
        if args.keep:
            print(f"kept {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
