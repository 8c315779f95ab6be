"""Which replica may serve a read: pure Python, no Django (the router in ``dbrouter`` asks it).

A replica is used only while it is *healthy*: it answered its last check and was no further behind
the primary than ``max_lag`` seconds. Checks are cheap but not free (one round trip), so each
process measures a replica at most once every ``check_every`` seconds and keeps the answer; a
replica found down is left alone until its next check is due, so an outage costs one failed
connection per process per interval rather than one per request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass
class ReplicaState:
    alias: str
    healthy: bool = False
    lag: float | None = None  # seconds behind the primary at the last check; None when it did not answer
    error: str = ""
    checked_at: float | None = None  # monotonic time of the last check

    def as_dict(self) -> dict:
        return {"alias": self.alias, "healthy": self.healthy,
                "lag_seconds": None if self.lag is None else round(self.lag, 3), "error": self.error}


class ReplicaPool:
    """The replicas one process knows, their cached health, and the choice among the healthy ones.

    ``measure(alias)`` returns the replica's lag in seconds or raises when it cannot be reached.
    """

    def __init__(self, aliases: Sequence[str], measure: Callable[[str], float], *, max_lag: float,
                 check_every: float, clock: Callable[[], float] = time.monotonic):
        self.states = {alias: ReplicaState(alias) for alias in aliases}
        self._measure = measure
        self.max_lag = max_lag
        self.check_every = check_every
        self._clock = clock
        self._lock = threading.Lock()
        self._turn = 0

    def __bool__(self) -> bool:
        return bool(self.states)

    def state(self, alias: str, *, force: bool = False) -> ReplicaState:
        """The replica's health, measured again when the last check is older than ``check_every``."""
        state = self.states[alias]
        now = self._clock()
        if not force and state.checked_at is not None and now - state.checked_at < self.check_every:
            return state
        with self._lock:
            # Another thread may have checked while this one waited for the lock.
            if not force and state.checked_at is not None and self._clock() - state.checked_at < self.check_every:
                return state
            state.checked_at = now
            try:
                lag = float(self._measure(alias))
            except Exception as exc:  # down, refusing, timed out: all mean «do not read there now»
                state.healthy, state.lag, state.error = False, None, exc.__class__.__name__
                return state
            state.lag = lag
            state.healthy = lag <= self.max_lag
            state.error = "" if state.healthy else "lagging"
        return state

    def choose(self) -> str | None:
        """A healthy replica (round robin among them), or None: the primary must serve."""
        aliases = list(self.states)
        if not aliases:
            return None
        self._turn = (self._turn + 1) % len(aliases)
        for offset in range(len(aliases)):
            alias = aliases[(self._turn + offset) % len(aliases)]
            if self.state(alias).healthy:
                return alias
        return None

    def report(self, *, force: bool = False) -> list[dict]:
        return [self.state(alias, force=force).as_dict() for alias in self.states]


@dataclass
class ReadScope:
    """What one request may read from: set by the middleware, consulted by the router.

    ``replica_ok`` is true only for a reader's safe request (no newsroom, no write of theirs just
    before). The alias chosen first is kept for the whole request, so one page never mixes what two
    replicas (at two points in time) had.
    """

    replica_ok: bool = False
    alias: str | None = None


def choose_read_alias(scope: ReadScope | None, *, in_transaction: bool, pool: ReplicaPool | None,
                      primary: str = "default") -> str:
    """The database alias that serves a read in the given circumstances."""
    if scope is None or not scope.replica_ok or in_transaction or not pool:
        return primary
    if scope.alias is None:
        scope.alias = pool.choose() or primary
    return scope.alias
