from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class NewslettersConfig(AppConfig):
    name = "nashra.newsletters"
    label = "newsletters"
    verbose_name = gettext_lazy("النشرات البريدية")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from nashra.core import periodic

        from . import sending

        # Scheduled issues, the digest at each list's local hour, and the next batch of an issue
        # being sent (the per-minute cap spreads a large list over several passes).
        periodic.register(sending.scheduler_pass)
