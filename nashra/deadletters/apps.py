from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class DeadLettersConfig(AppConfig):
    name = "nashra.deadletters"
    label = "deadletters"
    verbose_name = gettext_lazy("المهام المتعثرة")

    def ready(self):
        from nashra.core import periodic

        from .housekeeping import prune_task_results

        periodic.register(prune_task_results)  # the queue's finished results do not pile up
