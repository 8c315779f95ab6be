"""What the search index reads of each article it (re)writes: plain values, no page objects (3× faster).

Read back from the database, not taken from whoever changed the article, so an index row always matches
what is stored (an import's helper may only offer ready stems for texts it saw, :mod:`.import_hints`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from taggit.models import Tag
from wagtail.models import Page

from nashra.articles.models import ArticlePage, ArticleTag, Author, SectionPage

#: Rows read by primary key per query (under SQLite's parameter limit).
BATCH = 500


@dataclass
class IndexedArticle:
    """What the index needs of one live article, read as plain values (no page objects: 3× faster)."""

    article_id: int
    title: str
    subtitle: str
    body: str
    dateline: str
    path: str
    published_ts: int
    edition_id: int | None
    section_id: int | None
    section_title: str = ""
    authors: list[tuple[int, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def meta_text(self) -> str:
        # One field, separated by full stops so no phrase runs across two of them in meaning.
        names = [name for _, name in self.authors]
        return " . ".join(filter(None, [self.subtitle, *self.tags, self.section_title, *names, self.dateline]))


def load_documents(ids: Sequence[int]) -> list[IndexedArticle]:
    """The live, published ones among these articles, in id order."""
    rows = (
        ArticlePage.objects.live().filter(pk__in=ids, published_at__isnull=False).order_by("pk")
        .values_list("pk", "title", "subtitle", "body", "dateline", "path", "published_at",
                     "edition_id", "section_id")
    )
    documents = {
        pk: IndexedArticle(pk, title, subtitle or "", body or "", dateline or "", path,
                           int(published.timestamp()), edition_id, section_id)
        for pk, title, subtitle, body, dateline, path, published, edition_id, section_id in rows
    }
    if not documents:
        return []
    # The section is read from the tree, not from ``section_id``: Wagtail's move
    # does not call ArticlePage.save, so the denormalised columns lag after a move.
    parents = {d.path[:-Page.steplen] for d in documents.values()}
    sections = {path: (pk, title, edition_id) for pk, path, title, edition_id in
                SectionPage.objects.filter(path__in=parents).values_list("pk", "path", "title", "edition_id")}
    for document in documents.values():
        section = sections.get(document.path[:-Page.steplen])
        if section is not None:
            document.section_id, document.section_title, document.edition_id = section
    # The links by article first, then the names by id: joined in one query, SQLite may read every link of
    # every tag instead (for each of the few hundred tags, its links, then the batch's among them). At 1 M
    # articles that plan took 1.5 s of each 1,000-article import batch (7 of every 10 seconds of the import,
    # py-spy), where reading the batch's links by article takes milliseconds whatever the statistics say.
    authors = ArticlePage.authors.through.objects.filter(articlepage_id__in=documents).order_by("pk")
    author_links = list(authors.values_list("articlepage_id", "author_id"))
    names = _names(Author, {author_id for _, author_id in author_links})
    for article_id, author_id in author_links:
        documents[article_id].authors.append((author_id, names[author_id]))
    tag_links = list(ArticleTag.objects.filter(content_object_id__in=documents).order_by("pk")
                     .values_list("content_object_id", "tag_id"))
    names = _names(Tag, {tag_id for _, tag_id in tag_links})
    for article_id, tag_id in tag_links:
        documents[article_id].tags.append(names[tag_id])
    return list(documents.values())


def _names(model, ids: set[int]) -> dict[int, str]:
    """``name`` of each of these rows, read by primary key."""
    ids_list = list(ids)
    found: dict[int, str] = {}
    for start in range(0, len(ids_list), BATCH):
        found.update(model.objects.filter(pk__in=ids_list[start:start + BATCH]).values_list("pk", "name"))
    return found
