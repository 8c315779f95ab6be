"""Fewer malloc arenas in the serving processes (glibc): the page store's memory then stays near its bound.

glibc gives threads that allocate at the same time arenas of their own, up to eight per core, and memory
freed in one arena is not reused by another. A worker's page store evicts by bytes
(``NASHRA_PAGE_CACHE_BYTES``), but the pages it frees stay spread over those arenas: measured on a 2-core
host, the 48 MB store walked over 3,500 URLs took a worker from 167 to 307 MB; with two arenas, 239 MB
(with a 1 MB store, 183 MB). The cost is a little lock contention between a worker's threads. Elsewhere
(musl, macOS) there is nothing to tune and nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import MutableMapping

M_ARENA_MAX = -8  # mallopt(3)


def limit_malloc_arenas(arenas: int, environment: MutableMapping[str, str]) -> bool:
    """At most ``arenas`` malloc arenas in this process, its forked children and (through ``environment``,
    the process's own, given by the caller at start-up) the programs it starts. False when nothing was
    changed: ``arenas`` ≤ 0, ``MALLOC_ARENA_MAX`` already set by the operator (glibc has read it), or not glibc."""
    if arenas <= 0 or "MALLOC_ARENA_MAX" in environment:
        return False
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    if not mallopt(M_ARENA_MAX, arenas):
        return False
    environment["MALLOC_ARENA_MAX"] = str(arenas)  # the scheduler and the task worker, started as programs
    return True
