from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class SearchConfig(AppConfig):
    name = "nashra.search"
    label = "nashra_search"
    verbose_name = gettext_lazy("البحث")

    def ready(self):
        from django.core.checks import register

        from nashra.delivery.purge import register_dependents

        from . import signals  # noqa: F401  (connects the index to publishing)
        from .purge_paths import search_page_paths
        from .versioning import check_index_version

        register(check_index_version)  # every `nashra check`; quiet before migrate
        register_dependents(search_page_paths)  # a publish drops the cached search pages of its edition
