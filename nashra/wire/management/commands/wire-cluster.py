"""``nashra wire-cluster FILE.jsonl``: JSON Lines {"id", "agency", "title", "body"} in, {"id", "cluster"} out.

The same clustering as the wire queue (nashra.wire.minhash), so the threshold can be checked on any set.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from nashra.wire import minhash


class Command(BaseCommand):
    help = "Group near-duplicate agency items of a JSON Lines file."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON Lines, one item a line ('-' reads standard input)")
        parser.add_argument("--threshold", type=float, default=minhash.THRESHOLD)

    def handle(self, *args, file, threshold, **options):
        try:
            stream = sys.stdin if file == "-" else open(file, encoding="utf-8")  # noqa: SIM115
        except OSError:
            raise CommandError(_("تعذّر فتح الملف «%(path)s»؛ تحقق من المسار.") % {"path": file}) from None
        items = []
        with stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    items.append((record["id"], f"{record.get('title', '')}\n{record.get('body', '')}"))
                except (ValueError, KeyError, TypeError):
                    raise CommandError(_("السطر %(n)d ليس كائن JSON فيه «id».") % {"n": number}) from None
        clusters = minhash.cluster_texts(items, threshold)
        for item_id, _text in items:
            self.stdout.write(json.dumps({"id": item_id, "cluster": clusters[item_id]}, ensure_ascii=False))
