"""The comment form works on a page served from the full-page cache, and approving shows the comment."""

from django.test import Client

from nashra.comments import services as comment_services
from nashra.comments.models import Comment
from tests.comments.conftest import post_comment


def test_cached_article_accepts_a_comment_and_shows_it_once_approved(
    page_cache, article_factory, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    article = article_factory(title="خبر عليه تعليقات")
    reader = Client(enforce_csrf_checks=True)
    first = reader.get(article.url, HTTP_HOST="eg.localhost")
    second = reader.get(article.url, HTTP_HOST="eg.localhost")
    assert second.content == first.content  # a page-cache hit: same bytes for everyone
    assert "csrfmiddlewaretoken" not in second.content.decode()
    assert "Set-Cookie" not in second.headers and not second.cookies

    response = post_comment(reader, article, text="تعليق من صفحة مخزنة مؤقتًا")
    assert response.status_code == 201
    comment = Comment.objects.get()
    assert comment.status == Comment.PENDING
    assert "تعليق من صفحة مخزنة مؤقتًا" not in reader.get(article.url, HTTP_HOST="eg.localhost").content.decode()

    moderator = get_user_model().objects.create_superuser("mod", "mod@example.invalid", "correct horse battery")
    with django_capture_on_commit_callbacks(execute=True):  # the purge runs once the approval commits
        comment_services.approve(Comment.objects.filter(pk=comment.pk), moderator)
    html = reader.get(article.url, HTTP_HOST="eg.localhost").content.decode()
    assert "تعليق من صفحة مخزنة مؤقتًا" in html
