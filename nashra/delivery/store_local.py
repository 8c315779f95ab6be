"""Pages in this process's memory: the embedded default's store (and the Redis store's stand-in
while Redis is away). Other processes' purges arrive through a journal file (see :mod:`.store`)."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import OrderedDict

from .cached_page import CachedPage
from .render_token import RenderToken

log = logging.getLogger("nashra.delivery")

PAGE_KEY = "pc2"
JOURNAL_CHECK_SECONDS = 0.2
JOURNAL_MAX_BYTES = 1 << 20
# One generation per article (``art-<pk>``, :func:`.fragments.for_article`) means as many buckets as
# articles read: past this many remembered, the memo starts again (the numbers themselves are kept).
MEMO_MAX_BUCKETS = 20_000
# Purged paths remembered so that a render begun before the purge is not stored after it. A render
# older than this many purges ago is rare; if one finishes, it is stored as any render would be.
MAX_TOMBSTONES = 20_000


class _LocalGenerations:
    """Per-bucket generation numbers of this process alone (no store shares them).

    Only :class:`LocalStore` changes them (other processes' purges arrive through its journal). Every
    number handed out is above all earlier ones (and time-based, as after a restart), so a bucket
    forgotten to keep the memory bounded (only per-article ones are) never revives what was kept
    under its older number.
    """

    def __init__(self):
        self._gens: dict[str, int] = {}
        self._high = 0  # the highest number handed out: a new or forgotten bucket starts above it
        self._lock = threading.Lock()  # a hit reads without it; first reads and bumps take it

    def get(self, bucket: str) -> int:
        gen = self._gens.get(bucket)
        if gen is None:
            with self._lock:
                gen = self._gens.get(bucket)
                if gen is None:
                    if len(self._gens) > MEMO_MAX_BUCKETS:
                        for name in [b for b in self._gens if b.startswith("art-")]:
                            del self._gens[name]
                    gen = self._gens[bucket] = self._high = max(self._high + 1, time.time_ns() // 1000)
        return gen

    def bump(self, bucket: str) -> int:
        self.get(bucket)
        with self._lock:
            gen = self._gens[bucket] = self._high = max(self._high + 1, time.time_ns() // 1000)
        return gen


class LocalStore:
    """A bounded LRU of pages in this process's memory.

    ``max_age``: if set, no entry is kept fresh longer than this (the Redis store's stand-in during an
    outage, when purges made by other processes cannot reach it).
    """

    shared = False
    kind = "local"

    def __init__(self, max_entries: int, max_bytes: int, journal_path: str | None, max_age: float | None = None):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_age = max_age
        self.gens = _LocalGenerations()
        self._data: OrderedDict[str, dict[str, CachedPage]] = OrderedDict()
        self._entries = 0
        self._bytes = 0
        self._lock = threading.Lock()
        self._purges = 0  # a sequence number: one per purged path
        self._tombstones: OrderedDict[tuple[str, str], int] = OrderedDict()
        self.journal_path = journal_path
        self._journal_offset = 0
        self._journal_checked = 0.0
        self._journal_lock = threading.Lock()
        if journal_path:
            os.makedirs(os.path.dirname(journal_path), exist_ok=True)
            try:
                self._journal_offset = os.path.getsize(journal_path)
            except OSError:
                self._journal_offset = 0

    # --- pages -------------------------------------------------------------------
    def _key(self, bucket: str, path: str, gen: int | None = None) -> tuple[str, int, str]:
        # A tuple, not a string: a hit then hashes the (already hashed) path instead of a new string
        return (bucket, self.gens.get(bucket) if gen is None else gen, path)

    def get(self, bucket: str, path: str, qs: str) -> CachedPage | None:
        self._replay_journal()
        key = self._key(bucket, path)
        # No lock: each dict operation is atomic under the GIL, and a page dropped between the two
        # (an eviction or purge in another thread) is simply not moved — the hit still had its copy.
        variants = self._data.get(key)
        if variants is None:
            return None
        try:
            self._data.move_to_end(key)
        except KeyError:
            pass
        return variants.get(qs)

    def begin(self, bucket: str, path: str) -> RenderToken:
        """Taken before a render reads anything: :meth:`set` stores it only if nothing purged the
        path or the bucket meanwhile (a render that read the old data never outlives the purge)."""
        self._replay_journal()
        return RenderToken(self.kind, self.gens.get(bucket), self._purges)

    def set(self, bucket: str, path: str, qs: str, entry: CachedPage, token: RenderToken | None = None) -> bool:
        entry = CachedPage.from_stored(entry)
        if entry is None:
            raise TypeError("a page cache entry is a CachedPage (or its fields as a tuple)")
        if self.max_age is not None:
            entry = _capped(entry, self.max_age)
        size = entry.nbytes()
        with self._lock:
            if token is not None:
                if token.kind != self.kind or token.generation != self.gens.get(bucket):
                    return False
                if self._tombstones.get((bucket, path), -1) > token.purges:
                    return False
            key = self._key(bucket, path, None if token is None else token.generation)
            variants = self._data.setdefault(key, {})
            old = variants.get(qs)
            if old is not None:
                self._bytes -= old.nbytes()
                self._entries -= 1
            variants[qs] = entry
            self._data.move_to_end(key)
            self._entries += 1
            self._bytes += size
            while (self._entries > self.max_entries or self._bytes > self.max_bytes) and len(self._data) > 1:
                _k, dropped = self._data.popitem(last=False)
                self._forget(dropped)
        return True

    def _forget(self, variants: dict) -> None:
        self._entries -= len(variants)
        self._bytes -= sum(e.nbytes() for e in variants.values())

    def delete_path(self, bucket: str, path: str, journal: bool = True) -> None:
        key = self._key(bucket, path)
        with self._lock:
            self._purges += 1
            self._tombstones[(bucket, path)] = self._purges
            self._tombstones.move_to_end((bucket, path))
            if len(self._tombstones) > MAX_TOMBSTONES:
                self._tombstones.popitem(last=False)
            variants = self._data.pop(key, None)
            if variants:
                self._forget(variants)
        if journal:
            self._append_journal(f"P\t{bucket}\t{path}\n")

    def delete_paths(self, bucket: str, paths) -> None:
        for path in paths:
            self.delete_path(bucket, path)

    def bump(self, bucket: str, journal: bool = True) -> None:
        self.gens.bump(bucket)
        with self._lock:
            for key in [k for k in self._data if k[0] == bucket]:
                self._forget(self._data.pop(key))
        if journal:
            self._append_journal(f"B\t{bucket}\n")

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._entries = self._bytes = 0

    def generation(self, bucket: str) -> int:
        """The bucket's generation, after replaying other processes' purges (fragment keys use it)."""
        self._replay_journal()
        return self.gens.get(bucket)

    def __len__(self) -> int:
        return self._entries

    # Stampede locks are in-process only (no other process shares this store).
    def try_lock(self, key: str) -> bool:
        return True

    def unlock(self, key: str) -> None:
        return None

    # --- cross-process purge journal -----------------------------------------------
    def _append_journal(self, line: str) -> None:
        if not self.journal_path:
            return
        data = line.encode("utf-8")
        try:
            fd = os.open(self.journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                if os.fstat(fd).st_size > JOURNAL_MAX_BYTES:
                    os.ftruncate(fd, 0)  # readers see it shrink and drop everything
                os.write(fd, data)
            finally:
                os.close(fd)
            # Our own lines are replayed too (idempotent): advancing the offset
            # here could skip lines another process appended meanwhile.
        except OSError:
            log.warning("page cache: cannot write purge journal %s", self.journal_path)

    def _replay_journal(self) -> None:
        if not self.journal_path:
            return
        now = time.monotonic()
        if now - self._journal_checked < JOURNAL_CHECK_SECONDS or not self._journal_lock.acquire(blocking=False):
            return
        try:
            self._journal_checked = now
            self._replay_journal_locked()
        finally:
            self._journal_lock.release()

    def _replay_journal_locked(self) -> None:
        try:
            size = os.path.getsize(self.journal_path)
        except OSError:
            return
        if size == self._journal_offset:
            return
        if size < self._journal_offset:
            self.clear()
            self._journal_offset = 0
            return
        with open(self.journal_path, "rb") as fh:
            fh.seek(self._journal_offset)
            chunk = fh.read(size - self._journal_offset)
        complete, _sep, _partial = chunk.rpartition(b"\n")
        self._journal_offset += len(complete) + (1 if _sep else 0)
        for raw in complete.decode("utf-8", "replace").splitlines():
            parts = raw.split("\t")
            if parts[0] == "P" and len(parts) == 3:
                self.delete_path(parts[1], parts[2], journal=False)
            elif parts[0] == "B" and len(parts) == 2:
                self.bump(parts[1], journal=False)


def _capped(entry: CachedPage, max_age: float) -> CachedPage:
    """The entry, fresh (and stale) for at most ``max_age`` seconds from when it was stored."""
    limit = entry.stored_at + max_age
    return entry._replace(fresh_until=min(entry.fresh_until, limit), stale_until=min(entry.stale_until, limit))
