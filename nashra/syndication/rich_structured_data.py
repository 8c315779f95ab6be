"""The NewsArticle's gallery pictures (``image`` list) and videos (``video``: VideoObject) from the
article's blocks (nashra/articles/rich_data.py). Every thumbnail is on our host: the editor's poster
or our drawn placeholder, never the platform's picture."""

from __future__ import annotations

from nashra.articles import rich_data

from . import sources


def gallery_image_urls(article, request) -> list[str]:
    urls = []
    for gallery in rich_data.galleries(article):
        for picture in gallery.pictures:
            url = request.build_absolute_uri(picture.url)
            if url not in urls:
                urls.append(url)
    return urls


def video_objects(article, edition, request) -> list[dict]:
    uploaded = article.first_published_at or article.published_at
    upload_date = uploaded and sources.local(uploaded, edition)
    result = []
    for video in rich_data.videos(article):
        data = {
            "@type": "VideoObject",
            "name": video.title,
            "description": video.caption or video.title,
            "thumbnailUrl": [request.build_absolute_uri(video.poster.url)] if video.poster else [],
            "inLanguage": "ar",
        }
        if upload_date:
            data["uploadDate"] = upload_date.isoformat(timespec="seconds")
        if video.kind == "file":
            data["contentUrl"] = request.build_absolute_uri(video.content_url)
            data["encodingFormat"] = video.mime_type
        else:
            data["embedUrl"] = video.embed_url
            data["url"] = video.watch_url
        result.append(data)
    return result
