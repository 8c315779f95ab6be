from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from nashra.editions.services import editions_for

from . import views


class NumbersMenuItem(MenuItem):
    def is_shown(self, request):
        return editions_for(request.user).exists()


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [path("numbers/", views.dashboard, name="dashboard_numbers")]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return NumbersMenuItem(gettext_lazy("لوحة الأرقام"), reverse("dashboard_numbers"), icon_name="view", order=150)
