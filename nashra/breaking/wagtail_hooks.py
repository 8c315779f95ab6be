from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .services import switching_editions


class BreakingMenuItem(MenuItem):
    def is_shown(self, request):
        return switching_editions(request.user).exists()  # reporters and moderators do not see it


@hooks.register("register_admin_urls")
def register_breaking_urls():
    return [
        path("breaking/", admin_views.switches_page, name="breaking_admin"),
        path("breaking/page/<int:page_id>/", admin_views.start_page, name="breaking_start"),
        path("breaking/<int:switch_id>/end/", admin_views.end_switch, name="breaking_end"),
    ]


@hooks.register("register_admin_menu_item")
def register_breaking_menu_item():
    return BreakingMenuItem(gettext_lazy("وضع عاجل"), reverse("breaking_admin"), icon_name="warning", order=311)


@hooks.register("register_page_header_buttons")
def breaking_button(page, user, view_name, next_url=None):
    """«وضع عاجل» on a live story's (or live blog's) edit header, for the editors of its edition."""
    from wagtail.admin.widgets import Button

    from .services import may_switch, supports_breaking

    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page.specific
    if (supports_breaking(specific) and specific.live and getattr(specific, "edition_id", None)
            and may_switch(user, specific.edition_id)):
        yield Button(gettext_lazy("وضع عاجل"), reverse("breaking_start", args=[page.pk]), icon_name="warning",
                     priority=79)
