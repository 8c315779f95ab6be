from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "nashra.search"
    label = "nashra_search"
    verbose_name = "البحث"

    def ready(self):
        from . import signals  # noqa: F401  (connects the index to publishing)
