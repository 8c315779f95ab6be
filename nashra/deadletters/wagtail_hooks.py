from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class DeadLettersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_dead_letters_urls():
    return [
        path("dead-letters/", admin_views.dead_letters_page, name="dead_letters_admin"),
        path("dead-letters/<int:pk>/retry/", admin_views.retry_dead_letter, name="dead_letter_retry"),
    ]


@hooks.register("register_admin_menu_item")
def register_dead_letters_menu_item():
    return DeadLettersMenuItem(gettext_lazy("المهام المتعثرة"), reverse("dead_letters_admin"), icon_name="warning",
                               order=900)
