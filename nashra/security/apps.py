from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class SecurityConfig(AppConfig):
    name = "nashra.security"
    label = "security"
    verbose_name = gettext_lazy("الأمان")

    def ready(self):
        from nashra.security import lockout  # noqa: F401  (connects the lockout warning e-mail)
