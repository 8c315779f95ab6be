"""Sitemaps of an edition: an index, article pages, sections, Google News.

Article sitemaps are fixed id ranges: ``articles-<n>.xml`` holds the edition's
live articles with ``(n-1)·PAGE ≤ id < n·PAGE``. A page is one primary-key range
scan, whatever the archive size, and an article never moves to another page
(new articles only ever land in the last pages), so crawlers see old pages
unchanged. The index finds the non-empty ranges by a skip scan (one index
seek per range, cached for a few minutes); an empty or out-of-range page is a 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import Max
from django.http import Http404
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from wagtail.images import get_image_model

from nashra.api.serializers import IMAGE_FILTER
from nashra.articles.listings import live_articles
from nashra.articles.models import ArticlePage, SectionPage
from nashra.articles.rich_data import gallery_image_ids

from . import sources

PAGE = 2000  # URLs per article sitemap (the protocol allows 50,000): ~0.15 s to render, 500 pages at 1 M
MAX_ID = 2**63 - 1
NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per news sitemap
INDEX_CACHE_SECONDS = 300

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1"


@dataclass
class Entry:
    loc: str
    lastmod: datetime | None = None
    image: str | None = None
    gallery: list[str] | None = None  # the article's gallery pictures, after the lead image
    title: str | None = None  # news entries
    published_at: datetime | None = None  # news entries


def w3c(value: datetime | None, edition) -> str | None:
    local = sources.local(value, edition)
    return local.isoformat(timespec="seconds") if local else None


# --- Index --------------------------------------------------------------------


def article_pages(edition) -> list[tuple[int, datetime | None]]:
    """``[(page number, lastmod)]`` of the non-empty article sitemaps, cached briefly.

    A skip scan: one index seek per non-empty page («the first live id at or
    after this range»), so the index costs ~500 tiny queries at 1 M articles and
    never one query over the whole archive. Only the newest page, where new
    stories land, gets a ``lastmod`` (one bounded aggregate of ≤ PAGE rows).
    """

    def compute():
        live = ArticlePage.objects.live().filter(edition=edition, published_at__isnull=False)
        pages, start = [], 0
        while True:
            first_id = live.filter(page_ptr_id__gte=start).order_by("page_ptr_id").values_list(
                "page_ptr_id", flat=True).first()
            if first_id is None:
                break
            bucket = first_id // PAGE
            pages.append([bucket + 1, None])
            start = (bucket + 1) * PAGE
        if pages:
            newest = pages[-1][0] - 1
            latest = live.filter(page_ptr_id__gte=newest * PAGE, page_ptr_id__lt=(newest + 1) * PAGE).aggregate(
                changed=Max("last_published_at"), published=Max("published_at"))
            pages[-1][1] = max(filter(None, latest.values()), default=None)
        return [tuple(page) for page in pages]

    return cache.get_or_set(f"syndication:sitemap-pages:{edition.pk}:{PAGE}", compute, INDEX_CACHE_SECONDS)


def index_entries(edition) -> list[Entry]:
    root = sources.root_url(edition)
    entries = [Entry(f"{root}/sitemaps/sections.xml"), Entry(f"{root}/sitemaps/news.xml")]
    entries += [Entry(f"{root}/sitemaps/articles-{n}.xml", lastmod) for n, lastmod in article_pages(edition)]
    return entries


# --- URL sets -------------------------------------------------------------------


class _PercentEncoded(dict):
    """``str.translate`` table doing what ``iri_to_uri`` does, memoised per character.

    A sitemap page percent-encodes thousands of Arabic slugs; ``iri_to_uri``
    (``urllib.parse.quote``) costs tens of µs each, a translate table a few.
    """

    def __missing__(self, code: int) -> str:
        value = iri_to_uri(chr(code))
        self[code] = value
        return value


_PERCENT_ENCODED = _PercentEncoded()


class _Urls:
    """Article URLs from ``url_path`` without loading pages: root URL + path below the home page."""

    def __init__(self, edition):
        self.root = sources.root_url(edition)
        self.prefix = len(edition.site.root_page.url_path)

    def __call__(self, url_path: str) -> str:
        # Percent-encoded like Wagtail's page URLs (the sitemap protocol wants escaped URLs).
        path = url_path[self.prefix:]
        return f"{self.root}/{path if path.isascii() else path.translate(_PERCENT_ENCODED)}"


def _image_urls(image_ids) -> dict[int, str]:
    """Lead image URL per image id: the API rendition if made, else the original (two queries at most)."""
    image_model = get_image_model()
    ids = set(filter(None, image_ids))
    if not ids:
        return {}
    urls = {
        r.image_id: r.url
        for r in image_model.get_rendition_model().objects.filter(image_id__in=ids, filter_spec=IMAGE_FILTER)
    }
    missing = ids - urls.keys()
    if missing:
        storage = image_model._meta.get_field("file").storage
        originals = image_model.objects.filter(pk__in=missing).values_list("pk", "file")
        urls.update({pk: storage.url(name) for pk, name in originals})
    return urls


def _article_entries(edition, rows, request) -> list[Entry]:
    url = _Urls(edition)
    # Gallery pictures from the stored blocks (no query per article), read with the lead images at once.
    galleries = {n: gallery_image_ids(getattr(row["extras"], "raw_data", None)) for n, row in enumerate(rows)}
    images = _image_urls([row["lead_image_id"] for row in rows] + [i for ids in galleries.values() for i in ids])
    entries = []
    for n, row in enumerate(rows):
        image = images.get(row["lead_image_id"])
        entries.append(Entry(
            loc=url(row["url_path"]),
            lastmod=max(filter(None, (row["published_at"], row["last_published_at"]))),
            image=request.build_absolute_uri(image) if image else None,
            gallery=[request.build_absolute_uri(images[i]) for i in galleries[n] if i in images],
            title=row["title"],
            published_at=row["published_at"],
        ))
    return entries


_FIELDS = ("url_path", "title", "published_at", "last_published_at", "lead_image_id", "extras")


def article_entries(edition, page: int, request) -> list[Entry]:
    if page < 1 or page > MAX_ID // PAGE:
        raise Http404("no such sitemap page")
    rows = list(
        live_articles().filter(edition=edition, page_ptr_id__gte=(page - 1) * PAGE, page_ptr_id__lt=page * PAGE)
        .order_by("page_ptr_id").values(*_FIELDS)
    )
    if not rows:
        raise Http404("no such sitemap page")
    return _article_entries(edition, rows, request)


def news_entries(edition, request, now: datetime | None = None) -> list[Entry]:
    """Live articles published in the last 48 hours, newest first (the edition keyset index)."""
    since = (now or timezone.now()) - NEWS_WINDOW
    rows = list(live_articles().filter(edition=edition, published_at__gte=since).values(*_FIELDS)[:NEWS_LIMIT])
    return _live_blog_entries(edition) + _article_entries(edition, rows, request)


def _live_blog_entries(edition) -> list[Entry]:
    """Live blogs of the edition while they are live (Google News lists a live page for its whole run)."""
    from django.apps import apps

    try:
        model = apps.get_model("liveblog", "LiveBlogPage")
    except LookupError:
        return []
    url = _Urls(edition)
    return [
        Entry(loc=url(row["url_path"]), lastmod=row["last_published_at"], title=row["title"],
              published_at=row["coverage_start"] or row["first_published_at"])
        for row in model.objects.live().filter(edition=edition, state="live").order_by("-pk")
        .values("url_path", "title", "coverage_start", "first_published_at", "last_published_at")[:50]
    ]


def section_entries(edition) -> list[Entry]:
    home = edition.site.root_page
    entries = [Entry(f"{sources.root_url(edition)}/", home.last_published_at)]
    url = _Urls(edition)
    for section in SectionPage.objects.live().filter(edition=edition).order_by("nav_order", "path").values(
        "url_path", "last_published_at"
    ):
        entries.append(Entry(url(section["url_path"]), section["last_published_at"]))
    return entries
