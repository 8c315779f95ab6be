from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "nashra.delivery"
    label = "delivery"
    verbose_name = "التوصيل والتخزين المؤقت"
