from django.apps import AppConfig


class HoroscopesConfig(AppConfig):
    name = "nashra.horoscopes"
    label = "horoscopes"
    verbose_name = "حظك اليوم"
