"""``/api/v1/liveblogs/<id>/entries/``: a live blog's entries newest first (pinned ones marked, not
moved), ``?cursor=<entry id>`` for the next page, ``?since=<version>`` for what changed after a version
the client saw (entries edited or added, ids deleted), oldest change first."""

from __future__ import annotations

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy

from nashra.api.serializers import ERROR_MESSAGES
from nashra.api.views import ApiError, api_view, next_page_url, parse_limit, require_edition
from nashra.security.ratelimit import ratelimit

from .models import LiveBlogPage

MAX_ID = 2**63 - 1
# The API's error vocabulary, with this endpoint's own codes.
ERROR_MESSAGES.setdefault("liveblog_not_found", gettext_lazy("التغطية المباشرة غير موجودة في هذا الإصدار."))
ERROR_MESSAGES.setdefault("bad_since", gettext_lazy("قيمة since يجب أن تكون رقم إصدار (version) صحيحًا."))


def _number(value: str, code: str) -> int:
    if not value.isdigit() or not 0 <= int(value) <= MAX_ID:
        raise ApiError(code, 400)
    return int(value)


def entry_data(entry, request, blog) -> dict:
    url = blog.get_full_url(request)
    return {
        "id": entry.pk, "version": entry.version, "title": entry.title, "body_html": entry.body,
        "text": strip_tags(entry.body), "pinned": entry.pinned, "highlight": entry.highlight,
        "created_at": entry.created_at.isoformat(), "updated_at": entry.updated_at.isoformat(),
        "embed_url": entry.embed_url or None, "url": f"{url}#{entry.anchor}",
    }


@ratelimit("api", rate="120/m")
@api_view
def entries(request, blog_id: str):
    edition = require_edition(request)
    blog = LiveBlogPage.objects.live().filter(pk=_number(blog_id, "liveblog_not_found"), edition=edition).first()
    if blog is None:
        raise ApiError("liveblog_not_found", 404)
    limit = parse_limit(request.GET.get("limit"))
    head = {"liveblog": {"id": blog.pk, "title": blog.title, "state": blog.state, "version": blog.entries_version,
                         "url": blog.get_full_url(request)}}
    since = request.GET.get("since")
    if since is not None:
        changed, deleted = blog.changes_since(_number(since, "bad_since"), limit=limit)
        return {**head, "entries": [entry_data(e, request, blog) for e in changed], "deleted": deleted,
                "complete": len(changed) < limit and len(deleted) < limit}
    rows = blog.visible_entries().order_by("-id")
    if cursor := request.GET.get("cursor"):
        rows = rows.filter(id__lt=_number(cursor, "bad_cursor"))
    rows = list(rows[: limit + 1])
    next_cursor = str(rows[limit - 1].pk) if len(rows) > limit else None
    return {**head, "entries": [entry_data(e, request, blog) for e in rows[:limit]],
            "next": next_page_url(request, next_cursor)}
