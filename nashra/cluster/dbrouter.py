"""Reads of the reader site from a healthy replica; everything else from the primary.

Settings (nashra/settings.py): ``DATABASE_REPLICA_URLS`` adds the aliases ``replica1``, ``replica2`` …
and this router; ``NASHRA_REPLICA_MAX_LAG`` bounds how far behind a replica may be (seconds);
``NASHRA_REPLICA_CHECK_SECONDS`` is how often a process measures that. Which requests may read from a
replica is decided per request by ``nashra.cluster.middleware.ReadScopeMiddleware``; outside a request
(the scheduler, management commands, the shell) every read goes to the primary.
"""

from __future__ import annotations

import contextvars
import threading

from django.conf import settings
from django.db import connections

from .routing import ReadScope, ReplicaPool, choose_read_alias

PRIMARY = "default"
# The request's scope; None outside a request (the primary serves).
read_scope: contextvars.ContextVar[ReadScope | None] = contextvars.ContextVar("nashra_read_scope", default=None)

# Tables that must be read where they were written, whoever reads them: the database cache holds the
# comment form's security codes and rate-limit counters (nashra/security/shared.py), sessions log editors in.
PRIMARY_ONLY_APPS = frozenset({"django_cache", "sessions", "axes", "otp_totp"})

# Seconds behind the primary: 0 when the replica has replayed all it received (an idle primary sends
# nothing, and the last replay's age would then grow without any lag), else the age of the last replay.
# A replica not streaming from the primary (cut off, or reconnecting after the primary restarted) has
# replayed all it received and still misses what the primary wrote since: it counts as far behind.
LAG_SQL = """
SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0
            WHEN NOT EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') THEN 1e9
            WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
            ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END
"""


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


def measure_lag(alias: str) -> float:
    """The replica's lag in seconds (one query); raises when it cannot be reached."""
    connection = connections[alias]
    try:
        with connection.cursor() as cursor:
            if connection.vendor != "postgresql":
                cursor.execute("SELECT 1")  # other engines have no replication to measure
                return 0.0
            cursor.execute(LAG_SQL)
            return float(cursor.fetchone()[0])
    except Exception:
        # A broken connection must not stay in this thread: the next check opens a fresh one.
        connection.close_if_unusable_or_obsolete()
        try:
            connection.close()
        except Exception:  # closing a dead connection may fail too; nothing more to do
            pass
        raise


_pool: ReplicaPool | None = None
_pool_lock = threading.Lock()


def get_pool() -> ReplicaPool:
    """This process's replica pool, built from the settings on first use."""
    global _pool
    if _pool is None:
        with _pool_lock:
            if _pool is None:
                _pool = ReplicaPool(replica_aliases(), measure_lag, max_lag=settings.NASHRA_REPLICA_MAX_LAG,
                                    check_every=settings.NASHRA_REPLICA_CHECK_SECONDS)
    return _pool


def reset_pool() -> None:
    """Forget the pool (tests that change the settings)."""
    global _pool
    _pool = None


def read_alias() -> str:
    """Where a raw-SQL read of the current request goes (search's queries): the router's choice for reads."""
    if not settings.DATABASE_REPLICA_URLS:
        return PRIMARY
    return choose_read_alias(read_scope.get(), in_transaction=connections[PRIMARY].in_atomic_block,
                             pool=get_pool(), primary=PRIMARY)


class ReplicaRouter:
    """Django's database router (``DATABASE_ROUTERS``); tests give it their own primary and pool."""

    def __init__(self, primary: str = PRIMARY, pool: ReplicaPool | None = None):
        self.primary = primary
        self.pool = pool

    def db_for_read(self, model, **hints):
        if model._meta.app_label in PRIMARY_ONLY_APPS:
            return self.primary
        return choose_read_alias(read_scope.get(), in_transaction=connections[self.primary].in_atomic_block,
                                 pool=self.pool if self.pool is not None else get_pool(), primary=self.primary)

    def db_for_write(self, model, **hints):
        return self.primary

    def allow_relation(self, obj1, obj2, **hints):
        return True  # replicas hold the primary's rows: an object read from one relates to any

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == self.primary  # replicas follow the primary's schema through replication
