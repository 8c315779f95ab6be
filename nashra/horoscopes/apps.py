from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class HoroscopesConfig(AppConfig):
    name = "nashra.horoscopes"
    label = "horoscopes"
    verbose_name = gettext_lazy("حظك اليوم")
