"""``LiveBlogPosting`` structured data (schema.org, Google's live-blog guidance)."""

from __future__ import annotations

import json

from django.utils.html import strip_tags


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None  # aware datetimes: ISO 8601 with the offset


def live_blog_posting(blog, request, entries) -> str:
    url = blog.get_full_url(request)
    start = blog.coverage_start or blog.first_published_at
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": blog.title,
        "url": url,
        "mainEntityOfPage": url,
        "coverageStartTime": _iso(start),
        "datePublished": _iso(start),
        "dateModified": _iso(max([e.updated_at for e in entries], default=None) or blog.last_published_at),
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": e.title or strip_tags(e.body)[:110],
             "datePublished": _iso(e.created_at), "dateModified": _iso(e.updated_at),
             "url": f"{url}#{e.anchor}", "articleBody": strip_tags(e.body)}
            for e in entries
        ],
    }
    if blog.coverage_end:
        data["coverageEndTime"] = _iso(blog.coverage_end)
    # «</» never closes the script element the template puts this in.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
