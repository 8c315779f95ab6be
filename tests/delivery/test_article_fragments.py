"""An article's own text and head tags are kept between page-cache misses (``{% edition_fragment %}``
and the syndication head): each edit must show on the next render, a preview must show the draft,
and what is outside (approved comments) must never be frozen with them.

The page cache is off here (as in tests by default): every GET is a miss.
"""

import json
import re

import pytest
from django.test import Client

from nashra.comments import services
from nashra.comments.models import Comment
from nashra.core import scopes
from tests.delivery.conftest import url_of, without_clock

pytestmark = pytest.mark.django_db


@pytest.fixture
def eg():
    return Client(HTTP_HOST="eg.localhost")


def get(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


def article_main(html: str) -> str:
    return html[html.index('<article class="article">'):html.index("</article>")]


def headline(html: str) -> str:
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == "NewsArticle":
            return data["headline"]
    raise AssertionError("no NewsArticle JSON-LD")


def test_a_second_render_reads_the_kept_text(eg, article_factory, django_assert_max_num_queries):
    story = article_factory(title="خبر محفوظ", body="<p>نص الخبر المحفوظ</p>")
    first = get(eg, url_of(story))
    # The kept parts need no author, tag or hreflang query; the comments still read theirs.
    with django_assert_max_num_queries(3):
        second = get(eg, url_of(story))
    assert without_clock(second) == without_clock(first)


def test_an_edit_shows_in_the_text_and_every_head_tag(eg, article_factory):
    story = article_factory(title="عنوان أول", body="<p>الفقرة الأولى</p>")
    html = get(eg, url_of(story))
    assert headline(html) == "عنوان أول" and "الفقرة الأولى" in article_main(html)
    story.title, story.body = "عنوان مصحح", "<p>الفقرة بعد التصحيح</p>"
    story.save_revision().publish()
    html = get(eg, url_of(story))
    main = article_main(html)
    assert "عنوان مصحح" in main and "الفقرة بعد التصحيح" in main and "الفقرة الأولى" not in html
    assert headline(html) == "عنوان مصحح"
    assert '<meta property="og:title" content="عنوان مصحح">' in html


def test_a_preview_shows_the_draft_not_the_kept_copy(eg, article_factory):
    story = article_factory(title="عنوان منشور", body="<p>النص المنشور</p>")
    get(eg, url_of(story))  # keeps the published text
    story.body = "<p>مسودة لم تنشر</p>"
    draft = story.save_revision().as_object()
    preview = draft.make_preview_request().render().content.decode()
    assert "مسودة لم تنشر" in preview and "النص المنشور" not in preview
    assert "مسودة لم تنشر" not in get(eg, url_of(story))  # readers still get the published text


def test_an_approved_comment_shows_on_the_next_render(eg, article_factory):
    story = article_factory(title="خبر للتعليق")
    get(eg, url_of(story))
    comment = Comment.objects.create(article=story, edition=story.edition, status=Comment.PENDING, name="قارئ",
                                     email="reader@example.com", title="رأي القارئ", text="تعليق جديد")
    assert "رأي القارئ" not in get(eg, url_of(story))
    services.approve(Comment.objects.filter(pk=comment.pk))
    assert "رأي القارئ" in get(eg, url_of(story))


def test_fragment_names_vary_on_every_part():
    assert scopes.hashed_name("article-main", ["1", "eg.localhost"]) != scopes.hashed_name(
        "article-main", ["1", "lb.localhost"])
    assert scopes.hashed_name("article-main", ["1", "2"]) != scopes.hashed_name("article-main", ["12", ""])


def test_routing_follows_unpublish_move_and_delete(eg, editions, article_factory):
    """The article a URL leads to is kept too; it must never outlive the article's place."""
    story = article_factory(title="خبر يتنقل")
    old_url = url_of(story)
    get(eg, old_url)
    story.unpublish()
    assert eg.get(old_url).status_code == 404
    story.save_revision().publish()
    assert "خبر يتنقل" in get(eg, old_url)
    story.move(editions["sections"]["eg"]["sports"], pos="last-child")
    story.refresh_from_db()
    assert url_of(story) != old_url and "خبر يتنقل" in get(eg, url_of(story))
    assert eg.get(old_url).status_code in (301, 302, 404)  # a redirect where one is kept, never the old page
    new_url = url_of(story)
    story.delete()
    assert eg.get(new_url).status_code == 404


def test_another_storys_publish_keeps_this_storys_own_parts(eg, article_factory, django_assert_max_num_queries):
    """A newsroom publishes every few minutes: the other stories' own parts must survive it, while the
    lists around them take the new story at once."""
    from django.utils import timezone

    story = article_factory(title="خبر باق")
    get(eg, url_of(story))
    fresh = article_factory(title="خبر جديد في القسم", published_at=timezone.now())
    get(eg, url_of(fresh))  # the shared lists are rebuilt by some page; this story's part is what is measured
    with django_assert_max_num_queries(2):  # the comments only: no routing, author, tag or hreflang query
        html = get(eg, url_of(story))
    assert "خبر جديد في القسم" in html and "خبر باق" in article_main(html)


def test_a_changed_slug_leaves_the_old_address(eg, article_factory):
    story = article_factory(title="خبر بعنوان قديم")
    old_url = url_of(story)
    get(eg, old_url)
    story.slug = "new-address"
    story.save_revision().publish()
    story.refresh_from_db()
    assert url_of(story) != old_url and "خبر بعنوان قديم" in get(eg, url_of(story))
    response = eg.get(old_url)
    assert response.status_code != 200 or "new-address" in response.get("Location", "")


def test_a_renamed_section_reaches_the_kicker_of_its_stories(eg, editions, article_factory):
    story = article_factory(title="خبر في قسم سيتغير اسمه")
    assert ">سياسة</a>" in article_main(get(eg, url_of(story)))
    section = editions["sections"]["eg"]["politics"]
    section.title = "شؤون سياسية"
    section.save_revision().publish()
    assert ">شؤون سياسية</a>" in article_main(get(eg, url_of(story)))
