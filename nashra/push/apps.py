from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class PushConfig(AppConfig):
    name = "nashra.push"
    label = "push"
    verbose_name = gettext_lazy("التنبيهات العاجلة")
