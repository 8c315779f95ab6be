"""The update channel: ``<blog>/updates/`` answers the entries changed in the last changes, as
rendered HTML, with the blog's version as ETag (``If-None-Match`` → 304). One URL for every reader,
so the page cache (purged on each change) and the nginx front serve it; ``?since=<version>`` narrows
the answer for API-style clients."""

from __future__ import annotations

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string

from .services import changes_since

WINDOW = 50  # changes the shared answer covers; a reader further behind reloads the page


def etag_of(blog) -> str:
    return f'"lb-{blog.pk}-{blog.entries_version}"'


def updates(request, blog):
    etag = etag_of(blog)
    if etag in request.META.get("HTTP_IF_NONE_MATCH", ""):
        response = HttpResponse(status=304)
        response["ETag"] = etag
        return response
    since = request.GET.get("since", "")
    if since and not since.isdigit():
        return HttpResponseBadRequest()
    version = blog.entries_version
    oldest = max(0, version - WINDOW)
    start = max(int(since), oldest) if since else oldest
    entries, deleted = changes_since(blog, start)
    response = JsonResponse({
        "version": version,
        "covers_from": oldest,
        "state": blog.state,
        "entries": [
            {"id": e.pk, "version": e.version, "pinned": e.pinned,
             "html": render_to_string("liveblog/entry.html", {"entry": e, "page": blog}, request)}
            for e in entries
        ],
        "deleted": deleted,
    }, json_dumps_params={"ensure_ascii": False})
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=5"
    return response
