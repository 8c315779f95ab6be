from django.apps import AppConfig


class EditionsConfig(AppConfig):
    name = "nashra.editions"
    label = "editions"

    def ready(self):
        from . import newsroom_time, signals  # noqa: F401  (each edition's groups, collection and workflow;
        # journalists' newsroom time zone)
