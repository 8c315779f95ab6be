"""The article value handed from the import batches to the tree writers.

Kept apart so that :mod:`.bulk` (new articles), :mod:`.updates` (existing
ones) and :mod:`.batch_writer` (which builds it from validated records) share
one definition without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: Fields of ``articles_articlepage`` an import may set (besides the keys).
CONTENT_FIELDS = (
    "subtitle", "body", "dateline", "published_at", "is_breaking", "breaking_until",
    "lead_image_id", "lead_image_caption", "lead_image_credit",
)


@dataclass
class ArticleData:
    """One article as the tree writer needs it: values already validated and resolved.

    For an update, ``None`` means «leave as it is» (a key absent from the
    imported line); for a new article it means the field's empty default.
    """

    external_id: str
    title: str
    published_at: datetime | None = None
    subtitle: str | None = None
    body: str | None = None
    dateline: str | None = None
    is_breaking: bool | None = None
    breaking_until: datetime | None = None
    lead_image_id: int | None = None
    lead_image_caption: str | None = None
    lead_image_credit: str | None = None
    author_ids: list[int] | None = None
    tag_ids: list[int] | None = None
    #: the caller's reference (the line number), carried through for reports
    ref: int = 0

    def content_values(self, *, for_update: bool) -> dict:
        values = {name: getattr(self, name) for name in CONTENT_FIELDS}
        if for_update:
            return {name: value for name, value in values.items() if value is not None}
        defaults = {"subtitle": "", "body": "", "dateline": "", "is_breaking": False,
                    "lead_image_caption": "", "lead_image_credit": ""}
        for name, default in defaults.items():
            if values[name] is None:
                values[name] = default
        return values
