"""A story published again while breaking mode is on keeps its ticker flag: the revision an editor
publishes was written before the switch (or with the box unticked) and would otherwise drop it. A
live blog in breaking mode published again, unpublished or deleted purges its edition's pages."""

from __future__ import annotations

from django.db.models.signals import post_delete, pre_save

from nashra.core import events

from .models import BreakingSwitch


def keep_breaking_flag(sender, instance, **kwargs) -> None:
    if instance.pk is None or (instance.is_breaking and kwargs.get("update_fields") is not None):
        return
    switch = BreakingSwitch.objects.active().filter(page_id=instance.pk).only("ends_at").first()
    if switch is not None:
        instance.is_breaking = True
        instance.breaking_until = switch.ends_at


def leading_page_changed(sender, instance, **kwargs) -> None:
    """A live blog in breaking mode is drawn in the ticker and on top of the home page, from the
    edition's fragments: publishing it again (a new title), unpublishing or deleting it goes there too.
    (Its entries do not: they are not shown outside the blog, and purging the edition on each would
    empty the cache in the middle of a spike.)"""
    from nashra.articles.models import ArticlePage

    if isinstance(instance, ArticlePage):
        return  # an article's own events purge the edition when it is breaking
    edition_id = (BreakingSwitch.objects.active().filter(page_id=instance.pk)
                  .values_list("edition_id", flat=True).first())
    if edition_id is not None:
        events.emit(events.EditionContentChanged(edition_id=edition_id, source="breaking"))


def switch_deleted(sender, instance, **kwargs) -> None:
    """A blog deleted while leading takes its switch with it (cascade): its edition's pages go too."""
    if instance.ended_at is None:
        events.emit(events.EditionContentChanged(edition_id=instance.edition_id, source="breaking"))


def connect() -> None:
    from wagtail.signals import page_published, page_unpublished

    from nashra.articles.models import ArticlePage

    pre_save.connect(keep_breaking_flag, sender=ArticlePage, dispatch_uid="breaking-keep-flag")
    page_published.connect(leading_page_changed, dispatch_uid="breaking-lead-published")
    page_unpublished.connect(leading_page_changed, dispatch_uid="breaking-lead-unpublished")
    post_delete.connect(switch_deleted, sender=BreakingSwitch, dispatch_uid="breaking-switch-deleted")
