"""Fragments every page of an edition shares (lists, ticker, navigation, footer, the edition itself)
are kept between page-cache misses: each event that changes one must rebuild it at once.

The page cache is off here (as in tests by default): every GET is a miss rendered from the
fragments, so a stale fragment would show.
"""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from nashra.core import scopes
from nashra.delivery.store import get_store
from tests.delivery.conftest import url_of, without_clock

pytestmark = pytest.mark.django_db


def get(client, path, status=200) -> str:
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return response.content.decode()


def sidebar(html: str) -> str:
    return html[html.index('<aside class="side">'):]


def ticker(html: str) -> str:
    match = re.search(r'<section class="ticker".*?</section>', html, re.S)
    return match.group(0) if match else ""


def related(html: str) -> str:
    """The «المزيد من …» list of an article page ("" when the section has no other story)."""
    match = re.search(r'<section aria-labelledby="related-h">.*?</section>', html, re.S)
    return match.group(0) if match else ""


def nav(html: str) -> str:
    return re.search(r'<nav class="nav".*?</nav>', html, re.S).group(0)


def latest_block(html: str) -> str:
    return re.search(r'<section class="latest".*?</section>', html, re.S).group(0)


@pytest.fixture
def eg():
    return Client(HTTP_HOST="eg.localhost")


@pytest.fixture
def lb():
    return Client(HTTP_HOST="lb.localhost")


@pytest.fixture
def story(article_factory):
    """An article whose page (and so the edition's fragments) has been rendered once."""
    return article_factory(title="خبر قائم")


def test_a_new_story_reaches_home_and_every_sidebar_at_once(eg, story, article_factory):
    page = url_of(story)
    assert "خبر طازج" not in get(eg, page) + get(eg, "/")
    article_factory(title="خبر طازج", published_at=timezone.now())
    html = get(eg, page)
    assert "خبر طازج" in sidebar(html)  # «المزيد من سياسة» and «آخر الأخبار»
    assert sidebar(html).count("خبر طازج") == 2
    assert "خبر طازج" in get(eg, "/")


def test_an_edited_title_replaces_the_old_one_in_the_lists(eg, story, article_factory):
    other = article_factory(title="عنوان قبل التصحيح", published_at=timezone.now())
    assert "عنوان قبل التصحيح" in sidebar(get(eg, url_of(story)))
    other.title = "عنوان بعد التصحيح"
    other.save_revision().publish()
    html = get(eg, url_of(story))
    assert "عنوان بعد التصحيح" in sidebar(html) and "عنوان قبل التصحيح" not in html
    assert "عنوان بعد التصحيح" in get(eg, "/")


def test_an_unpublished_story_leaves_every_list(eg, story, article_factory):
    gone = article_factory(title="خبر سيُسحب", published_at=timezone.now())
    assert "خبر سيُسحب" in get(eg, url_of(story)) and "خبر سيُسحب" in get(eg, "/")
    gone.unpublish()
    assert "خبر سيُسحب" not in get(eg, url_of(story))
    assert "خبر سيُسحب" not in get(eg, "/")
    assert "خبر سيُسحب" not in get(eg, "/politics/")


def test_a_moved_story_changes_section_lists(eg, editions, story, article_factory):
    sports_story = article_factory(section="sports", title="خبر رياضي")
    mover = article_factory(title="خبر ينتقل", published_at=timezone.now())
    assert "خبر ينتقل" in related(get(eg, url_of(story)))
    assert "خبر ينتقل" not in related(get(eg, url_of(sports_story)))
    assert "خبر ينتقل" not in get(eg, "/sports/")
    mover.move(editions["sections"]["eg"]["sports"], pos="last-child")
    assert "خبر ينتقل" not in related(get(eg, url_of(story)))
    assert "خبر ينتقل" in related(get(eg, url_of(sports_story)))
    assert "خبر ينتقل" in get(eg, "/sports/") and "خبر ينتقل" not in get(eg, "/politics/")


def test_ticker_follows_breaking_news_on_every_page(eg, story, article_factory):
    page = url_of(story)
    assert ticker(get(eg, page)) == ""
    urgent = article_factory(title="عاجل الآن", is_breaking=True)
    assert "عاجل الآن" in ticker(get(eg, page)) and "عاجل الآن" in ticker(get(eg, "/sports/"))
    urgent.is_breaking = False
    urgent.save_revision().publish()
    assert ticker(get(eg, page)) == ""


def kept_for(monkeypatch) -> dict:
    """Record the timeout of every fragment stored from now on: {key: seconds}."""
    timeouts = {}
    real_set = cache.set

    def spy(key, value, timeout=None, **kwargs):
        timeouts[key] = timeout
        return real_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(scopes.cache, "set", spy)
    return timeouts


def test_ticker_is_kept_no_longer_than_its_first_expiry(eg, story, article_factory, monkeypatch):
    article_factory(title="عاجل قصير", is_breaking=True, breaking_until=timezone.now() + timedelta(seconds=30))
    timeouts = kept_for(monkeypatch)
    assert "عاجل قصير" in ticker(get(eg, url_of(story)))
    ticker_keys = [key for key in timeouts if key.endswith(":ticker")]
    assert ticker_keys and all(0 < timeouts[key] <= 31 for key in ticker_keys)
    assert timeouts[next(key for key in timeouts if key.endswith(":nav"))] == scopes.default_ttl()


def test_section_changes_reach_the_navigation(eg, editions, story):
    section = editions["sections"]["eg"]["sports"]
    assert "رياضة" in nav(get(eg, url_of(story)))
    section.title = "الرياضة والشباب"
    section.save_revision().publish()
    html = get(eg, url_of(story))
    assert "الرياضة والشباب" in nav(html) and "رياضة<" not in nav(html)


def test_edition_settings_reach_header_cards_and_other_editions_footer(eg, lb, editions, story, article_factory):
    article_factory(title="خبر في القائمة")
    assert "2025" in sidebar(get(eg, url_of(story))) and "مصر اليوم" in get(lb, "/")
    edition = editions["eg"]
    edition.name = "مصر الآن"
    edition.digits = "arabic"
    edition.save()
    html = get(eg, url_of(story))
    assert '<a href="/" rel="home">مصر الآن</a>' in html
    assert "٢٠٢٥" in sidebar(html)  # the cards' stamps use the edition's digits
    footer = get(lb, "/")[get(lb, "/").index('<footer class="site-footer">'):]
    assert "مصر الآن" in footer


def test_last_update_stamp_moves_with_each_publish(eg, editions, story, article_factory):
    from nashra.arabic import dates
    from nashra.delivery.purge import purge_fragments
    from nashra.editions.models import Edition

    long_ago = timezone.now() - timedelta(days=3)
    Edition.objects.filter(pk=editions["eg"].pk).update(last_published_at=long_ago)
    purge_fragments("eg")
    style = editions["eg"].date_style
    assert f'datetime="{dates.iso_local(long_ago, style)}"' in get(eg, url_of(story))
    article_factory(title="آخر ما نُشر", published_at=timezone.now())
    moved = Edition.objects.get(pk=editions["eg"].pk).last_published_at
    assert moved > long_ago
    html = get(eg, url_of(story))
    assert f'datetime="{dates.iso_local(moved, style)}"' in html
    assert f'datetime="{dates.iso_local(long_ago, style)}"' not in html


def test_network_settings_reach_the_footer(eg, story):
    from nashra.editions.models import NetworkSettings

    assert "مكتب الشبكة في القاهرة" not in get(eg, url_of(story))
    row = NetworkSettings.load()
    row.address = "مكتب الشبكة في القاهرة"
    row.save()
    assert "مكتب الشبكة في القاهرة" in get(eg, url_of(story))


def test_comment_settings_reach_the_form_of_every_article(eg, editions, story):
    from nashra.comments.models import CommentSettings

    assert 'data-max="1000"' in get(eg, url_of(story))
    settings_row, _ = CommentSettings.objects.get_or_create(edition=editions["eg"])
    settings_row.max_length = 400
    settings_row.rules_text = "قواعد جديدة للنشر"
    settings_row.save()
    html = get(eg, url_of(story))
    assert 'data-max="400"' in html and 'maxlength="800"' in html and "قواعد جديدة للنشر" in html
    assert f'action="/comments/{story.pk}/new/"' in html


def test_each_article_gets_its_own_comment_links_from_the_shared_form(eg, story, article_factory):
    other = article_factory(title="خبر آخر")
    assert f"/comments/{story.pk}/new/" in get(eg, url_of(story))
    html = get(eg, url_of(other))
    assert f"/comments/{other.pk}/new/" in html and f"/comments/{story.pk}/new/" not in html


def test_feed_settings_reach_hreflang(eg, editions, article_factory):
    from nashra.syndication.models import EditionFeedSettings

    mine = article_factory(title="قصة مشتركة", external_id="shared-1")
    article_factory(edition="lb", title="قصة مشتركة", external_id="shared-1")
    assert 'hreflang="ar-LB"' in get(eg, url_of(mine))
    EditionFeedSettings.objects.create(edition=editions["lb"], country_code="sy")
    html = get(eg, url_of(mine))
    assert 'hreflang="ar-SY"' in html and 'hreflang="ar-LB"' not in html


def test_privacy_set_on_a_section_applies_at_once(eg, editions, story):
    from wagtail.models import PageViewRestriction

    get(eg, url_of(story))
    restriction = PageViewRestriction.objects.create(
        page=editions["sections"]["eg"]["politics"], restriction_type=PageViewRestriction.LOGIN
    )
    assert eg.get(url_of(story)).status_code == 302  # to the login page
    restriction.delete()
    get(eg, url_of(story))


def test_a_site_renamed_serves_its_edition_on_the_new_host(editions):
    client = Client(HTTP_HOST="lebanon.localhost")
    assert "مصر اليوم" in get(client, "/")  # unknown host: the default site (eg)
    site = editions["lb"].site
    site.hostname = "lebanon.localhost"
    site.save()
    assert '<a href="/" rel="home">لبنان اليوم</a>' in get(client, "/")


def test_image_changes_drop_the_cards_that_name_its_renditions(editions):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 200), (180, 40, 40)).save(buffer, "PNG")
    image = get_image_model().objects.create(title="صورة", file=ImageFile(buffer, name="lead.png"), width=320,
                                             height=200)
    rendition = image.get_rendition("fill-240x150")
    store = get_store()
    buckets = ("frag-eg", "frag-lb", scopes.NETWORK)
    before = [store.generation(bucket) for bucket in buckets]
    get_image_model().get_rendition_model().objects.filter(pk=rendition.pk).delete()
    after = [store.generation(bucket) for bucket in buckets]
    assert all(a != b for a, b in zip(before, after, strict=True))


def test_fragments_are_per_edition(eg, lb, editions, article_factory):
    article_factory(title="خبر مصري", published_at=timezone.now())
    article_factory(edition="lb", title="خبر لبناني", published_at=timezone.now())
    article_factory(title="خبر مصري ثان")
    eg_home, lb_home = get(eg, "/"), get(lb, "/")
    assert "خبر مصري ثان" in latest_block(eg_home) and "خبر لبناني" not in eg_home
    assert "خبر لبناني" in lb_home and "خبر مصري" not in lb_home


def test_without_the_fragment_cache_pages_are_the_same(eg, story, article_factory, settings):
    article_factory(title="عاجل", is_breaking=True)
    article_factory(section="sports", title="خبر رياضي")
    pages = [url_of(story), "/", "/politics/", "/sports/"]
    cached = [get(eg, path) for path in pages]
    settings.NASHRA_FRAGMENT_CACHE = False
    direct = [get(eg, path) for path in pages]
    for a, b in zip(cached, direct, strict=True):
        assert without_clock(a) == without_clock(b)


def test_todays_horoscope_reaches_the_home_page(eg, editions):
    from nashra.horoscopes import services
    from nashra.horoscopes.models import DailyHoroscope
    from nashra.horoscopes.signs import sign_of_the_day

    home = get(eg, "/")
    assert "horoscope-home" in home
    today = services.edition_today(editions["eg"])
    DailyHoroscope.objects.create(edition=editions["eg"], date=today, sign=sign_of_the_day(today).slug,
                                  text="يوم موفق للمسافرين")
    assert "يوم موفق للمسافرين" in get(eg, "/")


def test_caricature_of_the_day_follows_saves_and_the_schedule(eg, editions, monkeypatch):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from nashra.caricatures.models import Artist, Caricature

    artist = Artist.objects.create(name="رسام", slug="rassam")
    image = Image.objects.create(title="رسم", file=get_test_image_file(size=(640, 400)))

    def make(title, hours_ago):
        return Caricature.objects.create(edition=editions["eg"], title=title, image=image, artist=artist,
                                         published_at=timezone.now() - timedelta(hours=hours_ago))

    assert "caricature-home" not in get(eg, "/")
    make("رسم الصباح", 1)
    assert "رسم الصباح" in get(eg, "/")
    timeouts = kept_for(monkeypatch)
    make("رسم المساء", -0.01)  # goes up in 36 seconds
    assert "رسم المساء" not in get(eg, "/")
    caricature_keys = [key for key in timeouts if key.endswith(":caricature")]
    assert caricature_keys and all(0 < timeouts[key] <= 37 for key in caricature_keys)


def test_comments_closed_on_one_article_purge_its_cached_page(page_cache, eg_client, story):
    from nashra.comments.models import ArticleCommentSettings

    assert "أضف تعليقك" in get(eg_client, url_of(story))
    assert eg_client.get(url_of(story))["X-Cache"] == "HIT"
    ArticleCommentSettings.objects.create(article=story, mode="closed")
    html = get(eg_client, url_of(story))
    assert "التعليقات مغلقة على هذا الخبر." in html and "أضف تعليقك" not in html


def test_an_edition_without_stories_renders_from_its_empty_fragments(eg, editions):
    for _ in range(2):  # the second render reads the (empty) lists back from the cache
        html = get(eg, "/")
        assert "لا أخبار منشورة بعد." in html and '<section class="latest"' not in html
    assert "لا أخبار في هذه الصفحة." in get(eg, "/politics/") and "لا أخبار في هذه الصفحة." in get(eg, "/politics/")
