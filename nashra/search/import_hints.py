"""The index's stems of an imported article, worked out beside the import.

A bulk import into SQLite checks its next lines in a forked helper process while it writes the batch
before (:mod:`nashra.importing.prepare`); stemming a batch's titles and bodies for the index is a
fifth of an import's time and needs no database either, so the helper does that too. The stems come
back with the batch's :class:`~nashra.core.events.ArticlesImported` and :func:`.services.index_articles`
uses each one whose text is exactly what it reads back from the database; any other text is
stemmed there as before, so a hint can make indexing faster but never different. On PostgreSQL the helper
also writes them out as tsvector text (:mod:`.pg_vectors`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from nashra.arabic.index_stems import index_stems

from . import backends, services
from .pg_vectors import tsvector_text

NAME = "search-stems"


def stems_of_each_line() -> Callable[[object], Mapping[str, str]]:
    """Made in the importing process before the helper is forked: the stemmer with the editors'
    lexicon is read here (the helper never touches the database) and shared with the helper. On PostgreSQL
    the helper writes them as tsvector text, so that neither the server nor the importing process parses them."""
    stemmer = services.get_stemmer()
    form = tsvector_text if backends.vendor() == "postgresql" else str

    def work(record) -> Mapping[str, str]:
        texts = (record.title, services.plain_text(record.body) if record.body else "")
        return {text: form(index_stems(stemmer, text)) for text in texts if text}

    return work
