"""One story, several editions: linked copies of an article in other editions' sections.

Each copy is an ordinary article of its edition (its own URL, dateline, stamp in that edition's month
names and time zone, its own publishing); the original and its copies share ``external_id``, which is
what the reader pages' hreflang reads. Editing the original lets an editor push the new text to the
copies nobody edited since they were written from it. Editors need the editor or admin role in both
editions (superusers: every edition).
"""

from __future__ import annotations

import uuid

from django.db import transaction

from nashra.articles.models import ArticlePage, SectionPage
from nashra.editions.services import editions_for

from .models import ArticleCopy

COPY_ROLES = ("editor", "admin")
COPIED_FIELDS = ("title", "subtitle", "dateline", "body", "lead_image_id", "lead_image_caption", "lead_image_credit")


def may_copy(user, article) -> bool:
    return editions_for(user, COPY_ROLES).filter(pk=article.edition_id).exists()


def target_sections(user, article):
    """Sections of the other editions ``user`` edits that hold no copy of ``article`` yet."""
    editions = editions_for(user, COPY_ROLES).exclude(pk=article.edition_id)
    taken = []
    if article.external_id:
        taken = ArticlePage.objects.filter(external_id=article.external_id).values("edition_id")
    return (SectionPage.objects.filter(edition__in=editions).exclude(edition__in=taken)
            .select_related("edition").order_by("edition__slug", "nav_order", "path"))


def _source(article):
    """The original's newest text (a draft newer than the live page included)."""
    return article.get_latest_revision_as_object() if article.latest_revision_id else article


@transaction.atomic
def make_copies(article, sections, user) -> list[ArticlePage]:
    if not article.external_id:  # the shared id; written on the page and in a new revision
        article.external_id = f"story-{uuid.uuid4().hex}"
        ArticlePage.objects.filter(pk=article.pk).update(external_id=article.external_id)
        latest = _source(article)
        latest.external_id = article.external_id
        latest.save_revision(user=user)
    source = _source(article)
    made = []
    for section in sections:
        copy = ArticlePage(live=False, external_id=article.external_id,
                           **{name: getattr(source, name) for name in COPIED_FIELDS})
        copy.extras = source.extras
        section.add_child(instance=copy)
        copy.authors.set(source.authors.all())
        revision = copy.save_revision(user=user, log_action=True)
        ArticleCopy.objects.create(original=article, copy=copy, copied_revision_id=revision.pk, created_by=user)
        made.append(copy)
    return made


def copies_of(article):
    """(link, edited locally?) for each copy of ``article``."""
    links = ArticleCopy.objects.filter(original=article).select_related("copy", "copy__edition")
    return [(link, link.copy.latest_revision_id != link.copied_revision_id) for link in links]


@transaction.atomic
def update_copies(article, user) -> int:
    """Write the original's newest text into every copy not edited locally (as a new draft revision)."""
    source = _source(article)
    updated = 0
    for link, edited in copies_of(article):
        if edited:
            continue
        copy = link.copy.get_latest_revision_as_object()
        for name in COPIED_FIELDS:
            setattr(copy, name, getattr(source, name))
        copy.extras = source.extras
        revision = copy.save_revision(user=user, log_action=True)
        link.copied_revision_id = revision.pk
        link.save(update_fields=["copied_revision_id"])
        updated += 1
    return updated


def canonical_original(article):
    """The original, when ``article`` is a copy whose edition names it as canonical and it is live
    (registered with :mod:`nashra.articles.canonical`)."""
    if not getattr(article, "pk", None) or not getattr(article, "external_id", ""):
        return None  # a copy always shares its original's id: without one, no query
    link = ArticleCopy.objects.filter(copy_id=article.pk, canonical_to_original=True).select_related(
        "original").first()
    return link.original if link is not None and link.original.live else None


def may_edit_copy(user, copy) -> bool:
    return editions_for(user, COPY_ROLES).filter(pk=copy.edition_id).exists()


def set_canonical(link, to_original: bool) -> None:
    """The copy's edition chose; its pages (the copy's head) are purged through the content events."""
    from nashra.core import events

    if link.canonical_to_original != to_original:
        link.canonical_to_original = to_original
        link.save(update_fields=["canonical_to_original"])
        events.emit(events.EditionContentChanged(edition_id=link.copy.edition_id, source="copies"))


def updatable_copies(article) -> int:
    """How many copies of ``article`` nobody edited locally (what «حدّث النسخ» would rewrite)."""
    return sum(1 for _link, edited in copies_of(article) if not edited)


def original_changed(event) -> None:
    """An original that copies name as canonical was unpublished, moved or republished: their
    editions' pages must name the right page again (themselves, or its new URL)."""
    from nashra.core import events

    article = event.article
    editions = set(ArticleCopy.objects.filter(original_id=getattr(article, "pk", None), canonical_to_original=True)
                   .values_list("copy__edition_id", flat=True))
    for edition_id in editions:
        events.emit(events.EditionContentChanged(edition_id=edition_id, source="copies"))
