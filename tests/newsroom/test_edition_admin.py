"""Operators edit editions (with announced Hijri month starts) and the group footer in the newsroom."""

from datetime import UTC, date, datetime

from django.contrib.auth import get_user_model

from nashra.editions.models import HijriMonthStart
from nashra.editions.templatetags.edition_time import hijri_date


def test_superuser_opens_edition_and_network_settings_forms(editions, client):
    admin = get_user_model().objects.create_superuser("root", "root@example.invalid", "correct horse battery")
    client.force_login(admin)
    eg = editions["eg"]
    response = client.get(f"/newsroom/snippets/editions/edition/edit/{eg.pk}/", HTTP_HOST="eg.localhost")
    assert response.status_code == 200
    assert "بدايات الشهور الهجرية المعلنة" in response.content.decode()
    assert client.get("/newsroom/settings/editions/networksettings/", HTTP_HOST="eg.localhost").status_code in (
        200,
        302,
    )

def test_announced_month_start_changes_the_editions_hijri_date(editions):
    eg, lb = editions["eg"], editions["lb"]

    first_of_march = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    assert hijri_date(first_of_march, eg).startswith("1 رمضان 1446")
    # Egypt announces Ramadan one day later than Umm al-Qura.
    HijriMonthStart.objects.create(edition=eg, hijri_year=1446, hijri_month=9, starts_on=date(2025, 3, 2))
    assert hijri_date(first_of_march, eg).startswith("30 شعبان 1446")
    assert hijri_date(first_of_march, lb).startswith("1 رمضان 1446")
