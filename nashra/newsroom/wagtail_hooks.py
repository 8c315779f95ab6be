"""Help menu: Wagtail's «What's new in Wagtail» and «Editor Guide» links lead journalists to an English
site about another product; the keyboard shortcuts stay."""

from wagtail import hooks

UPSTREAM_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_help_menu")
def hide_upstream_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(UPSTREAM_HELP_ITEMS)]


class _NoFooter:
    """A menu item as it is, without the «Wagtail v8.0.1» line Wagtail prints under its settings menu."""

    def __init__(self, item):
        self._item = item

    def __getattr__(self, name):
        return getattr(self._item, name)

    def render_component(self, request):
        component = self._item.render_component(request)
        component.footer_text = ""
        return component


@hooks.register("construct_main_menu")
def hide_upstream_version(request, menu_items):
    menu_items[:] = [_NoFooter(item) if item.name == "settings" else item for item in menu_items]
