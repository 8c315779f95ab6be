from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class InfoPagesConfig(AppConfig):
    name = "nashra.infopages"
    label = "infopages"
    verbose_name = gettext_lazy("صفحات التذييل")
