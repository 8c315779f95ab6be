"""WSGI entry point (granian serves it in ``make run``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nashra.settings")
application = get_wsgi_application()
