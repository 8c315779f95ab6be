"""The site's query semantics over an in-memory index of stems (nashra.arabic.engine_queries.matching_documents,
as bench/search_quality.py reads them), for the search-quality tests of this folder."""

import json
from pathlib import Path

from nashra.arabic.engine_queries import matching_documents
from nashra.arabic.stemmer import Stemmer, query_terms

SETS = Path(__file__).resolve().parents[1] / "search_eval"


def searcher(docs: dict[int, str]):
    """A function from a query to the ids of ``docs`` it finds."""
    stemmer, index = Stemmer(), {}
    for number, text in docs.items():
        for position, term in enumerate(stemmer.terms(text)):
            index.setdefault(term.stem, {}).setdefault(number, []).append(position)
    return lambda query: matching_documents(index, query_terms(query, stemmer))


def evaluate(name: str) -> dict:
    """Recall, precision and must-not hits of an evaluation set of tests/search_eval/, with its sizes."""
    data = json.loads((SETS / name).read_text(encoding="utf-8"))
    search = searcher({doc["id"]: doc["text"] for doc in data["docs"]})
    relevant = retrieved = hits = must_not_hits = 0
    for query in data["queries"]:
        wanted, found = set(query["relevant"]), search(query["q"])
        relevant, retrieved, hits = relevant + len(wanted), retrieved + len(found), hits + len(wanted & found)
        must_not_hits += len(set(query.get("must_not", [])) & found)
    return {"docs": len(data["docs"]), "queries": len(data["queries"]), "recall": hits / relevant,
            "precision": hits / retrieved, "must_not_hits": must_not_hits}
