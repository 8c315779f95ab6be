from django import template

from nashra.infopages.models import InfoPage

register = template.Library()


@register.simple_tag
def footer_pages():
    """The published pages the footer links, in their order. Read while the footer fragment is
    built (:func:`nashra.articles.templatetags.reader_tags.site_footer`), so once per network
    generation, not once per page."""
    return list(InfoPage.objects.filter(live=True, in_footer=True).only("title", "slug"))
