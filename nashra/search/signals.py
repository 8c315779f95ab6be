"""Keep the index equal to what readers can see.

Only the live version of an article is indexed, so a draft edit changes
nothing until it is published (``page_published`` reindexes it). Indexing
runs inside the publishing transaction: if the publish rolls back, so does
the index. Bulk imports send no signal; the importer calls
``index_articles`` from ``nashra.importing.bulk.after_import``.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from nashra.articles.models import ArticlePage, Author, SectionPage

from . import services
from .models import PluralEntry


def on_published(sender, instance, revision=None, **kwargs):
    if isinstance(instance, ArticlePage):
        services.index_article(instance)
    elif isinstance(instance, SectionPage) and _section_renamed(instance, revision):
        # The section's name is indexed with each story («رياضة» finds its stories).
        ids = list(ArticlePage.objects.live().descendant_of(instance).values_list("pk", flat=True))
        transaction.on_commit(lambda: services.index_articles(ids))


def _section_renamed(section, revision) -> bool:
    previous = section.revisions.exclude(pk=getattr(revision, "pk", None)).order_by("-created_at", "-pk").first()
    return previous is not None and previous.content.get("title") != section.title


def on_author_saving(sender, instance, **kwargs):
    old = Author.objects.filter(pk=instance.pk).values_list("name", flat=True).first() if instance.pk else None
    instance._search_renamed = old is not None and old != instance.name


def on_author_saved(sender, instance, created, **kwargs):
    # Writers' names are indexed with their stories; a rename reindexes them after the commit.
    if getattr(instance, "_search_renamed", False):
        ids = list(instance.articles.live().values_list("pk", flat=True))
        transaction.on_commit(lambda: services.index_articles(ids))


def on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, ArticlePage):
        services.remove_article(instance.pk)


def on_deleted(sender, instance, **kwargs):
    services.remove_article(instance.pk)


def on_moved(sender, instance, **kwargs):
    # A moved article (or a section moved to another edition) changes section/edition filters.
    specific_class = instance.specific_class
    if specific_class is not None and issubclass(specific_class, ArticlePage):
        services.index_articles([instance.pk])
    elif specific_class is not None and issubclass(specific_class, SectionPage):
        services.index_articles(ArticlePage.objects.descendant_of(instance).values_list("pk", flat=True))


def on_lexicon_changed(sender, **kwargs):
    services.lexicon_changed()


page_published.connect(on_published, dispatch_uid="nashra-search-published")
page_unpublished.connect(on_unpublished, dispatch_uid="nashra-search-unpublished")
post_delete.connect(on_deleted, sender=ArticlePage, dispatch_uid="nashra-search-deleted")
post_page_move.connect(on_moved, dispatch_uid="nashra-search-moved")
pre_save.connect(on_author_saving, sender=Author, dispatch_uid="nashra-search-author-saving")
post_save.connect(on_author_saved, sender=Author, dispatch_uid="nashra-search-author-saved")
post_save.connect(on_lexicon_changed, sender=PluralEntry, dispatch_uid="nashra-search-lexicon-saved")
post_delete.connect(on_lexicon_changed, sender=PluralEntry, dispatch_uid="nashra-search-lexicon-deleted")
