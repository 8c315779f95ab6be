"""``{% next_prayer_for edition as np %}`` for the header and home widgets."""

from django import template

from nashra.prayer import services
from nashra.prayer.services import PrayerError

register = template.Library()


@register.simple_tag
def next_prayer_for(edition):
    """The edition's default city's next prayer, or None (a widget never breaks a page)."""
    try:
        config = services.config_for(edition)
        return services.next_prayer(services.get_city(config.city_slug), config)
    except (PrayerError, ValueError):
        return None
