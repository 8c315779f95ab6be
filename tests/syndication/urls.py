"""The site's URLconf plus the two routes the lead wires elsewhere (see the report).

- ``robots.txt``: nashra/urls.py still routes it to nashra.core first;
- ``api/v1/schema/``: nashra/api/urls.py's catch-all answers before the syndication app.
"""

from django.urls import path

from nashra.syndication.views import openapi_schema, robots_txt
from nashra.urls import handler404, handler500  # noqa: F401
from nashra.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("robots.txt", robots_txt),
    path("api/v1/schema/", openapi_schema),
    *site_urlpatterns,
]
