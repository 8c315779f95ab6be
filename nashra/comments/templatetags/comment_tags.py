"""``{% comment_block page edition as cb %}``: what the article page needs to show comments.

The article's comments and its override are read from the database on every
render (two small indexed queries), so an uncached page is never stale; the
full-page cache is purged through ``services.on_comment_visible_change``. The
edition's comment settings are kept with its fragments (a save purges them,
see nashra.delivery.signals).
"""

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

from nashra.arabic.digits import to_digits
from nashra.core import scopes

from ..forms import CommentForm
from ..models import Comment, CommentSettings
from ..services import comment_mode

register = template.Library()

#: Stands for the article id while the edition's form markup is rendered once for all its articles.
_ANY_ARTICLE = 9_007_199_254_740_991


class _AnyArticle:
    pk = _ANY_ARTICLE


def _edition_fragment(edition, name, build):
    if edition is None or edition.pk is None:
        return build()
    return scopes.for_edition(edition, name, build)


def edition_comment_settings(edition) -> CommentSettings:
    return _edition_fragment(edition, "comment-settings", lambda: CommentSettings.for_edition(edition))


def empty_form_html(article, edition, settings: CommentSettings) -> str:
    """``comments/_form.html`` for a new comment on ``article`` (no security code: comments.js fetches one).

    The markup is the same on every article of the edition but for the article's id in two
    links, so it is rendered once per fragment generation and the id put in afterwards.
    """
    max_length = settings.max_length

    def build():
        return render_to_string("comments/_form.html", {
            "form": CommentForm(max_length=max_length), "article": _AnyArticle, "max_length": max_length,
            "settings": settings, "challenge": None, "edition": edition,
        })

    html = _edition_fragment(edition, f"comment-form:{max_length}", build)
    return mark_safe(html.replace(reverse("comments:new", args=[_ANY_ARTICLE]),
                                  reverse("comments:new", args=[article.pk])))


@register.simple_tag
def comment_block(page, edition=None):
    if page is None or not getattr(page, "pk", None):
        return {}
    edition = edition or page.edition
    state = comment_mode(page, edition, comment_settings=edition_comment_settings(edition))
    comments = list(
        Comment.objects.visible().filter(article_id=page.pk)
        .only("pk", "name", "title", "text", "created_at").order_by("created_at", "pk")
    )
    max_length = state.settings.max_length
    return {
        "comments": comments, "count": len(comments), "open": state.open, "mode": state.mode,
        "settings": state.settings, "max_length": max_length,
        "form_html": empty_form_html(page, edition, state.settings) if state.open else "",
    }


@register.filter
def chars_left(form, max_length):
    text = form["text"].value() or "" if form is not None else ""
    return max(0, int(max_length) - len(str(text).replace("\r\n", "\n")))


def chars_left_message(left: int, digits: str = "latin") -> str:
    """«متبقٍ 11 حرفًا», in the edition's digits. comments.js says the same through the JavaScript
    catalogue (djangojs.po), so the counter reads alike before and after the reader types."""
    return to_digits(ngettext("متبقٍ حرف واحد", "متبقٍ %(n)s حرف", left) % {"n": left}, digits)


@register.simple_tag
def chars_left_text(form, max_length, edition=None):
    return chars_left_message(chars_left(form, max_length), getattr(edition, "digits", None) or "latin")
