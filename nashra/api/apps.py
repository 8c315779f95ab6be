from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "nashra.api"
    label = "api"
