from django.apps import AppConfig


class LiveBlogConfig(AppConfig):
    name = "nashra.liveblog"
    label = "liveblog"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
