"""What the page cache keeps for one URL variant: :class:`CachedPage`."""

from __future__ import annotations

from typing import NamedTuple


class CachedPage(NamedTuple):
    """One stored response, ready to replay (times are ``time.time()`` seconds).

    ``headers`` are sent as they are, Content-Length included (:func:`.middleware.stored_headers`);
    the replay adds only X-Cache and Age. ``encoded`` holds the same page compressed, ready to send
    (``{"br": (headers, body), "gzip": …}``, :mod:`.compression`), or is empty. A page is served as a
    hit until ``fresh_until``, as a stale copy while another render runs until ``stale_until``, and in
    place of a failed render (exception or 5xx) until ``error_until``.

    Redis keeps it as a plain tuple (:meth:`stored`), not as this class: a pickle names the class
    it was made from, so a process of another release (a rolling restart) could not read it, and
    entries written before this class existed are plain tuples too. :meth:`from_stored` reads both,
    and the 7-tuples of releases before compressed copies (read as pages without them).
    """

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    stored_at: float
    fresh_until: float
    stale_until: float
    error_until: float
    encoded: dict | None = None

    def nbytes(self) -> int:
        """About the memory this page holds: its bodies and header lists (Python's overhead included,
        ~160 bytes a header pair), so that a store bounded by bytes is bounded in memory."""
        size = 400 + len(self.body) + sum(160 + len(k) + len(v) for k, v in self.headers)
        for headers, body in (self.encoded or {}).values():
            size += len(body) + sum(160 + len(k) + len(v) for k, v in headers)
        return size

    def stored(self) -> tuple:
        """The form kept in Redis: the fields in this order, as a plain tuple."""
        return tuple(self)

    @classmethod
    def from_stored(cls, value) -> CachedPage | None:
        """A page from what a store kept (a ``CachedPage`` or a plain tuple); anything else, e.g.
        a layout this release does not know, is ``None``: a miss, never an error."""
        if isinstance(value, cls):
            return value
        if isinstance(value, tuple) and len(value) == len(cls._fields):
            return cls._make(value)
        if isinstance(value, tuple) and len(value) == len(cls._fields) - 1:  # before ``encoded``
            return cls._make((*value, None))
        return None
