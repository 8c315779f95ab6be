"""System checks for what an operator must set before going live (``nashra check --deploy``)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register

LOOPBACK = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}


@register(Tags.security, deploy=True)
def admin_base_url_is_public(app_configs, **kwargs):
    """Password-reset and workflow mails link to WAGTAILADMIN_BASE_URL; a loopback one reaches nobody."""
    url = settings.WAGTAILADMIN_BASE_URL
    parts = urlsplit(url)
    problems = []
    if not parts.hostname or parts.hostname in LOOPBACK:
        problems.append(Warning(
            f"NASHRA_ADMIN_BASE_URL is {url!r}: password-reset and workflow e-mails will link to this machine.",
            hint="Set NASHRA_ADMIN_BASE_URL to the newsroom's public address, e.g. https://newsroom.example.com.",
            id="nashra.W001"))
    elif settings.SECURE_SSL_REDIRECT and parts.scheme != "https":
        problems.append(Warning(
            f"NASHRA_ADMIN_BASE_URL is {url!r} but the site is served over HTTPS.",
            hint="Use the https:// address in NASHRA_ADMIN_BASE_URL.", id="nashra.W002"))
    return problems
