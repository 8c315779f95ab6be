"""A live blog published, unpublished or deleted in the page editor is a change of what its page and
update channel show (entries emit their own events from services)."""

from __future__ import annotations

from nashra.core import events


def on_blog_page_changed(sender, instance, **kwargs):
    events.emit(events.LiveBlogChanged(instance))


def connect() -> None:
    from wagtail.signals import page_published, page_unpublished

    from .models import LiveBlogPage

    page_published.connect(on_blog_page_changed, sender=LiveBlogPage, dispatch_uid="liveblog-published")
    page_unpublished.connect(on_blog_page_changed, sender=LiveBlogPage, dispatch_uid="liveblog-unpublished")
