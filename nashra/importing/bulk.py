"""Creating imported articles in Wagtail's page tree, many at a time.

Wagtail has no bulk page-creation API and Django cannot ``bulk_create``
multi-table models (wagtail#10833), while one ``add_child`` per article costs
25–45 ms (shared/notes/wagtail-at-scale.md). :func:`insert_articles` therefore
does what ``add_child`` does, for a whole batch under one section at once:

1. lock the section row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite
   transactions are ``IMMEDIATE``, so the writer already holds the database),
   so two importers never compute the same tree paths (wagtail#3553);
2. read the section's last child path once and number the new pages after it
   with treebeard's own helpers (``Page._get_path``, steplen 4, 0-9A-Z);
3. insert the ``wagtailcore_page`` rows, read their ids back by path (one
   index range), then the ``articles_articlepage`` rows, the author and tag
   rows, each with one ``executemany``, and add the count to the section's
   ``numchild``.

Why not ``Page.objects.bulk_create``: it works (ids come back through
``RETURNING``), but Django compiles every value of every row into SQL, 34 rows
per statement on SQLite (999 parameters / 29 columns), and builds a Wagtail
``Page`` instance per row; measured on 5,000 articles that was a third of the
whole import, and the plain ``executemany`` made the import ~20–40 % faster.

The result is the tree treebeard itself would have built (``Page.find_problems()``
finds nothing) and pages Wagtail edits, publishes and moves like any other.
Imported pages have no revision until an editor saves one; that is how Wagtail
treats pages created outside the editor, and the edit view opens them as is.

Re-imports of existing articles are :mod:`.updates`; the row writers, slugs and
author/tag rows both share are :mod:`.sql_rows`, :mod:`.slugs` and
:mod:`.article_relations`. :func:`after_import` stays here, next to the writer
whose lack of page signals it makes up for.

Everything here runs inside the caller's transaction (one per batch, see
:mod:`.batch_writer`); nothing commits on its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from treebeard.exceptions import PathOverflow
from wagtail.models import Page

from nashra.articles.models import ArticlePage, SectionPage
from nashra.core import events

from .article_data import ArticleData
from .article_relations import has_references, set_authors, set_tags, update_reference_index
from .slugs import slug_base, unique_child_slugs
from .sql_rows import insert_rows


class SectionFull(PathOverflow):
    """The section has used all 1,679,615 child positions of one tree level (wagtail#5807)."""


# --- new articles -----------------------------------------------------------------


def _page_defaults() -> dict:
    """Every column of ``wagtailcore_page`` at its model default (so a new Wagtail field cannot be missed)."""
    global _PAGE_DEFAULTS
    if _PAGE_DEFAULTS is None:
        _PAGE_DEFAULTS = {
            f.attname: f.get_default()
            for f in Page._meta.local_concrete_fields
            if not f.primary_key and not (f.has_default() and callable(f.default))
        }
    return dict(_PAGE_DEFAULTS)


_PAGE_DEFAULTS: dict | None = None


def insert_articles(section: SectionPage, articles: Sequence[ArticleData]) -> list[int]:
    """Create ``articles`` as live children of ``section``; return their page ids in order."""
    if not articles:
        return []
    parent = (
        Page.objects.select_for_update()
        .filter(pk=section.pk)
        .values("path", "depth", "url_path", "locale_id")
        .get()
    )
    depth = parent["depth"] + 1
    first_step = _next_child_step(parent["path"])
    last_step = first_step + len(articles) - 1
    if len(Page._int2str(last_step)) > Page.steplen:
        raise SectionFull(
            f"القسم «{section.slug}» بلغ الحد الأقصى لعدد الصفحات الفرعية في مستوى واحد من الشجرة"
        )

    slugs = unique_child_slugs(parent["path"], [slug_base(a) for a in articles])
    content_type_id = ContentType.objects.get_for_model(ArticlePage).pk
    rows = []
    for offset, (article, slug) in enumerate(zip(articles, slugs, strict=True)):
        row = _page_defaults()
        row.update(
            content_type_id=content_type_id,
            path=Page._get_path(parent["path"], depth, first_step + offset),
            depth=depth,
            numchild=0,
            title=article.title,
            draft_title=article.title,
            slug=slug,
            url_path=f"{parent['url_path']}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=article.published_at,
            last_published_at=article.published_at,
            locale_id=parent["locale_id"],
            translation_key=uuid.uuid4(),
            owner_id=None,
        )
        rows.append(row)
    insert_rows(Page, rows)
    # The new paths are consecutive and the parent is locked: one index range read gives the ids.
    by_path = dict(
        Page.objects.filter(path__range=(rows[0]["path"], rows[-1]["path"]), depth=depth)
        .values_list("path", "pk")
    )
    page_ids = [by_path[row["path"]] for row in rows]

    _insert_article_rows(page_ids, articles, section)
    set_authors(zip(page_ids, (a.author_ids for a in articles), strict=True), new=True)
    set_tags(zip(page_ids, (a.tag_ids for a in articles), strict=True), new=True)
    Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + len(rows))
    update_reference_index([pk for pk, a in zip(page_ids, articles, strict=True) if has_references(a)])
    return page_ids


def _next_child_step(parent_path: str) -> int:
    """The step number after the parent's last child (freed numbers are not reused, like treebeard)."""
    # Every path in the children's interval is a child or lies under one, and the
    # greatest lies under (or is) the last child: one index seek, however big the section.
    low, high = Page._get_children_path_interval(parent_path)
    last = (
        Page.objects.filter(path__range=(low, high))
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    if last is None:
        return 1
    child_path = last[: len(parent_path) + Page.steplen]
    return Page._str2int(child_path[-Page.steplen:]) + 1


def _insert_article_rows(
    page_ids: Sequence[int], articles: Sequence[ArticleData], section: SectionPage
) -> None:
    """``INSERT`` the ``articles_articlepage`` rows: Django cannot bulk-create a multi-table child."""
    rows = []
    for pk, article in zip(page_ids, articles, strict=True):
        values = article.content_values(for_update=False)
        values.update(page_ptr_id=pk, external_id=article.external_id, edition_id=section.edition_id,
                      section_id=section.pk)
        rows.append(values)
    insert_rows(ArticlePage, rows)


# --- after a batch ---------------------------------------------------------------------


def after_import(edition, article_ids: list[int], hints: dict | None = None) -> None:
    """Called after every committed import batch with the ids of the articles it created or updated.

    The one place for work that follows an import but is not part of writing it: it
    emits :class:`nashra.core.events.ArticlesImported`, on which search indexes the
    articles and delivery purges cached article, section and home pages (and the CDN).
    ``hints``: what :mod:`.prepare`'s helper worked out for the batch's lines (search: their stems).
    (``touch_edition``, which must commit with the rows, runs inside the batch.) The bulk path fires no page signals,
    so without this hook nothing else would see imported articles.
    """
    events.emit(events.ArticlesImported(edition, tuple(article_ids), hints or {}))
