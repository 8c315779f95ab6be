"""Keep an edition's «آخر تحديث» equal to its latest publish."""

from django.db.models import F
from django.db.models.functions import Greatest
from wagtail.signals import page_published, post_page_move

from nashra.editions.models import Edition


def touch_edition(edition_id, moment) -> None:
    if edition_id is None or moment is None:
        return
    Edition.objects.filter(pk=edition_id, last_published_at__isnull=True).update(last_published_at=moment)
    Edition.objects.filter(pk=edition_id).update(last_published_at=Greatest(F("last_published_at"), moment))


def on_page_published(sender, instance, revision=None, **kwargs):
    edition_id = getattr(instance, "edition_id", None)
    touch_edition(edition_id, instance.last_published_at)


page_published.connect(on_page_published, dispatch_uid="nashra-touch-edition")


def on_page_moved(sender, instance, parent_page_after=None, **kwargs):
    """Wagtail's move does not call ``save()``: keep the denormalised section/edition right.

    Moving an article to another section (or a section to another edition)
    must move it in listings too, which read the indexed FKs, not the tree.
    """
    from .models import ArticlePage, SectionPage, edition_id_for_home

    specific = instance.specific_class
    if specific is ArticlePage and parent_page_after is not None:
        section = SectionPage.objects.filter(pk=parent_page_after.pk).first()
        if section is not None:
            ArticlePage.objects.filter(pk=instance.pk).update(section=section, edition_id=section.edition_id)
    elif specific is SectionPage and parent_page_after is not None:
        edition_id = edition_id_for_home(parent_page_after)
        SectionPage.objects.filter(pk=instance.pk).update(edition_id=edition_id)
        ArticlePage.objects.filter(section_id=instance.pk).update(edition_id=edition_id)


post_page_move.connect(on_page_moved, dispatch_uid="nashra-article-moved")
