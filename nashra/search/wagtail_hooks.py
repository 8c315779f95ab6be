"""Newsroom side of search: the plural lexicon snippet and «بحث الأرشيف».

The archive search is its own admin view (menu item) rather than a change to
Wagtail's page search: Wagtail's page search runs through its own backend,
which is switched off for saves (see settings), while this view reads the same
Arabic index as the readers' page, across every edition.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from nashra.editions.models import Edition

from .models import PluralEntry
from .params import BadParam, SearchParams
from .services import search
from .versioning import index_is_stale, stale_message


class PluralEntryViewSet(SnippetViewSet):
    model = PluralEntry
    icon = "search"
    menu_label = _("معجم الجموع")
    add_to_admin_menu = True
    menu_order = 160
    list_display = ["plural", "singular"]
    search_fields = ["plural", "singular"]
    # The «run nashra reindex» reminder is the plural field's help text (models.py),
    # shown on every add/edit form.


register_snippet(PluralEntryViewSet)


class ArchiveSearchView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/archive_search.html"
    page_title = _("بحث الأرشيف")
    header_icon = "search"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = self.request.GET
        edition = Edition.objects.filter(slug=data.get("edition") or "").first()
        error = None
        try:
            params = SearchParams.parse(data, edition)
        except BadParam as exc:
            error, params = exc.message, SearchParams(q=str(data.get("q", "") or ""))
        results = search(edition, params.q, section=params.section, author=params.author,
                         date_from=params.date_from, date_to=params.date_to, order=params.order,
                         page=params.page)
        query = data.copy()
        query.pop("page", None)
        context.update(
            results=results, params=params, error=error, editions=Edition.objects.order_by("name"),
            edition=edition, base_query=query.urlencode(),
        )
        return context


@hooks.register("register_admin_urls")
def register_archive_search_url():
    return [path("archive-search/", ArchiveSearchView.as_view(), name="nashra_archive_search")]


@hooks.register("register_admin_menu_item")
def register_archive_search_menu_item():
    return MenuItem(_("بحث الأرشيف"), reverse("nashra_archive_search"), icon_name="search", order=110)


class StaleIndexPanel(Component):
    """On the newsroom dashboard while the index holds older search keys (see versioning.py)."""

    name = "nashra_stale_search_index"
    order = 10
    template_name = "search/admin/stale_index_panel.html"

    def get_context_data(self, parent_context=None):
        return {"message": stale_message()}


@hooks.register("construct_homepage_panels")
def warn_about_a_stale_index(request, panels):
    if index_is_stale():
        panels.insert(0, StaleIndexPanel())
