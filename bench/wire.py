"""The wire desk's bars (issue 23): clustering quality and ingest rate.

1. Precision and recall of ``nashra.wire.minhash`` at its threshold on the dev pairs
   (tests/wire/data/pairs.jsonl, or PAIRS), per kind of pair.
2. Ingest: N wire items (default 10,000) written as mixed files in two drop folders — RSS feeds of 20
   items, NewsML-G2 messages of 10, one-item NITF, IPTC 7901 in windows-1256 and plain text in
   ISO-8859-6 — read by ``poll_source`` into a fresh SQLite database (or --database-url). Prints
   items/s (target ≥ 300), items lost, how well clusters match the stories the items were made from,
   and what polling the same files again adds (target: 0).

    .venv/bin/python bench/wire.py [-n 10000] [--pairs PAIRS] [--database-url postgres://…/EMPTY_DB]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from import_articles import setup_django  # noqa: E402

from tests.wire.data.build_pairs import PARAPHRASES, SAME_SUBJECT, STORIES  # noqa: E402

AGENCIES = ["أ ش أ", "واس", "قنا", "كونا", "وفا", "بترا"]


def quality(pairs_path: Path) -> None:
    from nashra.wire import minhash

    pairs = [json.loads(line) for line in pairs_path.open(encoding="utf-8") if line.strip()]
    tp = fp = fn = 0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for pair in pairs:
        score = minhash.containment(minhash.sketch(pair["a"]), minhash.sketch(pair["b"]))
        same = score >= minhash.THRESHOLD
        per_kind[pair["kind"] if "kind" in pair else str(pair["same"])][0] += same == pair["same"]
        per_kind[pair["kind"] if "kind" in pair else str(pair["same"])][1] += 1
        tp += same and pair["same"]
        fp += same and not pair["same"]
        fn += (not same) and pair["same"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"clustering on {pairs_path.name}: {len(pairs)} pairs, threshold {minhash.THRESHOLD} "
          f"(containment, {minhash.SHINGLE_WORDS}-stem shingles, {minhash.BINS} bins)")
    print(f"  precision {precision:.3f}  recall {recall:.3f}")
    for kind, (right, total) in sorted(per_kind.items()):
        print(f"    {kind:<14} {right}/{total} right")


def _vocabulary() -> list[str]:
    texts = STORIES + [t for _n, t in SAME_SUBJECT] + [t for _n, t in PARAPHRASES]
    return sorted({w.strip(".،") for t in texts for w in t.split() if len(w) > 2})


def synthetic_items(n: int, seed: int = 23):
    """n items as (story number, guid, title, paragraphs): stories of 3 paragraphs told 1-5 times by
    different agencies, some with harakat, first takes of one paragraph."""
    rng = random.Random(seed)
    vocab = _vocabulary()
    items, story = [], 0
    while len(items) < n:
        paragraphs = [" ".join(rng.choice(vocab) for _ in range(rng.randint(18, 30))) + "." for _ in range(3)]
        title = " ".join(rng.choice(vocab) for _ in range(8))
        for take in range(rng.randint(1, 5)):
            if len(items) >= n:
                break
            text = list(paragraphs)
            if take == 1:
                text = text[:1]  # the urgent first take
            elif take == 2:
                text = [p.replace("ال", "الْ", 2) for p in text]  # harakat
            elif take == 3:
                text = text[1:] + text[:1] + ["وأضاف المصدر أن تفاصيل أخرى تعلن لاحقا."]
            items.append((story, f"s{story}-t{take}", title, text))
        story += 1
    return items


def write_files(folder_a: Path, folder_b: Path, items) -> None:
    """Mixed formats: ~25 % RSS, 25 % NewsML-G2, 20 % NITF, 15 % 7901 (cp1256), 15 % text (8859-6)."""
    rss, newsml = [], []
    for n, (_story, guid, title, paragraphs) in enumerate(items):
        kind = n % 20
        if kind < 5:
            rss.append((guid, title, paragraphs))
        elif kind < 10:
            newsml.append((guid, title, paragraphs))
        elif kind < 14:
            body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
            (folder_a / f"{guid}.xml").write_text(
                f'<?xml version="1.0" encoding="UTF-8"?><nitf><head><docdata><doc-id id-string="{guid}"/>'
                f'</docdata></head><body><body.head><hedline><hl1>{escape(title)}</hl1></hedline>'
                f"<dateline><location><city>القاهرة</city></location></dateline></body.head>"
                f"<body.content>{body}</body.content></body></nitf>", encoding="utf-8")
        elif kind < 17:
            text = f"\x01ZCZC\n{guid} 3 POL 0200\n{title}\n\x02\n" + "\n\n".join(paragraphs) + "\n\x03\x04"
            (folder_a / f"{guid}.txt").write_bytes(text.encode("cp1256", "replace"))
        else:
            text = title + "\n\n" + "\n\n".join(paragraphs)
            (folder_b / f"{guid}.txt").write_bytes(text.encode("iso8859_6", "replace"))
    for start in range(0, len(rss), 20):
        entries = "".join(
            f"<item><guid>{g}</guid><title>{escape(t)}</title><description>"
            f"{escape(''.join(f'<p>{p}</p>' for p in ps))}</description></item>" for g, t, ps in rss[start:start + 20])
        (folder_b / f"feed-{start:06d}.xml").write_text(
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench</title>{entries}'
            "</channel></rss>", encoding="utf-8")
    for start in range(0, len(newsml), 10):
        news = "".join(
            f'<newsItem guid="{g}" version="1"><contentMeta><headline>{escape(t)}</headline>'
            f"<located><name>عمان</name></located></contentMeta><contentSet><inlineXML><nitf><body><body.content>"
            + "".join(f"<p>{escape(p)}</p>" for p in ps) + "</body.content></body></nitf></inlineXML></contentSet>"
            "</newsItem>" for g, t, ps in newsml[start:start + 10])
        (folder_a / f"newsml-{start:06d}.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
            f"<itemSet>{news}</itemSet></newsMessage>", encoding="utf-8")


def ingest(n: int, data_dir: Path, database_url: str | None) -> None:
    drop = data_dir / "drop"
    (drop / "a").mkdir(parents=True)
    (drop / "b").mkdir(parents=True)
    import os

    os.environ["NASHRA_WIRE_DROP_ROOTS"] = str(drop)
    setup_django(data_dir, database_url)
    from django.core.management import call_command

    from nashra.articles.edition_setup import EditionSpec, ensure_edition
    from nashra.wire import services
    from nashra.wire.models import FOLDER, WireItem, WireSource

    call_command("migrate", verbosity=0)
    edition = ensure_edition(EditionSpec(slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
                                         time_zone="Africa/Cairo", month_style="both", is_default_site=True))
    items = synthetic_items(n)
    write_files(drop / "a", drop / "b", items)
    sources = []
    for name, folder in (("a", drop / "a"), ("b", drop / "b")):
        source = WireSource.objects.create(name=name, kind=FOLDER, folder=str(folder), agency=name, credit=name)
        source.editions.add(edition)
        sources.append(source)
    started = time.perf_counter()
    # What the workers run once the scheduler has queued both sources (``poll_source_task``), one after
    # the other here: the timing is the polling's own, not a worker's start-up.
    created = sum(services.poll_source(source) for source in sources)
    elapsed = time.perf_counter() - started
    errors = [s.last_error for s in WireSource.objects.all() if s.last_error]
    stored = WireItem.objects.count()
    print(f"ingest: {n} items in {len(list((drop / 'a').iterdir())) + len(list((drop / 'b').iterdir()))} files, "
          f"{elapsed:.1f} s, {created / elapsed:.0f} items/s (target ≥ 300); stored {stored}, "
          f"lost {n - stored}; errors: {errors or 'none'}")
    story_of = {guid: story for story, guid, _t, _p in items}
    clusters = dict(WireItem.objects.values_list("guid", "cluster"))
    by_cluster: dict[int, Counter] = defaultdict(Counter)
    for guid, cluster in clusters.items():
        by_cluster[cluster][story_of[guid]] += 1
    pure = sum(c.most_common(1)[0][1] for c in by_cluster.values())
    by_story: dict[int, Counter] = defaultdict(Counter)
    for guid, cluster in clusters.items():
        by_story[story_of[guid]][cluster] += 1
    whole = sum(c.most_common(1)[0][1] for c in by_story.values())
    print(f"  clusters: {len(by_cluster)} for {len(by_story)} stories; purity {pure / stored:.3f}, "
          f"completeness {whole / stored:.3f}")
    for source in sources:
        source.refresh_from_db()
        source.folder_state = {}  # read every file again, as if it were new
        source.last_polled_at = None
        source.save()
    started = time.perf_counter()
    again = sum(services.poll_source(source) for source in sources)
    print(f"  polled again: {again} new, {WireItem.objects.count() - stored} duplicated "
          f"({time.perf_counter() - started:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--pairs", type=Path, default=REPO / "tests" / "wire" / "data" / "pairs.jsonl")
    parser.add_argument("--database-url")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="nashra-bench-wire-"))
    try:
        sys.path.insert(0, str(REPO))
        quality(args.pairs)
        ingest(args.n, data_dir, args.database_url)
    finally:
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
