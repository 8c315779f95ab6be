from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class PicksConfig(AppConfig):
    name = "nashra.picks"
    label = "picks"
    verbose_name = gettext_lazy("اختيارات المحررين")

    def ready(self):
        from nashra.articles import listings
        from nashra.core import periodic

        from . import services

        listings.use_picks(services.page_picks)  # the home and section pages read the picks through articles
        periodic.register(services.expire_due_picks)  # expired picks leave cached pages within a pass
