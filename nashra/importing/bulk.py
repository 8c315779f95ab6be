"""Writing imported articles into Wagtail's page tree, many at a time.

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

:func:`update_articles` updates articles that already exist (re-import): rows
are updated in place, a change of section moves the page with ``Page.move``,
and pages an editor has already revised get a new revision through Wagtail
instead, so the editor's view and the live page never disagree.

Everything here runs inside the caller's transaction (one per batch, see
``services``); nothing commits on its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils.text import slugify
from taggit.models import Tag
from treebeard.exceptions import PathOverflow
from wagtail.models import Page, ReferenceIndex

from nashra.articles.models import ArticlePage, ArticleTag, SectionPage

SLUG_MAX_WORDS_CHARS = 80
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


@dataclass
class ExistingArticle:
    pk: int
    external_id: str
    section_id: int | None
    title: str
    slug: str
    live: bool
    latest_revision_id: int | None
    has_unpublished_changes: bool


@dataclass
class UpdateResult:
    ids: list[int] = field(default_factory=list)
    moved: int = 0
    #: refs (line numbers) of live articles whose pending editor draft the import replaced
    superseded_drafts: list[int] = field(default_factory=list)


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

    slugs = unique_child_slugs(parent["path"], [_slug_base(a) for a in articles])
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
    _update_reference_index([pk for pk, a in zip(page_ids, articles, strict=True) if _has_references(a)])
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


def _slug_base(article: ArticleData) -> str:
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
    for chunk in _chunks(sorted(set(bases)), 400):
        taken.update(siblings.filter(slug__in=chunk).values_list("slug", flat=True))
    result, probed = [], set()
    for base in bases:
        slug = base
        if slug in taken:
            if base not in probed:
                taken.update(siblings.filter(slug__startswith=f"{base}-").values_list("slug", flat=True))
                probed.add(base)
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


def insert_rows(model, rows: Sequence[dict]) -> None:
    """``executemany`` one ``INSERT`` for ``rows`` (dicts by attname) into ``model``'s own table.

    Values go through ``get_db_prep_save`` only for the fields whose database
    form differs from the Python value (dates, UUIDs …), so this stays a thin
    loop; quoting comes from ``connection.ops`` and works on SQLite and PostgreSQL.
    """
    if not rows:
        return
    fields = [f for f in model._meta.local_concrete_fields if f.attname in rows[0]]
    qn = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        qn(model._meta.db_table),
        ", ".join(qn(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    prep = [f.get_db_prep_save if f.get_internal_type() in _CONVERTED_TYPES else None for f in fields]
    names = [f.attname for f in fields]
    params = [
        [value if conv is None or value is None else conv(value, connection)
         for conv, value in zip(prep, (row[n] for n in names), strict=True)]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def update_rows(model, key: str, rows: Sequence[dict]) -> None:
    """``UPDATE`` ``model``'s own table from dicts by attname, one ``executemany`` per set of columns."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        columns = tuple(sorted(name for name in row if name != key))
        if columns:
            groups.setdefault(columns, []).append(row)
    qn = connection.ops.quote_name
    by_attname = {f.attname: f for f in model._meta.local_concrete_fields}
    for columns, group in groups.items():
        fields = [by_attname[name] for name in columns]
        sql = "UPDATE {} SET {} WHERE {} = %s".format(
            qn(model._meta.db_table),
            ", ".join(f"{qn(f.column)} = %s" for f in fields),
            qn(by_attname[key].column),
        )
        params = [[_db_value(f, row[f.attname]) for f in fields] + [row[key]] for row in group]
        with connection.cursor() as cursor:
            cursor.executemany(sql, params)


def _db_value(field, value):
    if value is None or field.get_internal_type() not in _CONVERTED_TYPES:
        return value
    return field.get_db_prep_save(value, connection)


# Types whose database value is not the Python value itself (on some backend).
_CONVERTED_TYPES = {
    "DateTimeField", "DateField", "TimeField", "DurationField", "DecimalField", "UUIDField", "JSONField",
    "BinaryField", "GenericIPAddressField",
}


# --- authors and tags ---------------------------------------------------------------


def set_authors(assignments: Iterable[tuple[int, list[int] | None]], *, new: bool = False) -> None:
    """Replace the authors of each article whose list is not ``None`` (in byline order)."""
    through = ArticlePage.authors.through
    pairs = [(pk, ids) for pk, ids in assignments if ids is not None]
    if not pairs:
        return
    if not new:
        for chunk in _chunks([pk for pk, _ids in pairs], 500):
            through.objects.filter(articlepage_id__in=chunk).delete()
    insert_rows(through, [
        {"articlepage_id": pk, "author_id": a} for pk, ids in pairs for a in dict.fromkeys(ids)
    ])


def set_tags(assignments: Iterable[tuple[int, list[int] | None]], *, new: bool = False) -> None:
    """Replace the tags of each article whose list is not ``None``."""
    pairs = [(pk, ids) for pk, ids in assignments if ids is not None]
    if not pairs:
        return
    if not new:
        for chunk in _chunks([pk for pk, _ids in pairs], 500):
            ArticleTag.objects.filter(content_object_id__in=chunk).delete()
    insert_rows(ArticleTag, [
        {"content_object_id": pk, "tag_id": t} for pk, ids in pairs for t in dict.fromkeys(ids)
    ])


def tag_ids_for(names: Iterable[str]) -> dict[str, int]:
    """Tag ids by name, creating the missing tags (taggit gives them unique unicode slugs)."""
    wanted = set(names)
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(wanted), 400):
        found.update(Tag.objects.filter(name__in=chunk).values_list("name", "pk"))
    for name in sorted(wanted - found.keys()):
        found[name] = Tag.objects.create(name=name).pk
    return found


# --- existing articles --------------------------------------------------------------


def existing_articles(edition_id: int, external_ids: Iterable[str]) -> dict[str, ExistingArticle]:
    result = {}
    for chunk in _chunks(sorted(set(external_ids)), 400):
        rows = ArticlePage.objects.filter(
            edition_id=edition_id, external_id__isnull=False, external_id__in=chunk
        ).values_list(
            "pk", "external_id", "section_id", "title", "slug", "live", "latest_revision_id",
            "has_unpublished_changes",
        )
        for row in rows:
            result[row[1]] = ExistingArticle(*row)
    return result


def update_articles(
    pairs: Sequence[tuple[ExistingArticle, ArticleData, SectionPage]],
) -> UpdateResult:
    """Apply imported values to existing articles (``section`` is where each belongs now)."""
    result = UpdateResult()
    plain: list[tuple[ExistingArticle, ArticleData]] = []
    for existing, article, section in pairs:
        if existing.section_id != section.pk:
            move_article(existing, section)
            result.moved += 1
        if existing.latest_revision_id is not None:
            if _update_through_revision(existing.pk, article):
                result.superseded_drafts.append(article.ref)
        else:
            plain.append((existing, article))
        result.ids.append(existing.pk)

    update_rows(Page, "id", [
        {"id": e.pk, "title": a.title, "draft_title": a.title} for e, a in plain if a.title != e.title
    ])
    update_rows(ArticlePage, "page_ptr_id", [
        {"page_ptr_id": e.pk, **a.content_values(for_update=True)} for e, a in plain
    ])
    set_authors((e.pk, a.author_ids) for e, a in plain)
    set_tags((e.pk, a.tag_ids) for e, a in plain)
    _update_reference_index([e.pk for e, a in plain if _has_references(a)])
    return result


def move_article(existing: ExistingArticle, section: SectionPage) -> None:
    """Move with Wagtail's ``Page.move`` (paths, url_paths, signals); keep the slug unique there."""
    section_path = Page.objects.filter(pk=section.pk).values_list("path", flat=True).get()
    slug = unique_child_slugs(section_path, [existing.slug], exclude_pk=existing.pk)[0]
    if slug != existing.slug:
        Page.objects.filter(pk=existing.pk).update(slug=slug)
    page = Page.objects.get(pk=existing.pk)
    page.move(Page.objects.get(pk=section.pk), pos="last-child")
    ArticlePage.objects.filter(pk=existing.pk).update(section_id=section.pk, edition_id=section.edition_id)


def _update_through_revision(pk: int, article: ArticleData) -> bool:
    """An editor has revised this page: import as a new revision, published if the page is live.

    A live page gets the imported values on top of its live version and is
    republished; an editor's unpublished draft stays in the history, and the
    function returns True so the caller can say so. A page an editor has taken
    offline gets them on top of its latest draft, unpublished. Nothing is
    written when the values change nothing, so re-importing a file adds no
    revisions.
    """
    from nashra.articles.models import Author

    live = ArticlePage.objects.get(pk=pk)
    page = live if live.live else live.get_latest_revision_as_object()
    changed = page.title != article.title or page.draft_title != article.title
    page.title = article.title
    page.draft_title = article.title
    for name, value in article.content_values(for_update=True).items():
        changed = changed or getattr(page, name) != value
        setattr(page, name, value)
    if article.author_ids is not None:
        author_ids = list(dict.fromkeys(article.author_ids))
        if {a.pk for a in page.authors.all()} != set(author_ids):
            by_id = Author.objects.in_bulk(author_ids)
            page.authors.set([by_id[i] for i in author_ids if i in by_id])
            changed = True
    if article.tag_ids is not None:
        tag_ids = set(article.tag_ids)
        if {t.pk for t in page.tags.all()} != tag_ids:
            page.tags.set(list(Tag.objects.filter(pk__in=tag_ids)))
            changed = True
    if not changed:
        return False
    revision = page.save_revision(log_action=True)
    if live.live:
        revision.publish()
    return live.live and live.has_unpublished_changes


# --- after a batch ---------------------------------------------------------------------


def after_import(edition, article_ids: list[int]) -> None:
    """Called after every committed import batch with the ids of the articles it created or updated.

    The one place for work that follows an import but is not part of writing it:
    indexing the articles in Nashra's Arabic search, purging cached article,
    section and home pages (and the CDN). (``touch_edition``, which must commit
    with the rows, runs inside the batch.) The bulk path fires no page signals,
    so without this hook nothing else would see imported articles.
    """
    from nashra.delivery.purge import purge_after_import
    from nashra.search.services import index_articles

    index_articles(article_ids)
    purge_after_import(edition, article_ids)


# --- shared helpers ---------------------------------------------------------------


def _has_references(article: ArticleData) -> bool:
    body = article.body or ""
    return bool(article.lead_image_id) or "linktype=" in body or "embedtype=" in body


def _update_reference_index(page_ids: Sequence[int]) -> None:
    """Keep Wagtail's «usage» of images and linked pages right (a save would have done it)."""
    if not page_ids:
        return
    for chunk in _chunks(page_ids, 400):
        for page in ArticlePage.objects.filter(pk__in=chunk):
            ReferenceIndex.create_or_update_for_object(page)


def _chunks(items: Sequence, size: int):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]
