from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class BreakingConfig(AppConfig):
    name = "nashra.breaking"
    label = "breaking"
    verbose_name = gettext_lazy("وضع عاجل")

    def ready(self):
        from nashra.articles import listings
        from nashra.core import periodic, ttl

        from . import services, signals

        periodic.register(services.end_due_switches)  # a switch whose time is up ends within a pass
        ttl.register_ttl_limit(services.page_ttl_limit)  # the home and chosen sections are kept briefly
        listings.use_breaking_leads(services.breaking_leads)  # a live blog in breaking mode leads
        signals.connect()  # publishing the story again does not drop it from the ticker
