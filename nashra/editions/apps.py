from django.apps import AppConfig


class EditionsConfig(AppConfig):
    name = "nashra.editions"
    label = "editions"
