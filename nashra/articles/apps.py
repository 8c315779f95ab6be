from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class ArticlesConfig(AppConfig):
    name = "nashra.articles"
    label = "articles"
    verbose_name = gettext_lazy("الأخبار")

    def ready(self):
        from nashra.security.middleware import allow_frames

        from . import events
        from .embeds import FRAME_HOSTS

        events.connect()  # the only listener of Wagtail's page signals (nashra.core.events)
        allow_frames(FRAME_HOSTS)  # the reader pages' CSP lets exactly the video platforms' players in
