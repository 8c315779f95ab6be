"""Picks cost an uncached home page nothing more: the lead and featured picks are read in the query
that read the newest story for the top (one query, and one for their thumbnails), and are kept with
the edition's lists. A section page reads its picks in one more query (and one for their thumbnails)
on a cold render; nothing once its lists are kept."""

import pytest
from django.test import Client

from nashra.picks import services
from nashra.picks.models import FEATURED, LEAD, Pick
from tests.reader.test_render_cost import busy_edition, cold_and_warm  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def costs(client, paths):
    for path in paths:
        client.get(path)  # renditions made once
    found = {}
    for path in paths:
        found[path] = cold_and_warm(client, path)
    return found


def test_picks_add_no_query_to_the_home_page(editions, busy_edition):  # noqa: F811 - the fixture
    client = Client(HTTP_HOST="eg.localhost")
    paths = ["/", "/politics/"]
    before = costs(client, paths)
    eg, politics = editions["eg"], editions["sections"]["eg"]["politics"]
    services.add_pick(Pick(edition=eg, article=busy_edition[9], slot=LEAD))
    for n in (10, 11, 12, 13):
        services.add_pick(Pick(edition=eg, article=busy_edition[n], slot=FEATURED))
    services.add_pick(Pick(edition=eg, section=politics, article=busy_edition[8], slot=LEAD))
    services.add_pick(Pick(edition=eg, section=politics, article=busy_edition[7], slot=FEATURED))
    after = costs(client, paths)
    assert "خبر مزدحم 9" in after["/"][2].split('<article class="top-story">')[1].split("</article>")[0]
    assert after["/"][2].count('<section class="featured"') == 1
    assert after["/"][:2] == before["/"][:2]
    cold_before, warm_before, _html = before["/politics/"]
    cold_after, warm_after, html = after["/politics/"]
    assert '<div class="picks">' in html
    assert warm_after == warm_before == 0
    assert cold_after <= cold_before + 1  # their thumbnails' renditions
