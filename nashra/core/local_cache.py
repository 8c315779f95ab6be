"""Django's local-memory cache bounded by bytes as well as by entries.

Without Redis, each app process keeps its fragments (an article's text and byline, the edition's
lists, the footer) and Wagtail's renditions in ``LocMemCache``, which Django bounds by the *number*
of keys only. Fragments vary from a few hundred bytes to tens of kilobytes (a long article's text), so
5,000 entries may be 15 MB on one site and 250 MB on another: a process's memory would depend on what
the newsroom writes. This backend also keeps the pickled values under ``MAX_BYTES``
(``OPTIONS``), dropping the least recently used first, as the page store does for pages.

Django's backend keeps the most recently used key first in its ``OrderedDict`` (``get`` and ``set``
move it there), so the least recently used is the last: ``popitem()``.
``incr`` (counters) replaces a value in place without ``_set``: the count then misses the few bytes a
number's pickle grows by, which never adds up (the key is counted once, at its first size).
"""

from __future__ import annotations

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache

#: Bytes held per cache name (shared by the per-thread instances of one cache, as Django's own dicts are).
_held: dict[str, list[int]] = {}

#: A value larger than this share of the bound is not kept: it would push out most of the others.
LARGEST_SHARE = 8


class BoundedLocMemCache(LocMemCache):
    def __init__(self, name, params):
        super().__init__(name, params)
        options = params.get("OPTIONS") or {}
        self.max_bytes = int(options.get("MAX_BYTES", 16 << 20))
        self._held = _held.setdefault(name, [0])

    @property
    def held_bytes(self) -> int:
        return self._held[0]

    def _set(self, key, value, timeout=DEFAULT_TIMEOUT):
        if self.max_bytes and len(value) > self.max_bytes // LARGEST_SHARE:
            self._delete(key)  # never serve the older value of a key that was just set
            return
        old = self._cache.get(key)
        super()._set(key, value, timeout)
        self._held[0] += len(value) - (len(old) if old is not None else 0)
        while self.max_bytes and self._held[0] > self.max_bytes and len(self._cache) > 1:
            dropped_key, dropped = self._cache.popitem()
            self._expire_info.pop(dropped_key, None)
            self._held[0] -= len(dropped)

    def _cull(self):
        # Django's cull by entry count (a third of the keys), keeping the byte count true.
        if self._cull_frequency == 0:
            self._cache.clear()
            self._expire_info.clear()
            self._held[0] = 0
            return
        for _ in range(len(self._cache) // self._cull_frequency):
            dropped_key, dropped = self._cache.popitem()
            self._expire_info.pop(dropped_key, None)
            self._held[0] -= len(dropped)

    def _delete(self, key):
        value = self._cache.get(key)
        if not super()._delete(key):
            return False
        self._held[0] -= len(value)
        return True

    def clear(self):
        with self._lock:
            self._cache.clear()
            self._expire_info.clear()
            self._held[0] = 0
