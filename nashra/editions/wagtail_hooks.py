from django.utils.translation import gettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Edition


class EditionViewSet(SnippetViewSet):
    model = Edition
    icon = "site"
    menu_label = gettext_lazy("الإصدارات")
    add_to_admin_menu = True
    menu_order = 150
    list_display = ["name", "slug", "site", "city_name", "time_zone", "month_style"]


register_snippet(EditionViewSet)
