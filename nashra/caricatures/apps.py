from django.apps import AppConfig


class CaricaturesConfig(AppConfig):
    name = "nashra.caricatures"
    label = "caricatures"
    verbose_name = "كاريكاتير"
