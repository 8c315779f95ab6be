"""With the page cache on, a change of the picks reaches readers at once, and purges only the page that
shows them: the home page (with the edition's API) for home picks, the section's pages for a section's.
An expiry reaches cached pages through ``nashra scheduler``'s pass."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from nashra.picks import services
from nashra.picks.models import FEATURED, LEAD, Pick
from tests.delivery.conftest import page_cache, url_of  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(page_cache, editions, stories):  # noqa: F811 - the fixture above
    clients = {"eg": Client(HTTP_HOST="eg.localhost"), "lb": Client(HTTP_HOST="lb.localhost")}
    urls = {"home": ("eg", "/"), "politics": ("eg", "/politics/"), "sports": ("eg", "/sports/"),
            "article": ("eg", url_of(stories["politics2"])), "lb-home": ("lb", "/")}

    def still_cached():
        hits = set()
        for name, (slug, url) in urls.items():
            response = clients[slug].get(url)
            assert response.status_code == 200, (name, response.status_code)
            if response["X-Cache"] in ("HIT", "STALE"):
                hits.add(name)
        return hits

    still_cached()
    assert still_cached() == set(urls)
    return {"check": still_cached, "all": set(urls), "eg": clients["eg"]}


def lead_of(html: str) -> str:
    start = html.index('<article class="top-story">')
    return html[start:html.index("</article>", start)]


def test_a_new_lead_pick_is_on_the_cached_home_page_at_once(editions, stories, cached):
    assert "أحدث خبر عن الديكور" in lead_of(cached["eg"].get("/").content.decode())
    services.add_pick(Pick(edition=editions["eg"], article=stories["politics"], slot=LEAD))
    assert cached["check"]() == cached["all"] - {"home"}  # (and warms it again)
    response = cached["eg"].get("/")
    assert response["X-Cache"] == "HIT"
    assert "خبر سياسي مهم" in lead_of(response.content.decode())


def test_removing_and_reordering_purge_the_home_page_only(editions, stories, cached):
    eg = editions["eg"]
    first = services.add_pick(Pick(edition=eg, article=stories["politics"], slot=FEATURED))
    services.add_pick(Pick(edition=eg, article=stories["politics3"], slot=FEATURED))
    cached["check"]()
    services.move_pick(Pick.objects.get(pk=first.pk), 1)
    assert cached["check"]() == cached["all"] - {"home"}
    html = cached["eg"].get("/").content.decode()
    assert html.index("خبر سياسي ثالث") < html.index("خبر سياسي مهم")
    services.remove_pick(Pick.objects.get(pk=first.pk))
    assert cached["check"]() == cached["all"] - {"home"}
    assert '<section class="featured"' in cached["eg"].get("/").content.decode()


def test_a_section_pick_purges_that_section_page_only(editions, stories, cached):
    politics = editions["sections"]["eg"]["politics"]
    services.add_pick(Pick(edition=editions["eg"], section=politics, article=stories["politics3"], slot=LEAD))
    assert cached["check"]() == cached["all"] - {"politics"}  # not the home page: it does not show them
    assert "خبر سياسي ثالث" in lead_of(cached["eg"].get("/politics/").content.decode())


def test_the_scheduler_takes_an_expired_pick_off_the_cached_home_page(editions, stories, cached):
    pick = services.add_pick(Pick(edition=editions["eg"], article=stories["politics"], slot=LEAD,
                                  expires_at=timezone.now() + timedelta(minutes=5)))
    assert "خبر سياسي مهم" in lead_of(cached["eg"].get("/").content.decode())
    assert cached["check"]() == cached["all"]
    call_command("scheduler", once=True)  # not due yet: nothing purged
    assert cached["check"]() == cached["all"]
    later = timezone.now() + timedelta(minutes=5, seconds=1)
    with mock.patch("nashra.picks.services.timezone.now", return_value=later):
        call_command("scheduler", once=True)
        response = cached["eg"].get("/")
    assert not Pick.objects.filter(pk=pick.pk).exists()
    assert response["X-Cache"] == "MISS"
    assert "أحدث خبر عن الديكور" in lead_of(response.content.decode())
    assert cached["check"]() == cached["all"]  # only the home page was purged (and is warm again)
