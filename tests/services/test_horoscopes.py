"""Horoscopes: the twelve-sign newsroom screen, reader pages and «find your sign»."""

from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from nashra.editions.services import group_name
from nashra.horoscopes.models import DailyHoroscope
from nashra.horoscopes.signs import SIGNS, sign_for

EG = {"HTTP_HOST": "eg.localhost"}
# 23:30 in Cairo on 2025-12-09 (21:30 UTC): the edition's "today" is still the 9th.
NOW = datetime(2025, 12, 9, 21, 30, tzinfo=UTC)


def _now(moment=NOW):
    return mock.patch("nashra.horoscopes.services.timezone.now", return_value=moment)


def _editor(edition, role="editor", username=None):
    user = get_user_model().objects.create_user(username or f"{edition.slug}-{role}", password="x")
    group = Group.objects.get(name=group_name(edition, role))
    group.permissions.add(Permission.objects.get(codename="change_dailyhoroscope"))
    user.groups.add(group)
    return user


def _post_data(edition, day):
    data = {"edition": str(edition.pk), "date": day.isoformat()}
    data.update({f"sign_{s.slug}": f"نص {s.name_ar} ليوم {day.isoformat()}" for s in SIGNS})
    return data


def _assert_denied(response, url):
    """Wagtail answers PermissionDenied in the admin with a redirect to the dashboard."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert url not in response["Location"]


@pytest.fixture
def url():
    return reverse("horoscopes_admin_day")


def test_editor_saves_twelve_signs_in_one_post(editions, url):
    client = Client()
    client.force_login(_editor(editions["eg"]))
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert html.count("<textarea") == 12 and "برج الحمل" in html
    with mock.patch("nashra.delivery.purge.purge_edition_by_id") as purge:
        response = client.post(url, _post_data(editions["eg"], date(2025, 12, 9)))
    assert response.status_code == 302
    purge.assert_called_once_with(editions["eg"].pk)  # twelve rows, one purge (it used to be 12+)
    assert DailyHoroscope.objects.filter(edition=editions["eg"], date=date(2025, 12, 9)).count() == 12
    # Re-saving with one empty box updates the rest and removes that one, never duplicates.
    data = _post_data(editions["eg"], date(2025, 12, 9))
    data["sign_leo"] = ""
    data["sign_aries"] = "نص جديد"
    client.post(url, data)
    rows = DailyHoroscope.objects.filter(edition=editions["eg"], date=date(2025, 12, 9))
    assert rows.count() == 11 and rows.get(sign="aries").text == "نص جديد"
    refill = client.get(f"{url}?edition={editions['eg'].pk}&date=2025-12-09").content.decode()
    assert "نص جديد" in refill


def test_user_of_another_edition_is_rejected(editions, url):
    client = Client()
    client.force_login(_editor(editions["lb"]))
    response = client.post(url, _post_data(editions["eg"], date(2025, 12, 9)))
    _assert_denied(response, url)
    assert not DailyHoroscope.objects.exists()
    assert client.post(url, _post_data(editions["lb"], date(2025, 12, 9))).status_code == 302


def test_reporter_without_permission_is_rejected(editions, url):
    user = get_user_model().objects.create_user("reporter", password="x")
    user.groups.add(Group.objects.get(name=group_name(editions["eg"], "reporter")))
    client = Client()
    client.force_login(user)
    _assert_denied(client.get(url), url)
    _assert_denied(client.post(url, _post_data(editions["eg"], date(2025, 12, 9))), url)
    assert not DailyHoroscope.objects.exists()


def test_superuser_and_menu_item(editions, url):
    admin = get_user_model().objects.create_superuser("root", "r@example.com", "x")
    client = Client()
    client.force_login(admin)
    assert client.post(url, _post_data(editions["lb"], date(2025, 12, 10))).status_code == 302
    from django.test import RequestFactory
    from wagtail.admin.menu import admin_menu

    request = RequestFactory().get("/newsroom/")
    request.user = admin
    assert "حظك اليوم" in [item.label for item in admin_menu.menu_items_for_request(request)]
    request.user = get_user_model().objects.create_user("nobody", password="x")
    assert "حظك اليوم" not in [item.label for item in admin_menu.menu_items_for_request(request)]


def _fill(edition, day, prefix="حظ"):
    for s in SIGNS:
        DailyHoroscope.objects.create(edition=edition, date=day, sign=s.slug, text=f"{prefix} {s.name_ar} {day}")


def test_future_day_hidden_until_its_local_date(editions):
    eg = editions["eg"]
    today, tomorrow = date(2025, 12, 9), date(2025, 12, 10)
    _fill(eg, today, "اليوم")
    _fill(eg, tomorrow, "الغد")
    client = Client()
    with _now():
        index = client.get("/horoscopes/", **EG).content.decode()
        leo = client.get("/horoscopes/leo/", **EG).content.decode()
        archive = client.get("/horoscopes/leo/archive/", **EG).content.decode()
    assert "اليوم الأسد" in index and "الغد" not in index
    assert "حظك اليوم برج الأسد" in leo and "اليوم الأسد" in leo and "الغد" not in leo
    assert "اليوم الأسد" in archive and "الغد" not in archive
    with _now(NOW + timedelta(minutes=31)):  # 00:01 on the 10th in Cairo
        leo = client.get("/horoscopes/leo/", **EG).content.decode()
    assert "الغد الأسد" in leo


def test_pages_404_and_home_widget(editions):
    client = Client()
    assert client.get("/horoscopes/dragon/", **EG).status_code == 404
    assert client.get("/horoscopes/leo/archive/?page=9", **EG).status_code == 404
    _fill(editions["eg"], date(2025, 12, 9))
    with _now():
        home = client.get("/", **EG).content.decode()
    assert "horoscope-home" in home and "برج اليوم" in home


@pytest.mark.parametrize("day,month,slug", [
    (21, 3, "aries"), (20, 3, "pisces"), (19, 4, "aries"), (20, 4, "taurus"), (23, 7, "leo"),
    (22, 12, "capricorn"), (1, 1, "capricorn"), (19, 1, "capricorn"), (20, 1, "aquarius"), (29, 2, "pisces"),
    (31, 12, "capricorn"), (21, 12, "sagittarius"),
])
def test_find_your_sign_boundaries(editions, day, month, slug):
    assert sign_for(month, day).slug == slug
    response = Client().get(f"/horoscopes/find/?day={day}&month={month}", **EG)
    assert response.status_code == 302
    assert response["Location"] == f"/horoscopes/{slug}/"


def test_find_sign_arabic_digits_and_name(editions):
    response = Client().get("/horoscopes/find/?day=٢١&month=٣", **EG)
    assert response["Location"] == "/horoscopes/aries/"
    page = Client().get("/horoscopes/aries/", **EG).content.decode()
    assert "الحمل" in page


@pytest.mark.parametrize("query", ["day=30&month=2", "day=31&month=4", "day=0&month=1", "day=1&month=13",
                                   "day=x&month=1", "", "day=99999999999999999999&month=1"])
def test_find_sign_bad_dates(editions, query):
    response = Client().get(f"/horoscopes/find/?{query}", **EG)
    assert response.status_code == 400
    html = response.content.decode()
    assert "تاريخ الميلاد غير صحيح" in html and '<label for="find-day">' in html
