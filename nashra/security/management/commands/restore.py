"""``nashra restore ARCHIVE --yes``: replace the database and media with a backup's."""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from nashra.core import events
from nashra.security.backup import BackupError, model_counts, restore_backup


class Command(BaseCommand):
    help = "Restore the database and media from an archive made by `nashra backup` (replaces both)."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--yes", action="store_true", help="confirm: the current database and media are replaced")

    def handle(self, *args, archive, yes=False, **options):
        if not yes:
            raise CommandError(
                "restore replaces the whole database and media folder. Stop the app processes "
                "(writers), then run again with --yes."
            )
        # Looked up by name: security sits below the editions app (which uses its upload checks).
        Edition = apps.get_model("editions", "Edition")  # noqa: N806 - a model class
        before = list(Edition.objects.values_list("slug", flat=True))
        try:
            manifest = restore_backup(archive)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        # Every cached page, fragment and API answer shows the data that was just replaced.
        gone = set(before) - set(Edition.objects.values_list("slug", flat=True))
        events.emit(events.DataReplaced(removed_editions=tuple(sorted(gone))))
        now = model_counts()
        differ = {k: (v, now.get(k)) for k, v in manifest["counts"].items() if now.get(k) != v}
        if differ and manifest["engine"] == "sqlite":
            raise CommandError(f"restored, but row counts differ from the manifest: {differ}")
        if differ:  # PostgreSQL: counted just after pg_dump's snapshot, a few rows may differ
            self.stderr.write(f"warning: row counts differ from the manifest (written during the backup?): {differ}")
        self.stdout.write(f"restored {archive}: backup of {manifest['created_at']}, "
                          f"{len(manifest['media'])} media files")
