from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class AlertsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.sending_editions(request.user).exists()


@hooks.register("register_admin_urls")
def register_push_urls():
    return [path("push/", admin_views.alerts_page, name="push_alerts")]


@hooks.register("register_admin_menu_item")
def register_push_menu_item():
    return AlertsMenuItem(gettext_lazy("تنبيهات عاجلة"), reverse("push_alerts"), icon_name="warning", order=320)
