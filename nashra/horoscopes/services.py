"""Horoscope queries and the newsroom's edition scoping."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from nashra.editions.models import Edition
from nashra.editions.services import editions_for

from .models import DailyHoroscope

EDIT_PERMISSION = "horoscopes.change_dailyhoroscope"
EDITING_ROLES = ("editor", "admin")


def edition_today(edition) -> date:
    """Today's date where the edition's readers are (a future day shows from its local midnight)."""
    return timezone.now().astimezone(edition.date_style.tz).date()


def published(edition):
    """Entries readers may see: up to today in the edition's time zone."""
    return DailyHoroscope.objects.filter(edition=edition, date__lte=edition_today(edition))


def day_entries(edition, day: date) -> dict[str, DailyHoroscope]:
    return {h.sign: h for h in DailyHoroscope.objects.filter(edition=edition, date=day)}


def editable_editions(user):
    """Editions whose horoscopes ``user`` may fill: superusers all; others need the
    permission and membership of that edition's editors or admins group."""
    if not user.is_authenticated or not user.is_active:
        return Edition.objects.none()
    if user.is_superuser:
        return Edition.objects.all()
    if not user.has_perm(EDIT_PERMISSION):
        return Edition.objects.none()
    return editions_for(user, EDITING_ROLES)
