"""``blocks`` of ``articles/<id>/``: the article's galleries, videos, embeds, pull quotes and related
stories, in the order the editor placed them (nashra/articles/rich_data.py gives the data)."""

from __future__ import annotations

from nashra.articles import rich_data


def _picture(p, request) -> dict | None:
    if p is None:
        return None
    return {"url": request.build_absolute_uri(p.url), "width": p.width, "height": p.height,
            "caption": p.caption, "credit": p.credit}


def _absolute(url, request):
    return request.build_absolute_uri(url) if url else None


def article_blocks(article, request) -> list[dict]:
    stream = getattr(article, "extras", None)
    if not stream or not stream.raw_data:
        return []
    result = []
    for child in stream:
        kind, value = child.block_type, child.value
        if kind == "gallery":
            gallery = rich_data.gallery_from(value)
            result.append({"type": "gallery", "title": gallery.title, "after_paragraph": gallery.after_paragraph,
                           "images": [_picture(p, request) for p in gallery.pictures]})
        elif kind in ("video", "embed"):
            video = rich_data.video_from(kind, value)
            if video is None:
                continue
            result.append({
                "type": kind, "title": video.title, "caption": video.caption,
                "after_paragraph": video.after_paragraph, "poster": _picture(video.poster, request),
                "content_url": _absolute(video.content_url, request), "mime_type": video.mime_type,
                "captions_url": _absolute(video.captions_url, request),
                "platform": video.platform, "watch_url": video.watch_url, "embed_url": video.embed_url,
            })
        elif kind == "pull_quote":
            result.append({"type": "pull_quote", "quote": value["quote"], "attribution": value.get("attribution") or "",
                           "after_paragraph": value.get("after_paragraph")})
        elif kind == "related":
            stories = [page for page in value["articles"]
                       if page is not None and page.live and page.edition_id == article.edition_id]
            result.append({"type": "related", "title": value.get("title") or "",
                           "after_paragraph": value.get("after_paragraph"),
                           "articles": [{"id": page.pk, "title": page.title, "url": page.get_full_url(request)}
                                        for page in stories]})
    return result

