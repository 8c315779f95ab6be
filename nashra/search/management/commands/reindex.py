"""``nashra reindex [--edition SLUG]``: rebuild the Arabic search index.

Needed after editors change the plural lexicon (the stems of already indexed
articles depend on it) and after restoring a database without its index.
"""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from nashra.articles.listings import live_articles
from nashra.editions.models import Edition
from nashra.search.services import reindex


class Command(BaseCommand):
    help = "يعيد بناء فهرس البحث العربي للأخبار المنشورة (لإصدار واحد أو للجميع)."

    def add_arguments(self, parser):
        parser.add_argument("--edition", metavar="SLUG", help="معرّف الإصدار؛ دونه تُفهرس كل الإصدارات")

    def handle(self, *args, edition=None, **options):
        target = None
        if edition:
            target = Edition.objects.filter(slug=edition).first()
            if target is None:
                raise CommandError(f"لا يوجد إصدار بالمعرّف «{edition}».")
        queryset = live_articles() if target is None else live_articles().filter(edition=target)
        total = queryset.count()
        with tqdm(total=total, unit=" خبر", file=self.stderr._out, disable=None) as bar:
            count = reindex(target, progress=bar.update)
        self.stdout.write(self.style.SUCCESS(f"فُهرس {count} خبرًا."))
