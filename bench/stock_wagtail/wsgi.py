"""WSGI callable of the stock Wagtail reference site (``granian ... stock_wagtail.wsgi:application``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stock_wagtail.settings")

application = get_wsgi_application()
