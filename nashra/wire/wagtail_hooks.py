from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views, copy_views


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
        path("copies/<int:page_id>/", copy_views.copy_page, name="wire_copy_page"),
        path("copies/of/<int:page_id>/", copy_views.copy_of_page, name="wire_copy_of_page"),
    ]


@hooks.register("register_admin_menu_item")
def register_wire_menu_item():
    return QueueMenuItem(gettext_lazy("مكتب الوكالات"), reverse("wire_queue"), icon_name="doc-full", order=305)


@hooks.register("register_admin_menu_item")
def register_wire_sources_menu_item():
    return SourcesMenuItem(gettext_lazy("مصادر الوكالات"), reverse("wire_sources"), icon_name="cogs", order=306)


@hooks.register("register_page_header_buttons")
def wire_item_button(page, user, view_name, next_url=None):
    """A draft made with «استخدام» links back to its agency item (the text, its versions, its cluster)."""
    from wagtail.admin.widgets import Button

    from .models import WireDraft

    draft = WireDraft.objects.filter(article_id=page.pk).order_by("-created_at").first()
    if draft is not None and admin_views.queue_editions(user).filter(wire_sources=draft.item.source_id).exists():
        label = gettext_lazy("خبر الوكالة (نسخة أحدث متاحة)") if draft.outdated else gettext_lazy("خبر الوكالة")
        yield Button(label, reverse("wire_item", args=[draft.item_id]), icon_name="doc-full", priority=80)


@hooks.register("register_page_header_buttons")
def copy_to_editions_button(page, user, view_name, next_url=None):
    from wagtail.admin.widgets import Button

    from nashra.articles.models import ArticlePage

    from .copies import may_copy

    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page.specific
    if isinstance(specific, ArticlePage) and specific.edition_id and may_copy(user, specific):
        yield Button(gettext_lazy("نشر في إصدارات أخرى"), reverse("wire_copy_page", args=[page.pk]),
                     icon_name="doc-full", priority=81)


@hooks.register("register_page_header_buttons")
def copy_of_button(page, user, view_name, next_url=None):
    """On a copy: where it came from, and its edition's choice of canonical."""
    from wagtail.admin.widgets import Button

    from .copies import may_edit_copy
    from .models import ArticleCopy

    link = ArticleCopy.objects.filter(copy_id=page.pk).select_related("copy").first()
    if link is not None and may_edit_copy(user, link.copy):
        yield Button(gettext_lazy("نسخة من خبر في إصدار آخر"), reverse("wire_copy_of_page", args=[page.pk]),
                     icon_name="doc-full", priority=82)


@hooks.register("after_edit_page")
def offer_to_update_copies(request, page):
    """Editing an original offers to update the copies nobody edited locally."""
    from django.utils.translation import ngettext
    from wagtail.admin import messages

    from .copies import may_copy, updatable_copies

    specific = page.specific
    if not hasattr(specific, "edition_copies") or not may_copy(request.user, specific):
        return
    count = updatable_copies(specific)
    if count:
        messages.info(request, ngettext(
            "لهذا الخبر نسخة في إصدار آخر لم تُعدَّل محليًا؛ يمكنك تحديثها بالنص الجديد.",
            "لهذا الخبر %(count)s نسخة في إصدارات أخرى لم تُعدَّل محليًا؛ يمكنك تحديثها بالنص الجديد.", count)
            % {"count": count}, buttons=[messages.button(reverse("wire_copy_page", args=[specific.pk]),
                                                          gettext_lazy("حدّث النسخ"))])
