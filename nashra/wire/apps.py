from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class WireConfig(AppConfig):
    name = "nashra.wire"
    label = "wire"
    verbose_name = gettext_lazy("مكتب الوكالات")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from nashra.core import periodic

        from . import services

        periodic.register(services.poll_due_sources)  # each source is read when its interval is up
