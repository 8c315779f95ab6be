from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .services import editable_editions


class PicksMenuItem(MenuItem):
    def is_shown(self, request):
        return editable_editions(request.user).exists()  # reporters and moderators do not see it


@hooks.register("register_admin_urls")
def register_picks_urls():
    return [path("picks/", admin_views.picks_page, name="picks_admin")]


@hooks.register("register_admin_menu_item")
def register_picks_menu_item():
    return PicksMenuItem(gettext_lazy("اختيارات المحررين"), reverse("picks_admin"), icon_name="pick", order=310)
