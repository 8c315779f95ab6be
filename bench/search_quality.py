"""Arabic search quality and speed of nashra.arabic (issue 4).

    python bench/search_quality.py [DATASET.json] [--words N] [--misses]

Builds an in-memory inverted index of stems (with positions) for every document of the
development set (default ``../shared/data/arabic-search-dev.json`` next to the repo),
runs every query with AND semantics (every word required; quoted text is a phrase) and
prints precision, recall and F1, micro-averaged over all (query, document) pairs, overall
and per phenomenon tag. The same is printed for a baseline that only folds letters
(tokenize → normalise, no stop-words, no stemming).

Then it times ``terms()`` over a synthetic news-like text of N words (default 1 M:
dev-set words with random clitics and suffixes, 3 % unseen pseudo-words, Zipf-sampled)
against the fold-only baseline on the same text, and ``stem()`` on never-seen words.
No Django, no database.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nashra.arabic.engine_queries import matching_documents  # noqa: E402
from nashra.arabic.normalize import tokenize  # noqa: E402
from nashra.arabic.search_query import QueryPart  # noqa: E402
from nashra.arabic.stemmer import Stemmer, query_terms  # noqa: E402

DEFAULT_DATASET = ROOT.parent / "shared" / "data" / "arabic-search-dev.json"

Index = dict[str, dict[int, list[int]]]  # stem → doc id → positions


def build_index(docs: list[dict], analyse: Callable[[str], list[str]]) -> Index:
    index: Index = defaultdict(lambda: defaultdict(list))
    for doc in docs:
        for pos, stem in enumerate(analyse(doc["text"])):
            index[stem][doc["id"]].append(pos)
    return index


def matches(index: Index, parts: list[QueryPart]) -> set[int]:
    """Documents the site's search would match (:func:`nashra.arabic.engine_queries.matching_documents`)."""
    return matching_documents(index, parts)


def fold_only_parts(query: str) -> list[QueryPart]:
    return [QueryPart((t.norm,), (t.original,)) for t in tokenize(query)]


class Tally:
    def __init__(self) -> None:
        self.queries = self.relevant = self.retrieved = self.hits = 0

    def add(self, relevant: set[int], retrieved: set[int]) -> None:
        self.queries += 1
        self.relevant += len(relevant)
        self.retrieved += len(retrieved)
        self.hits += len(relevant & retrieved)

    def prf(self) -> tuple[float, float, float]:
        p = self.hits / self.retrieved if self.retrieved else 1.0
        r = self.hits / self.relevant if self.relevant else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def row(self, label: str) -> str:
        p, r, f = self.prf()
        return (f"{label:<28} {self.queries:>4} {self.relevant:>5} {self.retrieved:>6} {self.hits:>5}"
                f"   {p:6.3f} {r:6.3f} {f:6.3f}")


HEADER = f"{'':<28} {'qry':>4} {'rel':>5} {'found':>6} {'hits':>5}   {'prec':>6} {'recall':>6} {'F1':>6}"


def evaluate(data: dict, show_misses: bool) -> tuple[Tally, Tally]:
    stemmer = Stemmer()
    stem_index = build_index(data["docs"], lambda text: [t.stem for t in stemmer.terms(text)])
    fold_index = build_index(data["docs"], lambda text: [t.norm for t in tokenize(text)])
    overall, baseline = Tally(), Tally()
    tags: dict[str, Tally] = defaultdict(Tally)
    misses = []
    for q in data["queries"]:
        relevant = set(q["relevant"])
        found = matches(stem_index, query_terms(q["q"], stemmer))
        overall.add(relevant, found)
        baseline.add(relevant, matches(fold_index, fold_only_parts(q["q"])))
        for tag in (t.strip() for t in q.get("phenomena", "").split(",")):
            if tag:
                tags[tag].add(relevant, found)
        if found != relevant:
            misses.append((q["q"], sorted(relevant - found), sorted(found - relevant)))
    print(HEADER)
    print(overall.row("overall (stemmer)"))
    print(baseline.row("baseline (fold only)"))
    print("per phenomenon (stemmer):")
    for tag in sorted(tags):
        print(tags[tag].row("  " + tag))
    if show_misses or misses:
        print(f"queries not answered exactly: {len(misses)}")
        for q, missed, extra in misses:
            print(f"  {q!r}: missed {missed} extra {extra}")
    return overall, baseline


def synthetic_text(data: dict, n_words: int, seed: int = 20240601) -> list[str]:
    """News-like articles of ~400 words from the dev vocabulary with clitics and suffixes."""
    rng = random.Random(seed)
    bases = sorted({t.original for d in data["docs"] for t in tokenize(d["text"])})
    prefixes = ["", "", "", "", "", "و", "ال", "ال", "وال", "بال", "لل", "ب", "ل", "فال"]
    suffixes = ["", "", "", "", "", "", "ها", "هم", "ات", "ون", "ين", "ة", "ه", "اً"]
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    vocab = [
        p + b + s for b in bases for p in rng.sample(prefixes, 3) for s in rng.sample(suffixes, 3)
    ]
    rng.shuffle(vocab)
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    words = rng.choices(vocab, weights=weights, k=n_words)
    for i in range(0, n_words, 33):  # 3 % of words never seen before
        words[i] = "".join(rng.choice(letters) for _ in range(rng.randint(3, 8)))
    articles, chunk = [], 400
    for i in range(0, n_words, chunk):
        part = words[i:i + chunk]
        articles.append(" ".join(w + ("، " if j % 12 == 11 else "") for j, w in enumerate(part)) + ".")
    return articles


def timed(fn: Callable[[str], list], articles: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    count = sum(len(fn(a)) for a in articles)
    return time.perf_counter() - start, count


def speed(data: dict, n_words: int) -> None:
    articles = synthetic_text(data, n_words)
    stemmer = Stemmer()  # cold caches: the run pays for every first sighting
    t_terms, kept = timed(stemmer.terms, articles)
    t_fold, folded = timed(tokenize, articles)
    rate_terms, rate_fold = n_words / t_terms, n_words / t_fold
    print(f"\nspeed over {n_words:,} synthetic words ({len(articles):,} articles):")
    print(f"  terms() (tokenize+stop-words+fold+stem): {rate_terms:>12,.0f} words/s  ({kept:,} terms)")
    print(f"  baseline tokenize() fold only:           {rate_fold:>12,.0f} words/s  ({folded:,} tokens)")
    print(f"  ratio terms/baseline: {rate_terms / rate_fold:.2f}")
    rng = random.Random(7)
    unseen = ["".join(rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهويةى") for _ in range(rng.randint(3, 9)))
              for _ in range(100_000)]
    cold = Stemmer()
    start = time.perf_counter()
    for w in unseen:
        cold.stem(w)
    rate_cold = len(unseen) / (time.perf_counter() - start)
    print(f"  stem() on never-seen words (no cache hit): {rate_cold:,.0f} words/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", default=str(DEFAULT_DATASET))
    parser.add_argument("--words", type=int, default=1_000_000, help="synthetic words for the speed run")
    parser.add_argument("--misses", action="store_true", help="list queries not answered exactly")
    args = parser.parse_args(argv)
    data = json.loads(Path(args.dataset).read_text(encoding="utf-8"))
    print(f"dataset: {args.dataset} ({len(data['docs'])} documents, {len(data['queries'])} queries)")
    overall, _ = evaluate(data, args.misses)
    if args.words:
        speed(data, args.words)
    p, r, _ = overall.prf()
    ok = r >= 0.90 and p >= 0.95
    print(f"\ntarget recall >= 0.90 and precision >= 0.95: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
