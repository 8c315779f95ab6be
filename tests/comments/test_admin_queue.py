"""The Wagtail moderation queue: per-edition visibility, bulk actions, bans."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client

from nashra.comments.models import Ban, Comment
from nashra.editions.services import group_name

pytestmark = pytest.mark.django_db
QUEUE = f"/{settings.NASHRA_ADMIN_PATH}/comments/"


def _user(editions, slug, role="moderator", name=None):
    user = User.objects.create_user(name or f"{slug}-{role}", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(editions[slug], role)))
    c = Client()
    c.force_login(user)
    return user, c


def _comment(article, **fields):
    defaults = {"name": "قارئ", "email": "reader@example.com", "title": "عنوان", "text": "نص",
                "ip_hash": "a" * 40}
    defaults.update(fields)
    return Comment.objects.create(article=article, edition=article.edition, **defaults)


@pytest.fixture
def two(article_factory):
    eg, lb = article_factory(), article_factory(edition="lb")
    return {"eg": _comment(eg, title="تعليق مصري"), "lb": _comment(lb, title="تعليق لبناني", email="lb@example.com")}


def test_menu_and_queue_show_only_own_edition(editions, two):
    _, c = _user(editions, "eg")
    home = c.get(f"/{settings.NASHRA_ADMIN_PATH}/")
    assert home.status_code == 200 and "التعليقات" in home.content.decode()
    html = c.get(QUEUE).content.decode()
    assert "تعليق مصري" in html and "تعليق لبناني" not in html
    assert "تعليق لبناني" not in c.get(QUEUE + "?edition=lb").content.decode()


def test_editor_and_admin_groups_also_moderate(editions, two):
    for role in ("editor", "admin"):
        _, c = _user(editions, "lb", role)
        html = c.get(QUEUE).content.decode()
        assert "تعليق لبناني" in html and "تعليق مصري" not in html


def test_user_without_edition_group_is_refused(editions, two):
    user = User.objects.create_user("nobody", password="x" * 12)
    c = Client()
    c.force_login(user)
    assert c.get(QUEUE).status_code in (302, 403)


def test_moderator_cannot_act_on_other_edition(editions, two):
    _, c = _user(editions, "eg")
    c.post(QUEUE, {"action": "approve", "ids": [two["lb"].pk]})
    c.post(QUEUE, {"action": "ban_email", "ids": [two["lb"].pk]})
    two["lb"].refresh_from_db()
    assert two["lb"].status == Comment.PENDING and not Ban.objects.exists()


def test_superuser_sees_all(editions, two):
    admin = User.objects.create_superuser("root", "root@example.com", "x" * 12)
    c = Client()
    c.force_login(admin)
    html = c.get(QUEUE).content.decode()
    assert "تعليق مصري" in html and "تعليق لبناني" in html


def test_bulk_approve_and_reject_with_rule(editions, article_factory):
    article = article_factory()
    a, b, d = (_comment(article, title=f"رأي-{i}") for i in range(3))
    user, c = _user(editions, "eg")
    c.post(QUEUE, {"action": "approve", "ids": [a.pk, b.pk]})
    a.refresh_from_db()
    assert a.status == Comment.APPROVED and a.moderated_by == user
    assert Comment.objects.get(pk=b.pk).status == Comment.APPROVED
    resp = c.post(QUEUE, {"action": "reject", "ids": [d.pk], "rule": ""}, follow=True)
    assert "اختر الشرط المخالف" in resp.content.decode()
    assert Comment.objects.get(pk=d.pk).status == Comment.PENDING
    c.post(QUEUE, {"action": "reject", "ids": [a.pk, d.pk], "rule": "religion"})
    assert set(Comment.objects.filter(pk__in=[a.pk, d.pk]).values_list("status", "rejected_rule")) == {
        ("rejected", "religion")}
    html = c.get(QUEUE + "?status=rejected&rule=religion").content.decode()
    assert "رأي-0" in html and "رأي-2" in html and "رأي-1" not in html and "هجوم على الأديان" in html
    # approved comment now on the article page
    page = Client().get(article.url, HTTP_HOST="eg.localhost").content.decode()
    assert "رأي-1" in page and "رأي-0" not in page


def test_filters_by_status_article_and_reason(editions, article_factory):
    a1, a2 = article_factory(), article_factory()
    _comment(a1, title="في الأول", reason_code="banned_word", reason_detail="حمار")
    _comment(a2, title="في الثاني", status=Comment.SPAM)
    _, c = _user(editions, "eg")
    html = c.get(QUEUE + f"?article={a1.pk}").content.decode()
    assert "في الأول" in html and "في الثاني" not in html and "كلمة محظورة" in html
    assert "في الأول" not in c.get(QUEUE + "?status=pending&reason=links").content.decode()
    assert "في الثاني" in c.get(QUEUE + "?status=spam").content.decode()


def test_reported_tab(client, editions, article_factory):
    article = article_factory()
    com = _comment(article, status=Comment.APPROVED, title="عليه بلاغ")
    tok = client.get("/comments/form-token/", HTTP_HOST="eg.localhost").json()
    client.post(f"/comments/report/{com.pk}/", {"csrfmiddlewaretoken": tok["csrf"]}, HTTP_HOST="eg.localhost")
    _, c = _user(editions, "eg")
    assert "عليه بلاغ" in c.get(QUEUE + "?status=reported").content.decode()
    assert "عليه بلاغ" not in c.get(QUEUE + "?status=pending").content.decode()


def test_ban_by_email_and_address_from_queue(editions, article_factory):
    article = article_factory()
    com = _comment(article, email="troll@example.com")
    _, c = _user(editions, "eg")
    c.post(QUEUE, {"action": "ban_email", "ids": [com.pk]})
    c.post(QUEUE, {"action": "ban_address", "ids": [com.pk]})
    assert set(Ban.objects.values_list("kind", "value")) == {("email", "troll@example.com"), ("address", "a" * 40)}
    assert Comment.objects.get(pk=com.pk).status == Comment.SPAM


def test_manual_ban_limited_to_own_edition(editions):
    _, c = _user(editions, "eg")
    c.post(QUEUE, {"action": "ban_manual", "kind": "address", "value": "192.0.2.1", "ban_edition": "lb"})
    assert not Ban.objects.exists()
    c.post(QUEUE, {"action": "ban_manual", "kind": "address", "value": "192.0.2.1", "ban_edition": "eg"})
    ban = Ban.objects.get()
    assert ban.edition.slug == "eg" and "192.0.2.1" not in ban.value and len(ban.value) == 40


def test_queue_escapes_comment_text(editions, article_factory):
    _comment(article_factory(), text="<script>alert(1)</script>")
    _, c = _user(editions, "eg")
    html = c.get(QUEUE).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html


def test_settings_snippet_lists_only_own_editions(editions):
    from nashra.comments.models import CommentSettings

    CommentSettings.objects.create(edition=editions["eg"], rules_text="قواعد")
    admin = User.objects.create_superuser("root", "root@example.com", "x" * 12)
    c = Client()
    c.force_login(admin)
    resp = c.get(f"/{settings.NASHRA_ADMIN_PATH}/snippets/nashra_comments/commentsettings/")
    assert resp.status_code == 200 and "مصر اليوم" in resp.content.decode()


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example",
                                    "javascript:alert(1)"])
def test_the_way_back_after_moderating_never_leaves_the_site(editions, article_factory, target):
    comment = _comment(article_factory())
    _user_, c = _user(editions, "eg")
    response = c.post(QUEUE, {"action": "approve", "ids": [comment.pk], "next": target})
    assert response.status_code == 302
    assert response["Location"] == QUEUE


def test_the_way_back_keeps_the_moderators_filters(editions, article_factory):
    comment = _comment(article_factory())
    _user_, c = _user(editions, "eg")
    response = c.post(QUEUE, {"action": "approve", "ids": [comment.pk], "next": QUEUE + "?status=reported"})
    assert response["Location"] == QUEUE + "?status=reported"
