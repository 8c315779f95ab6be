"""Re-importing articles that already exist: update in place, move, or revise.

Rows are updated in place, a change of section moves the page with
``Page.move``, and pages an editor has already revised get a new revision
through Wagtail instead, so the editor's view and the live page never disagree.
Separate from :mod:`.bulk`, which only creates pages: the two share the row and
relation writers but no logic.

Everything here runs inside the caller's transaction (one per batch, see
:mod:`.batch_writer`); nothing commits on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from taggit.models import Tag
from wagtail.models import Page

from nashra.articles.models import ArticlePage, SectionPage

from .article_data import ArticleData
from .article_relations import has_references, set_authors, set_tags, update_reference_index
from .slugs import unique_child_slugs
from .sql_rows import chunks, update_rows


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


def existing_articles(edition_id: int, external_ids: Iterable[str]) -> dict[str, ExistingArticle]:
    result = {}
    for chunk in chunks(sorted(set(external_ids)), 400):
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
    update_reference_index([e.pk for e, a in plain if has_references(a)])
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
