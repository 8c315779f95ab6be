"""The JSON shapes of the public API (``/api/v1/``), each defined once.

Every endpoint — and the search API, which returns the same article items —
builds its payload with these functions, so a field is named, typed and
formatted in exactly one place (the OpenAPI schema can be written from here).

The functions never query per row: they read only what
:func:`with_summary_relations` has fetched for a whole page of articles
(lead image and its API rendition, section, authors, tags). Site URLs come from
Wagtail's per-request cache of site root paths. A page of 100 articles costs the
same handful of queries as a page of 5.

Times are ISO 8601 with the offset of the edition's time zone
(``2025-12-09T06:47:00+02:00``): exact for machines, local for people.
"""

from __future__ import annotations

import logging
import zoneinfo
from datetime import UTC, datetime, tzinfo

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail.images import get_image_model
from wagtail.images.models import Filter, SourceImageIOError
from wagtail.rich_text import expand_db_html

from nashra.articles.listings import live_articles
from nashra.articles.models import ArticleTag, EditionHomePage, SectionPage
from nashra.editions.middleware import get_edition

from .rich import article_blocks

logger = logging.getLogger(__name__)

#: The one rendition the API hands out for a lead image (mobile-first width).
IMAGE_FILTER = "width-1200"

# --- Errors -----------------------------------------------------------------
# Messages go through gettext (one catalogue for the whole platform) but are
# always rendered in the site language (LANGUAGE_CODE, Arabic): API clients get
# the same message whatever their Accept-Language, and key on the stable ``code``.
ERROR_MESSAGES = {
    "unknown_edition": gettext_lazy("لا يوجد إصدار بهذا المعرّف."),
    "no_edition": gettext_lazy("لا يوجد إصدار يخدم هذا النطاق؛ اختر إصدارًا بالمعامل edition."),
    "unknown_section": gettext_lazy("لا يوجد قسم بهذا المعرّف في هذا الإصدار."),
    "article_not_found": gettext_lazy("الخبر غير موجود في هذا الإصدار."),
    "bad_limit": gettext_lazy("قيمة limit يجب أن تكون عددًا صحيحًا من 1 إلى 100."),
    "bad_cursor": gettext_lazy("مؤشر الصفحة (cursor) غير صالح؛ استعمل رابط next كما هو."),
    "not_found": gettext_lazy("لا توجد واجهة بهذا العنوان."),
    "method_not_allowed": gettext_lazy("هذه الواجهة تقبل طلبات GET فقط."),
    "unavailable": gettext_lazy("الخدمة غير متاحة مؤقتًا، أعد المحاولة بعد قليل."),
    "server_error": gettext_lazy("حدث خطأ غير متوقع في الخادم."),
}


def error_payload(code: str) -> dict:
    """``{"error": <Arabic message>, "code": <stable machine code>}``."""
    with translation.override(settings.LANGUAGE_CODE):
        message = str(ERROR_MESSAGES[code])
    return {"error": message, "code": code}


# --- Queries ------------------------------------------------------------------


def with_summary_relations(queryset):
    """Fetch, for a whole page at once, everything :func:`article_summary` reads."""
    rendition_model = get_image_model().get_rendition_model()
    return queryset.select_related("lead_image", "section").prefetch_related(
        "authors",
        Prefetch("tagged_items", queryset=ArticleTag.objects.select_related("tag").order_by("pk")),
        Prefetch(
            "lead_image__renditions",
            queryset=rendition_model.objects.filter(filter_spec=IMAGE_FILTER),
            to_attr="prefetched_renditions",
        ),
    )


def edition_articles(edition, section=None):
    """The edition's live articles, newest first, ready for :func:`article_summary`."""
    queryset = live_articles().filter(edition=edition)
    if section is not None:
        queryset = queryset.filter(section=section)
    return with_summary_relations(queryset)


def edition_article(edition, article_id: int):
    """One live article of ``edition`` (``None`` for a draft or another edition's)."""
    return edition_articles(edition).filter(pk=article_id).first()


def edition_sections(edition):
    """The edition's live sections in menu order (hidden-from-menu ones included)."""
    return SectionPage.objects.live().filter(edition=edition).order_by("nav_order", "path")


def edition_section(edition, slug: str):
    return edition_sections(edition).filter(slug=slug).first()


# --- Shapes ---------------------------------------------------------------------


def edition_data(edition) -> dict:
    return {"slug": edition.slug, "name": edition.name}


def section_ref(section) -> dict | None:
    """The short form inside an article: ``{slug, name}``."""
    if section is None:
        return None
    return {"slug": section.slug, "name": section.title}


def section_data(section, request) -> dict:
    """One item of ``/api/v1/sections/``."""
    return {
        "id": section.pk,
        "slug": section.slug,
        "name": section.title,
        "url": section.get_full_url(request),
        "nav_order": section.nav_order,
    }


def author_data(author, site_root_url: str | None) -> dict:
    url = None
    if site_root_url is not None:
        url = f"{site_root_url}/{EditionHomePage.get_resolver().reverse('author', author_slug=author.slug)}"
    return {"name": author.name, "slug": author.slug, "url": url}


def image_data(article, request) -> dict | None:
    """``{url, width, height, caption, credit}`` of the lead image, or ``None``.

    A missing source file (an archive imported without its pictures) gives
    ``None`` rather than an error: the story still has to be served.
    """
    image = article.lead_image
    if image is None:
        return None
    rendition = _rendition(image)
    if rendition is None:
        return None
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "caption": article.lead_image_caption,
        "credit": article.lead_image_credit,
    }


def _rendition(image):
    filter_ = image.clean_filter_for_svg(Filter(spec=IMAGE_FILTER))
    try:
        # Prefetched by with_summary_relations: no query, no cache round trip.
        return image.find_existing_rendition(filter_)
    except image.get_rendition_model().DoesNotExist:
        pass
    try:
        return image.get_rendition(filter_)  # first request after upload: made once
    except (SourceImageIOError, OSError) as exc:
        logger.warning("API: no %s rendition for image %s: %s", IMAGE_FILTER, image.pk, exc)
        return None


def article_summary(article, request) -> dict:
    """One article as listed by ``articles/`` and ``search/``.

    ``article`` must come from :func:`with_summary_relations` (or a queryset
    passed through it) to keep the query count independent of the page size.
    """
    url_parts = article.get_url_parts(request)
    site_root_url = url_parts[1] if url_parts else None
    authors = list(article.authors.all())
    zone = _time_zone(request)
    published_at = article.published_at
    updated_at = max(filter(None, (article.published_at, article.last_published_at)), default=None)
    return {
        "id": article.pk,
        "external_id": article.external_id,
        "title": article.title,
        "subtitle": article.subtitle,
        "url": article.get_full_url(request),
        "section": section_ref(article.section),
        "published_at": iso_datetime(published_at, zone),
        "updated_at": iso_datetime(updated_at, zone),
        "dateline": article.dateline,
        "byline": article.byline,
        "authors": [author_data(author, site_root_url) for author in authors],
        "tags": [item.tag.name for item in article.tagged_items.all()],
        "image": image_data(article, request),
        "breaking": is_breaking(article),
    }


def article_detail(article, request) -> dict:
    """``articles/<id>/``: the summary plus the body and the edition."""
    data = article_summary(article, request)
    data["body"] = expand_db_html(article.body)
    data["blocks"] = article_blocks(article, request)
    edition = get_edition(request)
    data["edition"] = edition_data(edition) if edition is not None else None
    return data


def article_page(keyset_page, request, next_url: str | None) -> dict:
    """``{"results": [...], "next": <URL of the next page> | null}``."""
    return {
        "results": [article_summary(article, request) for article in keyset_page.items],
        "next": next_url,
    }


def section_list(sections, request) -> dict:
    return {"results": [section_data(section, request) for section in sections]}


# --- Values -------------------------------------------------------------------------


def is_breaking(article, now: datetime | None = None) -> bool:
    """Breaking now: flagged and not past ``breaking_until`` (as on the ticker)."""
    if not article.is_breaking:
        return False
    until = article.breaking_until
    return until is None or until > (now or datetime.now(UTC))


def iso_datetime(value: datetime | None, zone: tzinfo | None = None) -> str | None:
    if value is None:
        return None
    return value.astimezone(zone or UTC).isoformat(timespec="seconds")


def _time_zone(request) -> tzinfo:
    edition = get_edition(request)
    try:
        return zoneinfo.ZoneInfo(edition.time_zone) if edition is not None else UTC
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC
