"""Video embeds from the platforms Nashra accepts, read from the URL an editor pastes.

Pure Python (no Django models): the CSP in :mod:`nashra.security.middleware` builds its ``frame-src``
from :data:`FRAME_HOSTS`, so a platform added here is allowed there and nowhere else.

An embed is shown as a click-to-load facade (``articles/blocks/embed.html`` + ``rich.js``): nothing is
requested from the platform until the reader clicks, so only the iframe's address (``embed_url``) and
the plain link for readers without JavaScript (``watch_url``) are built here — never a thumbnail URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

MAX_URL_LENGTH = 500


@dataclass(frozen=True)
class Platform:
    key: str
    label: str  # shown to readers («فيديو على يوتيوب»), translated in the template
    frame_host: str  # the only origin the iframe loads from


PLATFORMS = {
    "youtube": Platform("youtube", gettext_noop("يوتيوب"), "https://www.youtube-nocookie.com"),
    "facebook": Platform("facebook", gettext_noop("فيسبوك"), "https://www.facebook.com"),
    "x": Platform("x", gettext_noop("إكس"), "https://platform.twitter.com"),
    "tiktok": Platform("tiktok", gettext_noop("تيك توك"), "https://www.tiktok.com"),
}
#: What the reader CSP's ``frame-src`` allows: exactly the platforms' embed hosts.
FRAME_HOSTS = tuple(p.frame_host for p in PLATFORMS.values())


@dataclass(frozen=True)
class Embed:
    platform: Platform
    video_id: str
    watch_url: str  # the video on the platform (the no-JS link)
    embed_url: str  # the iframe's src, set by rich.js after the click


class EmbedError(ValueError):
    """The URL is not an accepted embed; ``str(error)`` is the Arabic message for the editor."""


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_DIGITS = re.compile(r"^[0-9]{5,25}$")
_FB_PATH = re.compile(r"^/(?:[A-Za-z0-9.\-]{1,80}/videos/(?:[^/]{1,120}/)?|reel/)([0-9]{5,25})/?$")
_X_PATH = re.compile(r"^/([A-Za-z0-9_]{1,15})/status/([0-9]{5,25})/?$")
_TIKTOK_PATH = re.compile(r"^/@([A-Za-z0-9_.]{1,40})/video/([0-9]{5,25})/?$")
# Anything that could turn into markup or script if it were ever echoed unescaped.
_UNSAFE = re.compile(r"[<>\"'`\s\\]|javascript:|data:|vbscript:", re.IGNORECASE)


def parse(url: str) -> Embed:
    """The embed for ``url`` or :class:`EmbedError` with the reason, in Arabic."""
    url = (url or "").strip()
    if not url:
        raise EmbedError(_("أدخل رابط الفيديو."))
    if len(url) > MAX_URL_LENGTH:
        raise EmbedError(_("رابط الفيديو أطول من %(limit)d حرف.") % {"limit": MAX_URL_LENGTH})
    if _UNSAFE.search(url):
        raise EmbedError(_("رابط الفيديو يحتوي على رموز أو شيفرة غير مسموح بها؛ الصق رابط الفيديو فقط."))
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.password or parts.port:
        raise EmbedError(_("رابط الفيديو يجب أن يبدأ بـ https:// ويشير إلى منصة مدعومة."))
    host = parts.hostname.lower().removeprefix("www.").removeprefix("m.")
    finder = _FINDERS.get(host)
    if finder is None:
        raise EmbedError(_("هذه المنصة غير مدعومة. المنصات المدعومة: يوتيوب وفيسبوك وإكس وتيك توك."))
    embed = finder(parts)
    if embed is None:
        raise EmbedError(_("لم نتعرّف على رابط فيديو في هذا العنوان من %(platform)s؛ انسخ رابط الفيديو نفسه.")
                         % {"platform": _(PLATFORMS[_HOST_PLATFORM[host]].label)})
    return embed


def _youtube(parts) -> Embed | None:
    host = parts.hostname.lower()
    path = parts.path
    if host.endswith("youtu.be"):
        video_id = path.strip("/")
    elif path == "/watch":
        video_id = (parse_qs(parts.query).get("v") or [""])[0]
    else:
        match = re.match(r"^/(?:shorts|embed|live)/([^/]+)/?$", path)
        video_id = match.group(1) if match else ""
    if not _YOUTUBE_ID.match(video_id):
        return None
    return Embed(PLATFORMS["youtube"], video_id, f"https://www.youtube.com/watch?v={video_id}",
                 f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1&rel=0")


def _facebook(parts) -> Embed | None:
    path = parts.path
    if path.rstrip("/") in {"/watch", "/watch/live"}:
        video_id = (parse_qs(parts.query).get("v") or [""])[0]
    else:
        match = _FB_PATH.match(path)
        video_id = match.group(1) if match else ""
    if not _DIGITS.match(video_id):
        return None
    watch = f"https://www.facebook.com/watch/?v={video_id}"
    return Embed(PLATFORMS["facebook"], video_id, watch,
                 f"https://www.facebook.com/plugins/video.php?href={quote(watch, safe='')}&autoplay=1")


def _x(parts) -> Embed | None:
    match = _X_PATH.match(parts.path)
    if not match:
        return None
    user, post_id = match.groups()
    return Embed(PLATFORMS["x"], post_id, f"https://x.com/{user}/status/{post_id}",
                 f"https://platform.twitter.com/embed/Tweet.html?id={post_id}")


def _tiktok(parts) -> Embed | None:
    match = _TIKTOK_PATH.match(parts.path)
    if not match:
        return None
    user, video_id = match.groups()
    return Embed(PLATFORMS["tiktok"], video_id, f"https://www.tiktok.com/@{user}/video/{video_id}",
                 f"https://www.tiktok.com/embed/v2/{video_id}")


_HOST_PLATFORM = {
    "youtube.com": "youtube", "youtu.be": "youtube", "youtube-nocookie.com": "youtube",
    "facebook.com": "facebook", "fb.com": "facebook",
    "x.com": "x", "twitter.com": "x",
    "tiktok.com": "tiktok",
}
_FINDERS = {host: {"youtube": _youtube, "facebook": _facebook, "x": _x, "tiktok": _tiktok}[key]
            for host, key in _HOST_PLATFORM.items()}
