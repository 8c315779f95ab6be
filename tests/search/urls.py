"""The site's URLs plus the search API, as the lead will wire it in nashra/api/urls.py."""

from django.urls import include, path

from nashra.search.api import search_api

handler404 = "nashra.core.views.page_not_found"
urlpatterns = [path("api/v1/search/", search_api, name="api-search"), path("", include("nashra.urls"))]
