"""Is an exception a backing service being out of reach (answer 503, «try again») rather than a bug (500)?

The database: a connection error anywhere in the exception's chain. Media storage: a full disk or
quota on the local folder, or an object store (S3, MinIO, R2, Ceph) that does not answer, answers
5xx, or says it is full. Either way nothing is wrong with the request, so the reader or editor is
told to send it again in a moment, and caches and load balancers are told (``Retry-After``) that the
state is temporary.
"""

from __future__ import annotations

import errno

from django.db import DatabaseError, InterfaceError, OperationalError

DATABASE, STORAGE = "database", "storage"
_FULL = {errno.ENOSPC, errno.EDQUOT}
# What S3-speaking stores say when they are full or overloaded (AWS, Ceph RGW, MinIO).
_STORE_CODES = {"QuotaExceeded", "XMinioStorageFull", "InsufficientStorage", "SlowDown", "ServiceUnavailable",
                "RequestTimeout", "InternalError"}


def _chain(exc: BaseException | None, limit: int = 10):
    while exc is not None and limit:
        yield exc
        exc = exc.__cause__ or exc.__context__
        limit -= 1


def _database(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    return isinstance(exc, DatabaseError) and "connection" in str(exc).lower()


def _storage(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return True
    try:
        from botocore.exceptions import ClientError, ConnectionError, HTTPClientError
    except ImportError:  # no object storage in this install
        return False
    if isinstance(exc, ConnectionError | HTTPClientError):
        return True
    if isinstance(exc, ClientError):
        answer = exc.response or {}
        status = answer.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0
        return status >= 500 or answer.get("Error", {}).get("Code") in _STORE_CODES
    return False


def unavailable(exc: BaseException | None) -> str | None:
    """``DATABASE`` or ``STORAGE`` when ``exc`` (or what caused it) is that service out of reach, else None."""
    for link in _chain(exc):
        if _database(link):
            return DATABASE
        if _storage(link):
            return STORAGE
    return None
