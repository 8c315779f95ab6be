"""Every screen a journalist opens in the newsroom reads in Arabic (#21): walked as the edition's
reporter, editor and comment moderator, and as the network's administrator for the settings screens,
no English word is left in the text they read (element text, and the title / placeholder / aria-label /
alt a screen reader says) — the leaks found this way were Wagtail's own: an «Actions» label written in
English, «Locked by» / «Anyone», «None» for a story nobody published by hand, the IANA zone names
(«Africa/Cairo») and «Wagtail v8.0.1» in the settings menu."""

import json
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from nashra.comments.models import Comment
from tests.newsroom.test_local_time import ADMIN, journalist
from tests.newsroom.test_newsroom_face import visible

pytestmark = pytest.mark.django_db

#: Names that stay as they are in Arabic text: authenticator apps, file formats, the time standard, and
#: «English» in the language picker (a language is offered under its own name).
ALLOWED = {"FreeOTP", "Google", "Authenticator", "Aegis", "XLSX", "CSV", "UTC", "RSS", "English"}
HIDDEN_LEAF = re.compile(r"<(\w+)\b[^>]*\shidden(?:[\s=][^>]*)?>[^<]*</\1>")  # not shown, not read aloud
LATIN_WORD = re.compile(r"\b[A-Za-z][A-Za-z']{2,}\b")
LINK_OR_ADDRESS = re.compile(r"\S*/\S*|\S+@\S+|[\w-]+(?:\.[\w-]+)+")  # links, addresses, host and file names


def english_in(html: str) -> list[str]:
    text = LINK_OR_ADDRESS.sub(" ", visible(HIDDEN_LEAF.sub(" ", html)))
    return sorted({word for word in LATIN_WORD.findall(text) if word not in ALLOWED})


@pytest.fixture
def story(article_factory):
    article = article_factory()
    # A story the scheduler or an import published: no «last published by» user.
    Comment.objects.create(article=article, edition=article.edition, name="قارئ", email="r@example.invalid",
                           title="رأي", text="تعليق للمراجعة", created_at=timezone.now())
    return article


def screens(story) -> list[str]:
    section = story.get_parent().pk
    return ["/", f"/pages/{section}/", f"/pages/{story.pk}/edit/", f"/pages/{story.pk}/history/",
            f"/pages/add/articles/articlepage/{section}/", "/pages/search/?q=خبر", "/account/", "/images/",
            "/numbers/", "/comments/", "/reports/locked/", "/reports/aging-pages/", "/reports/site-history/",
            "/wire/", "/picks/", "/push/", "/breaking/", "/liveblog/", "/newsletters/", "/archive-search/"]


@pytest.mark.parametrize("role", ["reporter", "editor", "moderator"])
def test_a_journalists_screens_have_no_english(editions, story, role):
    client = Client()
    arabic_name = {"reporter": "مراسل", "editor": "محرر", "moderator": "مشرف"}[role]  # their name is on screen
    client.force_login(journalist(editions, "eg", role, name=arabic_name))
    opened = 0
    for path in screens(story):
        response = client.get(ADMIN + path)
        if response.status_code != 200:  # a screen this role may not open (a redirect or a refusal)
            continue
        opened += 1
        assert english_in(response.content.decode()) == [], (role, path)
    assert opened >= {"reporter": 10, "editor": 15, "moderator": 3}[role]


def test_the_administrators_settings_screens_have_no_english(editions, story):
    client = Client()
    client.force_login(User.objects.create_superuser("مدير_الشبكة", password="x" * 12))
    for path in ("/sites/", "/groups/", "/users/", "/workflows/list/", "/workflows/tasks/index/", "/reports/locked/"):
        response = client.get(ADMIN + path)
        assert response.status_code == 200, path
        assert english_in(response.content.decode()) == [], path
    sidebar = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
                        client.get(ADMIN + "/").content.decode(), re.S).group(1)
    shown = re.findall(r'"(?:label|footer_text)": "([^"]*)"', json.dumps(json.loads(sidebar), ensure_ascii=False))
    assert shown and not [text for text in shown if LATIN_WORD.search(text)]  # no «Wagtail v8.0.1» under the menu


def test_the_account_page_names_the_zones_in_arabic(editions):
    client = Client()
    client.force_login(journalist(editions, "eg", "reporter", name="مراسل"))
    html = client.get(ADMIN + "/account/").content.decode()
    assert re.search(r'<option value="Africa/Cairo"[^>]*>\s*توقيت مصر \(القاهرة\)\s*</option>', html)
    assert re.search(r'<option value="Asia/Beirut"[^>]*>\s*توقيت لبنان \(بيروت\)\s*</option>', html)
    assert ">Africa/Cairo<" not in html
