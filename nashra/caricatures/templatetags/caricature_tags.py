from django import template
from django.utils import timezone

from nashra.caricatures.models import Caricature
from nashra.core import scopes

register = template.Library()


@register.simple_tag
def caricature_of_the_day(edition):
    """The edition's newest published caricature, or None.

    Kept with the edition's fragments (saving or deleting a caricature purges them), until the
    next one dated in the future goes up at the latest.
    """
    if edition is None:
        return None

    def newest():
        return Caricature.objects.visible(edition).select_related("artist", "image").first()

    def until_next(_found) -> int:
        upcoming = (Caricature.objects.filter(edition=edition, live=True, published_at__gt=timezone.now())
                    .order_by("published_at").values_list("published_at", flat=True).first())
        seconds = scopes.default_ttl()
        if upcoming is not None:
            seconds = min(seconds, int((upcoming - timezone.now()).total_seconds()) + 1)
        return max(seconds, 0)

    return scopes.for_edition(edition, "caricature", newest, ttl=until_next)
