from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from nashra.api import urls as api_urls
from nashra.cluster.views import readyz
from nashra.core import views as core_views
from nashra.core.media import serve_media
from nashra.editions.views import brand_css
from nashra.liveblog.api import entries as liveblog_entries_api
from nashra.prayer.api import prayer_times_api
from nashra.search.api import search_api
from nashra.syndication.views import openapi_schema

handler400 = "nashra.core.views.bad_request"
handler403 = "nashra.core.views.permission_denied"
handler404 = "nashra.core.views.page_not_found"
handler500 = "nashra.core.views.server_error"

# /api/v1/: the API app's endpoints and those other apps own, under one namespace («api:search» …).
api_patterns = [
    *api_urls.endpoints,
    path("search/", search_api, name="search"),
    path("prayer-times/", prayer_times_api, name="prayer-times"),
    path("schema/", openapi_schema, name="schema"),
    path("liveblogs/<str:blog_id>/entries/", liveblog_entries_api, name="liveblog-entries"),
    api_urls.not_found,
]

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("favicon.ico", core_views.favicon),
    path("brand/<str:color>.css", brand_css, name="brand-css"),
    path("jsi18n/", core_views.javascript_catalog, name="javascript-catalog"),
    path(f"{settings.NASHRA_ADMIN_PATH}/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("images/<str:signature>/<int:image_id>/<str:filter_spec>/", ServeView.as_view(), name="wagtailimages_serve"),
    path("api/v1/", include((api_patterns, "api"))),
    # Reader-facing app routes; each app owns its own urls.py.
    path("", include("nashra.syndication.urls")),
    path("", include("nashra.delivery.urls")),
    path("search/", include("nashra.search.urls")),
    path("prayer-times/", include("nashra.prayer.urls")),
    path("horoscopes/", include("nashra.horoscopes.urls")),
    path("caricatures/", include("nashra.caricatures.urls")),
    path("pages/", include("nashra.infopages.urls")),
    path("comments/", include("nashra.comments.urls")),
    path("", include("nashra.push.urls")),
    path("newsletters/", include("nashra.newsletters.urls")),
]

# Uploaded media from the data dir, with byte ranges (a phone plays self-hosted video only then);
# a reverse proxy may serve it instead.
urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += [path("", include(wagtail_urls))]
