"""``nashra reindex [--edition SLUG]``: rebuild the Arabic search index.

Needed after editors change the plural lexicon (the stems of already indexed
articles depend on it) and after restoring a database without its index.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext, gettext_lazy, ngettext
from tqdm import tqdm

from nashra.articles.listings import live_articles
from nashra.editions.models import Edition
from nashra.search.services import reindex


class Command(BaseCommand):
    help = gettext_lazy("يعيد بناء فهرس البحث العربي للأخبار المنشورة (لإصدار واحد أو للجميع).")

    def create_parser(self, prog_name, subcommand, **kwargs):
        self.help = str(self.help)  # argparse runs re.sub on the description: it needs a real str
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("--edition", metavar="SLUG", help=gettext("معرّف الإصدار؛ دونه تُفهرس كل الإصدارات"))

    def handle(self, *args, edition=None, **options):
        target = None
        if edition:
            target = Edition.objects.filter(slug=edition).first()
            if target is None:
                raise CommandError(gettext("لا يوجد إصدار بالمعرّف «%(slug)s».") % {"slug": edition})
        queryset = live_articles() if target is None else live_articles().filter(edition=target)
        total = queryset.count()
        with tqdm(total=total, unit=" " + gettext("خبر"), file=self.stderr._out, disable=None) as bar:
            count = reindex(target, progress=bar.update)
        self.stdout.write(self.style.SUCCESS(
            ngettext("فُهرس خبر واحد.", "فُهرس %(count)s خبر.", count) % {"count": count}
        ))
