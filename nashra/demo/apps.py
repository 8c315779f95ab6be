from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "nashra.demo"
    label = "demo"
