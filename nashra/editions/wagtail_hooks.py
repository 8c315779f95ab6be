from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Edition
from .services import within_user_editions


class EditionViewSet(SnippetViewSet):
    model = Edition
    icon = "site"
    menu_label = gettext_lazy("الإصدارات")
    add_to_admin_menu = True
    menu_order = 150
    list_display = ["name", "slug", "site", "city_name", "time_zone", "month_style"]


register_snippet(EditionViewSet)


# Every newsroom chooser and listing shows only the user's own editions: page permissions already
# keep editing in bounds, but Wagtail's choosers browse the whole tree (titles of other editions'
# drafts included) unless told otherwise.
@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser(pages, request):
    return within_user_editions(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def scope_explorer(parent_page, pages, request):
    return within_user_editions(pages, request.user)
