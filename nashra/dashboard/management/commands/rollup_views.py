"""``nashra rollup_views``: run the dashboard's roll-up now (the scheduler queues it once a minute)."""

from django.core.management.base import BaseCommand

from nashra.dashboard import rollup


class Command(BaseCommand):
    help = "Add the raw view events to the dashboard's roll-ups and rank the stories, now."

    def handle(self, *args, **options):
        result = rollup.run()
        self.stdout.write(f"{result.events} view events rolled up in {result.seconds:.2f} s")
