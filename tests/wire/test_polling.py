"""Polling: drop folders and feeds are read into the queue once (polling again adds nothing), newer
versions update items and flag drafts, and every failure is an Arabic health line while the other
sources go on."""

import pytest

from nashra.wire import services
from nashra.wire.drafting import make_draft
from nashra.wire.models import WireItem, WireSource
from tests.wire.conftest import SAMPLES as SAMPLES_DIR
from tests.wire.conftest import make_source

pytestmark = pytest.mark.django_db


def test_drop_folders_fill_the_queue_once(editions, drop):
    mena = make_source([editions["eg"]], folder=drop / "mena")
    petra = make_source([editions["eg"]], name="بترا", credit="بترا", folder=drop / "petra")
    assert services.poll_source(mena) == 3 and services.poll_source(petra) == 4
    assert WireItem.objects.count() == 7
    mena.refresh_from_db()
    assert mena.last_success_at and mena.last_error == "" and mena.items_today == 3
    for source in (mena, petra):  # a second pass: nothing new, nothing duplicated
        source.folder_state = {}
        assert services.poll_source(source) == 0
    assert WireItem.objects.count() == 7
    # the same story from two agencies (one with harakat) is one cluster
    nitf = WireItem.objects.get(guid="MENA-20261204-001")
    newsml = WireItem.objects.get(guid__endswith=":0042")
    assert nitf.cluster == newsml.cluster
    assert len({i.cluster for i in WireItem.objects.all()}) == 6


def test_newer_version_updates_item_and_flags_drafts(editions, drop):
    source = make_source([editions["eg"]], folder=drop / "mena")
    services.poll_source(source)
    item = WireItem.objects.get(guid="MNA0123")
    draft = make_draft(item, editions["sections"]["eg"]["politics"], None)
    path = drop / "mena" / "mena-7901-0123.txt"
    text = path.read_bytes().decode("cp1256").replace(" v1", " v2").replace("عشر سنوات", "خمس عشرة سنة")
    path.write_bytes(text.encode("cp1256"))
    assert services.poll_source(source) == 0
    item.refresh_from_db()
    assert item.version == 2 and "خمس عشرة سنة" in item.body and item.updated_at is not None
    assert item.drafts.get().outdated and item.drafts.get().article_id == draft.pk
    assert WireItem.objects.filter(guid="MNA0123").count() == 1


def test_feed_with_etag_answers_304_the_second_time(editions, feed_server):
    source = make_source([editions["eg"]], url=f"{feed_server}/feed", credit="بترا")
    assert services.poll_source(source) == 2
    source.refresh_from_db()
    assert source.etag == '"v1"'
    assert services.poll_source(source) == 0
    from tests.wire.conftest import FeedHandler
    assert FeedHandler.requests[-1] == ("/feed", '"v1"')
    source.refresh_from_db()
    assert source.last_error == "" and WireItem.objects.count() == 2


@pytest.mark.parametrize(("path", "words"), [
    ("/slow", "انتهت المهلة"),
    ("/broken", "انقطع الاتصال"),
    ("/html", "صفحة HTML"),
    ("/huge", "أكبر من الحد المسموح"),
    ("/malformed", "تالف"),
    ("/missing", "رمز الخطأ 404"),
])
def test_failures_are_arabic_health_lines_and_others_go_on(editions, feed_server, path, words):
    bad = make_source([editions["eg"]], name="معطوب", url=f"{feed_server}{path}")
    good = make_source([editions["eg"]], name="سليم", url=f"{feed_server}/feed", credit="بترا")
    assert services.poll_due_sources() == 2
    bad.refresh_from_db()
    good.refresh_from_db()
    assert words in bad.last_error and bad.last_success_at is None and bad.last_polled_at is not None
    assert good.last_error == "" and good.items_today == 2


@pytest.mark.parametrize(("url", "words"), [
    ("ftp://example.com/feed.xml", "http أو https"),
    ("file:///etc/passwd", "http أو https"),
    ("http://127.0.0.1:9/feed", "عنوان داخلي"),
    ("http://10.0.0.8/feed", "عنوان داخلي"),
    ("http://169.254.169.254/latest/", "عنوان داخلي"),
])
def test_urls_that_are_not_public_http_are_refused(editions, url, words):
    source = make_source([editions["eg"]], url=url)
    assert services.poll_source(source) == 0
    source.refresh_from_db()
    assert words in source.last_error


def test_folder_outside_the_drop_roots_is_refused(editions, drop, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    source = make_source([editions["eg"]], folder=elsewhere)
    services.poll_source(source)
    source.refresh_from_db()
    assert "مجلد الاستلام" in source.last_error


def test_a_bad_file_in_a_folder_is_reported_and_the_rest_read(editions, drop):
    (drop / "mena" / "zz-broken.xml").write_bytes(b'<?xml version="1.0"?><nitf><body>')
    source = make_source([editions["eg"]], folder=drop / "mena")
    assert services.poll_source(source) == 3
    source.refresh_from_db()
    assert source.last_error.startswith("zz-broken.xml:") and "تالف" in source.last_error
    assert source.last_success_at is not None


def test_due_sources_follow_their_interval(editions, drop):
    source = make_source([editions["eg"]], folder=drop / "mena", interval_minutes=10)
    assert services.due_sources() == [source]
    services.poll_due_sources()
    assert services.due_sources() == []
    assert WireSource.objects.get().items_today == 3


def test_a_feeds_picture_is_fetched_when_the_item_is_used(editions, feed_server):
    from tests.wire.conftest import FeedHandler

    source = make_source([editions["eg"]], url=f"{feed_server}/feed", credit="بترا")
    services.poll_source(source)
    item = WireItem.objects.get(guid="petra-rss-0051")
    item.images = [[f"{feed_server}/picture.jpg", "شعار المهرجان"]]
    item.save()
    FeedHandler.picture = (SAMPLES_DIR / "petra" / "aqaba-desalination.jpg").read_bytes()
    article = make_draft(item, editions["sections"]["eg"]["politics"], None)
    assert article.lead_image is not None and article.lead_image_caption == "شعار المهرجان"
    assert article.dateline == "جرش - بترا"


def test_the_scheduler_queues_each_due_source_once(editions, feed_server, monkeypatch):
    """A due source gets one poll task; while it is queued (no worker has run it yet) the next scheduler
    pass does not queue it again; once it ran, the source waits for its interval."""
    from nashra.wire.models import WireSource

    source = make_source([editions["eg"]], name="طابور", url=f"{feed_server}/feed")
    queued = []
    from types import SimpleNamespace

    monkeypatch.setattr(services, "poll_source_task", SimpleNamespace(enqueue=queued.append))  # a busy queue
    assert services.poll_due_sources() == 1
    assert services.poll_due_sources() == 0  # queued, not run yet
    assert queued == [source.pk] and WireSource.objects.get(pk=source.pk).queued_at is not None
    monkeypatch.undo()
    assert services.poll_source_task.call(queued[0]) == 2  # the worker runs it
    source.refresh_from_db()
    assert source.queued_at is None and source.items_today == 2 and source.last_polled_at is not None
    assert services.poll_due_sources() == 0  # polled just now: due again after its interval
