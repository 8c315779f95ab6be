"""The beacon and the search page feed the numbers: referrer kinds, unknown ids dropped, searches."""

import pytest

from nashra.dashboard import collect, referrers
from nashra.dashboard.models import SearchCount, ViewEvent


@pytest.fixture(autouse=True)
def _empty_buffers(monkeypatch):
    collect.flush()
    monkeypatch.setattr(collect, "FLUSH_SECONDS", 3600.0)  # the tests flush themselves
    # The network's hosts are kept per process for a while: another test's sites must not be the ones read.
    monkeypatch.setattr(collect, "_hosts", (0.0, frozenset()))
    yield
    collect._views.clear()
    collect._searches.clear()


def _beacon(client, article_id, referrer=""):
    url = f"/_b/?a={article_id}" + (f"&r={referrer}" if referrer else "")
    return client.post(url, HTTP_HOST="eg.localhost")


def test_beacon_views_become_events_with_their_referrer_kind(client, article_factory):
    story = article_factory()
    for referrer in ("", "www.google.com.eg", "m.facebook.com", "lb.localhost", "blog.example.org"):
        assert _beacon(client, story.pk, referrer).status_code == 204
    assert collect.flush() == 5
    events = ViewEvent.objects.filter(article_id=story.pk)
    assert sorted(events.values_list("source", flat=True)) == [
        referrers.DIRECT, referrers.SEARCH, referrers.SOCIAL, referrers.INTERNAL, referrers.OTHER]
    assert set(events.values_list("edition_id", flat=True)) == {story.edition_id}


def test_unknown_and_unpublished_ids_are_dropped(client, article_factory):
    draft = article_factory(publish=False)
    _beacon(client, draft.pk)
    _beacon(client, 987654321)
    assert collect.flush() == 0
    assert not ViewEvent.objects.exists()


def test_nothing_about_the_reader_is_stored(client, article_factory):
    story = article_factory()
    client.post(f"/_b/?a={story.pk}&r=www.google.com", HTTP_HOST="eg.localhost", REMOTE_ADDR="203.0.113.9",
                HTTP_COOKIE="sessionid=abc")
    collect.flush()
    row = ViewEvent.objects.values().get()
    assert set(row) == {"id", "ts", "edition_id", "article_id", "source"}


def test_live_blogs_are_counted(client, editions):
    from tests.liveblog.conftest import make_blog

    blog = make_blog(editions["sections"]["eg"]["politics"])
    _beacon(client, blog.pk)
    assert collect.flush() == 1


def test_a_failed_flush_keeps_the_views(article_factory, monkeypatch):
    story = article_factory()
    collect.on_view(story.pk, "", "eg.localhost")
    monkeypatch.setattr(collect, "_write_views", lambda views: (_ for _ in ()).throw(RuntimeError("db away")))
    assert collect.flush() == 0
    monkeypatch.undo()
    assert collect.flush() == 1


def test_searches_are_counted_with_those_that_found_nothing(client, article_factory, editions):
    article_factory(title="الانتخابات البرلمانية")
    for query in ("الانتخابات", "الانتخابات", "كلمةغيرموجودة", "الاِنْتخابات"):
        assert client.get("/search/", {"q": query}, HTTP_HOST="eg.localhost").status_code == 200
    client.get("/search/", {"q": "الانتخابات", "page": "2"}, HTTP_HOST="eg.localhost")  # the same search again
    collect.flush()
    rows = {r.query: (r.searches, r.empty) for r in SearchCount.objects.filter(edition_id=editions["eg"].pk)}
    assert rows["كلمةغيرموجودة"] == (1, 1)
    assert sum(s for q, (s, _e) in rows.items() if "نتخابات" in q) == 3
    assert collect.query_key("  الانتخاباتُ   البرلمانية ") == "الانتخابات البرلمانية"


def test_a_failed_search_write_does_not_write_the_views_twice(article_factory, editions, monkeypatch):
    story = article_factory()
    collect.on_view(story.pk, "", "eg.localhost")
    collect.on_search(editions["eg"].pk, "الانتخابات", 0)
    monkeypatch.setattr(collect, "_write_searches", lambda s: (_ for _ in ()).throw(RuntimeError("db away")))
    assert collect.flush() == 1
    monkeypatch.undo()
    assert collect.flush() == 0  # the view was written once; only the search waited
    assert ViewEvent.objects.count() == 1
    assert SearchCount.objects.get().searches == 1
