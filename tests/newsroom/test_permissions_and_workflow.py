"""Newsroom roles are scoped to their edition, and publishing goes through approval."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from nashra.editions.services import group_name


@pytest.fixture
def staff(editions):
    User = get_user_model()

    def make(username, edition_slug, role):
        user = User.objects.create_user(username=username, password="correct horse battery")
        user.groups.add(Group.objects.get(name=group_name(editions[edition_slug], role)))
        return user

    return {
        "reporter_eg": make("reporter-eg", "eg", "reporter"),
        "editor_eg": make("editor-eg", "eg", "editor"),
        "editor_lb": make("editor-lb", "lb", "editor"),
    }


def test_reporter_can_edit_own_edition_but_not_publish(staff, article_factory):
    article = article_factory("eg", publish=False)
    perms = article.permissions_for_user(staff["reporter_eg"])
    assert perms.can_edit()
    assert not perms.can_publish()


def test_reporter_of_one_edition_cannot_edit_another(staff, article_factory, client):
    lb_article = article_factory("lb", publish=False)
    assert not lb_article.permissions_for_user(staff["reporter_eg"]).can_edit()
    client.force_login(staff["reporter_eg"])
    response = client.get(f"/newsroom/pages/{lb_article.pk}/edit/", HTTP_HOST="eg.localhost")
    assert response.status_code in (302, 403)
    own = article_factory("eg", publish=False)
    assert client.get(f"/newsroom/pages/{own.pk}/edit/", HTTP_HOST="eg.localhost").status_code == 200


def test_editor_of_other_edition_cannot_publish_here(staff, article_factory):
    article = article_factory("eg", publish=False)
    assert not article.permissions_for_user(staff["editor_lb"]).can_publish()
    assert article.permissions_for_user(staff["editor_eg"]).can_publish()


def test_submit_then_approve_publishes_the_article(staff, article_factory, client):
    article = article_factory("eg", publish=False, title="مسودة تنتظر الموافقة")
    assert not article.live
    workflow = article.get_workflow()
    assert workflow is not None and "مصر اليوم" in workflow.name

    article.save_revision(user=staff["reporter_eg"])
    state = workflow.start(article, staff["reporter_eg"])
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.user_can_access_editor(article, staff["editor_eg"])
    assert not task.get_actions(article, staff["editor_lb"])

    task.on_action(task_state, staff["editor_eg"], "approve")
    article.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert article.live
    assert article.published_at is not None

    response = client.get(article.url, HTTP_HOST="eg.localhost")
    assert response.status_code == 200
    assert "مسودة تنتظر الموافقة" in response.content.decode()


def test_admin_is_arabic_and_rtl(staff, client):
    client.force_login(staff["editor_eg"])
    html = client.get("/newsroom/", HTTP_HOST="eg.localhost").content.decode()
    assert 'dir="rtl"' in html
    assert 'lang="ar"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("field, value", [
    ("published_at", datetime(1, 1, 1, tzinfo=UTC)), ("published_at", datetime(9999, 12, 31, tzinfo=UTC)),
    ("breaking_until", datetime(1850, 1, 1, tzinfo=UTC)), ("body", "<p>" + "ن" * 200_001 + "</p>"),
])
def test_the_newsroom_refuses_extreme_dates_and_huge_bodies(article_factory, field, value):
    from django.core.exceptions import ValidationError

    article = article_factory()
    setattr(article, field, value)
    with pytest.raises(ValidationError) as refused:
        article.full_clean()
    assert field in refused.value.message_dict
    assert "خارج المدى" in refused.value.message_dict[field][0] or "أطول" in refused.value.message_dict[field][0]
