from django.apps import AppConfig


class PrayerConfig(AppConfig):
    name = "nashra.prayer"
    label = "prayer"
    verbose_name = "مواقيت الصلاة"
