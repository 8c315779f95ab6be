"""Feeds, sitemaps, robots.txt and the API schema (included at the site root)."""

from django.urls import path

from . import views

app_name = "syndication"

_KINDS = ("section", "author", "tag")

urlpatterns = [
    path("feed/rss/", views.rss, name="rss"),
    path("feed/atom/", views.atom, name="atom"),
    *[
        route
        for kind in _KINDS
        for route in (
            path(f"feed/{kind}/<str:slug>/rss/", views.rss, {"kind": kind}, name=f"{kind}-rss"),
            path(f"feed/{kind}/<str:slug>/atom/", views.atom, {"kind": kind}, name=f"{kind}-atom"),
        )
    ],
    path("sitemap.xml", views.sitemap_index, name="sitemap-index"),
    path("sitemaps/sections.xml", views.section_sitemap, name="sitemap-sections"),
    path("sitemaps/news.xml", views.news_sitemap, name="sitemap-news"),
    path("sitemaps/articles-<int:page>.xml", views.article_sitemap, name="sitemap-articles"),
    path("robots.txt", views.robots_txt, name="robots"),
    # /api/v1/schema/ (openapi_schema) is routed with the other API endpoints in nashra/urls.py.
]
