"""Allow-list HTML cleaning for every path that brings rich text in.

Editors (Wagtail's rich-text editor), ``import-articles`` and the API all pass
through :func:`clean_html`, so a script, an event handler, a ``javascript:``
URL or inline style never reaches a reader page whatever door it came in by.
Wagtail's own storage format (``<a linktype="page" id="…">`` and
``<embed embedtype="image" …/>``) is kept so that editor links and images work.
"""

import html
import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "blockquote", "ul", "ol", "li", "a", "hr", "code", "embed", "figure", "figcaption", "bdi",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "linktype", "id", "title"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
    "p": {"dir"},
    "bdi": {"dir"},
    "blockquote": {"dir"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# nh3 serialises the void element as ``<embed …>``; Wagtail's rich-text
# rewriter only expands the self-closing ``<embed …/>`` form.
_EMBED = re.compile(r"<embed(\b[^>]*?)\s*/?>")
_LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def clean_html(value: str) -> str:
    """Return ``value`` with everything outside the allow-list removed."""
    if not value:
        return ""
    cleaned = nh3.clean(
        value.replace("\x00", ""),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()
    return _EMBED.sub(r"<embed\1/>", cleaned)


def looks_like_html(value: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(value or ""))


def text_to_html(value: str) -> str:
    """Plain text with blank-line paragraphs → escaped ``<p>`` paragraphs.

    A single line break inside a paragraph becomes ``<br>`` (scraped pages
    often separate the last paragraphs with one newline only).
    """
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split((value or "").replace("\x00", "").replace("\r\n", "\n"))]
    out = []
    for para in paragraphs:
        if para:
            lines = [html.escape(line.strip()) for line in para.split("\n") if line.strip()]
            out.append("<p>" + "<br>".join(lines) + "</p>")
    return "".join(out)


def body_to_html(value: str) -> str:
    """Accept either HTML or plain text (as ``import-articles`` does) and clean it."""
    if looks_like_html(value):
        return clean_html(value)
    return text_to_html(value)
