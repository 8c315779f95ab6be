"""A story scheduled by an editor goes live by itself once its time comes."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone


def test_scheduler_publishes_due_revision_and_not_future_one(article_factory, client):
    due = article_factory("eg", publish=False, title="خبر مجدول حان وقته")
    later = article_factory("eg", publish=False, title="خبر مجدول لاحقًا")
    for page, delta in ((due, timedelta(minutes=-1)), (later, timedelta(hours=2))):
        page.go_live_at = timezone.now() + delta
        page.save_revision(approved_go_live_at=page.go_live_at)

    call_command("scheduler", once=True)

    due.refresh_from_db()
    later.refresh_from_db()
    assert due.live and due.published_at is not None
    assert not later.live
    home = client.get("/", HTTP_HOST="eg.localhost").content.decode()
    assert "خبر مجدول حان وقته" in home
    assert "خبر مجدول لاحقًا" not in home


def test_publishing_moves_the_editions_last_update(article_factory, editions):
    article = article_factory("eg", publish=False)
    article.save_revision().publish()
    editions["eg"].refresh_from_db()
    article.refresh_from_db()
    assert editions["eg"].last_published_at == article.last_published_at
    editions["lb"].refresh_from_db()
    assert editions["lb"].last_published_at is None or editions["lb"].last_published_at < article.last_published_at
