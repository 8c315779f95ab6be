"""``/api/v1/`` (included from ``nashra.urls``).

New endpoints (search, prayer times) belong here, above the final catch-all,
which answers any other ``…/`` path under ``/api/v1/`` with a JSON 404.
Paths without the trailing slash are not matched here, so Django's
APPEND_SLASH still redirects ``/api/v1/articles`` to ``/api/v1/articles/``.
"""

from django.urls import path, re_path

from nashra.prayer.api import prayer_times_api
from nashra.search.api import search_api
from nashra.syndication.views import openapi_schema

from . import views

app_name = "api"

urlpatterns = [
    path("articles/", views.article_list, name="articles"),
    path("articles/<str:article_id>/", views.article_detail, name="article"),
    path("sections/", views.section_list, name="sections"),
    path("search/", search_api, name="search"),
    path("prayer-times/", prayer_times_api, name="prayer-times"),
    path("schema/", openapi_schema, name="schema"),
    # Keep last.
    re_path(r"^(?:.*/)?$", views.endpoint_not_found, name="not-found"),
]
