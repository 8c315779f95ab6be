from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class SyndicationConfig(AppConfig):
    name = "nashra.syndication"
    label = "syndication"
    verbose_name = gettext_lazy("الخلاصات وخرائط الموقع")
