"""``nashra scheduler``: publish what editors scheduled, every ``--interval`` s.

Wagtail stores «go live at» on revisions; its ``publish_scheduled`` command
publishes (and unpublishes) what is due. Running it in a loop here means
scheduled stories go out on time with ``make run`` and no cron. Each pass also runs what apps
registered in :mod:`nashra.core.periodic` (editors' picks that expired leave cached pages).
"""

import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from nashra.core import periodic

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Publish scheduled pages in a loop (started by `nashra serve`)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=20.0)
        parser.add_argument("--once", action="store_true", help="run one pass and exit")

    def handle(self, *args, interval, once, **options):
        while True:
            try:
                call_command("publish_scheduled", verbosity=0)
            except Exception:  # keep the loop alive; the next pass retries
                logger.exception("scheduled publishing failed")
            periodic.run_all()
            if once:
                return
            # A long-lived loop must not keep a connection the database dropped.
            close_old_connections()
            time.sleep(interval)
