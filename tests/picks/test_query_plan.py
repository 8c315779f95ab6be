"""A page's picks are read by naming their stories, so the read costs the same in a big archive.

Joined to the stories only, SQLite (which keeps no statistics) walked every story of the edition looking
for one with a pick: 5 s a section page and 0.6 s the home page at 1 M stories, paid by the first reader
after every publish. Counted here in SQLite's own steps (its progress handler), which do not depend on
the machine's speed; PostgreSQL plans from its statistics.
"""

import json

import pytest
from django.db import connection

from nashra.importing.services import import_lines
from nashra.picks import services
from nashra.picks.models import LEAD, Pick
from tests.importing.test_after_batches import _forget_sqlite_statistics

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's virtual machine steps"),
]


def steps(read) -> int:
    """SQLite virtual machine steps (in tens) that ``read()`` costs."""
    connection.ensure_connection()
    counted = [0]

    def count():
        counted[0] += 1
        return 0  # go on

    connection.connection.set_progress_handler(count, 10)
    try:
        read()
    finally:
        connection.connection.set_progress_handler(None, 10)
    return counted[0]


def test_reading_a_page_s_picks_does_not_walk_the_archive(editions, article_factory):
    _forget_sqlite_statistics()  # an archive under 5,000 articles has none (nashra/importing/planner_statistics.py)
    eg, politics = editions["eg"], editions["sections"]["eg"]["politics"]
    picked = article_factory("eg", title="خبر مختار")
    services.add_pick(Pick(edition=eg, section=politics, article=picked, slot=LEAD))
    services.add_pick(Pick(edition=eg, article=picked, slot=LEAD))
    newest = article_factory("eg", title="أحدث خبر")

    def reads():
        section = services.page_picks(eg.pk, politics.pk)
        home = services.page_picks(eg.pk, None, newest.pk)
        assert section.lead.pk == picked.pk and home.lead.pk == picked.pk and home.newest.pk == newest.pk
        return steps(lambda: services.page_picks(eg.pk, politics.pk)), steps(
            lambda: services.page_picks(eg.pk, None, newest.pk))

    small = reads()
    lines = [json.dumps({"external_id": f"old-{n}", "section": "politics", "title": f"خبر قديم رقم {n}",
                         "body": "<p>نص</p>", "published_at": f"2020-01-01T{n // 60 % 24:02d}:{n % 60:02d}:00+00:00"},
                        ensure_ascii=False) for n in range(1500)]
    assert import_lines(lines, eg).created == 1500
    big = reads()
    # Walking the stories grows with them (1,500 more: tens of thousands of steps); naming them does not.
    assert big[0] <= small[0] * 1.5 + 20 and big[1] <= small[1] * 1.5 + 20, (small, big)
