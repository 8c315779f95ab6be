"""``nashra reindex`` on PostgreSQL writes its batches over several connections side by side; one at a time on
SQLite and inside a transaction. Either way every live article is indexed once the rebuild returns, and a
batch's failure stops it with that batch's exception."""

import threading
import time

import pytest
from django.db import connection

from nashra.search import services, side_by_side
from nashra.search.models import SearchDocument


def test_inside_a_transaction_the_batches_are_written_one_at_a_time(db, settings):
    settings.NASHRA_REINDEX_WRITERS = 2
    seen = []
    progress = []
    total = side_by_side.write_batches([[1, 2], [3]], lambda batch: seen.append(threading.current_thread()) or 7,
                                       progress.append)
    assert total == 14 and progress == [2, 1]
    assert seen == [threading.current_thread()] * 2  # the test's transaction: other connections would not see it


postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql",
                                     reason="SQLite has one writer: the batches are written one at a time there")
committed = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@postgresql_only
@committed
def test_on_postgresql_a_reindex_writes_every_article_over_two_connections(article_factory, editions, settings,
                                                                         monkeypatch):
    settings.NASHRA_REINDEX_WRITERS = 2
    stories = [article_factory(title=f"الانتخابات البلدية رقم {n}", body="<p>أعلنت الحكومة النتائج.</p>")
               for n in range(7)]
    threads = set()
    original = services.index_articles

    def index_articles(ids, known_stems=None):
        threads.add(threading.current_thread().name)
        return original(ids, known_stems)

    monkeypatch.setattr(services, "BATCH", 2)
    monkeypatch.setattr(services, "index_articles", index_articles)
    progress = []
    assert services.reindex(progress=progress.append) == 7
    assert sum(progress) == 7 and all(name.startswith("nashra-reindex") for name in threads)
    assert set(SearchDocument.objects.values_list("article_id", flat=True)) == {s.pk for s in stories}
    assert len(services.search(editions["eg"], "الانتخابات", limit=20).hits) == 7


@postgresql_only
@committed
def test_on_postgresql_a_failed_batch_stops_the_reindex(settings):
    settings.NASHRA_REINDEX_WRITERS = 2
    written = []

    def work(batch):
        if batch == [3]:
            raise RuntimeError("index refused")
        if batch[0] > 3:
            time.sleep(0.01)  # a batch takes time: the error is seen long before the last one would begin
        written.append(batch)
        return len(batch)

    with pytest.raises(RuntimeError, match="index refused"):
        side_by_side.write_batches([[1], [2], [3], *([[n] for n in range(4, 400)])], work)
    assert len(written) < 100  # the batches not begun when it failed were not written
