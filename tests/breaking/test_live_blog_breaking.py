"""Breaking mode on a live blog: it leads the ticker and the top of its edition's home page (and of
its section when chosen) above the editors' own lead, which moves to the featured stories and is
not touched; the pages are kept briefly; ending it puts every page back as it was. Same permissions
and Arabic refusals as for articles."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nashra.breaking import services
from nashra.breaking.models import BreakingSwitch
from nashra.picks.models import LEAD, Pick
from tests.breaking.conftest import member
from tests.breaking.test_breaking import denied, home, ticker
from tests.liveblog.conftest import make_blog

pytestmark = pytest.mark.django_db

BLOG = "زلزال: تغطية مباشرة"


@pytest.fixture
def blog(editions):
    return make_blog(editions["sections"]["eg"]["politics"], title=BLOG)


def switch_on(client, page, **data):
    return client.post(reverse("breaking_start", args=[page.pk]), {"ends_at": "", **data})


def top_story(body):
    """The top story (an article's or the live blog's own drawing), "" when the page has none."""
    if '<article class="top-story' not in body:
        return ""
    start = body.index('<article class="top-story')
    return body[start:body.index("</article>", start)]


def featured(body):
    # What follows the top story: the featured picks and the lists.
    start = body.index("</article>", body.index('<article class="top-story'))
    return body[start:]


def test_a_breaking_live_blog_leads_the_ticker_and_the_home_page(editions, stories, blog):
    before = home()
    assert BLOG not in ticker(before) and "الخبر الرئيسي المختار" in top_story(before)
    client = member(editions, "eg", "editor")
    form = client.get(reverse("breaking_start", args=[blog.pk]))
    assert form.status_code == 200 and "فوق الخبر الرئيسي المختار" in form.content.decode()
    politics = editions["sections"]["eg"]["politics"]
    assert switch_on(client, blog, sections=[str(politics.pk)]).status_code == 302

    body = home()
    strip = ticker(body)
    assert BLOG in strip
    switch = BreakingSwitch.objects.get()
    assert f'<time datetime="{switch.started_at.isoformat()}" data-ago>' in strip  # «منذ …» from the switch
    top = top_story(body)
    assert BLOG in top and "مباشر" in top and "زلزال بقوة 6 درجات" in top  # the key points
    assert blog.get_url_parts()[2] in top
    assert "الخبر الرئيسي المختار" in featured(body)  # the editors' lead is still on the page
    assert list(Pick.objects.values_list("article_id", "slot")) == [(stories["lead"].pk, LEAD)]  # untouched
    section = Client(HTTP_HOST="eg.localhost").get(politics.url).content.decode()
    assert BLOG in top_story(section)
    sports = Client(HTTP_HOST="eg.localhost").get(editions["sections"]["eg"]["sports"].url).content.decode()
    assert BLOG in ticker(sports) and BLOG not in top_story(sports)  # not chosen: the ticker only
    assert BLOG not in home("lb.localhost")  # another edition is untouched


def test_ending_it_puts_every_page_back(editions, stories, blog):
    client = member(editions, "eg", "editor")
    switch_on(client, blog)
    assert BLOG in top_story(home())
    switch = BreakingSwitch.objects.get()
    assert client.post(reverse("breaking_end", args=[switch.pk])).status_code == 302
    body = home()
    assert BLOG not in ticker(body) and "الخبر الرئيسي المختار" in top_story(body)
    assert list(Pick.objects.values_list("article_id", "slot")) == [(stories["lead"].pk, LEAD)]
    again = client.post(reverse("breaking_end", args=[switch.pk]), follow=True).content.decode()
    assert "انتهى وضع العاجل لهذا الخبر بالفعل" in again  # a blog ended twice: refused in Arabic


def test_without_a_lead_pick_the_newest_story_goes_back_to_the_lists(editions, stories, blog):
    Pick.objects.all().delete()
    switch_on(member(editions, "eg", "editor"), blog)
    body = home()
    assert BLOG in top_story(body)
    assert "أحدث خبر رياضي" in featured(body)  # the newest story, no longer on top, is in the lists


def test_the_home_page_is_kept_briefly_while_the_blog_leads(editions, stories, blog, settings, page_cache):
    settings.NASHRA_BREAKING_CACHE_TTL = 15
    reader = Client(HTTP_HOST="eg.localhost")
    assert reader.get("/")["X-Cache"] == "MISS" and reader.get("/")["X-Cache"] == "HIT"
    client = member(editions, "eg", "editor")
    switch_on(client, blog)
    response = reader.get("/")
    assert response["X-Cache"] == "MISS" and "s-maxage=15," in response["Cache-Control"]
    assert BLOG in top_story(response.content.decode())
    client.post(reverse("breaking_end", args=[BreakingSwitch.objects.get().pk]))
    response = reader.get("/")
    assert response["X-Cache"] == "MISS"
    assert f"s-maxage={settings.NASHRA_PAGE_CACHE_TTL}" in response["Cache-Control"]
    assert BLOG not in top_story(response.content.decode())


def test_its_time_up_the_scheduler_ends_it(editions, stories, blog):
    user = member(editions, "eg", "editor").get(reverse("breaking_admin")).wsgi_request.user
    switch = services.start(blog, user, ends_at=timezone.now() + timedelta(minutes=30))
    assert services.end_due_switches() == 0 and BLOG in top_story(home())
    assert services.end_due_switches(timezone.now() + timedelta(hours=1)) == 1
    switch.refresh_from_db()
    assert switch.ended_at is not None and switch.ended_by is None
    assert BLOG not in ticker(home())


def test_an_unpublished_blog_is_not_shown_even_while_its_switch_is_on(editions, stories, blog):
    switch_on(member(editions, "eg", "editor"), blog)
    blog.unpublish()
    body = home()
    assert BLOG not in ticker(body) and "الخبر الرئيسي المختار" in top_story(body)


@pytest.mark.parametrize("role", ["reporter", "moderator"])
def test_reporters_and_moderators_cannot_switch_a_blog(editions, blog, role):
    client = member(editions, "eg", role)
    assert denied(switch_on(client, blog))
    assert reverse("breaking_start", args=[blog.pk]) not in client.get(
        reverse("wagtailadmin_pages:edit", args=[blog.pk])).content.decode()
    assert not BreakingSwitch.objects.exists()


def test_an_editor_of_another_edition_cannot_switch_it(editions, blog):
    assert denied(switch_on(member(editions, "lb", "editor", username="lb-ed"), blog))
    assert not BreakingSwitch.objects.exists()


def test_the_blog_editor_header_offers_the_switch_and_other_pages_are_refused(editions, blog):
    client = member(editions, "eg", "editor")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[blog.pk])).content.decode()
    assert reverse("breaking_start", args=[blog.pk]) in edit
    politics = editions["sections"]["eg"]["politics"]
    assert client.get(reverse("breaking_start", args=[politics.pk])).status_code == 404  # a section page
    assert client.get(reverse("breaking_start", args=[10 ** 9])).status_code == 404
    with pytest.raises(services.ValidationError, match="التغطيات المباشرة"):
        services.start(politics.specific, client.get(reverse("breaking_admin")).wsgi_request.user)
    switch_on(client, blog)
    again = switch_on(client, blog)
    assert again.status_code == 400 and "مشغّل لهذا الخبر بالفعل" in again.content.decode()


def test_renaming_or_unpublishing_a_leading_blog_reaches_every_kept_page(editions, stories, blog, settings,
                                                                         page_cache):
    settings.NASHRA_FRAGMENT_CACHE = True
    reader = Client(HTTP_HOST="eg.localhost")
    switch_on(member(editions, "eg", "editor"), blog)
    assert BLOG in top_story(reader.get("/").content.decode())
    sports = editions["sections"]["eg"]["sports"].url
    assert BLOG in ticker(reader.get(sports).content.decode())
    blog.title = "زلزال: الحصيلة تتزايد"
    blog.save_revision().publish()
    assert "الحصيلة تتزايد" in top_story(reader.get("/").content.decode())
    assert "الحصيلة تتزايد" in ticker(reader.get(sports).content.decode())
    blog.unpublish()
    body = reader.get("/").content.decode()
    assert "الحصيلة تتزايد" not in body and "الخبر الرئيسي المختار" in top_story(body)
    assert "الحصيلة تتزايد" not in reader.get(sports).content.decode()
    blog.delete()
    assert not BreakingSwitch.objects.exists()
