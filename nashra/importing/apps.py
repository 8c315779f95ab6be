from django.apps import AppConfig


class ImportingConfig(AppConfig):
    name = "nashra.importing"
    label = "importing"
