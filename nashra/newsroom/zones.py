"""The time zones «حسابي» offers, named in Arabic: «توقيت مصر (القاهرة)» rather than «Africa/Cairo».

Wagtail lists the IANA names as they are. Its page script then appends the browser's own name for each
zone («…: توقيت شرق أوروبا الرسمي»), so the IANA name was the only English left in front of a journalist.
"""

from __future__ import annotations

from babel.dates import get_timezone_location
from django.utils.translation import gettext as _
from wagtail.admin.localization import get_available_admin_time_zones


def zone_label(name: str) -> str:
    if name in ("UTC", "Etc/UTC"):
        return _("التوقيت العالمي المنسق")
    country = get_timezone_location(name, locale="ar")
    city = get_timezone_location(name, locale="ar", return_city=True)
    return country if city in country else f"{country} ({city})"


def time_zone_choices() -> list[tuple[str, str]]:
    return [("", _("توقيت الخادم"))] + [(name, zone_label(name)) for name in get_available_admin_time_zones()]


def name_the_zones_in_arabic() -> None:
    from wagtail.admin.forms.account import LocalePreferencesForm

    LocalePreferencesForm.base_fields["current_time_zone"].choices = time_zone_choices
