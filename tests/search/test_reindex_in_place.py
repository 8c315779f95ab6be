"""``nashra reindex`` rebuilds the index in place: readers searching during the rebuild (after an upgrade
that changed the keys, at a million articles about ten minutes) still find every article, and what the
index held of articles no longer live is gone when it ends. ``--from-empty`` empties it first."""

import pytest
from django.core.management import call_command
from django.db import connection

from nashra.articles.models import ArticlePage
from nashra.search import services
from nashra.search.models import SearchDocument

pytestmark = pytest.mark.django_db


def found(editions, query, edition="eg"):
    return [hit.article.pk for hit in services.search(editions[edition], query).hits]


def _searching_during_the_rebuild(monkeypatch, editions, **options):
    """What a search for the last batch's article finds while the first batch is being written."""
    monkeypatch.setattr(services, "BATCH", 1)
    seen = []
    original = services.index_articles

    def index_articles(ids, known_stems=None):
        if not seen:
            seen.append(found(editions, "المصفاة"))
        return original(ids, known_stems)

    monkeypatch.setattr(services, "index_articles", index_articles)
    services.reindex(**options)
    return seen[0]


def test_an_article_stays_findable_while_the_index_is_rebuilt(article_factory, editions, monkeypatch):
    first = article_factory(title="افتتاح جسر جديد")
    last = article_factory(title="حريق في المصفاة الكبرى")
    assert first.pk < last.pk  # the rebuild goes in article order: the refinery story comes last
    assert _searching_during_the_rebuild(monkeypatch, editions) == [last.pk]
    assert found(editions, "المصفاة") == [last.pk]


def test_from_empty_leaves_search_empty_until_it_ends(article_factory, editions, monkeypatch):
    article_factory(title="افتتاح جسر جديد")
    last = article_factory(title="حريق في المصفاة الكبرى")
    assert _searching_during_the_rebuild(monkeypatch, editions, from_empty=True) == []
    assert found(editions, "المصفاة") == [last.pk]


def test_what_changed_behind_the_index_s_back_is_put_right(article_factory, editions):
    """Changed with ``update()`` (as a restored database or a script would): no signal told the index."""
    kept = article_factory(title="مباراة القمة الليلة")
    withdrawn = article_factory(title="مباراة ودية ألغيت")
    beirut = article_factory(edition="lb", title="مباراة في بيروت")
    ArticlePage.objects.filter(pk=withdrawn.pk).update(live=False)
    SearchDocument.objects.filter(article_id=beirut.pk).update(edition_id=editions["eg"].pk)  # a stale row

    call_command("reindex", edition="eg")
    assert found(editions, "مباراة") == [kept.pk]
    assert not SearchDocument.objects.filter(article_id=withdrawn.pk).exists()
    assert SearchDocument.objects.get(article_id=beirut.pk).edition_id == editions["lb"].pk  # where it is
    assert found(editions, "مباراة", "lb") == [beirut.pk]


def test_the_command_can_start_from_empty(article_factory, editions, monkeypatch):
    article = article_factory(title="افتتاح المستشفيات")
    calls = []
    original = services.reindex
    monkeypatch.setattr("nashra.search.management.commands.reindex.reindex",
                        lambda *args, **kwargs: calls.append(kwargs["from_empty"]) or original(*args, **kwargs))
    call_command("reindex", "--from-empty")
    call_command("reindex")
    assert calls == [True, False]
    assert found(editions, "مستشفى") == [article.pk]


def _gin_index_oid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 'nashra_search_vector_gin'::regclass::oid")
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's GIN index of the stems")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_postgresql_a_large_rebuild_in_place_ends_by_rebuilding_the_index(article_factory, editions):
    """Rewritten in place, the GIN index keeps every dead entry (at 1 M articles its week scans then read 30×
    more): a rebuild of a fifth of the index or more ends with REINDEX … CONCURRENTLY, which makes a new
    index while searches go on."""
    article = article_factory(title="حريق في المصفاة الكبرى")
    for n in range(5):
        article_factory(edition="lb", title=f"خبر من بيروت {n}")
    before = _gin_index_oid()
    call_command("reindex", edition="eg")
    assert _gin_index_oid() == before  # one article of six: few dead entries, left to autovacuum
    call_command("reindex", "--from-empty")
    assert _gin_index_oid() == before  # emptied first: no dead entries
    call_command("reindex", edition="lb")
    after_lebanon = _gin_index_oid()
    assert after_lebanon != before
    call_command("reindex")
    assert _gin_index_oid() != after_lebanon
    assert found(editions, "المصفاة") == [article.pk]
