"""Abuse limits shared by every process (Django's cache: Redis when ``REDIS_URL`` is set).

Fixed-window counters: ``limit(request, "search", rate="30/m")`` counts the
request against ``scope`` for the client (by default its address) and returns
``None`` while under the rate, else a 429 answer with ``Retry-After``. A cache
failure never turns into a 500: the request is let through and logged.

As a decorator (``/api/v1/`` views, comments, search)::

    from nashra.security.ratelimit import ratelimit

    @ratelimit("api", rate="120/m")
    def article_list(request): ...

The answer is JSON (``{"error": …, "code": "rate_limited"}``) when the path
starts with ``/api/`` or the client asks for JSON, else a short Arabic text.
Rates can be overridden per scope with ``NASHRA_RATELIMIT_<SCOPE>`` (e.g.
``NASHRA_RATELIMIT_API=300/m``); ``NASHRA_RATELIMIT_OFF=1`` disables all.
"""

from __future__ import annotations

import hashlib
import logging
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy

from .client import client_address

logger = logging.getLogger(__name__)

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MESSAGE = gettext_lazy("طلبات كثيرة في وقت قصير؛ انتظر قليلًا ثم حاول مجددًا.")


def parse_rate(rate: str) -> tuple[int, int]:
    """``"30/m"`` → ``(30, 60)``; ``"100/5m"`` → ``(100, 300)``."""
    count, _, period = rate.partition("/")
    period = period.strip() or "m"
    unit = period[-1]
    multiplier = int(period[:-1]) if period[:-1] else 1
    if unit not in PERIODS or int(count) < 1 or multiplier < 1:
        raise ValueError(f"bad rate: {rate!r}")
    return int(count), multiplier * PERIODS[unit]


def _key(request, key) -> str:
    if callable(key):
        return str(key(request))
    if key == "user" and getattr(request, "user", None) is not None and request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_address(request) or 'unknown'}"


def too_many(request, retry_after: int) -> HttpResponse:
    wants_json = request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", "")
    if wants_json:
        response = JsonResponse({"error": str(MESSAGE), "code": "rate_limited"}, status=429,
                                json_dumps_params={"ensure_ascii": False})
    else:
        response = HttpResponse(str(MESSAGE), status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(max(1, retry_after))
    response["Cache-Control"] = "no-store"
    return response


def limit(request, scope: str, rate: str = "30/m", key="ip") -> HttpResponse | None:
    """Count this request; ``None`` if allowed, else the 429 answer to return."""
    if settings.NASHRA_RATELIMIT_OFF:
        return None
    rate = settings.NASHRA_RATELIMITS.get(scope) or rate
    allowed, period = parse_rate(rate)
    now = time.time()
    window = int(now // period)
    ident = hashlib.sha256(_key(request, key).encode()).hexdigest()[:32]
    cache_key = f"rl:{scope}:{period}:{window}:{ident}"
    try:
        if cache.add(cache_key, 1, timeout=period + 1):
            count = 1
        else:
            try:
                count = cache.incr(cache_key)
            except ValueError:  # expired between add and incr
                cache.set(cache_key, 1, timeout=period + 1)
                count = 1
    except Exception:  # the cache down must not take pages down
        logger.warning("rate limit cache unavailable for scope %s", scope, exc_info=True)
        return None
    if count is None or count <= allowed:
        return None
    retry_after = int((window + 1) * period - now) + 1
    return too_many(request, retry_after)


def ratelimit(scope: str, rate: str = "30/m", key="ip", methods: tuple[str, ...] | None = None):
    """Decorator form of :func:`limit` (``methods`` restricts which methods count)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if methods is None or request.method in methods:
                refused = limit(request, scope, rate=rate, key=key)
                if refused is not None:
                    return refused
            return view(request, *args, **kwargs)

        return wrapper

    return decorator

