"""Prayer-time pages, widgets and API, through the real stack on eg.localhost."""

import calendar
import json
from datetime import UTC, date, datetime
from unittest import mock

import pytest
from django.test import Client

from nashra.arabic.hijri import format_hijri, to_hijri
from nashra.arabic.prayer import next_prayer, prayer_times
from nashra.prayer import services
from nashra.prayer.api import prayer_times_api

EG = {"HTTP_HOST": "eg.localhost"}
LB = {"HTTP_HOST": "lb.localhost"}


@pytest.fixture
def client():
    return Client()


def _frozen(moment):
    return mock.patch("nashra.prayer.services.timezone.now", return_value=moment)


def test_cairo_today_page_shows_calculator_times_and_dates(editions, client):
    moment = datetime(2025, 12, 9, 4, 47, tzinfo=UTC)  # 06:47 in Cairo
    with _frozen(moment):
        response = client.get("/prayer-times/", **EG)
    assert response.status_code == 200
    html = response.content.decode()
    assert "مواقيت الصلاة في القاهرة اليوم" in html
    for hhmm in prayer_times("cairo", date(2025, 12, 9)).as_hhmm().values():
        assert hhmm in html
    assert format_hijri(to_hijri(date(2025, 12, 9))) in html
    assert "ديسمبر" in html and "2025" in html
    assert '<th scope="row">الفجر</th>' in html
    assert "<caption>" in html


def test_given_date_and_city(editions, client):
    response = client.get("/prayer-times/alexandria/?date=2025-06-21", **EG)
    assert response.status_code == 200
    html = response.content.decode()
    assert "مواقيت الصلاة في الإسكندرية" in html
    for hhmm in prayer_times("alexandria", date(2025, 6, 21)).as_hhmm().values():
        assert hhmm in html


def test_arabic_indic_date_is_accepted(editions, client):
    response = client.get("/prayer-times/cairo/?date=٢٠٢٥-٠٦-٢١", **EG)
    assert response.status_code == 200


def test_dst_boundary_day_renders_summer_time(editions, client):
    # Egypt's summer time started on Friday 2025-04-25: times are in UTC+3 that day.
    response = client.get("/prayer-times/cairo/?date=2025-04-25", **EG)
    assert response.status_code == 200
    html = response.content.decode()
    times = prayer_times("cairo", date(2025, 4, 25))
    assert times.dhuhr.utcoffset().total_seconds() == 3 * 3600
    for hhmm in times.as_hhmm().values():
        assert hhmm in html
    assert "+03:00" in html  # <time datetime=…> carries the summer offset
    before = prayer_times("cairo", date(2025, 4, 24)).dhuhr
    assert times.dhuhr.hour == before.hour + 1


def test_month_table_rows(editions, client):
    for month, count in (("2025-02", 28), ("2024-02", 29), ("2025-04", 30), ("2025-12", 31)):
        response = client.get(f"/prayer-times/cairo/month/?month={month}", **EG)
        assert response.status_code == 200
        html = response.content.decode()
        body = html.split("<tbody>")[1].split("</tbody>")[0]
        assert body.count("<tr>") == count == calendar.monthrange(*map(int, month.split("-")))[1]
    assert prayer_times("cairo", date(2025, 12, 31)).as_hhmm()["isha"] in html
    assert '<th scope="col">العشاء</th>' in html


@pytest.mark.parametrize("url", ["/prayer-times/atlantis/", "/prayer-times/Cairo/", "/prayer-times/atlantis/month/",
                                 "/prayer-times/?city=atlantis"])
def test_unknown_city_is_arabic_404(editions, client, url):
    response = client.get(url, **EG)
    assert response.status_code == 404
    assert "لا توجد مدينة بهذا الاسم" in response.content.decode()


@pytest.mark.parametrize("query", ["date=2025-02-30", "date=garbage", "date=1899-12-31", "date=2101-01-01",
                                   "date=99999-01-01", "date=2025-13-01"])
def test_bad_dates_are_arabic_400(editions, client, query):
    response = client.get(f"/prayer-times/cairo/?{query}", **EG)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "التاريخ" in html


@pytest.mark.parametrize("month", ["2025-13", "2025", "x", "0000-01", "2101-01"])
def test_bad_month_is_400(editions, client, month):
    response = client.get(f"/prayer-times/cairo/month/?month={month}", **EG)
    assert response.status_code == 400


def test_chooser_form_redirects_to_city(editions, client):
    response = client.get("/prayer-times/?city=aswan&date=2025-06-21", **EG)
    assert response.status_code == 302
    assert response["Location"] == "/prayer-times/aswan/?date=2025-06-21"
    page = client.get("/prayer-times/cities/", **EG).content.decode()
    assert 'href="/prayer-times/riyadh/"' in page and "أسوان" in page
    today = client.get("/prayer-times/", **EG).content.decode()
    assert '<label for="prayer-city">' in today


def test_edition_default_city_from_time_zone(editions, client):
    assert services.config_for(editions["lb"]).city_slug == "beirut"
    assert services.config_for(editions["eg"]).city_slug == "cairo"
    assert "مواقيت الصلاة في بيروت اليوم" in client.get("/prayer-times/", **LB).content.decode()


def test_edition_settings_override_city_and_asr(editions, client):
    from nashra.prayer.models import EditionPrayerSettings

    EditionPrayerSettings.objects.create(edition=editions["eg"], city_slug="giza", asr_school="hanafi")
    html = client.get("/prayer-times/?date=2025-06-21", **EG).content.decode()
    assert "الجيزة" in html
    assert prayer_times("giza", date(2025, 6, 21), asr="hanafi").as_hhmm()["asr"] in html


def test_api_shape_and_values(editions, client):
    response = client.get("/api/v1/prayer-times/?city=cairo&date=2025-04-25", **EG)
    assert response.status_code == 200
    data = json.loads(response.content)
    expected = prayer_times("cairo", date(2025, 4, 25)).as_hhmm()
    for name in ("fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha"):
        assert data[name] == expected[name]
    assert data["city"]["slug"] == "cairo"
    assert data["date"] == "2025-04-25"
    assert data["method"]["slug"] == "egypt"
    assert data["hijri"] == format_hijri(to_hijri(date(2025, 4, 25)))


@pytest.mark.parametrize("query,status,code", [
    ("city=atlantis", 404, "unknown_city"),
    ("city=cairo&date=2025-02-30", 400, "bad_date"),
    ("city=cairo&date=3000-01-01", 400, "date_out_of_range"),
    ("city=cairo&date=%00%ff", 400, "bad_date"),
    ("city=%00", 404, "unknown_city"),
])
def test_api_errors(editions, query, status, code):
    from django.test import RequestFactory

    response = prayer_times_api(RequestFactory().get(f"/api/v1/prayer-times/?{query}", **EG))
    assert response.status_code == status
    data = json.loads(response.content)
    assert data["code"] == code and data["error"]
    assert not data["error"].isascii()


def test_api_rejects_post(editions):
    from django.test import RequestFactory

    assert prayer_times_api(RequestFactory().post("/api/v1/prayer-times/", **EG)).status_code == 405


def test_widget_shows_next_prayer(editions, client):
    from django.template.loader import render_to_string

    moment = datetime(2025, 12, 9, 10, 0, tzinfo=UTC)  # 12:00 Cairo: Dhuhr at 11:4x has passed
    name, at = next_prayer("cairo", moment)
    assert name == "asr"
    with _frozen(moment):
        html = render_to_string("prayer/home_widget.html", {"edition": editions["eg"]})
        header = render_to_string("prayer/header_widget.html", {"edition": editions["eg"]})
    assert "العصر" in html and at.strftime("%H:%M") in html
    assert f'data-prayer-at="{at.isoformat()}"' in html
    assert "data-countdown" in header and "prayer/prayer.js" in header
    assert "style=" not in html and "<script>" not in html


def test_widget_after_isha_rolls_to_tomorrow_fajr(editions):
    moment = datetime(2025, 12, 9, 21, 0, tzinfo=UTC)  # 23:00 Cairo
    np = services.next_prayer(services.get_city("cairo"), now=moment)
    assert np.name == "fajr" and np.at.date() == date(2025, 12, 10)
    assert np.countdown.count(":") == 2


def test_home_page_includes_widget(editions, client):
    html = client.get("/", **EG).content.decode()
    assert "prayer-home" in html and "prayer-header" in html


def test_edition_settings_cache_is_invalidated_on_save(editions, client):
    from nashra.prayer.models import EditionPrayerSettings

    assert "القاهرة" in client.get("/prayer-times/", **EG).content.decode()
    settings = EditionPrayerSettings.objects.create(edition=editions["eg"], city_slug="aswan")
    assert "مواقيت الصلاة في أسوان اليوم" in client.get("/prayer-times/", **EG).content.decode()
    settings.delete()
    assert "مواقيت الصلاة في القاهرة اليوم" in client.get("/prayer-times/", **EG).content.decode()


def test_admin_snippet_lists_prayer_settings(editions):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    admin = get_user_model().objects.create_superuser("root", "r@example.com", "x")
    c = Client()
    c.force_login(admin)
    url = reverse("wagtailsnippets_prayer_editionprayersettings:add")
    response = c.post(url, {"edition": editions["lb"].pk, "city_slug": "beirut", "method": "", "asr_school": "hanafi"})
    assert response.status_code == 302
    assert services.config_for(editions["lb"]).asr_school == "hanafi"
