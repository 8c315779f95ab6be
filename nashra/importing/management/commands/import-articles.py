"""``nashra import-articles FILE.jsonl [--edition SLUG] [--batch-size N] [--quiet]``.

Imports one JSON object per line (BRIEF §4.3) through
:func:`nashra.importing.services.import_lines`. ``FILE`` may be ``-`` for
standard input. A progress bar goes to stderr when it is a terminal; a summary
with every skipped line («line N: …») goes to stdout.

Exit status: 0 once the file was read (bad lines are reported, not fatal);
non-zero when the file cannot be read or the edition is unknown.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from nashra.importing.services import UnknownEdition, find_edition, import_lines


class Command(BaseCommand):
    help = "Import articles from a JSON Lines file, one per line; a re-import updates, never duplicates."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSONL file, or - for standard input")
        parser.add_argument("--edition", help="edition slug (default: the edition of the default site)")
        parser.add_argument(
            "--batch-size", type=int, default=500, help="articles per transaction (default 500)"
        )
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, file, edition=None, batch_size=500, quiet=False, **options):
        if batch_size < 1:
            raise CommandError("--batch-size يجب أن يكون 1 أو أكثر")
        try:
            target = find_edition(edition)
        except UnknownEdition as exc:
            raise CommandError(str(exc)) from exc

        if file == "-":
            handle, base_dir, total = sys.stdin.buffer, Path.cwd(), None
        else:
            path = Path(file)
            try:
                handle = path.open("rb")
                total = _count_lines(path)
            except OSError as exc:
                raise CommandError(f"تعذّرت قراءة {file}: {exc.strerror or exc}") from exc
            base_dir = path.resolve().parent

        show_bar = not quiet and options.get("verbosity", 1) > 0 and sys.stderr.isatty()
        bar = tqdm(total=total, unit=" lines", file=sys.stderr, disable=not show_bar, dynamic_ncols=True)
        try:
            report = import_lines(
                _read(handle, file), target, progress=bar.update, batch_size=batch_size,
                base_dir=base_dir, allow_paths_outside_base_dir=True,
            )
        finally:
            bar.close()
            if handle is not sys.stdin.buffer:
                handle.close()

        self._summary(report, target)

    def _summary(self, report, edition):
        out = self.stdout
        out.write(
            f"{edition.name} ({edition.slug}): جديدة {report.created}، محدَّثة {report.updated}، "
            f"متروكة {report.skipped}، أخطاء {len(report.errors)}، تحذيرات {len(report.warnings)} — "
            f"{report.seconds:.1f} ث، {report.per_second:,.0f} خبرًا في الثانية"
        )
        for line_no, message in report.errors:
            out.write(self.style.ERROR(f"line {line_no}: {message}"))
        for line_no, message in report.warnings:
            out.write(self.style.WARNING(f"line {line_no}: {message}"))


def _read(handle, name):
    try:
        yield from handle
    except OSError as exc:
        raise CommandError(f"تعذّرت قراءة {name}: {exc.strerror or exc}") from exc


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(b"\n")
    return count
