"""Keep the index equal to what readers can see.

Only the live version of an article is indexed, so a draft edit changes
nothing until it is published. The index follows the content events of
:mod:`nashra.core.events` (publish, unpublish, move, delete, import batches),
never Wagtail's signals directly. Indexing runs inside the publishing
transaction: if the publish rolls back, so does the index.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from nashra.articles.models import ArticlePage, Author, SectionPage
from nashra.core import events
from nashra.importing import prepare

from . import import_hints, services
from .models import PluralEntry


def on_article_published(event: events.ArticlePublished) -> None:
    services.index_article(event.article)


def on_article_moved(event: events.ArticleMoved) -> None:
    services.index_articles([event.article.pk])  # its section and edition filters changed


def on_article_withdrawn(event: events.ArticleWithdrawn) -> None:
    services.remove_article(event.article.pk)


def on_structure_changed(event: events.StructureChanged) -> None:
    if not isinstance(event.page, SectionPage):
        return
    if event.kind == "published" and event.renamed:
        # The section's name is indexed with each story («رياضة» finds its stories).
        ids = list(ArticlePage.objects.live().descendant_of(event.page).values_list("pk", flat=True))
        transaction.on_commit(lambda: services.index_articles(ids))
    elif event.kind == "moved":  # a section moved to another edition changes its stories' filters
        services.index_articles(ArticlePage.objects.descendant_of(event.page).values_list("pk", flat=True))


def on_articles_imported(event: events.ArticlesImported) -> None:
    services.index_articles(event.article_ids, event.hints.get(import_hints.NAME))


def on_author_saving(sender, instance, **kwargs):
    old = Author.objects.filter(pk=instance.pk).values_list("name", flat=True).first() if instance.pk else None
    instance._search_renamed = old is not None and old != instance.name


def on_author_saved(sender, instance, created, **kwargs):
    # Writers' names are indexed with their stories; a rename reindexes them after the commit.
    if getattr(instance, "_search_renamed", False):
        ids = list(instance.articles.live().values_list("pk", flat=True))
        transaction.on_commit(lambda: services.index_articles(ids))


def on_lexicon_changed(sender, **kwargs):
    services.lexicon_changed()


pre_save.connect(on_author_saving, sender=Author, dispatch_uid="nashra-search-author-saving")
post_save.connect(on_author_saved, sender=Author, dispatch_uid="nashra-search-author-saved")
post_save.connect(on_lexicon_changed, sender=PluralEntry, dispatch_uid="nashra-search-lexicon-saved")
post_delete.connect(on_lexicon_changed, sender=PluralEntry, dispatch_uid="nashra-search-lexicon-deleted")
events.subscribe(events.ArticlePublished, on_article_published)
events.subscribe(events.ArticleMoved, on_article_moved)
events.subscribe(events.ArticleWithdrawn, on_article_withdrawn)
events.subscribe(events.StructureChanged, on_structure_changed)
events.subscribe(events.ArticlesImported, on_articles_imported)
prepare.work_out_for_each_line(import_hints.NAME, import_hints.stems_of_each_line)  # stems beside an import
