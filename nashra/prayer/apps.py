from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class PrayerConfig(AppConfig):
    name = "nashra.prayer"
    label = "prayer"
    verbose_name = gettext_lazy("مواقيت الصلاة")
