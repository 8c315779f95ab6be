"""Demo data: the edition's prayer settings from its time zone (idempotent)."""

from .models import EditionPrayerSettings
from .services import default_city_for_zone


def load_demo(edition) -> EditionPrayerSettings:
    settings, _created = EditionPrayerSettings.objects.get_or_create(
        edition=edition, defaults={"city_slug": default_city_for_zone(edition.time_zone)}
    )
    return settings
