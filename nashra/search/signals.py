"""Keep the index equal to what readers can see.

Only the live version of an article is indexed, so a draft edit changes
nothing until it is published (``page_published`` reindexes it). Indexing
runs inside the publishing transaction: if the publish rolls back, so does
the index. Bulk imports send no signal; the importer calls
``index_articles`` from ``nashra.importing.bulk.after_import``.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from nashra.articles.models import ArticlePage, SectionPage

from . import services
from .models import PluralEntry


def on_published(sender, instance, **kwargs):
    if isinstance(instance, ArticlePage):
        services.index_article(instance)


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
post_save.connect(on_lexicon_changed, sender=PluralEntry, dispatch_uid="nashra-search-lexicon-saved")
post_delete.connect(on_lexicon_changed, sender=PluralEntry, dispatch_uid="nashra-search-lexicon-deleted")
