"""A saved page → a flat list of text blocks, plus what the markup says about the page.

:func:`decode` turns the file's bytes into text (UTF-8 with or without BOM,
UTF-16 with BOM, the page's ``<meta charset>``, else windows-1256, the usual
encoding of old Arabic sites) or refuses it (empty, binary). A text capture
becomes one block per line (:func:`parse_text`); HTML goes through
:func:`parse_html`:

a small tree is built with the standard library's ``html.parser`` (forgiving
about unclosed ``<p>``/``<li>``, the way old Arabic sites write them), then
walked in document order. Each block element (or ``<br>``-separated line)
becomes a :class:`Block` carrying its role (``h1``, ``h2``, ``caption``,
``byline``, ``subtitle``, ``dateline``, ``time``), the article container it
sits in and its share of link text. Navigation, forms, scripts, asides, page
headers and footers, and elements whose class or id says share / comments /
related / most-read / ads are left out — unless they hold the headline or most
of the page's text (a ``<div class="has-sidebar">`` wrapping everything).

Meta data are gathered on the way: og:/article: tags, ``<link rel=canonical>``,
``<title>``, JSON-LD NewsArticle, ``<time datetime>`` and the lead image.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .rules import clean_line

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
DROP = frozenset("script style noscript template svg iframe nav aside form button select textarea object "
                 "canvas audio video map label dialog head".split())
MAX_DEPTH = 150  # deeper inline nesting is flattened (old pages never close <font>); recursion stays shallow
HEAD_TAGS = frozenset("meta link title script style base noscript template".split())
BLOCK = frozenset("p div section article header footer main h1 h2 h3 h4 h5 h6 li ul ol table tr td th tbody "
                  "thead blockquote figure figcaption dd dt dl pre address center hr br body html caption "
                  "fieldset details summary".split())
SKIP_TOKENS = frozenset("comment comments sidebar related share sharing social ad ads advert advertisement "
                        "banner newsletter breadcrumb breadcrumbs menu nav navbar navigation footer widget "
                        "widgets popular most mostread ticker marquee cookie cookies promo subscribe print "
                        "tags taglist keywords pagination pager login search".split())
CONTAINER_HINTS = ("articlebody", "storybody", "entrycontent", "postcontent", "articlecontent", "newsbody",
                   "articletext", "newsdetail", "newscontent", "storycontent")
BYLINE_TOKENS = frozenset("byline author authors writer reporter by".split())
SUBTITLE_TOKENS = frozenset("subtitle subheadline subhead standfirst strapline deck dek".split())
PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                  "publish-date", "dc.date.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date",
                  "article.published", "originalpublicationdate")
ARTICLE_TYPES = frozenset("newsarticle article reportagenewsarticle analysisnewsarticle blogposting".split())


@dataclass
class Block:
    text: str
    role: str = ""        # h1, h2, caption, byline, subtitle, dateline, time — or "" for plain text
    main: int = 0         # the article container it sits in (0: none)
    links: float = 0.0    # share of its characters inside <a>
    gap: bool = True      # a blank line / block boundary before it (False: only a line break)


@dataclass
class Page:
    blocks: list[Block] = field(default_factory=list)
    is_html: bool = True
    title_hints: list[str] = field(default_factory=list)  # og:title, <title> and its parts, JSON-LD headline
    site_names: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)    # candidate publication times, best first
    urls: list[str] = field(default_factory=list)         # canonical URL candidates, best first
    image: str = ""
    author: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class Rejection:
    """Why a file is not imported: ``code`` for programs, ``message`` (Arabic) for the operator."""

    code: str  # empty | binary | undecodable | not-article | no-title
    message: str

    def __str__(self) -> str:
        return f"{self.message} ({self.code})"


def parse_text(text: str) -> Page:
    """A text capture: one block per line; a blank line before a block sets its ``gap``."""
    page, gap = Page(is_html=False), True
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line:
            gap = True
            continue
        page.blocks.append(Block(line, gap=gap))
        gap = False
    return page


def decode(data: bytes) -> str | Rejection:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the page's <meta charset>, else windows-1256."""
    if not data.strip():
        return Rejection("empty", "ملف فارغ")
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(codec, errors="replace"))
    if b"\x00" in data[:65536]:
        return Rejection("binary", "ملف ثنائي وليس صفحة نصية")
    try:
        return _checked(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:8192])
    for codec in ([declared[1].decode("ascii")] if declared else []) + ["cp1256"]:
        try:
            return _checked(data.decode(codec))
        except (LookupError, UnicodeDecodeError):
            continue
    return Rejection("undecodable", "تعذّر التعرف على ترميز الملف (ليس UTF-8 ولا windows-1256)")


def _checked(text: str) -> str | Rejection:
    if not text.strip():
        return Rejection("empty", "ملف فارغ")
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(8, len(text[:65536]) // 100) or "\x00" in text:
        return Rejection("binary", "ملف ثنائي وليس صفحة نصية")
    return text


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.IGNORECASE)


class _Node:
    __slots__ = ("tag", "attrs", "children", "size", "keep")

    def __init__(self, tag: str, attrs: dict[str, str]):
        self.tag, self.attrs, self.children = tag, attrs, []
        self.size, self.keep = 0, False  # text length below it; holds the headline or an article


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack = [self.root]
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.title: list[str] = []
        self.ld_json: list[str] = []
        self._raw: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if name and attrs.get("content") and name not in self.meta:
                self.meta[name] = attrs["content"]
            if name == "article:tag" and attrs.get("content"):
                self.meta.setdefault("#tags", "")
                self.meta["#tags"] += attrs["content"] + "\n"
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            self.canonical = self.canonical or attrs.get("href", "")
        top = self.stack[-1]
        if top.tag == "head" and tag not in HEAD_TAGS:
            self.stack.pop()  # no </head>: the body starts here
        elif (top.tag == "p" and tag in BLOCK and tag != "br") or (tag == top.tag in ("li", "dt", "dd")):
            self.stack.pop()
        node = _Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)
        elif tag not in VOID:  # thousands of unclosed <font>: keep the text and block breaks, not the nesting
            node.tag = "#break" if tag in BLOCK else "#flat"
        if tag == "title" or (tag == "script" and "ld+json" in attrs.get("type", "")):
            self._raw = []

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                break
        if self._raw is not None and tag in ("title", "script"):
            (self.title if tag == "title" else self.ld_json).append("".join(self._raw))
            self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw.append(data)
        else:
            self.stack[-1].children.append(data)


def _measure(node: _Node) -> None:
    for child in node.children:
        if isinstance(child, str):
            node.size += len(child.strip())
        elif child.tag not in DROP:
            _measure(child)
            node.size += child.size
            node.keep = node.keep or child.keep or child.tag in ("h1", "article") or _is_container(child)


def _is_container(node: _Node) -> bool:
    compact = _tokens(node.attrs)[1]
    return (node.tag == "article" or node.attrs.get("itemprop", "").lower() == "articlebody"
            or any(h in compact for h in CONTAINER_HINTS))


def _tokens(attrs: dict[str, str]) -> tuple[set[str], str]:
    raw = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
    return set(re.split(r"[\s_\-]+", raw)) - {""}, re.sub(r"[\s_\-]+", "", raw)


class _Walker:
    def __init__(self, page: Page, total: int):
        self.page, self.total = page, total
        self.parts: list[tuple[str, bool]] = []  # (text, inside a link)
        self.gap = True
        self.containers = 0
        self.main_times: list[str] = []
        self.other_times: list[str] = []

    def walk(self, node: _Node, role: str = "", main: int = 0, link: bool = False, in_figure: bool = False):
        tag, attrs = node.tag, node.attrs
        tokens, compact = _tokens(attrs)
        if tag in DROP:
            return
        if not node.keep and node.size < 0.5 * self.total:
            if tokens & SKIP_TOKENS or tag == "footer" or (tag == "header" and not main):
                return
        new_role = self._role(tag, attrs, tokens, compact)
        if tag == "img":
            src = attrs.get("src") or attrs.get("data-src") or ""
            if src and not src.startswith("data:") and not self.page.image and (main or in_figure):
                self.page.image = src
            return
        if tag == "time" and attrs.get("datetime"):  # the article's own <time> before a sidebar's
            (self.main_times if main or _is_container(node) else self.other_times).append(attrs["datetime"])
        boundary = tag in BLOCK or (bool(new_role) and new_role != role) or tag == "#break"
        if tag == "br":
            had_text = any(t.strip() for t, _ in self.parts)
            self.flush(role, main)
            self.gap = not had_text
            return
        if boundary:
            self.flush(role, main)
        if tag == "#break":
            return
        if not main and _is_container(node):
            self.containers += 1
            main = self.containers
        role = new_role or role
        for child in node.children:
            if isinstance(child, str):
                self.parts.append((child, link or tag == "a"))
            else:
                self.walk(child, role, main, link or tag == "a", in_figure or tag == "figure")
        if boundary:
            self.flush(role, main)

    @staticmethod
    def _role(tag: str, attrs: dict[str, str], tokens: set[str], compact: str) -> str:
        if tag == "h1":
            return "h1"
        if tokens & SUBTITLE_TOKENS or "subtitle" in compact:
            return "subtitle"
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            return "h2"
        if tag == "figcaption" or "caption" in tokens:
            return "caption"
        if "dateline" in tokens:
            return "dateline"
        if (tokens & BYLINE_TOKENS or "author" in attrs.get("rel", "").lower().split()
                or attrs.get("itemprop", "").lower() == "author"):
            return "byline"
        if tag == "time":
            return "time"
        return ""

    def flush(self, role: str, main: int) -> None:
        text = clean_line("".join(t for t, _ in self.parts))
        if text:
            linked = len(clean_line("".join(t for t, in_link in self.parts if in_link)))
            self.page.blocks.append(Block(text, role, main, min(1.0, linked / len(text)), self.gap))
            self.gap = True
        self.parts = []


def parse_html(text: str) -> Page:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    _measure(builder.root)
    page = Page()
    walker = _Walker(page, builder.root.size)
    walker.walk(builder.root)
    walker.flush("", 0)
    meta = builder.meta
    page.urls = [u for u in (builder.canonical, meta.get("og:url", "")) if u]
    page.site_names = [n for n in (meta.get("og:site_name"), meta.get("application-name")) if n]
    page.title_hints = [h for h in (meta.get("og:title"), meta.get("twitter:title")) if h]
    for title in builder.title:
        title = clean_line(title)
        if title:
            page.title_hints.append(title)
            page.title_hints.extend(p for p in re.split(r"\s+[|\-–—:»]+\s+|\s*::\s*", title) if len(p) > 1)
    published = [meta[k] for k in PUBLISHED_META if meta.get(k)]
    page.tags = [t.strip() for t in meta.get("#tags", "").splitlines() if t.strip()]
    for raw in builder.ld_json:
        for item in _json_ld_objects(raw):
            types = item.get("@type")
            types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if types & ARTICLE_TYPES:
                _from_json_ld(page, item, published)
    page.published = published + walker.main_times + walker.other_times
    if meta.get("og:image") and not page.image:
        page.image = meta["og:image"]
    if not page.author and meta.get("article:author", "") and "://" not in meta["article:author"]:
        page.author = meta["article:author"]
    return page


def _from_json_ld(page: Page, item: dict, published: list[str]) -> None:
    if isinstance(item.get("headline"), str):
        page.title_hints.append(item["headline"])
    if isinstance(item.get("datePublished"), str):
        published.insert(0, item["datePublished"])
    entity = item.get("mainEntityOfPage")
    for url in (item.get("url"), entity.get("@id") if isinstance(entity, dict) else entity):
        if isinstance(url, str):
            page.urls.append(url)
    authors = item.get("author")
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, dict) and str(author.get("@type", "")).lower() == "person" and not page.author:
            page.author = clean_line(str(author.get("name", "")))


def _json_ld_objects(raw: str) -> list[dict]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return []
    found = []
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            found.extend(g for g in (graph if isinstance(graph, list) else []) if isinstance(g, dict))
    return found
