from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "nashra.security"
    label = "security"
    verbose_name = "الأمان"
