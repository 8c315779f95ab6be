"""The article page's comments: ``{% comment_section page edition as section %}``, the rendered
``<section id="comments">`` (its data: :func:`comment_data`).

The section is kept as one of the article's own parts (:func:`nashra.core.scopes.for_article`), so
an uncached render of an article reads no comment row, override or settings: it is the same for
every reader (no security code, no CSRF token: comments.js fetches them). What drops it:

* a comment shown or hidden (approved, rejected, deleted …) and an article's override saved or
  deleted bump the article's ``art-<pk>`` (:mod:`nashra.delivery.signals`, «Comment» and
  «ArticleCommentSettings»; ``purge.purge_article_comments``) now and again after the commit;
* the edition's comment settings, its date style or digits, an unpublish: edition-wide purges
  (``own-<slug>``);
* the clock: while ``close_after_days`` will close the comments, the part is kept only until then.

The edition's comment settings and empty form are kept with its fragments (a save purges them,
see nashra.delivery.signals).
"""

import math
from datetime import timedelta

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
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


def _closes_at(page, state):
    """When the clock will close comments that are open now (``close_after_days``), or None."""
    days = state.settings.close_after_days
    if not state.open or not days or not page.published_at:
        return None
    return page.published_at + timedelta(days=days)


def comment_data(page, edition):
    """What the section shows: the approved comments (oldest first), whether and how it is open."""
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
        "closes_at": _closes_at(page, state),
    }


@register.simple_tag(takes_context=True)
def comment_section(context, page, edition=None):
    """``<section id="comments">…</section>`` of ``page`` ("" for a page without an id)."""
    if page is None or not getattr(page, "pk", None):
        return ""
    site_edition = edition
    edition = edition or page.edition

    def build():
        data = comment_data(page, edition)
        return data["closes_at"], render_to_string("comments/_section.html", {"cb": data, "edition": edition})

    def ttl(kept):
        # Kept no longer than the comments stay open: the next render after that shows them closed.
        closes_at = kept[0]
        if closes_at is None:
            return scopes.default_ttl()
        left = math.ceil((closes_at - timezone.now()).total_seconds())
        return min(left, scopes.default_ttl()) if left > 0 else 0

    request = context.get("request")
    # A preview shows the draft as it is now, and a page shown on another edition's site is
    # dated for that site: neither is kept (as ``{% article_fragment %}``).
    if request is None or getattr(request, "is_preview", False) or site_edition is None \
            or site_edition.pk is None or site_edition.pk != page.edition_id:
        return mark_safe(build()[1])
    closes_at, html = scopes.for_article(edition, page.pk, "comments", build, ttl=ttl)
    if closes_at is not None and timezone.now() >= closes_at:
        # The cache's own expiry runs on its clock (Redis); the page's clock decides.
        closes_at, html = build()
    return mark_safe(html)


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
