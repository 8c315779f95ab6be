"""Search quality on a set written by a session that never read the search code (tests/search_eval/).

The site's query semantics on an in-memory index of the stems (nashra.arabic.engine_queries.matching_documents,
as bench/search_quality.py reads them). The issue's bar is recall ≥ 0.95 on held-out sets; precision is held where
it is (0.946 with keys v17, 0.959 with v18) so a change that lets same-root words of another meaning in shows here.
"""

from tests.arabic.search_eval import evaluate


def test_recall_and_precision_on_the_blind_search_set():
    result = evaluate("arabic-search-b.json")
    assert result["docs"] >= 200 and result["queries"] >= 100
    assert result["recall"] >= 0.95, f"recall {result['recall']:.3f}"
    assert result["precision"] >= 0.955, f"precision {result['precision']:.3f}"
