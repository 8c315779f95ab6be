from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class CaricaturesConfig(AppConfig):
    name = "nashra.caricatures"
    label = "caricatures"
    verbose_name = gettext_lazy("كاريكاتير")
