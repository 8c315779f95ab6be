"""Slugs for imported articles: readable Arabic slugs, unique among their siblings.

Both placing a new article (:mod:`.bulk`) and moving an existing one to another
section (:mod:`.updates`) must pick a slug no sibling uses, as Wagtail would
refuse it otherwise; this module is that one rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from django.utils.text import slugify
from wagtail.models import Page

from .article_data import ArticleData
from .sql_rows import chunks

SLUG_MAX_WORDS_CHARS = 80


def slug_base(article: ArticleData) -> str:
    """The slug an article would have before making it unique: its title's, else its external id's."""
    for source in (article.title, article.external_id):
        base = _short_slug(source)
        if base:
            return base
    return "article"


def _short_slug(text: str) -> str:
    """A unicode slug cut at a word boundary so Arabic URLs stay readable."""
    slug = slugify(text, allow_unicode=True)
    if len(slug) > SLUG_MAX_WORDS_CHARS:
        cut = slug[:SLUG_MAX_WORDS_CHARS]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug.strip("-_")


def unique_child_slugs(parent_path: str, bases: Sequence[str], *, exclude_pk: int | None = None) -> list[str]:
    """Make each slug unique among the parent's children and among ``bases`` (suffix -2, -3 …)."""
    taken = _children_using(parent_path, sorted(set(bases)), exclude_pk)
    # The suffixes in use are asked for by exact slug («base-2», «base-3» …), a window of them per
    # repeated base: a LIKE 'base-%' per base was one query per repeated title, and OR-ing them
    # made PostgreSQL filter all of a section's children (0.3 s a batch at 125 k siblings).
    wanted = Counter(base for base in bases)
    first_free = {base: 2 for base in wanted if base in taken or wanted[base] > 1}
    while first_free:
        windows = {base: range(start, start + wanted[base] + 8) for base, start in first_free.items()}
        taken |= _children_using(parent_path, [f"{b}-{n}" for b, window in windows.items() for n in window],
                                 exclude_pk)
        # a window with fewer free names than the batch needs: ask for the next one
        first_free = {
            base: window.stop for base, window in windows.items()
            if sum(f"{base}-{n}" not in taken for n in window) < wanted[base]
        }
    result = []
    for base in bases:
        slug = base
        if slug in taken:
            n = 2
            while f"{base}-{n}" in taken:
                n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        result.append(slug)
    return result


def _children_using(parent_path: str, slugs: Sequence[str], exclude_pk: int | None) -> set[str]:
    """Which of ``slugs`` the parent's children use, 400 a query.

    Asked by slug alone and the parent checked here: the slug index finds a few hundred names in
    milliseconds at any archive size, while adding the children's path range let PostgreSQL pick
    the path index (its statistics lag behind a big import) and read the whole section.
    """
    child_length = len(parent_path) + Page.steplen
    used = set()
    for chunk in chunks(slugs, 400):
        rows = Page.objects.filter(slug__in=chunk).values_list("slug", "path", "pk")
        used.update(slug for slug, path, pk in rows
                    if len(path) == child_length and path.startswith(parent_path) and pk != exclude_pk)
    return used
