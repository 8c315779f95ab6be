"""The client's address: one answer for rate limits, comment limits and bans, and login lockouts.

Behind ``settings.NASHRA_TRUSTED_PROXY_COUNT`` reverse proxies (``NASHRA_PROXY_COUNT`` in the
environment, read once by the settings), the address is the N-th from the right of X-Forwarded-For:
each trusted proxy appends the address it saw, so everything further left was written by the client
and may be forged. A header with fewer addresses than trusted proxies does not come through them
as configured: REMOTE_ADDR is used instead.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings

#: Longer values are cut: a misconfigured proxy count must not let a client make keys of any size.
MAX_LENGTH = 64


def client_address(request) -> str:
    """The client's address as the trusted proxies report it; ``""`` when nothing names one."""
    hops = int(settings.NASHRA_TRUSTED_PROXY_COUNT or 0)
    if hops > 0:
        chain = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if len(chain) >= hops:
            return chain[-hops][:MAX_LENGTH]
    return (request.META.get("REMOTE_ADDR", "") or "")[:MAX_LENGTH]


def client_ip_or_none(request) -> str | None:
    """For django-axes (``AXES_CLIENT_IP_CALLABLE``): :func:`client_address` when it is a real IP,
    else ``None``.

    A request without REMOTE_ADDR (``force_login``, some WSGI set-ups) must not make PostgreSQL's
    ``inet`` column reject the access log row.
    """
    address = client_address(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return None
    return address
