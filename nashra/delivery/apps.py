from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class DeliveryConfig(AppConfig):
    name = "nashra.delivery"
    label = "delivery"
    verbose_name = gettext_lazy("التوصيل والتخزين المؤقت")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
