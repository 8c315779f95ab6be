"""Newsroom two-factor pages, registered only when django-otp is installed and configured."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext
from wagtail import hooks

if "django_otp.plugins.otp_totp" in settings.INSTALLED_APPS:
    from . import twofactor

    @hooks.register("register_admin_urls")
    def register_2fa_urls():
        return [
            path("2fa/", twofactor.enrol, name=twofactor.ENROL_URL_NAME),
            path("2fa/verify/", twofactor.verify, name=twofactor.VERIFY_URL_NAME),
        ]

    @hooks.register("register_account_menu_item")
    def two_factor_menu_item(request):
        return {
            "url": reverse(twofactor.ENROL_URL_NAME),
            "label": gettext("التحقق بخطوتين"),
            "help_text": gettext("رمز من تطبيق على الهاتف يُطلب بعد كلمة السر عند الدخول إلى غرفة الأخبار."),
        }
