from django import template

from nashra.caricatures.models import Caricature

register = template.Library()


@register.simple_tag
def caricature_of_the_day(edition):
    """The edition's newest published caricature, or None."""
    if edition is None:
        return None
    return Caricature.objects.visible(edition).select_related("artist", "image").first()
