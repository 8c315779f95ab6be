"""The one listener of Wagtail's page signals: it keeps the articles' own denormalised fields right
and turns each publish, unpublish, move and delete into a :mod:`nashra.core.events` event.

Search, delivery and anything else that follows content subscribe to those events, never to
Wagtail's signals, so each change is worked out once: what the page was before (URL, section,
edition, breaking), what it is now, which edition it belongs to.

Connected in ``ArticlesConfig.ready``.
"""

from __future__ import annotations

from django.db.models import F
from django.db.models.functions import Greatest
from django.db.models.signals import post_delete, pre_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from nashra.core import events
from nashra.editions.models import Edition

from .models import ArticlePage, EditionHomePage, SectionPage, edition_id_for_home

_OLD = "_nashra_before_save"


def touch_edition(edition_id, moment) -> None:
    """Keep the edition's «آخر تحديث» equal to its latest publish (never moving it back)."""
    if edition_id is None or moment is None:
        return
    Edition.objects.filter(pk=edition_id, last_published_at__isnull=True).update(last_published_at=moment)
    Edition.objects.filter(pk=edition_id).update(last_published_at=Greatest(F("last_published_at"), moment))


def _edition_id_of(page):
    if isinstance(page, EditionHomePage):
        return edition_id_for_home(page)
    return getattr(page, "edition_id", None)


def _is_structural(page) -> bool:
    return isinstance(page, SectionPage | EditionHomePage)


def remember_article_state(sender, instance, raw=False, **kwargs):
    """Before an article is saved: its URL, section, edition and ticker state as the site shows them
    now (the publish that follows compares them with the new ones)."""
    if raw or not instance.pk or hasattr(instance, _OLD):
        return
    row = (
        sender.objects.filter(pk=instance.pk)
        .values_list("url_path", "section_id", "edition_id", "is_breaking", "live")
        .first()
    )
    if row:
        setattr(instance, _OLD, row)


def _renamed(page, revision) -> bool:
    previous = page.revisions.exclude(pk=getattr(revision, "pk", None)).order_by("-created_at", "-pk").first()
    return previous is not None and previous.content.get("title") != page.title


def on_published(sender, instance, revision=None, **kwargs):
    touch_edition(getattr(instance, "edition_id", None), instance.last_published_at)
    if isinstance(instance, ArticlePage):
        old = getattr(instance, _OLD, None)
        if old is not None:
            delattr(instance, _OLD)
        events.emit(events.ArticlePublished(
            instance,
            old_url_path=old[0] if old else None,
            old_section_id=old[1] if old else None,
            old_edition_id=old[2] if old else None,
            was_breaking=bool(old and old[3] and old[4]),
        ))
    elif _is_structural(instance):
        renamed = isinstance(instance, SectionPage) and _renamed(instance, revision)
        events.emit(events.StructureChanged(instance, _edition_id_of(instance), "published", renamed))


def on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, ArticlePage):
        events.emit(events.ArticleWithdrawn(instance))
    elif _is_structural(instance):
        events.emit(events.StructureChanged(instance, _edition_id_of(instance), "unpublished"))


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, ArticlePage):
        events.emit(events.ArticleWithdrawn(instance, deleted=True, was_live=instance.live))
    elif _is_structural(instance):
        events.emit(events.StructureChanged(instance, getattr(instance, "edition_id", None), "deleted"))


def on_moved(sender, instance, parent_page_before=None, parent_page_after=None, url_path_before=None,
             url_path_after=None, **kwargs):
    """Wagtail's move does not call ``save()``: the denormalised section/edition are set here first
    (listings read the indexed FKs, not the tree), then the event goes out."""
    instance = instance.specific
    if isinstance(instance, ArticlePage):
        section = None
        if parent_page_after is not None:
            section = SectionPage.objects.filter(pk=parent_page_after.pk).first()
        old_section_id, old_edition_id = instance.section_id, instance.edition_id
        if section is not None:
            ArticlePage.objects.filter(pk=instance.pk).update(section=section, edition_id=section.edition_id)
            instance.section_id, instance.edition_id = section.pk, section.edition_id
        if url_path_after:
            instance.url_path = url_path_after
        if instance.live:
            events.emit(events.ArticleMoved(
                instance, old_url_path=url_path_before, old_section_id=old_section_id,
                old_edition_id=old_edition_id, new_section_id=getattr(section, "pk", None),
            ))
    elif _is_structural(instance):
        old_edition_id = _edition_id_of(instance)
        if isinstance(instance, SectionPage) and parent_page_after is not None:
            edition_id = edition_id_for_home(parent_page_after)
            SectionPage.objects.filter(pk=instance.pk).update(edition_id=edition_id)
            ArticlePage.objects.filter(section_id=instance.pk).update(edition_id=edition_id)
            instance.edition_id = edition_id
        new_edition_id = _edition_id_of(instance)
        events.emit(events.StructureChanged(
            instance, new_edition_id, "moved",
            old_edition_id=old_edition_id if old_edition_id != new_edition_id else None,
        ))


def connect() -> None:
    pre_save.connect(remember_article_state, sender=ArticlePage, dispatch_uid="articles-state-before-save")
    page_published.connect(on_published, dispatch_uid="articles-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="articles-unpublished")
    post_page_move.connect(on_moved, dispatch_uid="articles-moved")
    for model in (ArticlePage, SectionPage, EditionHomePage):
        post_delete.connect(on_deleted, sender=model, dispatch_uid=f"articles-deleted-{model.__name__}")
