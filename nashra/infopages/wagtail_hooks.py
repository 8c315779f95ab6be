from django.utils.translation import gettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import InfoPage


class InfoPageViewSet(SnippetViewSet):
    """Under «صفحات التذييل» in the newsroom menu (network admins, or a group given the
    ``infopages`` permissions in Settings → Groups)."""

    model = InfoPage
    icon = "doc-full"
    menu_label = gettext_lazy("صفحات التذييل")
    add_to_admin_menu = True
    menu_order = 330
    list_display = ["title", "slug", "in_footer", "footer_order", "live"]


register_snippet(InfoPageViewSet)
