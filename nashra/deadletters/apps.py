from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class DeadLettersConfig(AppConfig):
    name = "nashra.deadletters"
    label = "deadletters"
    verbose_name = gettext_lazy("المهام المتعثرة")

