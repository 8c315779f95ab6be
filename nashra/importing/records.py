"""Parsing and validating one ``import-articles`` line (BRIEF §4.3).

Pure checks with no database access, so the rules can be read and tested on
their own; :mod:`nashra.importing.services` writes what passes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.core.validators import slug_unicode_re
from django.utils.translation import gettext as _

from nashra.core.html import body_to_html, looks_like_html
from nashra.core.limits import EARLIEST_YEAR, LATEST_YEAR, MAX_BODY_CHARACTERS, year_in_range

MAX_EXTERNAL_ID = 200
MAX_TITLE = 255
MAX_SUBTITLE = 300
MAX_DATELINE = 80
MAX_AUTHOR_NAME = 120
MAX_TAG = 100
MAX_CAPTION = 300
MAX_CREDIT = 150
MAX_BODY = MAX_BODY_CHARACTERS
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# «A و B» or «A، B»: the conjunction only as a word of its own, so names that
# begin with و (وليد، وفاء) are never cut.
_BYLINE_SEPARATORS = re.compile(r"\s+و\s+|[،,؛;]")
_TAG_SEPARATORS = re.compile(r"[،,]")
# Only to word the warning: the cleaning itself is nh3's allow-list. Looking at
# the tags alone is ten times faster than scanning a whole article body.
_TAG = re.compile(r"<[^<>]*>?")
_UNSAFE_TAG = re.compile(
    r"^<\s*/?\s*(?:script|style|iframe|object|applet|form|svg|math|meta|link|base)\b"
    r"|\son[a-z]+\s*="
    r"|(?:java|vb)script\s*:"
    r"|data\s*:\s*text/html",
    re.IGNORECASE,
)



# --- parsing and validation ---------------------------------------------------------------


class LineError(ValueError):
    """A line that cannot be imported; the message says why, for the operator."""


@dataclass
class _Unparsable:
    message: str


@dataclass
class ImageSpec:
    path: str | None = None
    url: str | None = None
    caption: str | None = None
    credit: str | None = None


@dataclass
class Record:
    """A validated line. ``None`` means the key was absent."""

    line_no: int
    external_id: str
    title: str
    section_slug: str
    section_name: str | None = None
    published_at: datetime | None = None
    subtitle: str | None = None
    body: str | None = None
    dateline: str | None = None
    authors: list[str] | None = None
    tags: list[str] | None = None
    image: ImageSpec | None = None
    breaking: bool | None = None
    breaking_until: datetime | None = None
    warnings: list[str] = field(default_factory=list)


def _parse_lines(lines: Iterable[str | bytes], start: int = 1) -> Iterator[tuple[int, object]]:
    for line_no, raw in enumerate(lines, start=start):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                message = _("السطر ليس نصًّا بترميز UTF-8 (البايت %(pos)d)") % {"pos": exc.start}
                yield line_no, _Unparsable(message)
                continue
        text = raw.lstrip("\ufeff").strip() if line_no == 1 else raw.strip()
        if not text:
            continue
        try:
            yield line_no, json.loads(text)
        except json.JSONDecodeError as exc:
            yield line_no, _Unparsable(
                _("JSON غير صالح: %(reason)s (العمود %(col)d)") % {"reason": exc.msg, "col": exc.colno}
            )
        except RecursionError:
            yield line_no, _Unparsable(_("JSON غير صالح: تداخل عميق جدًّا"))


def validate_record(line_no: int, obj: object) -> Record:
    """Check one parsed line and normalise its values; raise :class:`LineError` if it cannot go in."""
    if isinstance(obj, _Unparsable):
        raise LineError(obj.message)
    if not isinstance(obj, dict):
        raise LineError(_("السطر ليس كائن JSON (object) بل %(kind)s") % {"kind": _json_kind(obj)})

    external_id = obj.get("external_id")
    if isinstance(external_id, int) and not isinstance(external_id, bool):
        external_id = str(external_id)
    if external_id is None or (isinstance(external_id, str) and not external_id.strip()):
        raise LineError(_("الحقل «external_id» مطلوب"))
    if not isinstance(external_id, str):
        raise LineError(_("الحقل «external_id» يجب أن يكون نصًّا"))
    external_id = external_id.strip()
    if len(external_id) > MAX_EXTERNAL_ID:
        raise LineError(_too_long("external_id", MAX_EXTERNAL_ID))

    title = _text(obj, "title", MAX_TITLE, required=True)
    section_slug = _text(obj, "section", 255, required=True)
    if not slug_unicode_re.match(section_slug):
        raise LineError(
            _("الحقل «section» ليس معرّف قسم صالحًا (slug): «%(value)s» — حروف وأرقام و- و_ فقط")
            % {"value": _shorten(section_slug)}
        )
    record = Record(
        line_no=line_no,
        external_id=external_id,
        title=title,
        section_slug=section_slug,
        section_name=_text(obj, "section_name", 255),
        published_at=_moment(obj, "published_at"),
        subtitle=_text(obj, "subtitle", MAX_SUBTITLE, blank=True),
        dateline=_text(obj, "dateline", MAX_DATELINE, blank=True),
        authors=_authors(obj),
        tags=_tags(obj),
        image=_image(obj),
        breaking=_boolean(obj, "breaking"),
        breaking_until=_moment(obj, "breaking_until"),
    )
    if "body" in obj and obj["body"] is not None:
        raw = obj["body"]
        if not isinstance(raw, str):
            raise LineError(_("الحقل «body» يجب أن يكون نصًّا (HTML أو نصًّا عاديًّا)"))
        if len(raw) > MAX_BODY:
            raise LineError(_too_long("body", MAX_BODY))
        raw = _CONTROL.sub("", raw)
        record.body = body_to_html(raw)
        if looks_like_html(raw) and _has_unsafe_html(raw):
            record.warnings.append(
                _("أُزيل من «body» محتوى غير آمن (سكربت أو معالجات أحداث أو روابط javascript:)؛ "
                  "استُورد الخبر بدونه")
            )
        if raw.strip() and not record.body:
            record.warnings.append(_("الحقل «body» صار فارغًا بعد التنظيف"))
    return record


def _has_unsafe_html(raw: str) -> bool:
    return any(_UNSAFE_TAG.search(tag.group()) for tag in _TAG.finditer(raw))


def _json_kind(obj: object) -> str:
    return {list: _("مصفوفة"), str: _("نص"), int: _("رقم"), float: _("رقم"), bool: _("قيمة منطقية")}.get(
        type(obj), "null" if obj is None else type(obj).__name__
    )


def _shorten(value: str, size: int = 40) -> str:
    return value if len(value) <= size else value[:size] + "…"


def _too_long(key: str, limit: int) -> str:
    return _("الحقل «%(key)s» أطول من %(limit)d حرفًا") % {"key": key, "limit": limit}


def _text(obj: dict, key: str, limit: int, *, required: bool = False, blank: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise LineError(_("الحقل «%(key)s» مطلوب") % {"key": key})
        return None
    if not isinstance(value, str):
        raise LineError(_("الحقل «%(key)s» يجب أن يكون نصًّا") % {"key": key})
    value = " ".join(_CONTROL.sub("", value).split())
    if not value and not blank:
        if required:
            raise LineError(_("الحقل «%(key)s» مطلوب") % {"key": key})
        return None
    if len(value) > limit:
        raise LineError(_too_long(key, limit))
    return value


def _moment(obj: dict, key: str) -> datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise LineError(_("الحقل «%(key)s» يجب أن يكون تاريخًا بصيغة ISO 8601 نصًّا") % {"key": key})
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise LineError(
            _("الحقل «%(key)s» ليس تاريخًا بصيغة ISO 8601: «%(value)s»")
            % {"key": key, "value": _shorten(value)}
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise LineError(
            _("الحقل «%(key)s» بلا فرق توقيت: «%(value)s» — أضف مثلًا +02:00 أو Z")
            % {"key": key, "value": _shorten(value)}
        )
    if not year_in_range(moment):
        raise LineError(
            _("الحقل «%(key)s» خارج المدى المقبول (من سنة %(first)d إلى %(last)d): «%(value)s»")
            % {"key": key, "first": EARLIEST_YEAR, "last": LATEST_YEAR, "value": _shorten(value)}
        )
    return moment


def _boolean(obj: dict, key: str) -> bool | None:
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise LineError(_("الحقل «%(key)s» يجب أن يكون true أو false") % {"key": key})


def _authors(obj: dict) -> list[str] | None:
    value = obj.get("byline")
    if value is None:
        return None
    if isinstance(value, str):
        parts = _BYLINE_SEPARATORS.split(value)
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        parts = value
    else:
        raise LineError(_("الحقل «byline» يجب أن يكون نصًّا (أو قائمة أسماء)"))
    names = list(dict.fromkeys(n for n in (" ".join(p.split()) for p in parts) if n))
    for name in names:
        if len(name) > MAX_AUTHOR_NAME:
            raise LineError(
                _("اسم في «byline» أطول من %(limit)d حرفًا: «%(name)s»")
                % {"limit": MAX_AUTHOR_NAME, "name": _shorten(name)}
            )
    return names


def _tags(obj: dict) -> list[str] | None:
    value = obj.get("tags")
    if value is None:
        return None
    if isinstance(value, str):
        value = _TAG_SEPARATORS.split(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LineError(_("الحقل «tags» يجب أن يكون قائمة نصوص"))
    tags = list(dict.fromkeys(t for t in (" ".join(v.split()) for v in value) if t))
    for tag in tags:
        if len(tag) > MAX_TAG:
            raise LineError(_("وسم في «tags» أطول من %(limit)d حرفًا: «%(tag)s»") % {
                "limit": MAX_TAG, "tag": _shorten(tag)})
    return tags


def _image(obj: dict) -> ImageSpec | None:
    value = obj.get("image")
    if value is None:
        return None
    if not isinstance(value, dict):
        raise LineError(_("الحقل «image» يجب أن يكون كائنًا فيه «path» أو «url»"))
    spec = ImageSpec(
        path=_text(value, "path", 1024),
        url=_text(value, "url", 2048),
        caption=_text(value, "caption", MAX_CAPTION, blank=True),
        credit=_text(value, "credit", MAX_CREDIT, blank=True),
    )
    if spec.path is None and spec.url is None and spec.caption is None and spec.credit is None:
        raise LineError(_("الحقل «image» يجب أن يحوي «path» أو «url»"))
    return spec
