"""What an import run did, as its callers see it: counts, line-numbered errors and warnings.

Its own module because both the run loop (:mod:`.services`) and the batch
writer (:mod:`.batch_writer`) fill it in, and the commands read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    """What a run did. ``errors`` and ``warnings`` are ``(line number, message)`` pairs."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def imported(self) -> int:
        return self.created + self.updated

    @property
    def per_second(self) -> float:
        return self.imported / self.seconds if self.seconds > 0 else 0.0

    def error(self, line_no: int, message: str) -> None:
        self.errors.append((line_no, message))
        self.skipped += 1
