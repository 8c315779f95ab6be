"""Agency files read into :class:`WireStory` records: RSS/Atom (feedparser), NewsML-G2 and NITF (lxml),
IPTC 7901 and plain text. Pure Python, no Django.

Every refusal is a :class:`WireError` with a code (``messages.py`` on the Django side says it in
Arabic), never an exception from the parser escaping to the poller. XML is read with entities, DTDs
and the network switched off, and no file larger than the caller's cap is looked at.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from lxml import etree
from lxml import html as lxml_html

from .encodings import decode_text
from .errors import WireError

#: The largest file or response read (bytes): a 50 MB "feed" is refused, not parsed.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
#: The longest item body kept (characters); a longer one is refused alone, its neighbours are kept.
MAX_ITEM_CHARS = 100_000
MAX_TITLE_CHARS = 300

RSS, NEWSML, NITF, TEXT = "rss", "newsml", "nitf", "text"
FORMATS = (RSS, NEWSML, NITF, TEXT)


@dataclasses.dataclass
class WireStory:
    guid: str
    title: str
    paragraphs: list[str]
    version: int = 1
    dateline: str = ""
    byline: str = ""
    located: str = ""
    credit: str = ""
    published: datetime | None = None
    link: str = ""
    format: str = TEXT
    images: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (href, caption)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def content_hash(self) -> str:
        return hashlib.sha1(f"{self.title}\n{self.dateline}\n{self.body}".encode()).hexdigest()


@dataclasses.dataclass
class ParseResult:
    stories: list[WireStory]
    problems: list[WireError]  # items refused one by one (a huge body); the others are in ``stories``


_SPACES = re.compile(r"[ \t\u00a0\u200f\u200e]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_line(text: str | None) -> str:
    return _SPACES.sub(" ", _CONTROL.sub("", text or "")).strip()


def sniff(data: bytes) -> str:
    """The format of ``data`` from its first bytes; an HTML page is refused."""
    head = data[:4096].lower()
    if b"\x00" in head[:200]:  # UTF-16 XML: decode the head to look at it
        for codec in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                head = head.decode(codec).encode("utf-8")
                break
            except UnicodeDecodeError:
                continue
    if b"iptc.org/std/nar" in head or b"<newsmessage" in head or b"<newsitem" in head:
        return NEWSML
    if b"<nitf" in head:
        return NITF
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return RSS
    if b"<html" in head or b"<!doctype html" in head or b"<body" in head:
        raise WireError("html")
    if head.lstrip().startswith(b"<"):
        raise WireError("unknown_xml")
    return TEXT


def parse_document(data: bytes, *, encoding: str = "", name: str = "", fmt: str = "") -> ParseResult:
    """Stories of one file or response. ``encoding`` forces a character set for files that do not
    declare one (plain text), ``name`` is the file name (the id of a plain-text story)."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise WireError("too_large", limit_mb=MAX_DOCUMENT_BYTES // (1024 * 1024))
    if not data.strip():
        raise WireError("empty")
    fmt = fmt or sniff(data)
    if fmt != TEXT and b"encoding=" in data[:200]:
        encoding = ""  # the XML declaration names its own set; the source's setting is for files without
    if fmt == RSS:
        stories = _parse_feed(data, encoding)
    elif fmt in (NEWSML, NITF):
        root = _xml_root(data, encoding)
        stories = _parse_newsml(root) if fmt == NEWSML else [_parse_nitf(root)]
    else:
        stories = [parse_text(decode_text(data, encoding), name)]
    kept, problems = [], []
    for story in stories:
        if len(story.body) > MAX_ITEM_CHARS:
            problems.append(WireError("item_too_large", title=story.title[:80], limit=MAX_ITEM_CHARS))
        elif not story.title and not story.paragraphs:
            continue
        else:
            story.title = (story.title or story.paragraphs[0])[:MAX_TITLE_CHARS]
            story.format = fmt
            kept.append(story)
    if not kept and not problems:
        raise WireError("no_items")
    return ParseResult(kept, problems)


# --- XML --------------------------------------------------------------------------------------------

def _xml_root(data: bytes, encoding: str):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, encoding=encoding or None)
    try:
        root = etree.fromstring(data, parser)
    except LookupError as exc:  # lxml names an encoding it does not know
        raise WireError("unknown_encoding", encoding=str(exc)[:60]) from exc
    except etree.XMLSyntaxError as exc:
        message = str(exc)
        if "encoding" in message.lower() and "unsupported" in message.lower():
            raise WireError("unknown_encoding", encoding=encoding or "?") from exc
        raise WireError("malformed_xml", line=exc.lineno or 0) from exc
    if root is None:
        raise WireError("malformed_xml", line=0)
    return root


def _local(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(el, *names):
    """The first descendant whose local name is one of ``names`` (namespaces ignored)."""
    for node in el.iter():
        if _local(node) in names:
            return node
    return None


def _findall(el, name):
    return [node for node in el.iter() if _local(node) == name]


def _text(el) -> str:
    return clean_line(" ".join(el.itertext())) if el is not None else ""


def _paragraphs(el) -> list[str]:
    """Paragraph texts under ``el`` (``<p>`` of NITF or XHTML); its whole text when it has none."""
    if el is None:
        return []
    found = [_text(p) for p in el.iter() if _local(p) == "p"]
    found = [p for p in found if p]
    return found or [p for p in (clean_line(x) for x in "".join(el.itertext()).split("\n\n")) if p]


def _date(value: str) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    for candidate in (value, value.replace("Z", "+00:00")):
        try:
            parsed = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    match = re.fullmatch(r"(\d{8})T(\d{6})([+-]\d{4}|Z)?", value)  # NITF's compact ISO 8601
    if match:
        zone = match.group(3) or "+0000"
        zone = "+0000" if zone == "Z" else zone
        try:
            return datetime.strptime(match.group(1) + match.group(2) + zone, "%Y%m%d%H%M%S%z")
        except ValueError:
            return None
    return None


def _int(value, default=1) -> int:
    try:
        return max(1, int(str(value).strip()))
    except (TypeError, ValueError):
        return default


def _parse_newsml(root) -> list[WireStory]:
    items = _findall(root, "newsItem") or ([root] if _local(root) == "newsItem" else [])
    stories = []
    for item in items:
        located = _find(item, "located")
        located_name = _text(_find(located, "name")) if located is not None else ""
        dateline = _text(_find(item, "dateline")) or located_name
        body = _find(item, "inlineXML", "body.content", "body")
        paragraphs = _paragraphs(body)
        embedded = _find(item, "nitf")
        if embedded is not None and not dateline:
            dateline = _nitf_dateline(embedded)
        stories.append(WireStory(
            guid=item.get("guid") or "", version=_int(item.get("version")),
            title=_text(_find(item, "headline")) or _text(_find(item, "hl1")),
            paragraphs=paragraphs, dateline=dateline, located=located_name,
            byline=_text(_find(item, "by")) or _text(_find(item, "byline")),
            credit=_text(_find(item, "creditline")),
            published=_date(_text(_find(item, "firstCreated")) or _text(_find(item, "versionCreated"))),
            images=_xml_images(item),
        ))
    if not stories:
        raise WireError("no_items")
    missing = [s for s in stories if not s.guid]
    for story in missing:
        story.guid = "sha1:" + story.content_hash()
    return stories


def _xml_images(root) -> list[tuple[str, str]]:
    """Pictures a NewsML-G2 item (``remoteContent``) or a NITF file (``media-reference``) points at."""
    found = []
    for node in root.iter():
        name = _local(node)
        if name == "remoteContent" and (node.get("contenttype", "").startswith("image/")
                                        or node.get("rendition", "").startswith("rnd:")):
            found.append((node.get("href", ""), ""))
        elif name == "media" and node.get("media-type", "image") == "image":
            ref = _find(node, "media-reference")
            if ref is not None:
                found.append((ref.get("source", ""), _text(_find(node, "media-caption"))))
    return [(href.strip(), caption) for href, caption in found if href.strip()][:5]


def _nitf_dateline(root) -> str:
    dateline = _find(root, "dateline")
    if dateline is None:
        return ""
    city = _find(dateline, "city", "location")
    return _text(city) or _text(dateline)


def _parse_nitf(root) -> WireStory:
    doc_id = _find(root, "doc-id")
    du_key = _find(root, "du-key")
    issued = _find(root, "date.issue")
    guid = doc_id.get("id-string", "") if doc_id is not None else ""
    story = WireStory(
        guid=guid, version=_int(du_key.get("version") if du_key is not None else 1),
        title=_text(_find(root, "hl1")) or _text(_find(root, "title")),
        paragraphs=_paragraphs(_find(root, "body.content")),
        dateline=_nitf_dateline(root), byline=_text(_find(root, "byline")),
        located=_text(_find(root, "city")), credit=_text(_find(root, "distributor")),
        published=_date(issued.get("norm", "") if issued is not None else ""), images=_xml_images(root),
    )
    if not story.guid:
        story.guid = "sha1:" + story.content_hash()
    return story


# --- RSS / Atom -------------------------------------------------------------------------------------

def _parse_feed(data: bytes, encoding: str) -> list[WireStory]:
    import feedparser  # imported here: feedparser is slow to import and only feeds need it

    headers = {"content-type": f"application/xml; charset={encoding}"} if encoding else {}
    feed = feedparser.parse(data, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    entries = feed.get("entries") or []
    if not entries:
        if not feed.get("version") and b"<html" in data[:4096].lower():
            raise WireError("html")
        if feed.get("bozo"):
            raise WireError("malformed_xml", line=getattr(feed.get("bozo_exception"), "getLineNumber",
                                                           lambda: 0)())
        raise WireError("no_items")
    stories = []
    for entry in entries:
        content = entry.get("content") or []
        body_html = content[0].get("value", "") if content else entry.get("summary", "")
        paragraphs = html_paragraphs(body_html)
        dateline, paragraphs = split_dateline(paragraphs)
        guid = entry.get("id") or entry.get("link") or ""
        story = WireStory(
            guid=guid, title=clean_line(entry.get("title", "")), paragraphs=paragraphs, dateline=dateline,
            byline=clean_line(entry.get("author", "")), link=entry.get("link", ""),
            published=_feed_date(entry.get("published") or entry.get("updated") or ""),
            images=[(e.get("href", ""), "") for e in entry.get("enclosures", [])
                    if e.get("type", "").startswith("image/") and e.get("href")][:5],
        )
        if not story.guid:
            story.guid = "sha1:" + story.content_hash()
        stories.append(story)
    return stories


def _feed_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return _date(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def html_paragraphs(fragment: str) -> list[str]:
    """Plain paragraphs of an HTML fragment (feeds carry HTML in their description)."""
    if not fragment or not fragment.strip():
        return []
    if "<" not in fragment:
        return [p for p in (clean_line(x) for x in fragment.split("\n\n")) if p]
    try:
        tree = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return [clean_line(re.sub(r"<[^>]*>", " ", fragment))]
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    blocks = [clean_line(el.text_content()) for el in tree.iter("p", "li", "h2", "h3")]
    blocks = [b for b in blocks if b]
    return blocks or [p for p in (clean_line(x) for x in tree.text_content().split("\n\n")) if p]


# --- IPTC 7901 and plain text ---------------------------------------------------------------------

SOH, STX, ETX, EOT = "\x01", "\x02", "\x03", "\x04"
# «القاهرة - أ ش أ:», «عمان (بترا) -», «الرياض في 4 ديسمبر /واس/»: the place before the first dash,
# parenthesis or slash of the first paragraph, at most four words.
_DATELINE = re.compile(r"^\s*((?:[^\s\-–—/(:\u060c.]+\s?){1,4}?)\s*(?:\u0641\u064a\s+\d{1,2}\s+\S+\s*)?[-–—/(]")


def split_dateline(paragraphs: list[str]) -> tuple[str, list[str]]:
    """(dateline, paragraphs): the place an agency writes at the head of its first paragraph."""
    if not paragraphs:
        return "", paragraphs
    match = _DATELINE.match(paragraphs[0])
    return (match.group(1).strip(), paragraphs) if match else ("", paragraphs)


def parse_text(text: str, name: str = "") -> WireStory:
    """A 7901 message (SOH header STX text ETX EOT) or a plain text file: the first line the headline."""
    header = ""
    if STX in text:
        header, text = text.split(STX, 1)
        text = text.split(ETX, 1)[0]
    text = text.replace(EOT, "").replace(SOH, "").replace("\r\n", "\n").replace("\r", "\n")
    header_lines = [clean_line(x) for x in header.replace(SOH, "").splitlines() if clean_line(x)]
    header_lines = [x for x in header_lines if x not in ("ZCZC", "NNNN")]
    lines = [clean_line(x) for x in text.split("\n")]
    blocks, current = [], []
    for line in lines + [""]:
        if line and line != "NNNN":
            current.append(line)
        elif current:
            blocks.append(" ".join(current))
            current = []
    guid, version = name, 1
    if header_lines:  # «MNA0123 3 POL 0245 v2»: message number, priority, category, words, version
        fields = header_lines[0].split()
        guid = fields[0]
        for field in fields[1:]:
            if re.fullmatch(r"[vV]\d{1,3}", field):
                version = int(field[1:])
    title = ""
    if len(header_lines) > 1:
        title = header_lines[1]
    elif blocks and len(blocks) > 1 and len(blocks[0]) <= MAX_TITLE_CHARS:
        title = blocks.pop(0)
    dateline, blocks = split_dateline(blocks)
    story = WireStory(guid=guid, title=title, paragraphs=blocks, version=version, dateline=dateline)
    if not story.guid:
        story.guid = "sha1:" + story.content_hash()
    return story
