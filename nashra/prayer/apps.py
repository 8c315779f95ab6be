from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class PrayerConfig(AppConfig):
    name = "nashra.prayer"
    label = "prayer"
    verbose_name = gettext_lazy("مواقيت الصلاة")

    def ready(self):
        from nashra.core import events

        from .services import forget_config

        events.subscribe(events.EditionContentChanged, forget_config)
