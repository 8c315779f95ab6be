"""«استخدام»: a wire item becomes a draft article in a chosen section, with the agency's dateline
(«القاهرة - أ ش أ») and its text cleaned; the draft remembers the item (:class:`WireDraft`)."""

from __future__ import annotations

import re
import tempfile
from html import escape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from nashra.articles.models import ArticlePage
from nashra.core.html import clean_html

from .errors import WireError
from .fetch import fetch
from .messages import describe
from .models import FOLDER, WireDraft, WireItem
from .services import allowed_folder

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


#: Pictures a draft takes from one wire item: the first leads, the others make a gallery. An agency's
#: photo feed can attach dozens; past this the editor picks from the wire item itself.
MAX_PICTURES = 10
ARABIC_SEMICOLON = "\u061b"


def _picture(item: WireItem, edition, href: str, caption: str) -> tuple[int | None, str | None]:
    """(image id, warning): one of the item's pictures stored in the edition's collection, with the
    same checks as a newsroom upload. A drop folder's picture is read from the folder; a feed's is
    fetched with the poller's rules (http(s), public address, deadline, size cap)."""
    from nashra.importing.images import LocalImages
    from nashra.importing.records import ImageSpec

    if item.source.kind == FOLDER:
        folder = allowed_folder(item.source.folder)
        if folder is None or "/" in href or "\\" in href:
            return None, _("صورة الخبر خارج مجلد الاستلام؛ أُنشئت المسودة بلا صورة.")
        return LocalImages(edition, folder, allow_outside=False).resolve(ImageSpec(path=href, caption=caption))
    url = urljoin(item.link or item.source.url, href)
    try:
        got = fetch(url, timeout=settings.NASHRA_WIRE_TIMEOUT, max_bytes=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
                    allow_loopback=settings.NASHRA_WIRE_ALLOW_LOOPBACK)
    except WireError as exc:
        return None, _("تعذّر جلب صورة الخبر: %(reason)s أُنشئت المسودة بلا صورة.") % {"reason": describe(exc)}
    name = Path(urlsplit(url).path).name or "wire-image"
    with tempfile.TemporaryDirectory(prefix="nashra-wire-") as tmp:
        (Path(tmp) / name).write_bytes(got.body)
        return LocalImages(edition, tmp, allow_outside=False).resolve(ImageSpec(path=name, caption=caption))


def pictures(item: WireItem, edition) -> tuple[list[tuple[int, str]], list[str]]:
    """The item's pictures that could be stored, in its order ([(image id, caption)], each file once),
    and an Arabic warning for each one that could not (the others still come)."""
    wanted, seen = [], set()
    for href, caption in item.images or []:
        if href and href not in seen:
            seen.add(href)
            wanted.append((href, caption or ""))
    wanted = wanted[:MAX_PICTURES]
    stored, warnings = [], []
    for number, (href, caption) in enumerate(wanted, 1):
        image_id, warning = _picture(item, edition, href, caption)
        if image_id and image_id not in {i for i, _c in stored}:
            stored.append((image_id, caption))
        elif not image_id and warning:
            if len(wanted) == 1:
                warnings.append(warning)
            else:  # the draft still has the others: say which one is missing, and why
                reason = warning.split(ARABIC_SEMICOLON)[0].rstrip(".")  # without «…؛ the draft has none»
                warnings.append(_("لم تُضَف الصورة %(number)d من %(count)d: %(reason)s.")
                                % {"number": number, "count": len(wanted), "reason": reason})
    return stored, warnings


def gallery(stored: list[tuple[int, str]], credit: str) -> list[dict]:
    """The article's ``extras`` value: the pictures after the lead as one gallery after the text."""
    if len(stored) < 2:
        return []
    images = [{"image": image_id, "caption": caption[:300], "credit": credit[:150]} for image_id, caption in stored[1:]]
    return [{"type": "gallery", "value": {"title": "", "images": images, "after_paragraph": None}}]


def make_draft(item: WireItem, section, user, warnings: list | None = None) -> ArticlePage:
    """A draft (not live) under ``section``; the caller checks the user may add pages there."""
    stored, problems = pictures(item, section.edition)
    if warnings is not None:
        warnings.extend(problems)
    image_id, caption = stored[0] if stored else (None, "")
    credit = item.credit or item.source.credit
    article = ArticlePage(title=item.title[:255], dateline=article_dateline(item), body=body_html(item),
                          live=False, lead_image_id=image_id, lead_image_caption=caption[:300],
                          lead_image_credit=credit[:150] if image_id else "", extras=gallery(stored, credit))
    section.add_child(instance=article)
    article.save_revision(user=user, log_action=True)
    WireDraft.objects.create(item=item, article=article, version=item.version, created_by=user)
    return article
