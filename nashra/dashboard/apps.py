from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class DashboardConfig(AppConfig):
    name = "nashra.dashboard"
    label = "dashboard"
    verbose_name = gettext_lazy("لوحة الأرقام")

    def ready(self):
        from nashra.core import periodic, readership

        from . import collect, rollup

        readership.on_view(collect.on_view)
        readership.on_search(collect.on_search)
        periodic.register(rollup.scheduler_pass)  # the roll-up runs on the task queue once a minute
