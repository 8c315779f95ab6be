from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "nashra.delivery"
    label = "delivery"
    verbose_name = "التوصيل والتخزين المؤقت"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
