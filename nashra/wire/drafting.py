"""«استخدام»: a wire item becomes a draft article in a chosen section, with the agency's dateline
(«القاهرة - أ ش أ») and its text cleaned; the draft remembers the item (:class:`WireDraft`)."""

from __future__ import annotations

import re
from html import escape

from django.utils.translation import gettext as _

from nashra.articles.models import ArticlePage
from nashra.core.html import clean_html

from .models import WireDraft, WireItem

DATELINE_MAX = 80  # ArticlePage.dateline
# What follows the place in an agency's first paragraph: «(بترا) -», «/واس/», «- أ ش أ:», maybe a date.
_CREDIT_AFTER_PLACE = re.compile(
    r"\s*(?:\u0641\u064a\s+\d{1,2}\s+\S+\s*)?(?:\([^)]{1,30}\)|/[^/]{1,30}/|[-–—]\s*[^:\-–—]{1,30}:)\s*[-–—:]?\s*")


def article_dateline(item: WireItem) -> str:
    credit = item.credit or item.source.credit
    if not item.dateline:
        return credit[:DATELINE_MAX]
    return _("%(place)s - %(credit)s") % {"place": item.dateline[:DATELINE_MAX - len(credit) - 3],
                                           "credit": credit}


def _without_dateline(paragraph: str, item: WireItem) -> str:
    """The first paragraph without the agency's own «القاهرة - أ ش أ:» (the article shows it apart)."""
    if not item.dateline or not paragraph.startswith(item.dateline):
        return paragraph
    rest = paragraph[len(item.dateline):]
    match = _CREDIT_AFTER_PLACE.match(rest)
    return rest[match.end():] if match else paragraph


def body_html(item: WireItem) -> str:
    paragraphs = item.paragraphs
    if paragraphs:
        paragraphs[0] = _without_dateline(paragraphs[0], item)
    return clean_html("".join(f"<p>{escape(p)}</p>" for p in paragraphs if p.strip()))


def make_draft(item: WireItem, section, user) -> ArticlePage:
    """A draft (not live) under ``section``; the caller checks the user may add pages there."""
    article = ArticlePage(title=item.title[:255], dateline=article_dateline(item), body=body_html(item),
                          live=False)
    section.add_child(instance=article)
    article.save_revision(user=user, log_action=True)
    WireDraft.objects.create(item=item, article=article, version=item.version, created_by=user)
    return article
