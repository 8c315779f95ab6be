from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "nashra.core"
    label = "nashra_core"
    verbose_name = "نشرة"
