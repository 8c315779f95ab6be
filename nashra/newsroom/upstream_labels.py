"""Column headings Wagtail 8.0 builds from attribute names («Port», «Site name», «Root page» on the sites
screen) and so never translates: they are given the field's own, translated, name."""

from __future__ import annotations


def translate_site_columns() -> None:
    from wagtail.models import Site
    from wagtail.sites.views import IndexView

    for column in IndexView.columns:
        if column.name in {"port", "site_name", "root_page"}:
            column.label = Site._meta.get_field(column.name).verbose_name
