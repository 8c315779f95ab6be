"""Thin views: pick the edition, ask :mod:`.sitemaps` / :mod:`.feeds`, write XML."""

from __future__ import annotations

import io
import json

from django.conf import settings
from django.http import HttpResponse
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.http import require_safe

from nashra.editions.middleware import get_edition

from . import sitemaps, sources
from .feeds import NewsAtomFeed, NewsFeed

XML_TYPE = "application/xml; charset=utf-8"
CACHE_CONTROL = "public, max-age=300"


def _xml_response(write) -> HttpResponse:
    buffer = io.StringIO()  # one body, not thousands of small HttpResponse.write() calls
    handler = SimplerXMLGenerator(buffer, "utf-8", short_empty_elements=True)
    handler.startDocument()
    write(handler)
    handler.endDocument()
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type=XML_TYPE)
    response["Cache-Control"] = CACHE_CONTROL
    return response


def _quick(handler, name, value):
    if value is not None:
        handler.addQuickElement(name, value)


# --- Feeds ----------------------------------------------------------------------


@require_safe
def rss(request, kind="edition", slug=None):
    # A Feed instance per request: the feed keeps per-request state.
    response = NewsFeed()(request, kind=kind, slug=slug)
    response["Cache-Control"] = CACHE_CONTROL
    return response


@require_safe
def atom(request, kind="edition", slug=None):
    response = NewsAtomFeed()(request, kind=kind, slug=slug)
    response["Cache-Control"] = CACHE_CONTROL
    return response


# --- Sitemaps ---------------------------------------------------------------------


@require_safe
def sitemap_index(request):
    edition = sources.require_edition(request)
    entries = sitemaps.index_entries(edition)

    def write(handler):
        handler.startElement("sitemapindex", {"xmlns": sitemaps.SITEMAP_NS})
        for entry in entries:
            handler.startElement("sitemap", {})
            handler.addQuickElement("loc", entry.loc)
            _quick(handler, "lastmod", sitemaps.w3c(entry.lastmod, edition))
            handler.endElement("sitemap")
        handler.endElement("sitemapindex")

    return _xml_response(write)


def _urlset(edition, entries, news=False):
    def write(handler):
        attrs = {"xmlns": sitemaps.SITEMAP_NS, "xmlns:image": sitemaps.IMAGE_NS}
        if news:
            attrs["xmlns:news"] = sitemaps.NEWS_NS
        handler.startElement("urlset", attrs)
        for entry in entries:
            handler.startElement("url", {})
            handler.addQuickElement("loc", entry.loc)
            _quick(handler, "lastmod", sitemaps.w3c(entry.lastmod, edition))
            if news:
                handler.startElement("news:news", {})
                handler.startElement("news:publication", {})
                handler.addQuickElement("news:name", edition.name)
                handler.addQuickElement("news:language", "ar")
                handler.endElement("news:publication")
                handler.addQuickElement("news:publication_date", sitemaps.w3c(entry.published_at, edition))
                handler.addQuickElement("news:title", entry.title)
                handler.endElement("news:news")
            for image in ([entry.image] if entry.image else []) + [u for u in entry.gallery or () if u != entry.image]:
                handler.startElement("image:image", {})
                handler.addQuickElement("image:loc", image)
                handler.endElement("image:image")
            handler.endElement("url")
        handler.endElement("urlset")

    return _xml_response(write)


@require_safe
def article_sitemap(request, page: int):
    edition = sources.require_edition(request)
    return _urlset(edition, sitemaps.article_entries(edition, page, request))


@require_safe
def section_sitemap(request):
    edition = sources.require_edition(request)
    return _urlset(edition, sitemaps.section_entries(edition))


@require_safe
def news_sitemap(request):
    """May be empty (a quiet 48 hours): an empty ``urlset`` is what Google News expects then."""
    edition = sources.require_edition(request)
    return _urlset(edition, sitemaps.news_entries(edition, request), news=True)


# --- robots.txt, OpenAPI --------------------------------------------------------------


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", f"Disallow: /{settings.NASHRA_ADMIN_PATH}/"]
    edition = get_edition(request)
    if edition is not None:
        root = sources.root_url(edition)
        lines += ["", f"Sitemap: {root}/sitemap.xml", f"Sitemap: {root}/sitemaps/news.xml"]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_safe
def openapi_schema(request):
    from .openapi import openapi_document

    body = json.dumps(openapi_document(request), ensure_ascii=False, indent=1)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response
