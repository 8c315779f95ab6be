"""Creating imported articles in Wagtail's page tree, many at a time.

Wagtail has no bulk page-creation API and Django cannot ``bulk_create``
multi-table models (wagtail#10833), while one ``add_child`` per article costs
25–45 ms (shared/notes/wagtail-at-scale.md). :func:`insert_sections` therefore
does what ``add_child`` does, for a whole batch at once, whatever sections it spans:

1. lock the section rows (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite
   transactions are ``IMMEDIATE``, so the writer already holds the database),
   so two importers never compute the same tree paths (wagtail#3553);
2. read each section's last child path once and number the new pages after it
   as treebeard numbers them (steplen 4, 0-9A-Z; :func:`_step`, checked against ``Page._get_path``);
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
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from treebeard.exceptions import PathOverflow
from wagtail.models import Page

from nashra.articles.models import ArticlePage, SectionPage
from nashra.core import events

from .article_data import ArticleData
from .article_relations import has_references, set_authors, set_tags, update_reference_index
from .slugs import slug_base, unique_child_slugs_of_parents
from .sql_rows import chunks, insert_rows


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


def insert_sections(groups: Sequence[tuple[SectionPage, Sequence[ArticleData]]]) -> list[int]:
    """Create each group's articles as live children of its section; return all page ids in order.

    One statement of each kind for the whole batch, whatever number of sections it touches: a batch of
    bench/import_articles.py spans 8 sections, and one ``INSERT`` … ``UPDATE`` round per section was
    ~80 statements a batch, most of a PostgreSQL import's waiting (6,000 articles: 955 statements → 170).
    """
    groups = [(section, list(articles)) for section, articles in groups if articles]
    if not groups:
        return []
    sections = [section for section, _articles in groups]
    if len({s.pk for s in sections}) != len(sections):
        raise ValueError("one group per section: its new paths are numbered from one last child")
    # Locked in id order, so two importers touching the same sections cannot deadlock.
    parents = {
        row["pk"]: row for row in Page.objects.select_for_update()
        .filter(pk__in=[s.pk for s in sections]).order_by("pk")
        .values("pk", "path", "depth", "url_path", "locale_id")
    }
    first_steps = _next_child_steps([parents[s.pk]["path"] for s in sections])
    for section, articles in groups:
        if first_steps[parents[section.pk]["path"]] + len(articles) - 1 >= _STEPS:
            raise SectionFull(
                f"القسم «{section.slug}» بلغ الحد الأقصى لعدد الصفحات الفرعية في مستوى واحد من الشجرة"
            )
    slugs = unique_child_slugs_of_parents(
        [(parents[s.pk]["path"], [slug_base(a) for a in articles]) for s, articles in groups]
    )
    content_type_id = ContentType.objects.get_for_model(ArticlePage).pk
    rows, ranges = [], []
    for (section, articles), section_slugs in zip(groups, slugs, strict=True):
        parent = parents[section.pk]
        depth, first_step = parent["depth"] + 1, first_steps[parent["path"]]
        start = len(rows)
        for offset, (article, slug) in enumerate(zip(articles, section_slugs, strict=True)):
            row = _page_defaults()
            row.update(
                content_type_id=content_type_id,
                path=parent["path"] + _step(first_step + offset),
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
        ranges.append((rows[start]["path"], rows[-1]["path"]))
    insert_rows(Page, rows)
    # Each section's new paths are consecutive and the sections are locked: one read of those index
    # ranges gives the ids (all new pages share one depth, the sections being siblings or not).
    in_ranges = Q()
    for low, high in ranges:
        in_ranges |= Q(path__range=(low, high))
    depths = {parents[s.pk]["depth"] + 1 for s in sections}
    by_path = dict(Page.objects.filter(in_ranges, depth__in=depths).values_list("path", "pk"))
    page_ids = [by_path[row["path"]] for row in rows]

    articles = [a for _section, group in groups for a in group]
    _insert_article_rows(page_ids, [(s, a) for s, group in groups for a in group])
    set_authors(zip(page_ids, (a.author_ids for a in articles), strict=True), new=True)
    set_tags(zip(page_ids, (a.tag_ids for a in articles), strict=True), new=True)
    Page.objects.filter(pk__in=[s.pk for s in sections]).update(numchild=F("numchild") + Case(
        *(When(pk=s.pk, then=Value(len(group))) for s, group in groups), output_field=IntegerField()))
    update_reference_index([pk for pk, a in zip(page_ids, articles, strict=True) if has_references(a)])
    return page_ids


#: Child positions one tree level holds: steplen digits of treebeard's alphabet (36⁴ for Wagtail).
_STEPS = len(Page.alphabet) ** Page.steplen


def _step(number: int) -> str:
    """The path step of the ``number``-th child: what ``Page._get_path`` appends, without its ``NumConv``
    (a thirtieth of the time: 5,000 articles' steps took ~0.15 s of a ~3 s import through it)."""
    digits = ""
    for _ in range(Page.steplen):
        number, digit = divmod(number, len(Page.alphabet))
        digits = Page.alphabet[digit] + digits
    return digits


def _next_child_steps(parent_paths: Sequence[str]) -> dict[str, int]:
    """Each parent's step number after its last child (freed numbers are not reused, like treebeard)."""
    # Every path in a parent's children interval is a child or lies under one, and the greatest lies
    # under (or is) the last child: one index seek per parent, all of them in one statement.
    qn = connection.ops.quote_name
    seek = (f"(SELECT {qn('path')} FROM {qn(Page._meta.db_table)} WHERE {qn('path')} BETWEEN %s AND %s "
            f"ORDER BY {qn('path')} DESC LIMIT 1)")
    lasts = []
    for chunk in chunks(parent_paths, 200):  # SQLite's 999 parameters
        params = [bound for parent_path in chunk for bound in Page._get_children_path_interval(parent_path)]
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join([seek] * len(chunk)), params)
            lasts.extend(cursor.fetchone())
    steps = {}
    for parent_path, last in zip(parent_paths, lasts, strict=True):
        if last is None:
            steps[parent_path] = 1
        else:
            child_path = last[: len(parent_path) + Page.steplen]
            steps[parent_path] = Page._str2int(child_path[-Page.steplen:]) + 1
    return steps


def _insert_article_rows(page_ids: Sequence[int], articles: Sequence[tuple[SectionPage, ArticleData]]) -> None:
    """``INSERT`` the ``articles_articlepage`` rows: Django cannot bulk-create a multi-table child."""
    rows = []
    for pk, (section, article) in zip(page_ids, articles, strict=True):
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
