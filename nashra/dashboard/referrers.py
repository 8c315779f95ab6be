"""Where a reader came from, as one of five kinds, from the referring page's hostname alone.

The beacon sends only the hostname of ``document.referrer`` (no path, no query), so nothing a
reader typed into a search engine or a chat reaches the server. Pure Python, no Django.
"""

from __future__ import annotations

DIRECT, SEARCH, SOCIAL, INTERNAL, OTHER = 0, 1, 2, 3, 4
KINDS = (DIRECT, SEARCH, SOCIAL, INTERNAL, OTHER)
#: Column names of the roll-ups, in kind order.
COLUMNS = ("direct", "search", "social", "internal", "other")

# A host matches an entry when it is the entry or ends with "." + entry; entries ending in "."
# match any top-level domain (google.com.eg, google.co.uk …).
_SEARCH = ("google.", "bing.com", "yahoo.com", "search.yahoo.com", "duckduckgo.com", "yandex.", "baidu.com",
           "ecosia.org", "qwant.com", "search.brave.com", "startpage.com", "ask.com", "naver.com", "seznam.cz")
_SOCIAL = ("facebook.com", "fb.com", "fb.me", "t.co", "twitter.com", "x.com", "instagram.com", "linkedin.com",
           "lnkd.in", "reddit.com", "youtube.com", "youtu.be", "tiktok.com", "t.me", "telegram.org",
           "telegram.me", "wa.me", "whatsapp.com", "snapchat.com", "pinterest.com", "threads.net",
           "bsky.app", "mastodon.social", "vk.com", "ok.ru")
MAX_HOST = 253


def clean_host(raw: str) -> str:
    """A hostname as the beacon may send it, lower-cased, without port or trailing dot; "" if it is not one."""
    host = (raw or "").strip().lower().rstrip(".")
    if host.startswith("[") or len(host) > MAX_HOST:
        return ""
    host = host.split(":", 1)[0]
    if not host or not all(ch.isalnum() or ch in "-." for ch in host) or not host.isascii():
        return ""
    return host


def _matches(host: str, entry: str) -> bool:
    if entry.endswith("."):
        return host.startswith(entry) or f".{entry}" in f".{host}"
    return host == entry or host.endswith("." + entry)


def kind_of(referrer_host: str, own_hosts: frozenset[str] | set[str] = frozenset()) -> int:
    """DIRECT for no referrer, INTERNAL for one of the network's own hosts, then SEARCH, SOCIAL or OTHER."""
    host = clean_host(referrer_host)
    if not host:
        return DIRECT
    if host in own_hosts or host.removeprefix("www.") in own_hosts:
        return INTERNAL
    if any(_matches(host, entry) for entry in _SEARCH):
        return SEARCH
    if any(_matches(host, entry) for entry in _SOCIAL):
        return SOCIAL
    return OTHER
