from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class ClusterConfig(AppConfig):
    """Running on several hosts: read replicas, readiness, request ids in the logs, shared media."""

    name = "nashra.cluster"
    label = "cluster"
    verbose_name = gettext_lazy("التشغيل على عدة خوادم")

    def ready(self):
        from django.core.signals import request_finished

        from .logs import forget_request_id

        request_finished.connect(forget_request_id, dispatch_uid="nashra.cluster.forget_request_id")
