"""The comments section is kept with the article's own parts (``{% comment_section %}``): an
uncached render reads no comment row, and every change readers must see drops it at once.

The page cache is off here (as in tests by default): every GET is a full render, and the kept
section is what would otherwise show an old state. The moderation calls run without
``django_capture_on_commit_callbacks``: the section must be dropped when the change is made, not
only once the transaction commits.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from nashra.comments import services
from nashra.comments.models import ArticleCommentSettings, Comment, CommentSettings

from .conftest import HOST

pytestmark = pytest.mark.django_db


def render(client, article) -> str:
    response = client.get(article.url, HTTP_HOST=HOST)
    assert response.status_code == 200
    return response.content.decode()


def comment_queries(client, article) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        render(client, article)
    return [q["sql"] for q in queries if "nashra_comments" in q["sql"]]


def pending(article, title):
    return Comment.objects.create(article=article, edition=article.edition, status=Comment.PENDING, name="قارئ",
                                  email="reader@example.com", title=title, text="نص التعليق")


def test_a_render_after_the_first_reads_no_comment_row(client, article):
    render(client, article)
    assert comment_queries(client, article) == []


def test_approve_reject_and_delete_show_on_the_next_uncached_render(client, article):
    render(client, article)  # the section (no comments) is kept
    comment = pending(article, "تعليق ينتظر المراجعة")
    assert "تعليق ينتظر المراجعة" not in render(client, article)

    services.approve(Comment.objects.filter(pk=comment.pk))
    assert "تعليق ينتظر المراجعة" in render(client, article)

    services.reject(Comment.objects.filter(pk=comment.pk), "abuse")
    assert "تعليق ينتظر المراجعة" not in render(client, article)

    services.approve(Comment.objects.filter(pk=comment.pk))
    assert "تعليق ينتظر المراجعة" in render(client, article)
    Comment.objects.filter(pk=comment.pk).delete()
    assert "تعليق ينتظر المراجعة" not in render(client, article)


def test_a_comment_published_at_once_shows_on_the_next_render(client, article, comment_settings):
    comment_settings(mode="post")
    render(client, article)
    outcome = services.submit_comment(article, name="قارئ", email="reader@example.com", title="منشور فورًا",
                                      text="تعليق بلا مراجعة")
    assert outcome.published
    assert "منشور فورًا" in render(client, article)


def test_the_articles_override_and_the_editions_settings_drop_the_section(client, article):
    closed = "التعليقات مغلقة على هذا الخبر."
    assert closed not in render(client, article)
    override = ArticleCommentSettings.objects.create(article=article, mode="closed")
    assert closed in render(client, article)
    override.delete()
    assert closed not in render(client, article)
    settings_row, _ = CommentSettings.objects.get_or_create(edition=article.edition)
    settings_row.mode = "closed"
    settings_row.save()
    assert closed in render(client, article)


def test_the_section_is_kept_no_longer_than_the_comments_stay_open(client, article, comment_settings):
    comment_settings(close_after_days=2)
    closes_at = article.published_at + timedelta(days=2)
    closed = "التعليقات مغلقة على هذا الخبر."
    with freeze_time(closes_at - timedelta(seconds=30), tick=False) as clock:
        assert closed not in render(client, article)
        clock.tick(timedelta(seconds=20))
        assert closed not in render(client, article)
        clock.tick(timedelta(seconds=11))
        assert timezone.now() > closes_at
        assert closed in render(client, article)


def test_a_preview_is_never_kept(client, article):
    render(client, article)
    comment = pending(article, "تعليق لا يراه إلا المشرف بعد")
    Comment.objects.filter(pk=comment.pk).update(status=Comment.APPROVED)  # no signal: nothing dropped
    preview = article.make_preview_request().render().content.decode()
    assert "تعليق لا يراه إلا المشرف بعد" in preview  # the preview read the rows
    assert "تعليق لا يراه إلا المشرف بعد" not in render(client, article)  # …and stored nothing for readers
