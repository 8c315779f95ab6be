"""``/api/v1/`` (included from ``nashra.urls``).

New endpoints (search, prayer times) belong here, above the final catch-all,
which answers any other ``…/`` path under ``/api/v1/`` with a JSON 404.
Paths without the trailing slash are not matched here, so Django's
APPEND_SLASH still redirects ``/api/v1/articles`` to ``/api/v1/articles/``.
"""

from django.urls import path, re_path

from . import views

app_name = "api"

urlpatterns = [
    path("articles/", views.article_list, name="articles"),
    path("articles/<str:article_id>/", views.article_detail, name="article"),
    path("sections/", views.section_list, name="sections"),
    # Keep last.
    re_path(r"^(?:.*/)?$", views.endpoint_not_found, name="not-found"),
]
