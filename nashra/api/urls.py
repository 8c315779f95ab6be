"""``/api/v1/``: the article endpoints and the catch-all JSON 404 (``nashra.urls`` puts them together
with the endpoints other apps own — search, prayer times, the OpenAPI schema — so this app imports
none of them).

Paths without the trailing slash are not matched here, so Django's APPEND_SLASH still redirects
``/api/v1/articles`` to ``/api/v1/articles/``.
"""

from django.urls import path, re_path

from . import views

endpoints = [
    path("articles/", views.article_list, name="articles"),
    path("articles/<str:article_id>/", views.article_detail, name="article"),
    path("sections/", views.section_list, name="sections"),
]
#: Keep last: any other ``…/`` path under ``/api/v1/`` is a JSON 404.
not_found = re_path(r"^(?:.*/)?$", views.endpoint_not_found, name="not-found")
