"""Per-request state for a cluster: which database a request reads from, and its request id."""

from __future__ import annotations

import logging
import re
import time
import uuid

from django.conf import settings

from .dbrouter import PRIMARY, get_pool, read_scope
from .logs import request_id
from .routing import ReadScope

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Set on a reader's answer to their own write (a comment, a vote …): for this many seconds their
# requests read from the primary, so they see what they just wrote whatever a replica's lag.
PIN_COOKIE = "nashra_primary"

access_log = logging.getLogger("nashra.requests")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def may_read_from_replica(request) -> bool:
    """A reader's safe request: not the newsroom, no session (editors see their own changes), no pin."""
    if request.method not in SAFE_METHODS:
        return False
    if request.path.startswith(f"/{settings.NASHRA_ADMIN_PATH}/"):
        return False
    cookies = request.COOKIES
    return PIN_COOKIE not in cookies and settings.SESSION_COOKIE_NAME not in cookies


class ReadScopeMiddleware:
    """Opens the request's read scope for the router (outermost but one: the page cache renders inside)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scope = ReadScope(replica_ok=may_read_from_replica(request))
        response = self._answer(request, scope)
        if scope.alias not in (None, PRIMARY) and response.status_code >= 500:
            # The replica may have gone since this process last checked it (checks run every few
            # seconds): check it now, and answer this reader's safe request from the primary instead.
            get_pool().state(scope.alias, force=True)
            response = self._answer(request, ReadScope(replica_ok=False))
        if request.method not in SAFE_METHODS and response.status_code < 400:
            response.set_cookie(PIN_COOKIE, "1", max_age=settings.NASHRA_REPLICA_PIN_SECONDS, httponly=True,
                                samesite="Lax", secure=request.is_secure())
        return response


    def _answer(self, request, scope: ReadScope):
        token = read_scope.set(scope)
        try:
            return self.get_response(request)
        finally:
            read_scope.reset(token)


class RequestIdMiddleware:
    """``X-Request-ID``: the proxy's id passed through (or a new one), in every log line and the answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        rid = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        # Kept until the response is closed (request_finished, see apps.py): Django logs «Not Found» and
        # 5xx answers after the middleware returned, and those lines need the id most.
        request_id.set(rid)
        started = time.monotonic()
        response = self.get_response(request)
        response["X-Request-ID"] = rid
        if access_log.isEnabledFor(logging.INFO):
            access_log.info("%s %s %s", request.method, request.path, response.status_code, extra={
                "request_id": rid, "method": request.method, "path": request.path, "status": response.status_code,
                "duration_ms": round((time.monotonic() - started) * 1000, 1)})
        return response
