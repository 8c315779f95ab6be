"""A newsroom user sees only their own editions: no chooser, search, listing or admin API may show
another edition's titles (a review found the page chooser showing Lebanon's drafts to Egypt's staff)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client

from nashra.editions.services import group_name

pytestmark = pytest.mark.django_db
ADMIN = f"/{settings.NASHRA_ADMIN_PATH}"
SECRET = "مسودة سرية للإصدار اللبناني"


def _member(editions, slug, role):
    user = User.objects.create_user(f"{slug}-{role}-scoped", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(editions[slug], role)))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def lb_draft(editions, article_factory):
    article_factory("eg", title="خبر مصري منشور")
    return article_factory("lb", title=SECRET, publish=False)


@pytest.mark.parametrize("role", ["reporter", "editor", "moderator", "admin"])
def test_another_editions_drafts_stay_out_of_every_newsroom_view(editions, lb_draft, role):
    client = _member(editions, "eg", role)
    lb_home = editions["lb"].site.root_page
    section = lb_draft.get_parent()
    urls = [
        f"{ADMIN}/choose-page/",
        f"{ADMIN}/choose-page/{lb_home.pk}/",
        f"{ADMIN}/choose-page/{section.pk}/",
        f"{ADMIN}/choose-page/search/?q=مسودة",
        f"{ADMIN}/choose-page/{section.pk}/?q=مسودة",
        f"{ADMIN}/pages/search/?q=مسودة",
        f"{ADMIN}/pages/{section.pk}/",
        f"{ADMIN}/pages/{lb_draft.pk}/edit/",
        f"{ADMIN}/pages/{lb_draft.pk}/view_draft/",
        f"{ADMIN}/api/main/pages/?search=مسودة",
        f"{ADMIN}/api/main/pages/{lb_draft.pk}/",
        f"{ADMIN}/api/main/pages/?child_of={section.pk}",
        f"{ADMIN}/pages/{lb_draft.pk}/history/",
        f"{ADMIN}/pages/{lb_draft.pk}/revisions/compare/earliest...latest/",
    ]
    for url in urls:
        response = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
        assert response.status_code < 500, url
        body = response.content.decode("utf-8", errors="replace")
        assert SECRET not in body and SECRET not in body.encode().decode("unicode_escape", errors="ignore"), url


def test_the_chooser_still_offers_the_users_own_edition(editions, lb_draft):
    client = _member(editions, "eg", "reporter")
    eg_home = editions["eg"].site.root_page
    body = client.get(f"{ADMIN}/choose-page/{eg_home.pk}/", HTTP_X_REQUESTED_WITH="XMLHttpRequest").content
    assert "سياسة".encode() in body or b"politics" in body
