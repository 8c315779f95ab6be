from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class SearchConfig(AppConfig):
    name = "nashra.search"
    label = "nashra_search"
    verbose_name = gettext_lazy("البحث")

    def ready(self):
        from . import signals  # noqa: F401  (connects the index to publishing)
