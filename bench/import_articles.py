"""Import throughput into SQLite: the bulk path against one ``add_child`` per article.

Not a test: a measurement for BRIEF §5 («Import ≥ 1,000 articles/s into SQLite»).
It builds a fresh SQLite database under a temporary ``NASHRA_DATA_DIR``
(``migrate`` + one edition), writes N synthetic Arabic articles (~330 words,
bylines, tags, 8 sections) to a JSONL file and times, in the same run:

1. ``import_file`` on the N articles (the bulk path, what ``nashra import-articles`` runs),
   which also creates the 8 sections;
2. N more new articles into the now existing sections (the steady state);
3. the first file again (every line an update);
4. a smaller M articles created the stock way, one ``add_child`` per article
   (authors and tags set in memory first, no revision, like the bulk path), as the reference.

Usage::

    .venv/bin/python bench/import_articles.py [-n 5000] [--reference 300] [--batch-size 500] [--keep]
    .venv/bin/python bench/import_articles.py --database-url postgres://postgres@127.0.0.1:5432/EMPTY_DB

With ``--into``, N new articles go into the archive that is already there instead (its edition «eg», section
«politics»; nothing else is timed, nothing is removed): what an import costs as the archive grows, e.g. into a
database ``bench/search_speed.py --keep`` or ``make bench`` built::

    .venv/bin/python bench/import_articles.py --into --data-dir KEPT_DATA_DIR -n 5000            # SQLite
    .venv/bin/python bench/import_articles.py --into --database-url postgres://…/KEPT_DB -n 5000   # PostgreSQL
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

WORDS = (
    "الحكومة الرئيس الوزراء البرلمان الجيش الليبي القاهرة طرابلس بيروت دمشق مدينة درنة قوات عناصر مدخل "
    "أكد أعلن قال أوضح أشار مصدر مسؤول رسمي اليوم أمس الأسبوع الماضي المقبل اجتماع مجلس الأمن الدولي "
    "الاقتصاد الأسعار السوق البورصة الدولار الجنيه الليرة النفط الغاز الكهرباء المياه الزراعة الصناعة "
    "المنتخب المباراة الدوري الكأس الفريق اللاعب المدرب الهدف الملعب الجمهور الموسم البطولة "
    "الصحة المستشفى الأطباء المرضى الدواء التعليم المدارس الجامعة الطلاب الامتحانات النتائج "
    "الثقافة المهرجان الفيلم الكتاب المعرض الفنان المسرح الموسيقى الشعر الرواية "
    "في من إلى على عن مع بعد قبل خلال حول بين عند لدى حتى منذ كما أن إن التي الذي الذين "
    "الجديد الكبير الأول الثاني العربية المصرية اللبنانية السورية الليبية الوطنية العامة الخاصة"
).split()
SECTIONS = ["politics", "economy", "sports", "culture", "health", "world", "local", "tech"]
FIRST = "فاطمة أحمد محمد سارة خالد ليلى عمر نور يوسف هدى سعيد منى".split()
LAST = "السعداوي علي منصور حداد الخطيب العلي النجار الفرماوي سليمان عيسى".split()
TAGS = [f"{a} {b}" for a in WORDS[:20] for b in WORDS[20:30]]


def synthetic_articles(count: int, *, prefix: str, seed: int = 7):
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    authors = [f"{f} {last}" for f in FIRST for last in LAST]
    for n in range(count):
        paragraphs = [" ".join(rng.choices(WORDS, k=66)) + "." for _ in range(5)]
        yield {
            "external_id": f"{prefix}-{n}",
            "section": SECTIONS[n % len(SECTIONS)],
            "title": " ".join(rng.choices(WORDS, k=rng.randint(6, 11))),
            "subtitle": " ".join(rng.choices(WORDS, k=8)),
            "published_at": (start + timedelta(minutes=7 * n)).astimezone().isoformat(),
            "body": "".join(f"<p>{p}</p>" for p in paragraphs),
            "dateline": rng.choice(["القاهرة", "طرابلس", "بيروت", "دمشق"]),
            "byline": " و ".join(rng.sample(authors, rng.choice([1, 1, 1, 2]))),
            "tags": rng.sample(TAGS, rng.randint(0, 3)),
            "breaking": n % 97 == 0,
        }


def _demo_sentences() -> list[str]:
    """Sentences of the demo stories (real Arabic news prose written for the demo network)."""
    sentences = []
    for path in sorted((REPO / "nashra" / "demo" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                body = re.sub(r"<[^>]+>", " ", json.loads(line).get("body", ""))
                sentences += [s.strip() for s in re.split(r"[.؟!]\s", body) if len(s.split()) >= 5]
    return sentences


def news_like_articles(count: int, *, prefix: str, seed: int = 7):
    """Articles made of sentences of the demo stories: news vocabulary with its natural word frequencies.

    ``synthetic_articles`` draws every word from 111, so each word is in nearly every
    article: the worst case for a search index. Real news follows Zipf's law (a few
    words everywhere, most words rare) and repeats phrases («مجلس الأمن الدولي»);
    whole sentences keep both. Same fields as ``synthetic_articles``.

    Titles repeat the way a news archive's do: one in fifty is a recurring daily title (forty of
    them, so each comes back about 500 times in a million, like «مواقيت الصلاة في القاهرة»); the
    others join the start of one sentence to the end of another and rarely meet twice. (Until
    December 2026 every title was the start of one sentence, ~11,000 repeats each at 1 M: the
    slug suffixes of so many equal titles, not the archive's size, then set the import rate.)
    """
    rng = random.Random(seed)
    sentences = _demo_sentences()
    recurring = [" ".join(sentence.split()[:5]) for sentence in sentences[:40]]
    for record in synthetic_articles(count, prefix=prefix, seed=seed):
        paragraphs = [" ".join(rng.sample(sentences, rng.randint(2, 4))) for _ in range(5)]
        if rng.random() < 0.02:
            record["title"] = rng.choice(recurring)
        else:
            head, tail = rng.choice(sentences).split(), rng.choice(sentences).split()
            record["title"] = " ".join(head[: rng.randint(4, 8)] + tail[-rng.randint(2, 4):])
        record["subtitle"] = rng.choice(sentences)
        record["body"] = "".join(f"<p>{p}.</p>" for p in paragraphs)
        yield record


def timed(function, *args, **kwargs):
    """``(result, CPU seconds)``: CPU time is noted too, as wall time suffers first on a busy machine."""
    started = time.process_time()
    result = function(*args, **kwargs)
    return result, time.process_time() - started


def show(label: str, count: int, seconds: float, cpu: float, note: str = "") -> None:
    print(f"{label + ':':26s}{count:6d} in {seconds:6.2f} s = {count / seconds:6.0f} articles/s"
          f"  [CPU {cpu:5.2f} s = {count / cpu:5.0f}/CPU-s]{'  (' + note + ')' if note else ''}")


def write_jsonl(path: Path, records) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def setup_django(data_dir: Path, database_url: str | None = None) -> None:
    os.environ["NASHRA_DATA_DIR"] = str(data_dir)
    for name in ("DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    if database_url:  # an empty database the run may fill (PostgreSQL)
        os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("NASHRA_SECRET_KEY", "bench-only-" + os.urandom(16).hex())
    os.environ["DJANGO_SETTINGS_MODULE"] = "nashra.settings"
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def reference_add_child(records, edition) -> float:
    """The stock way: one page at a time through treebeard/Wagtail (no revision, like the bulk path)."""
    from nashra.articles.models import ArticlePage, Author, SectionPage
    from nashra.core.html import body_to_html
    from nashra.importing.services import validate_record

    home = edition.site.root_page
    sections = {s.slug: s for s in SectionPage.objects.child_of(home)}
    started = time.perf_counter()
    for n, obj in enumerate(records, start=1):
        record = validate_record(n, obj)
        page = ArticlePage(
            title=record.title, subtitle=record.subtitle or "", body=body_to_html(obj["body"]),
            dateline=record.dateline or "", published_at=record.published_at,
            first_published_at=record.published_at, last_published_at=record.published_at,
            is_breaking=bool(record.breaking), external_id=record.external_id,
        )
        authors = [
            Author.objects.filter(name=a).first() or Author.objects.create(name=a) for a in record.authors
        ]
        page.authors.set(authors)
        page.tags.set(record.tags)
        sections[record.section_slug].add_child(instance=page)
    return time.perf_counter() - started


def into_existing(args) -> None:
    """``--into``: N articles into the archive of ``--data-dir`` / ``--database-url``, one section, the import's
    own batches (index included); prints the archive's size before and the rate."""
    if not args.data_dir and not args.database_url:
        sys.exit("--into needs --data-dir (SQLite) or --database-url (PostgreSQL) of an existing archive")
    setup_django(args.data_dir or Path(tempfile.mkdtemp(prefix="nashra-bench-import-")), args.database_url)
    from nashra.articles.models import ArticlePage
    from nashra.importing.services import find_edition, import_file

    edition = find_edition("eg")
    have = ArticlePage.objects.count()
    records = []
    for record in synthetic_articles(args.n, prefix=f"into-{have}-{time.time_ns()}", seed=have):
        record["section"] = "politics"
        records.append(record)
    with tempfile.TemporaryDirectory() as scratch:
        source = write_jsonl(Path(scratch) / "more.jsonl", records)
        report, cpu = timed(import_file, source, edition, batch_size=args.batch_size)
    assert report.created == args.n and not report.errors, report.errors[:5]
    show(f"into {have:,} articles", report.created, report.seconds, cpu, "one section, index included")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=5000, help="articles for the bulk path (default 5000)")
    parser.add_argument("--reference", type=int, default=300, help="articles for add_child (default 300)")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--no-check", action="store_true", help="skip Page.find_problems() afterwards")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    parser.add_argument("--database-url", help="an EMPTY database to fill instead of a new SQLite file "
                        "(e.g. postgres://postgres@127.0.0.1:5432/import_bench)")
    parser.add_argument("--into", action="store_true",
                        help="import -n articles into the existing archive of --data-dir or --database-url")
    parser.add_argument("--data-dir", type=Path, help="with --into: an existing NASHRA_DATA_DIR (SQLite)")
    args = parser.parse_args()
    if args.into:
        into_existing(args)
        return

    data_dir = Path(tempfile.mkdtemp(prefix="nashra-bench-import-"))
    try:
        setup_django(data_dir, args.database_url)
        from django.core.management import call_command
        from django.db import connection
        from wagtail.models import Page

        from nashra.articles.edition_setup import EditionSpec, ensure_edition
        from nashra.articles.models import ArticlePage
        from nashra.importing.services import import_file

        call_command("migrate", verbosity=0)
        edition = ensure_edition(EditionSpec(
            slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
            time_zone="Africa/Cairo", month_style="both", is_default_site=True,
        ))
        source = write_jsonl(data_dir / "articles.jsonl", synthetic_articles(args.n, prefix="bulk"))
        more = write_jsonl(data_dir / "more.jsonl", synthetic_articles(args.n, prefix="more", seed=8))
        size_mb = source.stat().st_size / 1e6
        if connection.vendor == "sqlite":
            print(f"SQLite {connection.Database.sqlite_version}, data dir {data_dir}")
        else:
            print(f"{connection.vendor} {connection.pg_version}, database {connection.settings_dict['NAME']}")
        print(f"{args.n} synthetic articles, {size_mb:.1f} MB of JSONL, batch size {args.batch_size}")

        first, first_cpu = timed(import_file, source, edition, batch_size=args.batch_size)
        assert first.created == args.n and not first.errors, first.errors[:5]
        show("bulk import (new)", first.created, first.seconds, first_cpu,
             f"creates its {len(SECTIONS)} sections too")

        second, second_cpu = timed(import_file, more, edition, batch_size=args.batch_size)
        assert second.created == args.n and not second.errors, second.errors[:5]
        show("bulk import (new, again)", second.created, second.seconds, second_cpu,
             f"sections exist, {args.n} siblings already")

        again, again_cpu = timed(import_file, source, edition, batch_size=args.batch_size)
        assert again.updated == args.n and again.created == 0, again.errors[:5]
        show("re-import (all updates)", again.updated, again.seconds, again_cpu)

        reference = list(synthetic_articles(args.reference, prefix="ref", seed=11))
        seconds, ref_cpu = timed(reference_add_child, reference, edition)
        show("one add_child per row", args.reference, seconds, ref_cpu)
        ref_rate = args.reference / seconds
        print(f"bulk / add_child: {first.per_second / ref_rate:.1f}× "
              f"(steady state {second.per_second / ref_rate:.1f}×; "
              f"per CPU-second {(first.imported / first_cpu) / (args.reference / ref_cpu):.1f}×)")

        total = ArticlePage.objects.count()
        assert total == 2 * args.n + args.reference, total
        if not args.no_check:
            started = time.perf_counter()
            problems = [ids for ids in Page.find_problems() if ids]
            print(f"Page.find_problems() over {Page.objects.count()} pages: "
                  f"{'none' if not problems else problems} ({time.perf_counter() - started:.1f} s)")
            if problems:
                sys.exit(1)
    finally:
        if args.keep:
            print(f"kept {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
