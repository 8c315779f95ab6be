"""The group footer's pages («من نحن», «اتصل بنا», «سياسة الخصوصية», «شروط الاستخدام»): one set for
the network, linked from every edition's footer, edited in the newsroom, purged when republished."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from nashra.demo.footer_pages import PAGES
from nashra.demo.footer_pages import load_demo as load_footer_pages
from nashra.infopages.models import InfoPage

pytestmark = pytest.mark.django_db
TITLES = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام"]


def _footer(html: str) -> str:
    return re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)


def test_demo_creates_the_four_pages_published_once(editions):
    assert load_footer_pages() == 4
    assert load_footer_pages() == 0
    assert list(InfoPage.objects.values_list("title", flat=True)) == TITLES
    assert all(page.live and page.body for page in InfoPage.objects.all())
    assert [slug for slug, _t, _b in PAGES] == ["about", "contact", "privacy", "terms"]


def test_every_editions_footer_links_the_four_pages_and_they_render(editions):
    load_footer_pages()
    for host in ("eg.localhost", "lb.localhost"):
        client = Client(HTTP_HOST=host)
        footer = _footer(client.get("/").content.decode())
        links = re.findall(r'<a href="(/pages/[a-z]+/)">([^<]+)</a>', footer)
        assert [title for _href, title in links] == TITLES
        for href, title in links:
            response = client.get(href)
            assert response.status_code == 200, href
            html = response.content.decode()
            assert f"<h1>{title}</h1>" in html and '<div class="info-body"><p>' in html
            assert "/static/infopages/infopages.css" in html


def test_a_draft_or_unknown_page_is_a_404_and_leaves_the_footer(editions):
    load_footer_pages()
    InfoPage.objects.filter(slug="terms").first().unpublish()
    client = Client(HTTP_HOST="eg.localhost")
    assert client.get("/pages/terms/").status_code == 404
    assert client.get("/pages/nothing/").status_code == 404
    assert "شروط الاستخدام" not in _footer(client.get("/").content.decode())


def test_republishing_an_edit_shows_on_cached_pages(editions, settings):
    from nashra.delivery.store import get_store, reset_store
    from nashra.editions import resolve

    load_footer_pages()
    settings.NASHRA_PAGE_CACHE = True
    reset_store()
    resolve.invalidate()
    try:
        client = Client(HTTP_HOST="eg.localhost")
        lb = Client(HTTP_HOST="lb.localhost")
        for c, path in ((client, "/pages/about/"), (client, "/"), (lb, "/")):
            c.get(path)
            assert c.get(path)["X-Cache"] == "HIT", path  # cached: only a purge can change it
        about = InfoPage.objects.get(slug="about")
        about.title = "عن الشبكة"
        about.body = "<p>نص جديد كتبه المحرر.</p>"
        about.save_revision().publish()
        page = client.get("/pages/about/")
        assert page["X-Cache"] != "HIT"
        assert "<h1>عن الشبكة</h1>" in page.content.decode() and "نص جديد كتبه المحرر" in page.content.decode()
        for c in (client, lb):
            footer = _footer(c.get("/").content.decode())
            assert '<a href="/pages/about/">عن الشبكة</a>' in footer and "من نحن" not in footer
    finally:
        get_store()
        reset_store()
        resolve.invalidate()


def test_the_newsroom_lists_and_edits_the_pages(editions):
    load_footer_pages()
    admin = get_user_model().objects.create_superuser("chief", "chief@example.invalid", "pw-123456789")
    client = Client()
    client.force_login(admin)
    listing = client.get(reverse("wagtailsnippets_infopages_infopage:list"))
    assert listing.status_code == 200 and "سياسة الخصوصية" in listing.content.decode()
    about = InfoPage.objects.get(slug="about")
    assert client.get(reverse("wagtailsnippets_infopages_infopage:edit", args=[about.pk])).status_code == 200


def test_a_reporter_cannot_edit_the_network_pages(editions):
    from django.contrib.auth.models import Group

    from nashra.editions.services import group_name

    load_footer_pages()
    reporter = get_user_model().objects.create_user("rep", "rep@example.invalid", "pw-123456789")
    reporter.groups.add(Group.objects.get(name=group_name(editions["eg"], "reporter")))
    client = Client()
    client.force_login(reporter)
    about = InfoPage.objects.get(slug="about")
    response = client.get(reverse("wagtailsnippets_infopages_infopage:edit", args=[about.pk]))
    assert response.status_code in (302, 403)
