from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "nashra.articles"
    label = "articles"
    verbose_name = "الأخبار"

    def ready(self):
        from . import signals  # noqa: F401
