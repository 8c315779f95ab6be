"""Posting, editing, pinning, approving and deleting live-blog entries: every change bumps the blog's
``entries_version`` (the update channel's cursor and ETag) and emits :class:`LiveBlogChanged`, so the
cached page and its update channel are purged (nashra.delivery.signals)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from nashra.articles.embeds import EmbedError
from nashra.articles.embeds import parse as parse_embed
from nashra.core import events
from nashra.core.html import body_to_html

from .models import ENDED, LiveBlogDeletion, LiveBlogEntry, LiveBlogPage

MAX_ENTRY_CHARACTERS = 20_000
MAX_TITLE_CHARACTERS = 200


def validate(blog: LiveBlogPage, title: str, body: str, embed_url: str, has_image: bool = False) -> dict:
    """The cleaned fields, or ValidationError with Arabic messages per field."""
    errors = {}
    if blog.state == ENDED:
        raise ValidationError(_("انتهت هذه التغطية؛ لا يمكن نشر تحديثات جديدة فيها. أعد فتحها من صفحة التغطية أولًا."))
    title = (title or "").strip()
    if len(title) > MAX_TITLE_CHARACTERS:
        errors["title"] = _("العنوان أطول من %(limit)d حرف.") % {"limit": MAX_TITLE_CHARACTERS}
    if len(body or "") > MAX_ENTRY_CHARACTERS:
        errors["body"] = _("نص التحديث أطول من %(limit)d حرف؛ قسّمه إلى أكثر من تحديث.") % {
            "limit": MAX_ENTRY_CHARACTERS}
        body = ""
    body = body_to_html(body or "")
    embed_url = (embed_url or "").strip()
    if embed_url:
        try:
            parse_embed(embed_url)
        except EmbedError as exc:
            errors["embed_url"] = str(exc)
    if not errors and not title and not strip_tags(body).strip() and not embed_url and not has_image:
        errors["body"] = _("التحديث فارغ: اكتب نصًا أو عنوانًا أو أضف صورة أو رابط فيديو.")
    if errors:
        raise ValidationError(errors)
    return {"title": title, "body": body, "embed_url": embed_url}


def _changed(blog: LiveBlogPage) -> int:
    """Bump the blog's version (atomically) and announce the change; the new version."""
    LiveBlogPage.objects.filter(pk=blog.pk).update(entries_version=F("entries_version") + 1)
    blog.entries_version = LiveBlogPage.objects.filter(pk=blog.pk).values_list("entries_version", flat=True)[0]
    events.emit(events.LiveBlogChanged(blog))
    return blog.entries_version


@transaction.atomic
def post_entry(blog, author, *, title="", body="", embed_url="", image=None, pinned=False, highlight=False,
               may_approve=True) -> LiveBlogEntry:
    fields = validate(blog, title, body, embed_url, has_image=image is not None)
    approved = may_approve or not blog.require_approval
    entry = LiveBlogEntry.objects.create(blog=blog, author=author, image=image, pinned=pinned,
                                         highlight=highlight, approved=approved, created_at=timezone.now(),
                                         **fields)
    if approved:
        entry.version = _changed(blog)
        LiveBlogEntry.objects.filter(pk=entry.pk).update(version=entry.version)
    return entry


@transaction.atomic
def edit_entry(entry, *, title, body, embed_url, image=None, highlight=None) -> LiveBlogEntry:
    blog = entry.blog
    if blog.state == ENDED:
        raise ValidationError(_("انتهت هذه التغطية؛ لا يمكن تعديل تحديثاتها."))
    fields = validate(blog, title, body, embed_url, has_image=image is not None or entry.image_id is not None)
    for name, value in fields.items():
        setattr(entry, name, value)
    if image is not None:
        entry.image = image
    if highlight is not None:
        entry.highlight = highlight
    return _save_change(entry)


def _save_change(entry) -> LiveBlogEntry:
    if entry.approved:
        entry.version = _changed(entry.blog)
    entry.save()
    return entry


@transaction.atomic
def set_pinned(entry, pinned: bool) -> LiveBlogEntry:
    entry.pinned = pinned
    return _save_change(entry)


@transaction.atomic
def approve(entry) -> LiveBlogEntry:
    entry.approved = True
    return _save_change(entry)


@transaction.atomic
def delete_entry(entry) -> None:
    blog = entry.blog
    was_shown = entry.approved
    entry_id = entry.pk
    entry.delete()
    if was_shown:
        LiveBlogDeletion.objects.create(blog=blog, entry_id=entry_id, version=_changed(blog))


def set_state(blog: LiveBlogPage, state: str) -> None:
    """Live, paused or ended (``coverage_end`` set when it ends); ending an ended blog is refused."""
    if state == ENDED and blog.state == ENDED:
        raise ValidationError(_("هذه التغطية منتهية بالفعل."))
    fields = {"state": state}
    if state == ENDED:
        fields["coverage_end"] = blog.coverage_end or timezone.now()
    elif blog.state == ENDED:
        fields["coverage_end"] = None
    LiveBlogPage.objects.filter(pk=blog.pk).update(**fields)
    for name, value in fields.items():
        setattr(blog, name, value)
    # The page editor opens the latest revision: it must show the state set here, or its next publish
    # would silently restore the old one.
    revision = blog.get_latest_revision()
    if revision is not None:
        revision.content.update({name: value.isoformat() if hasattr(value, "isoformat") else value
                                 for name, value in fields.items()})
        revision.save(update_fields=["content"])
    _changed(blog)
