"""``/readyz``: may a load balancer send this process traffic? (``/healthz`` says whether it lives.)"""

from __future__ import annotations

import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from nashra.core.cache import ResilientRedisCache

from .dbrouter import PRIMARY, get_pool


def check_primary() -> str:
    connection = connections[PRIMARY]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # whatever it is, this process cannot serve from the database
        connection.close_if_unusable_or_obsolete()
        return f"error: {exc.__class__.__name__}"
    return "ok"


def check_cache() -> str:
    """A round trip to the shared cache; Redis is asked directly, not through its breaker's fallback
    (with the socket timeouts of the cache settings, ``NASHRA_REDIS_TIMEOUT``)."""
    cache = caches["default"]
    key = f"nashra:readyz:{uuid.uuid4().hex}"
    try:
        if isinstance(cache, ResilientRedisCache):
            cache.client.get_client(write=True).ping()
            return "ok"
        cache.set(key, 1, 5)
        ok = cache.get(key) == 1
        cache.delete(key)
    except Exception as exc:  # timeouts and refusals alike: the cache is not there
        return f"error: {exc.__class__.__name__}"
    return "ok" if ok else "error: not kept"


@never_cache
def readyz(request):
    """JSON: 200 when this process can serve readers, 503 when the primary database is out of reach.

    Replicas and the cache are reported but do not fail readiness: every app host shares them, so
    pulling hosts out because Redis or a replica is away would turn a degraded network (pages served
    from memory, reads from the primary) into an outage. Their state shows as ``"status": "degraded"``.
    """
    started = time.monotonic()
    database = check_primary()
    replicas = get_pool().report(force=False) if settings.DATABASE_REPLICA_URLS else []
    cache = check_cache()
    if database != "ok":
        status = "error"
    elif cache != "ok" or any(not replica["healthy"] for replica in replicas):
        status = "degraded"
    else:
        status = "ok"
    body = {"status": status, "database": database, "replicas": replicas, "cache": cache,
            "elapsed_ms": round((time.monotonic() - started) * 1000, 1)}
    return JsonResponse(body, status=503 if status == "error" else 200)
