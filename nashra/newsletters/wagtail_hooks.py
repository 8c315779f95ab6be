from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class NewslettersMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.editable_editions(request.user).exists()


@hooks.register("register_admin_urls")
def register_newsletters_urls():
    return [
        path("newsletters/", admin_views.home, name="newsletters_admin"),
        path("newsletters/issue/<int:issue_id>/", admin_views.issue_page, name="newsletters_admin_issue"),
        path("newsletters/issue/<int:issue_id>/preview/", admin_views.preview, name="newsletters_admin_preview"),
    ]


@hooks.register("register_admin_menu_item")
def register_newsletters_menu_item():
    return NewslettersMenuItem(gettext_lazy("النشرات البريدية"), reverse("newsletters_admin"), icon_name="mail",
                               order=320)
