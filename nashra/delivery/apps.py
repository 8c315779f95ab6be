from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class DeliveryConfig(AppConfig):
    name = "nashra.delivery"
    label = "delivery"
    verbose_name = gettext_lazy("التوصيل والتخزين المؤقت")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core.signals import setting_changed

        from nashra.core import scopes

        from . import middleware, signals
        from .store import get_store

        scopes.use_generations(get_store)  # the cache scopes' generations live in the page store
        signals.connect()
        setting_changed.connect(middleware.on_setting_changed, dispatch_uid="nashra.delivery.settings")
