"""What an uncached page costs in SQL: a fixed number of queries, whatever the lists show.

Issue #6: a page-cache miss must be cheap. The lists every page of an edition shares
(navigation, ticker, «آخر الأخبار», section lists, footer) are built once per fragment
generation with one query per list; the article's own page then reads only the article,
its authors and tags, its copies in other editions and its comments. A query per list
item (a thumbnail, a section title, a URL) coming back would break these bounds.
"""

import io
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage

pytestmark = pytest.mark.django_db

#: The article page once the edition's fragments exist: article (with its lead image), authors,
#: tags, hreflang copies, comment override, comments.
ARTICLE_WARM = 6
#: Right after a purge (every fragment, the Sites and the edition read again): one query per list,
#: a little slack (each list has five or more items, so a query per item would exceed it). PostgreSQL
#: reads the article page with two queries more than SQLite (27 there).
COLD = {"article": 29, "home": 26, "section": 17}


def _image(n):
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (480, 300), (40 + n, 40, 40)).save(buffer, "PNG")
    return get_image_model().objects.create(title=f"صورة {n}", file=ImageFile(buffer, name=f"card{n}.png"),
                                            width=480, height=300)


@pytest.fixture
def busy_edition(editions, article_factory):
    """Full lists: 12 politics and 6 sports stories with pictures, bylines and tags; 3 breaking."""
    start = datetime(2025, 12, 9, 4, 47, tzinfo=UTC)
    stories = []
    for n in range(18):
        section = "politics" if n < 12 else "sports"
        article = article_factory(
            section=section, title=f"خبر مزدحم {n}", published_at=start - timedelta(minutes=n),
            lead_image=_image(n), lead_image_caption="تعليق", authors=("كاتب أول", f"كاتب {n}"),
            is_breaking=n < 3, external_id=f"busy-{n}",
        )
        article.tags.add("وسم", f"وسم {n}")
        article.save_revision().publish()
        stories.append(article)
    return stories


def drop_fragments():
    """Everything cached gone, as after a purge of everything: the store's memo of generations too (with
    Redis a process remembers a generation for half a second), and the host → edition memo, which looks
    at the network generation only once a second — left alone, whether a cold render read the Sites
    again depended on how long the previous measurement took (a slow CI run counted one query more)."""
    from nashra.delivery.store import get_store
    from nashra.editions import resolve

    cache.clear()
    get_store().clear()
    resolve.invalidate()


def queries_for(client, path, status=200):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return len(captured), response.content.decode()


def cold_and_warm(client, path):
    """Queries of the page right after a purge of everything and once more: ``(cold, warm, html)``.

    On a shared machine one measurement can be disturbed from outside the page: a Redis call that
    times out trips the circuit breaker (the page is then rightly built from the database again), a
    fragment's lifetime or the local day can end between the two requests. So when Redis failed, or
    the warm request queried at all, the pair is measured again and the cheaper pair counts. The pair
    is always measured twice: a one-off read in the first cold render (a CI run on PostgreSQL once saw
    17 queries then 16 for the same section page) must not count as the page's cost. A query the page
    really makes shows in every measurement, so this cannot hide one."""
    from nashra.core.cache import breaker

    best = None
    for attempt in range(4):
        failures = breaker.failures
        drop_fragments()
        cold, _html = queries_for(client, path)
        warm, html = queries_for(client, path)
        if best is None or (warm, cold) < (best[1], best[0]):
            best = (cold, warm, html)
        if attempt >= 1 and breaker.failures == failures and best[1] == 0:
            break
        breaker.reset()
    return best


def test_article_page_reads_only_the_article_once_fragments_exist(busy_edition, django_assert_max_num_queries):
    client = Client(HTTP_HOST="eg.localhost")
    path = busy_edition[4].get_url_parts()[2]
    client.get(path)  # builds the edition's fragments
    with django_assert_max_num_queries(ARTICLE_WARM):
        html = client.get(path).content.decode()
    assert html.count('<li class="card') == 5 + 6  # «المزيد من سياسة» and «آخر الأخبار» are full
    assert html.count('<a class="title"') == 11
    assert "خبر مزدحم 0" in html[html.index('<section class="ticker"'):]


def test_uncached_pages_cost_the_same_with_twice_the_stories(editions, article_factory, busy_edition):
    """Cold (fragments just dropped, as after a publish) and warm: the counts do not grow with the lists."""
    client = Client(HTTP_HOST="eg.localhost")
    pages = {"article": busy_edition[4].get_url_parts()[2], "home": "/", "section": "/politics/"}
    for path in pages.values():
        client.get(path)  # renditions made once
    before = {}
    for name, path in pages.items():
        cold, warm, _html = cold_and_warm(client, path)
        before[name] = (cold, warm)
    start = datetime(2025, 12, 9, 5, 0, tzinfo=UTC)
    for n in range(18):  # as many again, newer, so the lists show only these
        article = article_factory(section="politics" if n < 12 else "sports", title=f"خبر إضافي {n}",
                                  published_at=start + timedelta(minutes=n), lead_image=_image(100 + n),
                                  authors=("كاتب ثان",), is_breaking=n < 4)
        article.tags.add("وسم آخر")
        article.save_revision().publish()
    for path in pages.values():
        client.get(path)
    for name, path in pages.items():
        cold, warm, html = cold_and_warm(client, path)
        assert "خبر إضافي" in html
        assert (cold, warm) == before[name], (name, before[name], (cold, warm))
    assert before["article"][1] <= ARTICLE_WARM
    assert before["home"][1] <= 3 and before["section"][1] <= 3
    for name, (cold, _warm) in before.items():
        assert cold <= COLD[name], (name, cold)
