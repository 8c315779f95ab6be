"""Help menu: Wagtail's «What's new in Wagtail» and «Editor Guide» links lead journalists to an English
site about another product; the keyboard shortcuts stay."""

from wagtail import hooks

UPSTREAM_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_help_menu")
def hide_upstream_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(UPSTREAM_HELP_ITEMS)]
