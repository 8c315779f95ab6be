from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from nashra.editions.services import editions_for

from . import admin_views


class LiveBlogMenuItem(MenuItem):
    def is_shown(self, request):
        return editions_for(request.user).exists()


@hooks.register("register_admin_urls")
def register_liveblog_urls():
    return [
        path("liveblog/", admin_views.blog_list, name="liveblog_admin"),
        path("liveblog/<int:blog_id>/", admin_views.blog_screen, name="liveblog_admin_blog"),
    ]


@hooks.register("register_admin_menu_item")
def register_liveblog_menu_item():
    return LiveBlogMenuItem(gettext_lazy("التغطيات المباشرة"), reverse("liveblog_admin"), icon_name="time", order=305)
