"""The rows that hang off an imported article: authors, tags and Wagtail's reference index.

New articles (:mod:`.bulk`) and updated ones (:mod:`.updates`) write these the
same way, and the batch writer (:mod:`.batch_writer`) resolves author and tag
names to ids once per batch before either runs, so they live in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from taggit.models import Tag
from wagtail.models import ReferenceIndex

from nashra.articles.models import ArticlePage, ArticleTag, Author, unique_author_slug

from .article_data import ArticleData
from .sql_rows import chunks, insert_rows

# --- names to ids ---------------------------------------------------------------------


def author_ids_for(names: Iterable[str]) -> dict[str, int]:
    """Author ids by exact name (the oldest author of that name), creating the missing ones."""
    wanted = set(names)
    found: dict[str, int] = {}
    for chunk in chunks(sorted(wanted), 400):
        for name, pk in Author.objects.filter(name__in=chunk).order_by("-pk").values_list("name", "pk"):
            found[name] = pk
    for name in sorted(wanted - found.keys()):
        found[name] = Author.objects.create(name=name, slug=unique_author_slug(name)).pk
    return found


def tag_ids_for(names: Iterable[str]) -> dict[str, int]:
    """Tag ids by name, creating the missing tags (taggit gives them unique unicode slugs)."""
    wanted = set(names)
    found: dict[str, int] = {}
    for chunk in chunks(sorted(wanted), 400):
        found.update(Tag.objects.filter(name__in=chunk).values_list("name", "pk"))
    for name in sorted(wanted - found.keys()):
        found[name] = Tag.objects.create(name=name).pk
    return found


# --- authors and tags of articles ---------------------------------------------------------


def set_authors(assignments: Iterable[tuple[int, list[int] | None]], *, new: bool = False) -> None:
    """Replace the authors of each article whose list is not ``None`` (in byline order)."""
    through = ArticlePage.authors.through
    pairs = [(pk, ids) for pk, ids in assignments if ids is not None]
    if not pairs:
        return
    if not new:
        for chunk in chunks([pk for pk, _ids in pairs], 500):
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
        for chunk in chunks([pk for pk, _ids in pairs], 500):
            ArticleTag.objects.filter(content_object_id__in=chunk).delete()
    insert_rows(ArticleTag, [
        {"content_object_id": pk, "tag_id": t} for pk, ids in pairs for t in dict.fromkeys(ids)
    ])


# --- Wagtail's reference index --------------------------------------------------------------


def has_references(article: ArticleData) -> bool:
    """Whether the article uses an image or links/embeds something (so the index has rows for it)."""
    body = article.body or ""
    return bool(article.lead_image_id) or "linktype=" in body or "embedtype=" in body


def update_reference_index(page_ids: Sequence[int]) -> None:
    """Keep Wagtail's «usage» of images and linked pages right (a save would have done it)."""
    if not page_ids:
        return
    for chunk in chunks(page_ids, 400):
        for page in ArticlePage.objects.filter(pk__in=chunk):
            ReferenceIndex.create_or_update_for_object(page)
