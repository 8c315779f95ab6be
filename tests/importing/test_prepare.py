"""A large SQLite import checks its next lines (and the index's stems) in a forked helper process.

Whether a line is checked there or here, it gets the same record or the same message, in the same
order, with the same line number; the stems the helper works out are the ones the index would have
made, and a text the helper did not see is stemmed as before.
"""

import json
import os

import pytest
from django.db import connection

from nashra.importing import prepare
from nashra.importing.records import LineError
from nashra.importing.services import import_lines
from nashra.search import import_hints
from nashra.search import services as search
from nashra.search.models import SearchDocument
from nashra.search.pg_vectors import tsvector_text

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="the helper runs on SQLite imports only")
#: batches really committed, as in a run (a test's transaction keeps the helper off)
committed = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _line(n, **extra):
    return json.dumps({"external_id": f"prep-{n}", "section": "politics", "title": f"خبر رقم {n} عن الانتخابات",
                       "body": "<p>أعلنت الحكومة نتائج الانتخابات اليوم.</p><script>x()</script>",
                       "published_at": "2026-12-01T10:00:00+02:00", **extra}, ensure_ascii=False)


def _mixed_lines(count):
    lines = [_line(n) for n in range(count)]
    lines[3] = "{not json"
    lines[7] = json.dumps({"external_id": "no-title", "section": "politics"})
    lines[11] = ""  # blank: skipped, its number not reused
    lines[600] = json.dumps([1, 2])
    lines[-1] = _line(9999, section="ليس slug")
    return lines


def _plain(outcomes):
    return [(n, str(r) if isinstance(r, LineError) else r) for n, r, _ in outcomes]


@pytest.mark.parametrize("helpers", [1, 2])
def test_a_helper_checks_lines_exactly_as_this_process_does(monkeypatch, settings, helpers):
    settings.NASHRA_IMPORT_HELPERS = helpers
    lines = _mixed_lines(2400)
    monkeypatch.setattr(prepare, "_helpers_wanted", lambda: False)
    here = list(prepare.checked(lines=lines))
    seen_in = set()
    monkeypatch.setattr(prepare, "_helpers_wanted", lambda: True)
    monkeypatch.setitem(prepare._factories, "pid", lambda: lambda record: {"pid": str(os.getpid())})
    beside = list(prepare.checked(lines=lines))
    for _, _, hints in beside:
        seen_in.update(hints.get("pid", {}).values())

    assert _plain(beside) == _plain(here)
    assert [n for n, r, _ in here if isinstance(r, LineError)] == [4, 8, 601, 2400]
    assert 12 not in [n for n, _, _ in here]  # the blank line
    assert 1 <= len(seen_in) <= helpers and str(os.getpid()) not in seen_in  # checked in other processes
    assert prepare._line_work == {}  # nothing of the run is kept


def test_a_small_import_stays_in_this_process(monkeypatch):
    forked = []
    monkeypatch.setattr(prepare, "_helpers_wanted", lambda: True)
    monkeypatch.setitem(prepare._factories, "pid", lambda: forked.append(1) or (lambda record: {}))
    outcomes = list(prepare.checked(lines=[_line(n) for n in range(prepare.CHUNK * 2 - 1)]))
    assert len(outcomes) == prepare.CHUNK * 2 - 1 and not forked  # no helper made for it
    assert all(hints == {} for _, _, hints in outcomes)


def test_the_helper_is_off_inside_a_transaction_and_when_the_setting_says_so(db, settings):
    assert not prepare._helpers_wanted()  # the test's transaction
    settings.NASHRA_IMPORT_HELPERS = 0
    assert not prepare._helpers_wanted()


@sqlite_only
@committed
def test_a_large_import_is_indexed_with_the_helper_s_stems(editions, monkeypatch):
    stemmed_here = []
    original = search._stems
    monkeypatch.setattr(search, "_stems", lambda stemmer, text: stemmed_here.append(text) or original(stemmer, text))

    report = import_lines([_line(n) for n in range(1100)], editions["eg"], batch_size=500)

    assert report.created == 1100 and len(report.warnings) == 1100  # the script was removed, as inline
    assert SearchDocument.objects.count() == 1100
    assert [h.article.external_id for h in search.search(editions["eg"], "1099 الانتخابات").hits] == ["prep-1099"]
    body_hits = search.search(editions["eg"], "الحكومه")  # a body word
    assert len(body_hits.hits) == search.PAGE_SIZE and body_hits.has_next
    # The first lines were checked here, as they came (title, meta text, body stemmed here); of the
    # others only the meta text (tags, section, writers): their titles and bodies came stemmed from the helper
    inline = prepare.CHUNK * 2
    assert len(stemmed_here) == 3 * inline + (1100 - inline)


@pytest.mark.django_db
def test_a_hint_is_used_for_its_exact_text_only(editions):
    import_lines([_line(1)], editions["eg"])
    (article_id,) = search.ArticlePage.objects.filter(external_id="prep-1").values_list("pk", flat=True)

    search.index_articles([article_id], {"نص آخر": "كذا"})  # a text the article does not have
    assert len(search.search(editions["eg"], "الانتخابات").hits) == 1
    assert not search.search(editions["eg"], "كذا").hits

    search.index_articles([article_id], {"خبر رقم 1 عن الانتخابات": "كذا"})  # the title's exact text
    assert len(search.search(editions["eg"], "كذا").hits) == 1


def test_the_search_hint_is_the_index_s_own_stems(db):
    work = import_hints.stems_of_each_line()

    class Line:
        title = "أعلنت الحكومة نتائج الانتخابات"
        body = "<p>المدارس</p><p>مدرسه</p>"

    stems = work(Line)
    stemmer = search.get_stemmer()
    form = tsvector_text if connection.vendor == "postgresql" else str  # (PostgreSQL: their tsvector text)
    assert stems == {Line.title: form(search._stems(stemmer, Line.title)),
                     search.plain_text(Line.body): form(search._stems(stemmer, search.plain_text(Line.body)))}
