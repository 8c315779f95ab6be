"""The newsroom is Nashra's, in Arabic (#21): no Wagtail name, logo, release notes or English editor
guide in front of journalists, an Arabic example in the slug's help, «تم النشر» after publishing."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import translation

import nashra.newsroom
from nashra.editions.services import group_name
from tests.newsroom.test_local_time import journalist

pytestmark = pytest.mark.django_db
ADMIN = f"/{settings.NASHRA_ADMIN_PATH}"
CATALOGUE = Path(nashra.newsroom.__file__).parent / "locale" / "ar" / "LC_MESSAGES"


class VisibleText(HTMLParser):
    """The text a journalist reads: element text and title/placeholder/aria-label/alt, no scripts."""

    HIDDEN = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__()
        self.hidden, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in self.HIDDEN
        self.parts += [v for k, v in attrs if k in {"title", "placeholder", "aria-label", "alt"} and v]

    def handle_endtag(self, tag):
        self.hidden -= tag in self.HIDDEN

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(data.strip())


def visible(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


@pytest.fixture
def editor(editions):
    user = User.objects.create_user("desk", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name(editions["eg"], "editor")))
    client = Client()
    client.force_login(user)
    return client


def test_the_dashboard_and_editor_say_nashra_not_wagtail(editor, article_factory):
    article = article_factory()
    for path in ("/", f"/pages/{article.pk}/edit/", f"/pages/{article.get_parent().pk}/", "/comments/"):
        html = editor.get(ADMIN + path).content.decode()
        text = visible(html)
        assert "Wagtail" not in text, (path, [line for line in text.splitlines() if "Wagtail" in line])
        assert re.search(r"<title>[^<]*- نشرة\s*</title>", html), path
        # Wagtail's «What's new» and English «Editor Guide» are gone from the help menu.
        assert "editor-guide" not in html and "whats-new-in-wagtail" not in html


def test_the_slug_help_gives_an_arabic_example(editor, article_factory):
    text = visible(editor.get(f"{ADMIN}/pages/{article_factory().pk}/edit/").content.decode())
    assert "/سياسة/عنوان-الخبر/" in text and "domain.com" not in text


def test_the_sign_in_page_is_the_newsrooms(client):
    text = visible(client.get(f"{ADMIN}/login/").content.decode())
    assert "الدخول إلى غرفة أخبار نشرة" in text and "Wagtail" not in text


def test_publishing_says_it_was_published():
    with translation.override("ar"):
        message = translation.gettext("Page '%(page_title)s' has been published.") % {"page_title": "خبر"}
    assert message == "تم النشر: «خبر»."


def test_the_account_page_offers_the_arab_worlds_zones(editor):
    html = editor.get(f"{ADMIN}/account/").content.decode()
    assert 'value="Africa/Cairo"' in html and 'value="Asia/Beirut"' in html
    assert 'value="America/Anchorage"' not in html
    assert "Wagtail" not in html.split("<main", 1)[1]  # the shortcuts' help says the newsroom

def test_the_compiled_catalogue_is_the_po_file_as_it_stands():
    with open(CATALOGUE / "django.po", "rb") as po, open(CATALOGUE / "django.mo", "rb") as mo:
        source = {m.id: m.string for m in read_po(po) if m.id}
        compiled = {m.id: m.string for m in read_mo(mo) if m.id}
    assert source == compiled, "run: msgfmt -o django.mo django.po in nashra/newsroom/locale/ar/LC_MESSAGES"


def test_the_article_form_has_no_menu_box(editions, article_factory):
    """A story is never a menu entry: Wagtail's «show in menus» box is not offered on it."""
    article = article_factory("eg", publish=False)
    client = Client()
    client.force_login(journalist(editions, "eg", "reporter"))
    html = client.get(f"{ADMIN}/pages/{article.pk}/edit/").content.decode()
    assert 'name="seo_title"' in html and 'name="show_in_menus"' not in html


def test_the_breaking_boxes_are_for_those_who_may_publish(editions, article_factory):
    """A reporter does not decide what runs in the «عاجل» ticker; an editor does (and sees the boxes)."""
    article = article_factory(publish=False)
    for role, shown in (("reporter", False), ("editor", True)):
        user = User.objects.create_user(f"face-{role}", password="x" * 12)
        user.groups.add(Group.objects.get(name=group_name(editions["eg"], role)))
        client = Client()
        client.force_login(user)
        html = client.get(f"{ADMIN}/pages/{article.pk}/edit/").content.decode()
        assert ('name="is_breaking"' in html) is shown, role
        assert ('name="breaking_until"' in html) is shown, role
        assert 'name="title"' in html
