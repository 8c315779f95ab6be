"""Which page an article's ``<link rel="canonical">`` names: itself, unless an app says otherwise.

A story copied to another edition (:mod:`nashra.wire.copies`) may, by that edition's choice, name the
original as canonical. The wire app registers a resolver here in its ``ready()``, so articles need not
know about copies. A resolver returns the page to name, or None to let the article name itself.
"""

from __future__ import annotations

from collections.abc import Callable

_resolvers: list[Callable[[object], object | None]] = []


def register(resolver: Callable[[object], object | None]) -> None:
    if resolver not in _resolvers:
        _resolvers.append(resolver)


def canonical_page(article):
    for resolver in _resolvers:
        page = resolver(article)
        if page is not None:
            return page
    return article
