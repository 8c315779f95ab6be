"""The newsroom screen: post in one step, edit, pin, delete, approve; bad input answered in Arabic
with the text kept; only the blog's edition."""

import pytest
from django.urls import reverse

from nashra.liveblog.models import LiveBlogEntry
from tests.liveblog.conftest import make_blog, member

pytestmark = pytest.mark.django_db


def screen(blog):
    return reverse("liveblog_admin_blog", args=[blog.pk])


def post(client, blog, **data):
    return client.post(screen(blog), {"action": "post", **data})


def test_a_reporter_posts_an_entry_in_one_step(editions, blog):
    reporter = member(editions, "eg", "reporter")
    response = post(reporter, blog, title="عاجل", body="سطر أول\n\nفقرة ثانية", highlight="1")
    assert response.status_code == 302
    entry = LiveBlogEntry.objects.get(blog=blog)
    assert entry.approved and entry.highlight and entry.author == reporter.user
    assert entry.body == "<p>سطر أول</p><p>فقرة ثانية</p>"
    page = reporter.get(screen(blog)).content.decode()
    assert "عاجل" in page


def test_edit_pin_and_delete(editions, blog):
    editor = member(editions, "eg", "editor")
    post(editor, blog, title="قبل", body="نص")
    entry = LiveBlogEntry.objects.get(blog=blog)
    assert f'value="{entry.pk}"' in editor.get(screen(blog), {"edit": entry.pk}).content.decode()
    post(editor, blog, entry=entry.pk, title="بعد", body="نص معدل")
    entry.refresh_from_db()
    assert entry.title == "بعد"
    editor.post(screen(blog), {"action": "pin", "entry": entry.pk})
    entry.refresh_from_db()
    assert entry.pinned
    editor.post(screen(blog), {"action": "delete", "entry": entry.pk})
    assert not LiveBlogEntry.objects.filter(pk=entry.pk).exists()
    response = editor.post(screen(blog), {"action": "delete", "entry": entry.pk})
    assert response.status_code == 400 and "لم يعد هذا التحديث موجودًا" in response.content.decode()


def test_approval_per_blog(editions):
    blog = make_blog(editions["sections"]["eg"]["politics"], require_approval=True)
    reporter = member(editions, "eg", "reporter")
    editor = member(editions, "eg", "editor")
    post(reporter, blog, title="ينتظر", body="نص")
    entry = LiveBlogEntry.objects.get(blog=blog)
    assert not entry.approved
    refused = reporter.post(screen(blog), {"action": "approve", "entry": entry.pk})
    assert refused.status_code == 403 and "لمحرري هذا الإصدار فقط" in refused.content.decode()
    editor.post(screen(blog), {"action": "approve", "entry": entry.pk})
    entry.refresh_from_db()
    assert entry.approved
    post(editor, blog, title="من محرر", body="نص")
    assert LiveBlogEntry.objects.get(title="من محرر").approved


@pytest.mark.parametrize("data, message", [
    ({"title": "", "body": "  "}, "التحديث فارغ"),
    ({"title": "طويل", "body": "ب" * 100_000}, "نص التحديث أطول من"),
    ({"title": "فيديو", "body": "نص", "embed_url": "https://youtube.com/watch?v=<script>alert(1)</script>"},
     "رموز أو شيفرة"),
])
def test_bad_input_is_refused_in_arabic_and_the_text_kept(editions, blog, data, message):
    reporter = member(editions, "eg", "reporter")
    response = post(reporter, blog, **data)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    if data["title"]:
        assert data["title"] in html
    assert not LiveBlogEntry.objects.exists()


def test_posting_to_an_ended_blog_and_ending_twice(editions, blog):
    editor = member(editions, "eg", "editor")
    editor.post(screen(blog), {"action": "state", "state": "ended"})
    blog.refresh_from_db()
    assert blog.state == "ended" and blog.coverage_end is not None
    response = post(editor, blog, title="متأخر", body="نص محفوظ")
    assert response.status_code == 400
    html = response.content.decode()
    assert "انتهت هذه التغطية" in html and "نص محفوظ" in html
    again = editor.post(screen(blog), {"action": "state", "state": "ended"})
    assert again.status_code == 400 and "منتهية بالفعل" in again.content.decode()


def test_other_editions_and_outsiders_are_refused(editions, blog):
    # Wagtail answers PermissionDenied with its dashboard and a message: nothing of the blog shown.
    other = member(editions, "lb", "editor")
    assert "زلزال" not in other.get(screen(blog), follow=True).content.decode()
    other.post(screen(blog), {"action": "post", "body": "من إصدار آخر"})
    assert not LiveBlogEntry.objects.exists()
    reporter = member(editions, "eg", "reporter")
    assert reporter.post(screen(blog), {"action": "state", "state": "ended"}).status_code == 403
    assert "زلزال" in reporter.get(reverse("liveblog_admin")).content.decode()


def test_the_page_editor_sees_the_state_set_in_the_newsroom(editions, blog):
    editor = member(editions, "eg", "editor")
    editor.post(screen(blog), {"action": "state", "state": "paused"})
    blog.refresh_from_db()
    assert blog.state == "paused"
    assert blog.get_latest_revision_as_object().state == "paused"


def test_an_entry_with_only_a_picture_or_a_video(editions, blog):
    from django.test import Client

    from tests.rich_factories import make_image

    image = make_image("صورة من الموقع")
    reporter = member(editions, "eg", "reporter")
    assert "صورة من الموقع" in reporter.get(screen(blog)).content.decode()
    assert post(reporter, blog, image=image.pk).status_code == 302
    assert post(reporter, blog, embed_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ").status_code == 302
    refused = post(reporter, blog, title="صورة مفقودة", image="999999")
    assert refused.status_code == 400 and "الصورة المختارة غير موجودة" in refused.content.decode()
    html = Client(HTTP_HOST="eg.localhost").get(blog.get_url_parts()[2]).content.decode()
    assert html.count('class="lb-entry') == 2 and "<img" in html
    assert "youtube.com/watch?v=dQw4w9WgXcQ" in html and "embed-facade" in html
