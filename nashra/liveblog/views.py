"""The update channel: ``<blog>/updates/`` answers the entries changed in the last changes, as
rendered HTML, with the blog's version as ETag (``If-None-Match`` → 304). One URL for every reader,
so the page cache (purged on each change; it answers ``If-None-Match`` itself, without calling this
view) and the nginx front serve it; ``?since=<version>`` narrows the answer for API-style clients."""

from __future__ import annotations

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotAllowed, JsonResponse
from django.template.loader import render_to_string

from nashra.delivery.conditional import etag_matches

WINDOW = 50  # changes the shared answer covers; a reader further behind reloads the page


def etag_of(blog) -> str:
    return f'"lb-{blog.pk}-{blog.entries_version}"'


def updates(request, blog):
    if request.method not in ("GET", "HEAD"):  # read-only; and a POST is never answered 304
        return HttpResponseNotAllowed(["GET", "HEAD"])
    etag = etag_of(blog)
    if etag_matches(request.META.get("HTTP_IF_NONE_MATCH", ""), etag):
        response = HttpResponse(status=304)
        response["ETag"] = etag
        return response
    since = request.GET.get("since", "")
    if since and not since.isdigit():
        return HttpResponseBadRequest()
    version = blog.entries_version
    oldest = max(0, version - WINDOW)
    start = max(int(since), oldest) if since else oldest
    entries, deleted = blog.changes_since(start)
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


FEED_SIZE = 50


def feed(request, blog):
    """RSS 2.0, one item per entry (the newest fifty), each linking to its anchor on the page."""
    from django.utils.feedgenerator import Rss201rev2Feed
    from django.utils.html import strip_tags

    url = blog.get_full_url(request)
    rss = Rss201rev2Feed(title=blog.title, link=url, description=strip_tags(blog.summary)[:500] or blog.title,
                         language="ar", feed_url=f"{url}feed/")
    for entry in blog.visible_entries().order_by("-id")[:FEED_SIZE]:
        rss.add_item(title=entry.title or strip_tags(entry.body)[:110], link=f"{url}#{entry.anchor}",
                     description=entry.body, unique_id=f"{url}#{entry.anchor}", pubdate=entry.created_at,
                     updateddate=entry.updated_at)
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    rss.write(response, "utf-8")
    return response
