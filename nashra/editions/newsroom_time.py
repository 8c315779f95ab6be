"""The newsroom shows and reads times in the journalist's own edition's zone, not the server's UTC.

Wagtail's admin activates each user's profile time zone for every newsroom request (the scheduling
picker, history, the comment queue) and falls back to ``settings.TIME_ZONE`` (UTC) when the profile
names none. A journalist therefore gets their edition's zone as their profile's zone: when they join
an edition's group, and, for accounts made before this, when they next sign in. A zone the user
chose in «حسابي» is never overwritten; an operator without an edition gets the default edition's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_location
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Edition
from .services import editions_for


def edition_zone_for(user) -> str | None:
    """The zone of ``user``'s first edition (by age), or the default edition's for an operator who
    belongs to none; None when there is no edition at all."""
    edition = (editions_for(user).order_by("pk").first() if not user.is_superuser else None) or (
        Edition.objects.filter(site__is_default_site=True).first() or Edition.objects.order_by("pk").first())
    return edition.time_zone if edition is not None else None


def give_edition_zone(user) -> bool:
    """Set ``user``'s newsroom zone to their edition's unless they chose one. True when set."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    if profile.current_time_zone:
        return False
    zone = edition_zone_for(user)
    if not zone:
        return False
    profile.current_time_zone = zone
    profile.save(update_fields=["current_time_zone"])
    return True


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="nashra-newsroom-time-groups")
def joined_groups(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add" or not pk_set:
        return
    if reverse:  # group.user_set.add(...): ``instance`` is the group
        for user in get_user_model().objects.filter(pk__in=pk_set):
            give_edition_zone(user)
    else:
        give_edition_zone(instance)


@receiver(user_logged_in, dispatch_uid="nashra-newsroom-time-login")
def signed_in(sender, request, user, **kwargs):
    if user.is_staff or user.is_superuser or user.groups.exists():
        give_edition_zone(user)


def zone_hint(now: datetime | None = None, zone=None) -> str:
    """What a time box in the newsroom is read in, in words: «بتوقيت مصر (UTC+02:00)» for ``zone`` (a
    zoneinfo or its IANA name; by default the zone active in this request, the user's), so nobody
    wonders whether 10:00 means Cairo or UTC — and no «Africa/Cairo» in front of a journalist."""
    zone = ZoneInfo(zone) if isinstance(zone, str) else (zone or timezone.get_current_timezone())
    now = (now or timezone.now()).astimezone(zone)
    offset = now.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    if getattr(zone, "key", "UTC") in ("UTC", "Etc/UTC"):
        return _("بالتوقيت العالمي (UTC)")
    return _("ب%(zone)s (%(offset)s)") % {"zone": get_timezone_location(zone, locale="ar"), "offset": offset}
