"""The index's stems are the query side's: ``index_stems`` must equal ``Stemmer.terms`` word for word.

Index and query keys drifting apart would make articles unfindable with no error anywhere, so
this compares the two paths on real prose (the demo stories), on marks, tatweel, Latin words,
digits and stop-words, and checks the per-process memo follows a new lexicon and stays bounded.
"""

import json
from pathlib import Path

from nashra.arabic import index_stems as module
from nashra.arabic.index_stems import index_stems
from nashra.arabic.stemmer import Stemmer

DEMO = Path(__file__).resolve().parents[2] / "nashra" / "demo" / "data"


def _terms(stemmer, text):
    return " ".join(t.stem for t in stemmer.terms(text))


def test_index_stems_equal_the_query_sides_terms_on_the_demo_stories():
    stemmer = Stemmer()
    texts = [json.loads(line).get("body", "") for path in sorted(DEMO.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 20
    for text in texts:
        assert index_stems(stemmer, text) == _terms(stemmer, text)


def test_marks_tatweel_latin_digits_and_stop_words_take_the_same_path():
    stemmer = Stemmer()
    text = "أعلنَت الحكومـــة في القاهرة عن COVID-19 و ٢٠٢٥ مدرسه والمدارس\u200c علي الي «سياحيًا»"
    assert index_stems(stemmer, text) == _terms(stemmer, text)
    assert index_stems(stemmer, "") == "" and index_stems(stemmer, None) == ""
    assert index_stems(stemmer, "في من على") == ""  # only stop-words: nothing indexed


def test_a_new_lexicon_is_not_answered_from_the_old_memo():
    plain = Stemmer()
    index_stems(plain, "زرازير")
    edited = Stemmer({"زرازير": "زرزور"})  # an editor's plural entry makes a new stemmer
    assert _terms(plain, "زرازير") != _terms(edited, "زرازير")
    assert index_stems(edited, "زرازير") == _terms(edited, "زرازير") == _terms(edited, "زرزور")
    assert index_stems(plain, "زرازير") == _terms(plain, "زرازير")


def test_the_memo_stops_growing_at_its_limit_and_stays_right(monkeypatch):
    monkeypatch.setattr(module, "MEMO_LIMIT", 3)
    stemmer = Stemmer()
    text = "الحكومة البرلمان الوزراء الاقتصاد المدارس الجامعات"
    assert index_stems(stemmer, text) == _terms(stemmer, text)
    assert len(module._memo) == 3
