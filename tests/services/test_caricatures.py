"""Caricatures: gallery newest first, detail, artist page, home slot, unpublished hidden."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from nashra.caricatures.models import Artist, Caricature
from nashra.caricatures.views import PAGE_SIZE

EG = {"HTTP_HOST": "eg.localhost"}
LB = {"HTTP_HOST": "lb.localhost"}


@pytest.fixture
def artist(db):
    return Artist.objects.create(name="سعيد الفرماوي", slug="said-elfarmawy", bio="رسام كاريكاتير مصري.")


@pytest.fixture
def make(editions, artist):
    image = Image.objects.create(title="رسم", file=get_test_image_file(size=(640, 400)))

    def factory(title, hours_ago=1, edition="eg", live=True, **kwargs):
        kwargs.setdefault("caption", f"تعليق {title}")
        return Caricature.objects.create(
            edition=editions[edition], title=title, image=image, artist=artist,
            published_at=timezone.now() - timedelta(hours=hours_ago), live=live, **kwargs,
        )

    return factory


def test_gallery_newest_first_and_hidden_items(make):
    make("الأقدم", hours_ago=5)
    make("الأحدث", hours_ago=1)
    make("مسودة", live=False)
    make("مجدول", hours_ago=-3)
    make("لبناني", edition="lb")
    response = Client().get("/caricatures/", **EG)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("الأحدث") < html.index("الأقدم")
    for hidden in ("مسودة", "مجدول", "لبناني"):
        assert hidden not in html
    assert "بريشة:" in html and 'href="/caricatures/artists/said-elfarmawy/"' in html
    assert 'alt=""' in html and '<span class="title">الأحدث</span>' in html  # the title names the picture's link


def test_gallery_pagination_404_past_the_end(make):
    for n in range(PAGE_SIZE + 1):
        make(f"رسم {n}", hours_ago=n + 1)
    client = Client()
    assert client.get("/caricatures/?page=2", **EG).status_code == 200
    assert "رسم 12" in client.get("/caricatures/?page=2", **EG).content.decode()
    assert client.get("/caricatures/?page=3", **EG).status_code == 404
    assert client.get("/caricatures/?page=x", **EG).status_code == 404


def test_detail_and_artist_pages(make, artist):
    item = make("درنة", caption="بعد العاصفة")
    draft = make("مسودة", live=False)
    other = make("لبناني", edition="lb")
    client = Client()
    html = client.get(f"/caricatures/{item.pk}/", **EG).content.decode()
    assert "<h1>درنة</h1>" in html and "<figcaption>بعد العاصفة</figcaption>" in html
    assert "بريشة:" in html and "سعيد الفرماوي" in html
    assert client.get(f"/caricatures/{draft.pk}/", **EG).status_code == 404
    assert client.get(f"/caricatures/{other.pk}/", **EG).status_code == 404
    assert client.get(f"/caricatures/{other.pk}/", **LB).status_code == 200
    page = client.get("/caricatures/artists/said-elfarmawy/", **EG).content.decode()
    assert "رسوم سعيد الفرماوي" in page and "درنة" in page and "مسودة" not in page and "لبناني" not in page
    assert client.get("/caricatures/artists/nobody/", **EG).status_code == 404


def test_home_widget(make):
    client = Client()
    assert "caricature-home" not in client.get("/", **EG).content.decode()
    make("كاريكاتير الأمس", hours_ago=20)
    make("كاريكاتير الصباح", hours_ago=2)
    make("مسودة", hours_ago=1, live=False)
    html = client.get("/", **EG).content.decode()
    slot = html.split('class="slot caricature-home"')[1].split("</section>")[0]
    assert "كاريكاتير اليوم" in slot and "كاريكاتير الصباح" in slot and "بريشة:" in slot


def test_publishing_through_revisions(make):
    item = make("قيد التحرير", live=False)
    assert Client().get(f"/caricatures/{item.pk}/", **EG).status_code == 404
    item.save_revision().publish()
    item.refresh_from_db()
    assert item.live
    assert Client().get(f"/caricatures/{item.pk}/", **EG).status_code == 200


def test_newsroom_snippet_screens(make, artist):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    make("في القائمة")
    admin = get_user_model().objects.create_superuser("root", "r@example.com", "x")
    client = Client()
    client.force_login(admin)
    listing = client.get(reverse("wagtailsnippets_caricatures_caricature:list"))
    assert listing.status_code == 200 and "في القائمة" in listing.content.decode()
    assert client.get(reverse("wagtailsnippets_caricatures_caricature:add")).status_code == 200
    assert client.get(reverse("wagtailsnippets_caricatures_artist:list")).status_code == 200
