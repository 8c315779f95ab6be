"""Modes, automatic screening, rate limits and the services the queue uses."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from nashra.comments import services
from nashra.comments.models import ArticleCommentSettings, Ban, Comment
from nashra.security.client import client_address

from .conftest import HOST, post_comment

pytestmark = pytest.mark.django_db


def test_post_moderation_publishes_at_once(client, article, comment_settings):
    comment_settings(mode="post")
    resp = post_comment(client, article, title="نشر فوري")
    assert resp.status_code == 201 and resp.json()["published"] and resp.json()["message"] == services.MSG_PUBLISHED
    assert "نشر فوري" in client.get(article.url, HTTP_HOST=HOST).content.decode()


def test_edition_closed(client, article, comment_settings):
    comment_settings(mode="closed")
    html = client.get(article.url, HTTP_HOST=HOST).content.decode()
    assert "التعليقات مغلقة على هذا الخبر" in html and "data-comment-form" not in html
    resp = post_comment(client, article)
    assert resp.status_code == 403 and resp.json()["message"] == services.MSG_CLOSED
    assert not Comment.objects.exists()


def test_token_still_served_when_closed_but_post_refused_html(client, article, comment_settings):
    comment_settings(mode="closed")
    resp = post_comment(client, article, json=False)
    assert resp.status_code == 403 and "التعليقات مغلقة" in resp.content.decode()


@pytest.mark.parametrize(("edition_mode", "override", "expected"), [
    ("pre", "closed", "closed"), ("closed", "post", "post"), ("pre", "post", "post"), ("post", "pre", "pre"),
    ("post", "inherit", "post"),
])
def test_article_override(article, comment_settings, edition_mode, override, expected):
    comment_settings(mode=edition_mode)
    ArticleCommentSettings.objects.create(article=article, mode=override)
    assert services.comment_mode(article).mode == expected


def test_auto_close_after_n_days(client, article_factory, comment_settings):
    comment_settings(close_after_days=3)
    old = article_factory(published_at=timezone.now() - timedelta(days=4))
    fresh = article_factory(published_at=timezone.now() - timedelta(days=2))
    assert services.comment_mode(old).mode == "closed"
    assert services.comment_mode(fresh).mode == "pre"
    assert post_comment(client, old).status_code == 403
    assert post_comment(client, fresh).status_code == 201


def test_max_length_per_edition_shown_and_enforced(client, article, comment_settings):
    comment_settings(max_length=20)
    html = client.get(article.url, HTTP_HOST=HOST).content.decode()
    assert 'data-max="20"' in html and 'data-left="20"' in html and "متبقٍ 20 حرفًا" in html
    assert post_comment(client, article, text="ن" * 21).status_code == 400


# --- screening ---------------------------------------------------------------------
def test_banned_word_holds_even_in_post_mode_with_reason(client, article, comment_settings):
    comment_settings(mode="post", banned_words="حمار\nخنزير")
    resp = post_comment(client, article, text="أنت حـــمــار يا كاتب")
    assert resp.status_code == 201 and not resp.json()["published"]
    c = Comment.objects.get()
    assert c.status == Comment.PENDING and c.reason_code == "banned_word" and "حمار" in c.reason_detail
    assert c.text == "أنت حـــمــار يا كاتب"  # never altered or deleted


def test_banned_words_are_per_edition(client, article_factory, comment_settings):
    comment_settings("eg", mode="post", banned_words="حمار")
    comment_settings("lb", mode="post")
    lb = article_factory(edition="lb")
    post_comment(client, lb, host="lb.localhost", text="حمار")
    assert Comment.objects.get().status == Comment.APPROVED


def test_link_count(client, article, comment_settings):
    comment_settings(mode="post", max_links=1)
    post_comment(client, article, text="زوروا https://a.example و www.b.example")
    c = Comment.objects.get()
    assert c.status == Comment.PENDING and c.reason_code == "links"


def test_repeated_submission_goes_to_spam(client, article, comment_settings):
    comment_settings(mode="post")
    post_comment(client, article, text="نفس الكلام بالضبط")
    post_comment(client, article, text="نفسُ الكلام   بالضبط", ip="10.0.0.2")
    first, second = Comment.objects.order_by("pk")
    assert first.status == Comment.APPROVED and second.status == Comment.SPAM and second.reason_code == "repeated"


def test_known_bad_email(client, article, comment_settings):
    comment_settings(mode="post", bad_emails="@spam.example\nbad@example.com")
    post_comment(client, article, email="x@spam.example")
    post_comment(client, article, email="BAD@example.com", ip="10.0.0.3", text="آخر")
    assert set(Comment.objects.values_list("reason_code", "status")) == {("bad_email", "spam")}


def test_banned_author_is_kept_as_spam(client, article, editions, comment_settings):
    comment_settings(mode="post")
    services.ban(Ban.EMAIL, "Troll@Example.com", edition=editions["eg"])
    services.ban(Ban.ADDRESS, "10.9.9.9", edition=editions["eg"])
    post_comment(client, article, email="troll@example.com")
    post_comment(client, article, ip="10.9.9.9", email="other@example.com", text="نص آخر")
    assert list(Comment.objects.values_list("reason_code", flat=True)) == ["banned", "banned"]
    assert not Comment.objects.filter(status=Comment.APPROVED).exists()


# --- rate limits ----------------------------------------------------------------------
@override_settings(NASHRA_COMMENT_RATES={"address": (2, 600), "email": (100, 600), "token": (100, 600),
                                         "report": (10, 600)})
def test_rate_limit_per_address(client, article):
    for i in range(2):
        assert post_comment(client, article, email=f"u{i}@example.com", text=f"نص {i}").status_code == 201
    resp = post_comment(client, article, email="u9@example.com", text="نص آخر")
    assert resp.status_code == 429 and int(resp["Retry-After"]) > 0
    assert "تعليقات كثيرة" in resp.json()["message"]
    assert post_comment(client, article, ip="10.0.0.77", email="z@example.com", text="نص").status_code == 201
    html = post_comment(client, article, json=False, email="u8@example.com", text="ن")
    assert html.status_code == 429 and "تعليقات كثيرة" in html.content.decode()


@override_settings(NASHRA_COMMENT_RATES={"address": (100, 600), "email": (1, 600), "token": (100, 600),
                                         "report": (10, 600)})
def test_rate_limit_per_email(client, article):
    assert post_comment(client, article, ip="10.1.0.1").status_code == 201
    resp = post_comment(client, article, ip="10.1.0.2", email="SARA@example.com", text="نص مختلف")
    assert resp.status_code == 429 and resp["Retry-After"]


@override_settings(NASHRA_COMMENT_RATES={"address": (100, 600), "email": (100, 600), "token": (2, 600),
                                         "report": (10, 600)})
def test_rate_limit_on_token_endpoint(client):
    for _ in range(2):
        assert client.get("/comments/form-token/", HTTP_HOST=HOST).status_code == 200
    resp = client.get("/comments/form-token/", HTTP_HOST=HOST)
    assert resp.status_code == 429 and resp["Retry-After"]


# --- services -------------------------------------------------------------------------
def test_reject_needs_a_known_rule(article):
    c = Comment.objects.create(article=article, edition=article.edition, name="n", email="e@example.com",
                               title="t", text="x")
    with pytest.raises(ValueError):
        services.reject(c, "not-a-rule")
    services.reject(c, "sectarian")
    c.refresh_from_db()
    assert c.status == Comment.REJECTED and c.rejected_rule == "sectarian" and c.moderated_at


def test_moderating_clears_report(article):
    c = Comment.objects.create(article=article, edition=article.edition, name="n", email="e@example.com",
                               title="t", text="x", status=Comment.APPROVED)
    services.report(c, ip="1.1.1.1")
    services.approve(Comment.objects.filter(pk=c.pk))
    c.refresh_from_db()
    assert not c.is_reported and c.reports.get().resolved


def test_client_ip_behind_trusted_proxy(rf):
    req = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert client_address(req) == "127.0.0.1"
    with override_settings(NASHRA_TRUSTED_PROXY_COUNT=1):
        assert client_address(req) == "203.0.113.9"
