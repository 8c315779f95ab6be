"""The beacon counts views without touching cached pages; «الأكثر قراءة» lists them."""

import re

import pytest
from django.test import Client

from tests.delivery.conftest import url_of

pytestmark = pytest.mark.django_db


def test_article_page_carries_the_beacon_without_inline_script(page_cache, eg_client, article_factory):
    article = article_factory()
    html = eg_client.get(url_of(article)).content.decode()
    assert f'data-beacon="/_b/?a={article.pk}"' in html
    assert re.search(r'<script src="[^"]*delivery/beacon[^"]*\.js" defer></script>', html)
    assert 'data-beacon' not in eg_client.get("/").content.decode()  # only articles are counted
    assert "<script>" not in html and " style=" not in html


def test_beacon_answers_204_and_counts(article_factory, editions):
    from nashra.delivery import counts
    from nashra.delivery.models import ArticleViews

    counts.flush()
    a = article_factory()
    client = Client(HTTP_HOST="eg.localhost")
    for _ in range(3):
        response = client.get(f"/_b/?a={a.pk}")
        assert response.status_code == 204 and response["Cache-Control"] == "no-store"
    assert client.post(f"/_b/?a={a.pk}").status_code == 204  # navigator.sendBeacon POSTs
    for bad in ("", "abc", "-1", "99999999999999999999", "999999"):
        assert client.get(f"/_b/?a={bad}").status_code == 204
    assert client.put(f"/_b/?a={a.pk}").status_code == 405
    counts.flush()
    assert sum(ArticleViews.objects.values_list("views", flat=True)) == 4
    assert set(ArticleViews.objects.values_list("article_id", "edition_id")) == {(a.pk, editions["eg"].pk)}


def test_most_read_per_edition_for_24_hours_and_7_days(article_factory, editions):
    import time

    from nashra.delivery import counts

    counts.flush()
    hot, warm, old = article_factory(title="الأكثر"), article_factory(title="الثاني"), article_factory(title="قديم")
    lebanese = article_factory(edition="lb", title="لبناني")
    now = time.time()
    for article, views, age_hours in ((hot, 5, 1), (warm, 2, 3), (old, 9, 72), (lebanese, 20, 1)):
        for _ in range(views):
            counts.record_view(article.pk, now=now - age_hours * 3600)
    counts.flush()
    assert counts.most_read(editions["eg"], 24) == [hot, warm]
    assert counts.most_read(editions["eg"], 168) == [old, hot, warm]
    assert counts.most_read(editions["lb"], 24) == [lebanese]
    html = Client(HTTP_HOST="eg.localhost").get("/").content.decode()
    block = html[html.index('<section class="block most-read"'):]
    block = block[: block.index("</section>")]
    day = block[block.index('class="most-read-day"'):block.index('class="most-read-week"')]
    assert "الأكثر قراءة" in block and day.index("الأكثر") < day.index("الثاني") and "قديم" not in day


def test_unpublished_articles_leave_the_list(article_factory, editions):
    from nashra.delivery import counts

    counts.flush()
    a = article_factory()
    counts.record_view(a.pk)
    counts.flush()
    assert counts.most_read(editions["eg"]) == [a]
    a.unpublish()
    from django.core.cache import cache

    cache.clear()
    assert counts.most_read(editions["eg"]) == []


def test_beacon_is_rate_limited_per_reader(article_factory, settings):
    from django.core.cache import cache

    from nashra.delivery import counts
    from nashra.delivery.models import ArticleViews

    cache.clear()
    counts.flush()
    settings.NASHRA_RATELIMITS = {"beacon": "3/m"}
    a = article_factory()
    replay = Client(HTTP_HOST="eg.localhost", REMOTE_ADDR="203.0.113.7")
    statuses = [replay.get(f"/_b/?a={a.pk}").status_code for _ in range(6)]
    assert statuses == [204, 204, 204, 429, 429, 429]
    other_reader = Client(HTTP_HOST="eg.localhost", REMOTE_ADDR="203.0.113.8")
    assert other_reader.get(f"/_b/?a={a.pk}").status_code == 204
    counts.flush()
    assert sum(ArticleViews.objects.filter(article_id=a.pk).values_list("views", flat=True)) == 4
