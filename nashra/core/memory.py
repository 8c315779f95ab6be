"""glibc's malloc tuned for the serving processes: the page store's memory then stays near its bound.

Fewer arenas:

glibc gives threads that allocate at the same time arenas of their own, up to eight per core, and memory
freed in one arena is not reused by another. A worker's page store evicts by bytes
(``NASHRA_PAGE_CACHE_BYTES``), but the pages it frees stay spread over those arenas: measured on a 2-core
host, the 48 MB store walked over 3,500 URLs took a worker from 167 to 307 MB; with two arenas, 239 MB
(with a 1 MB store, 183 MB). The cost is a little lock contention between a worker's threads. Elsewhere
(musl, macOS) there is nothing to tune and nothing is done.

A lower mmap threshold: glibc serves blocks below its threshold (128 KB, rising up to 32 MB as large blocks
are freed) from the heap, where a freed page body leaves a hole that only a block of its size can fill;
pages and their compressed copies (5–60 KB) come and go in the store, so the holes add up. Blocks of 32 KB
and more mapped on their own go back to the system when freed. Measured (bench memory walk, 2 workers,
10,000 stories, ~8,000 requests over 3,500 URLs): a worker's RSS after the walk 276 → 234 MB.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import MutableMapping

M_ARENA_MAX = -8  # mallopt(3)
M_MMAP_THRESHOLD = -3


def limit_malloc_arenas(arenas: int, environment: MutableMapping[str, str]) -> bool:
    """At most ``arenas`` malloc arenas in this process, its forked children and (through ``environment``,
    the process's own, given by the caller at start-up) the programs it starts. False when nothing was
    changed: ``arenas`` ≤ 0, ``MALLOC_ARENA_MAX`` already set by the operator (glibc has read it), or not glibc."""
    return _mallopt(M_ARENA_MAX, arenas, "MALLOC_ARENA_MAX", environment)


def lower_mmap_threshold(threshold: int, environment: MutableMapping[str, str]) -> bool:
    """Blocks of ``threshold`` bytes and more mapped on their own (and returned to the system when freed), in
    this process, its forked children and the programs it starts; as :func:`limit_malloc_arenas`, False when
    nothing was changed (``threshold`` ≤ 0, the operator's own ``MALLOC_MMAP_THRESHOLD_``, not glibc)."""
    return _mallopt(M_MMAP_THRESHOLD, threshold, "MALLOC_MMAP_THRESHOLD_", environment)


def _mallopt(option: int, value: int, variable: str, environment: MutableMapping[str, str]) -> bool:
    if value <= 0 or variable in environment:
        return False
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    if not mallopt(option, value):
        return False
    environment[variable] = str(value)  # the scheduler and the task worker, started as programs
    return True
