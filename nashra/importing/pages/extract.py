"""One saved page in, one clean article (or a reasoned refusal) out.

The page — saved HTML or a text capture of a rendered page — becomes a list of
:class:`Block` (one per line of text, or per block element of HTML, with what
the markup says about it: heading, caption, byline, inside ``<article>``, share
of link text). The article is then found the way a reader finds it:

1. the body is the densest run of paragraph-shaped blocks, ended for good by
   a comment form, a footer or a "most read" list (:mod:`.rules`);
2. the title is the headline before it that the markup (``<h1>``, og:title) or
   the page itself (share lines, related lists repeating it) confirms; an
   unconfirmed headline right after the site name or «عاجل» is the ticker;
3. between title and body: the lead image caption (glued to the dateline, a
   ``<figcaption>``, or marked «صورة»), a subtitle, the «مدينة ـ اسم» dateline;
4. the publication time from meta tags, ``<time datetime>`` or a stamp near
   the title — never from the stamps of a related-stories list.

Pure Python: nothing here imports Django (the command does the writing).
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from . import rules
from .blocks import Block, Page, Rejection, decode, parse_html, parse_text
from .rules import DATELINE, END, HEAD, PARA, SITE, STAMP
from .stamps import parse_stamp
from .text import DASHES, clean_line, fold, key, words

MIN_BODY_CHARS = 80
MAX_GAP = 3  # non-paragraph blocks a body may have between two paragraphs (an inline «اقرأ أيضًا» …)
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_LOOKS_HTML = re.compile(r"^\s*(<!doctype html|<html|<head|<body)|<(p|div|article|h1)[\s>]", re.IGNORECASE)


@dataclass
class ExtractedArticle:
    title: str
    body: list[tuple[str, str]]  # (tag, text): "p" paragraphs and "h2" subheadings, in order
    subtitle: str = ""
    caption: str = ""
    dateline: str = ""
    byline: str = ""
    byline_is_agency: bool = False
    published_at: str | None = None  # ISO 8601 with offset; None when the page does not say
    canonical_url: str = ""
    image: str = ""  # the lead image's URL or path as the page gives it
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was dropped that an operator may check

    @property
    def paragraphs(self) -> list[str]:
        return [text for tag, text in self.body if tag == "p"]

    def body_html(self) -> str:
        return "".join(f"<{tag}>{html.escape(text, quote=False)}</{tag}>" for tag, text in self.body)

    def content_hash(self) -> str:
        """SHA-1 of the title and body text: the same article gives the same hash, whatever its page."""
        text = "\n".join([clean_line(self.title)] + [clean_line(t) for _tag, t in self.body])
        return hashlib.sha1(text.encode("utf-8")).hexdigest()  # noqa: S324 - an identifier, not security

    def to_record(self, *, section: str, published_at: str, image: dict | None = None) -> dict:
        """A line of ``import-articles`` (BRIEF §4.3).

        Text keys are always present, so a re-import after better rules also
        clears a value a worse rule had found; ``tags`` and ``image`` only when
        the page has them, so a re-import never wipes what an editor added.
        """
        record = {
            "external_id": self.external_id, "section": section, "title": self.title,
            "subtitle": self.subtitle, "body": self.body_html(), "dateline": self.dateline,
            "byline": self.byline, "published_at": published_at,
        }
        if image:
            record["image"] = image
        elif self.caption:
            record["image"] = {"caption": self.caption}
        if self.tags:
            record["tags"] = list(self.tags)
        return record

    @property
    def external_id(self) -> str:
        url = self.canonical_url
        if url and len(url) <= 200:
            return url
        if url:
            return "urlsha1:" + hashlib.sha1(url.encode("utf-8")).hexdigest()  # noqa: S324
        return "sha1:" + self.content_hash()


def extract_file(path: str | Path, *, tz: tzinfo = UTC) -> ExtractedArticle | Rejection:
    """Read, decode and extract one saved page (``.html``/``.htm`` as HTML, anything else sniffed)."""
    path = Path(path)
    is_html = path.suffix.lower() in HTML_SUFFIXES
    text = decode(path.read_bytes())
    if isinstance(text, Rejection):
        return text
    return extract_page(text, filename=path.name, kind="html" if is_html else None, tz=tz)


# --- text → article ---------------------------------------------------------------------------


def extract_page(text: str, *, filename: str = "", kind: str | None = None,
                 tz: tzinfo = UTC) -> ExtractedArticle | Rejection:
    """The article in ``text``; ``kind`` "html" or "text" (None: by ``filename``, then by content).

    ``tz`` is the zone of stamps that name none (the edition's); the result
    carries ISO 8601 times with their offset.
    """
    if not text or not text.strip():
        return Rejection("empty", "ملف فارغ")
    if "\x00" in text:
        return Rejection("binary", "ملف ثنائي وليس صفحة نصية")
    if kind is None:
        is_html = filename.lower().endswith(HTML_SUFFIXES) or bool(_LOOKS_HTML.search(text[:4096]))
        kind = "html" if is_html else "text"
    page = parse_html(text) if kind == "html" else parse_text(text)
    return _Extraction(page, tz).run()


class _Extraction:
    def __init__(self, page: Page, tz: tzinfo):
        self.page, self.tz = page, tz
        self.blocks = page.blocks
        self.sites = _site_names(page)
        self.lines = [rules.classify(b.text, self.sites, tz) for b in self.blocks]
        self.kinds = [self._kind(b, line.kind) for b, line in zip(self.blocks, self.lines, strict=True)]
        self.notes: list[str] = []

    def _kind(self, block: Block, kind: str) -> str:
        if block.role in ("caption", "byline", "subtitle", "dateline", "time") and kind not in (END, STAMP):
            return block.role
        if block.links >= 0.6 and kind in (PARA, HEAD):
            return "link"  # a teaser or a related story, not part of this article
        if block.role in ("h1", "h2") and kind == PARA:
            return HEAD
        return kind

    def run(self) -> ExtractedArticle | Rejection:
        span = self._body_span()
        if isinstance(span, Rejection):
            return span
        start, end, region_start = span
        title_at = self._title(region_start, start)
        if title_at is None:
            return Rejection("no-title", "لم يُعثر على عنوان للخبر")
        article = ExtractedArticle(title=self.blocks[title_at].text, body=[])
        self._between(article, title_at, start)
        self._body(article, start, end)
        if not article.body:
            return Rejection("not-article", "لا يوجد نص خبر في الصفحة")
        self._metadata(article, title_at, start)
        article.notes = self.notes
        return article

    # -- where the body is --
    def _body_span(self) -> tuple[int, int, int] | Rejection:
        candidates = range(len(self.blocks))
        mains = {}
        for i in candidates:
            if self.kinds[i] == PARA and self.blocks[i].main:
                mains[self.blocks[i].main] = mains.get(self.blocks[i].main, 0) + len(self.blocks[i].text)
        if mains:
            best = max(mains, key=mains.get)
            if len(mains) >= 3 and mains[best] < 0.5 * sum(mains.values()):
                return Rejection("not-article", "الصفحة قائمة أخبار (فهرس قسم) وليست خبرًا")
            if mains[best] >= MIN_BODY_CHARS:
                candidates = [i for i in candidates if self.blocks[i].main == best]
        clusters, current, gap = [], [], 0
        for i in candidates:
            kind = self.kinds[i]
            if kind == PARA:
                current.append(i)
                gap = 0
            elif current:
                gap += 1
                if kind == END or gap > MAX_GAP:
                    clusters.append(current)
                    current, gap = [], 0
        if current:
            clusters.append(current)
        if not clusters:
            return Rejection("not-article", "لا يوجد نص خبر في الصفحة (لا فقرات)")
        size = [sum(len(self.blocks[i].text) for i in c) for c in clusters]
        best_index = max(range(len(clusters)), key=size.__getitem__)
        cluster = clusters[best_index]
        if size[best_index] < MIN_BODY_CHARS:
            return Rejection("not-article", "لا يوجد نص خبر في الصفحة (فقرات قصيرة جدًّا)")
        start, end = cluster[0], cluster[-1]
        inside = [self.kinds[i] for i in range(start, end + 1)]
        links, stamps = inside.count("link"), inside.count(STAMP)
        if (links >= 3 and links * 2 >= len(cluster)) or stamps >= 2:
            return Rejection("not-article", "الصفحة قائمة أخبار (فهرس قسم) وليست خبرًا")
        region_start = clusters[best_index - 1][-1] + 1 if best_index else 0
        return start, end, region_start

    # -- the title --
    def _title(self, region_start: int, start: int) -> int | None:
        candidates = [i for i in range(region_start, start) if self._headline(i)]
        if not candidates:
            return None
        hints = {key(h) for h in self.page.title_hints if key(h)}
        pool = [key(b.text) for b in self.blocks] + [key(h) for h in self.page.title_hints]
        scores = {}
        for i in candidates:
            k = key(self.blocks[i].text)
            repeats = sum(p.count(k) for j, p in enumerate(pool) if j != i) if k else 0
            hinted = any(k == h or (len(k) > 12 and k in h) for h in hints)
            scores[i] = 4 * (self.blocks[i].role == "h1") + 3 * hinted + min(repeats, 3)
        for i in self._story_list_items(region_start, start):
            if scores[i] <= 0:
                scores[i] = -1  # a stamped story list's headline, unless the page confirms it
        top = max(scores.values())
        if top > 0:
            chosen = min(i for i in candidates if scores[i] == top)
        else:
            plain = [i for i in candidates if not self._ticker(i) and scores[i] == 0]
            chosen = plain[0] if plain else max(candidates, key=lambda i: (scores[i], i))
        for i in candidates:
            if i < chosen and scores[i] == 0 and self.kinds[i] == HEAD:
                self.notes.append(f"ticker/headline dropped: {self.blocks[i].text}")
        return chosen

    def _story_list_items(self, region_start: int, start: int) -> set[int]:
        """Headlines inside a run of alternating stamps and headlines (two of each at least)."""
        items: set[int] = set()
        run: list[int] = []
        for i in range(region_start, start + 1):
            kind = self.kinds[i] if i < start else None
            if kind in (STAMP, HEAD) and (not run or self.kinds[run[-1]] != kind):
                run.append(i)
                continue
            if len(run) >= 4:
                items.update(j for j in run if self.kinds[j] == HEAD)
            run = [i] if kind in (STAMP, HEAD) else []
        return items

    def _headline(self, i: int) -> bool:
        if self.blocks[i].role == "h1":
            excluded = (END, SITE, STAMP, rules.CLOCK, "link")
            return self.kinds[i] not in excluded and words(self.blocks[i].text) > 1
        return self.kinds[i] == HEAD

    def _ticker(self, i: int) -> bool:
        text = fold(self.blocks[i].text)
        before = self.blocks[i - 1].text if i else ""
        return bool(rules.TICKER_LABEL.match(text) or rules.bare_site_name(before) is not None
                    or rules.TICKER_LABEL.fullmatch(fold(before).strip(" :|")))

    # -- between the title and the body: caption, subtitle, dateline --
    def _between(self, article: ExtractedArticle, title_at: int, start: int) -> None:
        title_key = key(article.title)
        for i in range(title_at + 1, start):
            block, kind = self.blocks[i], self.kinds[i]
            if key(block.text) == title_key:
                continue
            if kind == DATELINE:
                self._set_dateline(article, self.lines[i].dateline)
            elif kind in ("byline", "dateline"):
                self._role_byline(article, block)
            elif kind == "subtitle" and not article.subtitle:
                article.subtitle = block.text
            elif kind == "caption" and not article.caption:
                article.caption = block.text
            elif kind == HEAD:
                nxt = self.blocks[i + 1]
                glued = not nxt.gap and self.kinds[i + 1] in (DATELINE, PARA)
                if (glued or rules.is_photo_caption(block.text)) and not article.caption:
                    article.caption = block.text
                elif article.subtitle or self._after_read_also(i):
                    continue
                elif not self.page.is_html or i == title_at + 1 or block.role == "h2":
                    article.subtitle = block.text

    def _set_dateline(self, article: ExtractedArticle, dateline: rules.Dateline | None) -> None:
        if dateline is None:
            return
        article.dateline = dateline.city or article.dateline
        if dateline.byline:
            article.byline, article.byline_is_agency = dateline.byline, dateline.agency

    def _role_byline(self, article: ExtractedArticle, block: Block) -> None:
        parsed = rules.parse_dateline(block.text, self.sites)
        if parsed is not None:
            self._set_dateline(article, parsed)
        elif block.role == "dateline" and words(block.text) <= 3:
            article.dateline = block.text.strip(" -–—ـ:")
        elif block.role == "byline" and words(block.text) <= 6 and not article.byline:
            article.byline = block.text

    def _after_read_also(self, i: int) -> bool:
        before = self.blocks[i - 1].text if i else ""
        return words(before) <= 3 and bool(rules.READ_ALSO.search(fold(before)))

    # -- the body --
    def _body(self, article: ExtractedArticle, start: int, end: int) -> None:
        skip = {key(article.title), key(article.caption), key(article.subtitle)}
        for i in range(start, end + 1):
            block, kind = self.blocks[i], self.kinds[i]
            if block.main != self.blocks[start].main or key(block.text) in skip:
                continue
            if kind == PARA:
                text = block.text
                split = None if article.body or article.dateline else rules.split_inline_dateline(text)
                if split is not None and not (split[0].byline and article.byline):
                    self._set_dateline(article, split[0])
                    text = split[1]
                article.body.append(("p", text))
            elif kind == "caption" and not article.caption:
                article.caption = block.text
            elif kind == DATELINE and not article.byline:
                self._set_dateline(article, self.lines[i].dateline)
            elif kind in ("byline", "dateline") and not article.byline:
                self._role_byline(article, block)
            elif kind == HEAD and not self._after_read_also(i) and i < end and self.kinds[i + 1] == PARA:
                article.body.append(("h2" if block.role == "h2" else "p", block.text))

    # -- time, address, image, tags --
    def _metadata(self, article: ExtractedArticle, title_at: int, start: int) -> None:
        page = self.page
        moment = next((m for m in map(self._iso, page.published) if m), None)
        if moment is None:
            stamps = [(i, self.lines[i].stamp) for i in range(0, start) if self.kinds[i] == STAMP]
            after = [s for i, s in stamps if i > title_at]
            before = [s for i, s in stamps if i < title_at]
            usable = after or (before if len(before) == 1 else [])
            usable.sort(key=lambda s: s.updated)
            moment = usable[0].moment.isoformat() if usable else None
        article.published_at = moment
        article.canonical_url = _canonical(page.urls)
        article.image = page.image
        article.tags = list(dict.fromkeys(page.tags + self._tag_lines()))
        if not article.byline and page.author and fold(page.author) not in self.sites:
            article.byline = page.author

    def _iso(self, value: str) -> str | None:
        value = value.strip()
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
        except ValueError:
            stamp = parse_stamp(value, self.tz)
            return stamp.moment.isoformat() if stamp else None
        return (moment if moment.tzinfo else moment.replace(tzinfo=self.tz)).isoformat()

    def _tag_lines(self) -> list[str]:
        tags = []
        for block in self.blocks:
            match = rules.TAGS_LABEL.search(fold(block.text))
            if match and ":" in block.text:
                parts = re.split(r"[،,|؛;]| - ", block.text.split(":", 1)[1])
                tags.extend(p.strip() for p in parts if 0 < len(p.strip()) <= 100)
        return tags


def _site_names(page: Page) -> frozenset[str]:
    """Names the page repeats as «name -» (twice or more), plus og:site_name."""
    counts: dict[str, int] = {}
    for block in page.blocks:
        match = re.match(rf"^(.{{2,40}}?)\s*[{DASHES}|]\s*(.*)$", block.text)
        if match and 1 <= words(match[1]) <= 4:
            counts[fold(match[1])] = counts.get(fold(match[1]), 0) + 1
    names = {name for name, n in counts.items() if n >= 2}
    names.update(fold(n) for n in page.site_names if n and words(n) <= 5)
    for block in page.blocks:  # «جميع الحقوق محفوظة © بوابة النيل 2024»: the footer names the site
        owner = rules.copyright_owner(block.text)
        if owner:
            names.add(owner)
    return frozenset(names)


def _canonical(urls: list[str]) -> str:
    for url in urls:
        url = url.strip().split("#", 1)[0]
        match = re.match(r"^https?://[^/]+(/.*)?$", url, re.IGNORECASE)
        if match and (match[1] or "/").strip("/"):
            return url
    return ""

