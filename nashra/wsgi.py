"""WSGI entry point (granian serves it in ``make run``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nashra.settings")
from nashra.delivery.wsgi import PageCacheWSGI  # noqa: E402  (needs the settings module set above)

# Fresh page-cache hits are answered before Django runs (see nashra/delivery/wsgi.py).
application = PageCacheWSGI(get_wsgi_application())
