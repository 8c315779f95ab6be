"""``nashra backup [--output DIR|FILE.tar.gz]``: database + media snapshot with a manifest."""

from django.core.management.base import BaseCommand, CommandError

from nashra.security.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Write a consistent snapshot of the database and media to a .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="folder (a timestamped archive is made in it) or FILE.tar.gz; "
                                                   "default: $NASHRA_DATA_DIR/backups/")

    def handle(self, *args, output=None, **options):
        try:
            path, manifest = create_backup(output)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        pages = manifest["counts"].get("wagtailcore.Page", 0)
        articles = manifest["counts"].get("articles.ArticlePage", 0)
        self.stdout.write(f"{path}\n")
        if options["verbosity"]:
            self.stderr.write(f"backup: {manifest['engine']}, {pages} pages ({articles} articles), "
                              f"{len(manifest['media'])} media files")
