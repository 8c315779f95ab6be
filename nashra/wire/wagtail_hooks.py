from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.queue_editions(request.user).exists()


class SourcesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views._source_editions(request.user).exists()


@hooks.register("register_admin_urls")
def register_wire_urls():
    return [
        path("wire/", admin_views.wire_queue, name="wire_queue"),
        path("wire/item/<int:item_id>/", admin_views.wire_item, name="wire_item"),
        path("wire/sources/", admin_views.wire_sources, name="wire_sources"),
        path("wire/sources/add/", admin_views.wire_source_edit, name="wire_source_add"),
        path("wire/sources/<int:source_id>/", admin_views.wire_source_edit, name="wire_source_edit"),
    ]


@hooks.register("register_admin_menu_item")
def register_wire_menu_item():
    return QueueMenuItem(gettext_lazy("مكتب الوكالات"), reverse("wire_queue"), icon_name="doc-full", order=305)


@hooks.register("register_admin_menu_item")
def register_wire_sources_menu_item():
    return SourcesMenuItem(gettext_lazy("مصادر الوكالات"), reverse("wire_sources"), icon_name="cogs", order=306)
