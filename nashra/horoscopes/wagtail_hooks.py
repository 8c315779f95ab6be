from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .services import editable_editions


class HoroscopeMenuItem(MenuItem):
    def is_shown(self, request):
        return editable_editions(request.user).exists()


@hooks.register("register_admin_urls")
def register_horoscope_urls():
    return [path("horoscopes/day/", admin_views.edit_day, name="horoscopes_admin_day")]


@hooks.register("register_admin_menu_item")
def register_horoscope_menu_item():
    return HoroscopeMenuItem(gettext_lazy("حظك اليوم"), reverse("horoscopes_admin_day"), icon_name="date", order=320)
