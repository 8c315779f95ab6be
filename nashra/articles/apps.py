from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class ArticlesConfig(AppConfig):
    name = "nashra.articles"
    label = "articles"
    verbose_name = gettext_lazy("الأخبار")

    def ready(self):
        from . import events

        events.connect()  # the only listener of Wagtail's page signals (nashra.core.events)
