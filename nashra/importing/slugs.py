"""Slugs for imported articles: readable Arabic slugs, unique among their siblings.

Both placing a new article (:mod:`.bulk`) and moving an existing one to another
section (:mod:`.updates`) must pick a slug no sibling uses, as Wagtail would
refuse it otherwise; this module is that one rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q
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
    siblings = _children(parent_path)
    if exclude_pk is not None:
        siblings = siblings.exclude(pk=exclude_pk)
    taken = set()
    for chunk in chunks(sorted(set(bases)), 400):
        taken.update(siblings.filter(slug__in=chunk).values_list("slug", flat=True))
    # The suffixed slugs of every base that needs one (taken, or twice in this batch) are read
    # together, a few hundred bases per query: news titles repeat, and one query per repeated
    # base was a third of the tree writes on PostgreSQL (bench/import_articles.py).
    seen, suffixed = set(), set()
    for base in bases:
        if base in taken or base in seen:
            suffixed.add(base)
        seen.add(base)
    for chunk in chunks(sorted(suffixed), 200):
        starts = Q()
        for base in chunk:
            starts |= Q(slug__startswith=f"{base}-")
        taken.update(siblings.filter(starts).values_list("slug", flat=True))
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


def _children(parent_path: str):
    low, high = Page._get_children_path_interval(parent_path)
    return Page.objects.filter(path__range=(low, high), depth=len(parent_path) // Page.steplen + 1)
