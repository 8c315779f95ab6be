"""Content events (nashra.core.events): one source for «what readers can see changed».

Search and delivery follow publishes, moves, retractions, imports and the daily services only
through these events; a new widget subscribes here. The tests check what a subscriber is told.
"""

from dataclasses import dataclass

import pytest

from nashra.core import events


@pytest.fixture
def received():
    """Subscribe a recorder to every event type for one test."""
    seen: list = []
    types = (events.ArticlePublished, events.ArticleMoved, events.ArticleWithdrawn, events.StructureChanged,
             events.ArticlesImported, events.EditionContentChanged)
    for event_type in types:
        events.subscribe(event_type, seen.append)
    yield seen
    for event_type in types:
        events._handlers[event_type].remove(seen.append)


@dataclass(frozen=True)
class Ping:
    """An event type of this test only (the real ones reach delivery, which needs a database)."""

    edition_id: int


@pytest.fixture
def pings():
    seen: list = []
    events.subscribe(Ping, seen.append)
    yield seen
    events._handlers.pop(Ping)


def test_coalesced_hands_on_each_distinct_event_once_at_the_end(pings):
    with events.coalesced():
        for _ in range(12):
            events.emit(Ping(1))
        events.emit(Ping(2))
        with events.coalesced():  # joins the outer block
            events.emit(Ping(1))
        assert pings == []
    assert pings == [Ping(1), Ping(2)]


def test_a_block_that_fails_emits_nothing(pings):
    with pytest.raises(RuntimeError), events.coalesced():
        events.emit(Ping(1))
        raise RuntimeError
    assert pings == []
    events.emit(Ping(3))  # and emitting works again afterwards
    assert pings == [Ping(3)]


def test_a_republish_says_where_the_article_was_and_whether_it_was_breaking(received, article_factory):
    story = article_factory(title="خبر عاجل", is_breaking=True)
    old_url = story.url_path
    received.clear()
    story.title = "خبر معدل"
    story.is_breaking = False
    story.save_revision().publish()
    published = [e for e in received if isinstance(e, events.ArticlePublished)]
    assert len(published) == 1
    event = published[0]
    assert event.article.pk == story.pk and event.old_url_path == old_url and event.was_breaking
    assert event.old_edition_id == story.edition_id


def test_a_move_carries_the_new_section_and_the_old_url(received, editions, article_factory):
    story = article_factory()
    old_url, old_section = story.url_path, story.section_id
    sports = editions["sections"]["eg"]["sports"]
    received.clear()
    story.move(sports, pos="last-child")
    moved = [e for e in received if isinstance(e, events.ArticleMoved)]
    assert len(moved) == 1
    event = moved[0]
    assert event.old_url_path == old_url and event.old_section_id == old_section
    assert event.new_section_id == sports.pk and event.article.section_id == sports.pk
    assert event.article.url_path != old_url and "/sports/" in event.article.url_path


def test_unpublish_and_delete_are_withdrawals(received, article_factory):
    story = article_factory()
    other = article_factory()
    seen = []
    events.subscribe(events.ArticleWithdrawn, record := lambda e: seen.append((e.article.pk, e.deleted, e.was_live)))
    try:
        story.unpublish()
        other_pk = other.pk
        other.delete()  # Wagtail unpublishes a live page before deleting it
    finally:
        events._handlers[events.ArticleWithdrawn].remove(record)
    assert seen == [(story.pk, False, True), (other_pk, False, True), (other_pk, True, True)]


def test_a_section_moved_to_another_edition_names_both_editions(received, editions):
    section = editions["sections"]["eg"]["sports"]
    lb_home = editions["sections"]["lb"]["politics"].get_parent()
    received.clear()
    section.move(lb_home, pos="last-child")
    changed = [e for e in received if isinstance(e, events.StructureChanged)]
    assert [(e.kind, e.edition_id, e.old_edition_id) for e in changed] == [
        ("moved", editions["lb"].pk, editions["eg"].pk)]


def test_services_announce_instead_of_purging(received, editions):
    from nashra.prayer.models import EditionPrayerSettings

    EditionPrayerSettings.objects.update_or_create(edition=editions["eg"], defaults={"city_slug": "cairo"})
    assert events.EditionContentChanged(editions["eg"].pk, "prayer") in received
