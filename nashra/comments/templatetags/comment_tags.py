"""``{% comment_block page edition as cb %}``: what the article page needs to show comments.

Read from the database on every render (three small indexed queries), so an
uncached page is never stale; the full-page cache is purged through
``services.on_comment_visible_change``.
"""

from django import template

from ..forms import CommentForm
from ..models import Comment
from ..services import comment_mode

register = template.Library()


@register.simple_tag
def comment_block(page, edition=None):
    if page is None or not getattr(page, "pk", None):
        return {}
    state = comment_mode(page, edition or page.edition)
    comments = list(
        Comment.objects.visible().filter(article_id=page.pk)
        .only("pk", "name", "title", "text", "created_at").order_by("created_at", "pk")
    )
    max_length = state.settings.max_length
    return {
        "comments": comments, "count": len(comments), "open": state.open, "mode": state.mode,
        "settings": state.settings, "max_length": max_length,
        "form": CommentForm(max_length=max_length) if state.open else None,
    }


@register.filter
def chars_left(form, max_length):
    text = form["text"].value() or "" if form is not None else ""
    return max(0, int(max_length) - len(str(text).replace("\r\n", "\n")))
