"""What readers see: the lead pick tops the home page, the featured picks follow in their order and
are not repeated in «آخر الأخبار»; a pick that expired, was unpublished, moved or deleted is not
shown and the page falls back to the newest story. A section page shows its own picks on page 1."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from nashra.core import scopes
from nashra.picks import services
from nashra.picks.models import FEATURED, LEAD, Pick

pytestmark = pytest.mark.django_db


def home(slug="eg") -> str:
    return Client(HTTP_HOST=f"{slug}.localhost").get("/").content.decode()


def top_story(html: str) -> str:
    start = html.index('<article class="top-story">')
    return html[start:html.index("</article>", start)]


def latest(html: str) -> str:
    start = html.index('<section class="latest"')
    return html[start:html.index("</section>", start)]


def featured(html: str) -> str:
    start = html.index('<section class="featured"')
    return html[start:html.index("</section>", start)]


def pick(edition, article, slot=LEAD, section=None, **fields):
    return services.add_pick(Pick(edition=edition, section=section, article=article, slot=slot, **fields))


def test_without_picks_the_newest_story_leads(stories):
    html = home()
    assert "أحدث خبر عن الديكور" in top_story(html)
    assert '<section class="featured"' not in html


def test_the_lead_pick_tops_the_home_page_and_featured_follow_in_order(editions, stories):
    eg = editions["eg"]
    pick(eg, stories["politics"])
    pick(eg, stories["politics3"], FEATURED)
    pick(eg, stories["newest"], FEATURED)
    html = home()
    assert "خبر سياسي مهم" in top_story(html)
    block = featured(html)
    assert "مختارات المحررين" in block
    assert block.index("خبر سياسي ثالث") < block.index("أحدث خبر عن الديكور")
    rest = latest(html)
    for title in ("خبر سياسي مهم", "خبر سياسي ثالث", "أحدث خبر عن الديكور"):
        assert title not in rest  # shown above: not twice
    assert "خبر سياسي ثان" in rest
    assert "خبر من بيروت" not in html
    assert "خبر سياسي مهم" not in top_story(home("lb"))  # lb's page is its own


def test_an_expired_pick_falls_back_to_the_newest(editions, stories):
    pick(editions["eg"], stories["politics"], expires_at=timezone.now() + timedelta(hours=1))
    assert "خبر سياسي مهم" in top_story(home())
    cache.clear()  # the kept lists are bounded by the expiry (below); here: a render after it
    later = timezone.now() + timedelta(hours=1, seconds=1)
    with mock.patch("nashra.picks.services.timezone.now", return_value=later):
        html = home()
    assert "أحدث خبر عن الديكور" in top_story(html)
    assert "خبر سياسي مهم" in latest(html)  # back in the list, as any story


def test_the_kept_top_story_does_not_outlive_the_picks_expiry(editions, stories):
    expires = timezone.now() + timedelta(seconds=40)  # less than the fragments' usual lifetime
    pick(editions["eg"], stories["politics"], expires_at=expires)
    kept = {}
    real_set = scopes.cache.set

    def spy(key, value, seconds=None):
        kept[key.rsplit(":", 1)[-1]] = seconds
        return real_set(key, value, seconds)

    with mock.patch.object(scopes.cache, "set", side_effect=spy):
        home()
    assert scopes.default_ttl() > 41
    assert 0 < kept["home-top"] <= 41
    assert kept["latest"] == scopes.default_ttl()  # the other lists keep their lifetime


@pytest.mark.parametrize("change", ["unpublish", "delete", "move"])
def test_a_pick_whose_story_left_the_page_is_not_shown(editions, stories, change):
    politics = editions["sections"]["eg"]["politics"]
    article = stories["politics"]
    pick(editions["eg"], article, section=politics)
    pick(editions["eg"], article)
    assert "خبر سياسي مهم" in top_story(home())
    if change == "unpublish":
        article.unpublish()
    elif change == "delete":
        article.delete()
    else:
        article.move(editions["sections"]["lb"]["politics"], pos="last-child")
    assert "أحدث خبر عن الديكور" in top_story(home())
    section_html = Client(HTTP_HOST="eg.localhost").get("/politics/").content.decode()
    assert '<div class="picks">' not in section_html
    if change == "move":  # its new edition does not inherit eg's pick
        assert "خبر سياسي مهم" not in top_story(home("lb"))


def test_a_story_moved_to_another_section_leaves_that_sections_picks(editions, stories):
    politics = editions["sections"]["eg"]["politics"]
    pick(editions["eg"], stories["politics2"], section=politics)
    client = Client(HTTP_HOST="eg.localhost")
    assert "خبر سياسي ثان" in top_story(client.get("/politics/").content.decode())
    stories["politics2"].move(editions["sections"]["eg"]["sports"], pos="last-child")
    html = client.get("/politics/").content.decode()
    assert '<div class="picks">' not in html


def test_a_section_page_shows_its_picks_on_page_one_only(editions, stories, article_factory):
    politics = editions["sections"]["eg"]["politics"]
    for n in range(22):
        article_factory("eg", title=f"قديم {n}")
    pick(editions["eg"], stories["politics3"], section=politics)
    pick(editions["eg"], stories["politics2"], FEATURED, section=politics)
    client = Client(HTTP_HOST="eg.localhost")
    html = client.get("/politics/").content.decode()
    picks_block = html[html.index('<div class="picks">'):html.index('<nav', html.index('<div class="picks">'))]
    assert "خبر سياسي ثالث" in top_story(picks_block) and "خبر سياسي ثان" in featured(picks_block)
    listed = html[html.index("</div>", html.index('<div class="picks">')):]
    assert html.count("خبر سياسي ثالث") == 1 and html.count("خبر سياسي ثان") == 1  # not again in the list
    assert "قديم 0" in listed
    before = html.split("?before=")[1].split('"')[0].replace("&amp;", "&")
    second = client.get(f"/politics/?before={before}").content.decode()
    assert '<div class="picks">' not in second
    assert "خبر سياسي مهم" not in top_story(home())  # section picks stay on their page
