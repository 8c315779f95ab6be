from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class SyndicationConfig(AppConfig):
    name = "nashra.syndication"
    label = "syndication"
    verbose_name = gettext_lazy("الخلاصات وخرائط الموقع")

    def ready(self):
        from nashra.delivery.purge import register_dependents

        from .purge_paths import article_feed_paths

        register_dependents(article_feed_paths)
