"""«نشر في إصدارات أخرى»: linked copies in other editions share the story's id (hreflang in both
editions once published), each with its own URL and its edition's dates; editing the original updates
only the copies nobody edited; an editor of one edition only cannot copy to another."""

import pytest
from django.test import Client
from django.urls import reverse

from nashra.articles.models import ArticlePage
from nashra.wire.models import ArticleCopy
from tests.wire.conftest import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(article_factory):
    return article_factory("eg", title="قمة اقتصادية عربية في القاهرة", dateline="القاهرة",
                           body="<p>تبدأ غدا أعمال القمة الاقتصادية العربية.</p>")


def editor_of_both(editions):
    client, user = member(editions, "eg", "editor", username="both")
    from django.contrib.auth.models import Group

    from nashra.editions.services import group_name
    user.groups.add(Group.objects.get(name=group_name(editions["lb"], "editor")))
    return client, user


def test_copy_to_another_edition_with_hreflang_in_both(editions, story):
    client, user = editor_of_both(editions)
    lb_politics = editions["sections"]["lb"]["politics"]
    page = client.get(reverse("wire_copy_page", args=[story.pk]))
    assert page.status_code == 200 and "لبنان اليوم" in page.content.decode()
    response = client.post(reverse("wire_copy_page", args=[story.pk]), {"action": "copy",
                                                                        "section": [lb_politics.pk]})
    assert response.status_code == 302
    story.refresh_from_db()
    copy = ArticlePage.objects.get(edition=editions["lb"])
    assert copy.external_id == story.external_id and copy.section_id == lb_politics.pk
    assert copy.title == story.title and copy.dateline == "القاهرة" and not copy.live
    copy.get_latest_revision().publish()
    copy.refresh_from_db()
    eg_page = Client(HTTP_HOST="eg.localhost").get(story.get_url()).content.decode()
    lb_page = Client(HTTP_HOST="lb.localhost").get(copy.get_url()).content.decode()
    for html in (eg_page, lb_page):
        assert 'hreflang="ar-EG"' in html and 'hreflang="ar-LB"' in html
    assert copy.get_full_url() != story.get_full_url()
    # a second copy in the same edition is not offered
    assert "لبنان اليوم" not in client.get(reverse("wire_copy_page", args=[story.pk])).content.decode().split(
        "انسخ إلى")[-1]


def test_editing_the_original_updates_copies_not_edited_locally(editions, story, article_factory):
    client, user = editor_of_both(editions)
    lb_politics = editions["sections"]["lb"]["politics"]
    client.post(reverse("wire_copy_page", args=[story.pk]), {"action": "copy", "section": [lb_politics.pk]})
    copy = ArticlePage.objects.get(edition=editions["lb"])
    original = story.get_latest_revision_as_object()
    original.title = "قمة اقتصادية عربية تبدأ أعمالها في القاهرة"
    original.save_revision(user=user).publish()
    client.post(reverse("wire_copy_page", args=[story.pk]), {"action": "update"})
    copy.refresh_from_db()
    assert copy.get_latest_revision_as_object().title == "قمة اقتصادية عربية تبدأ أعمالها في القاهرة"
    # a local edit in lb: the next update leaves it alone
    local = copy.get_latest_revision_as_object()
    local.dateline = "بيروت"
    local.save_revision(user=user)
    story.refresh_from_db()
    original = story.get_latest_revision_as_object()
    original.title = "عنوان ثالث"
    original.save_revision(user=user).publish()
    page = client.get(reverse("wire_copy_page", args=[story.pk])).content.decode()
    assert "عُدّلت محليًا" in page
    client.post(reverse("wire_copy_page", args=[story.pk]), {"action": "update"})
    copy.refresh_from_db()
    latest = copy.get_latest_revision_as_object()
    assert latest.title != "عنوان ثالث" and latest.dateline == "بيروت"


def test_an_editor_of_one_edition_only_cannot_copy_to_another(editions, story):
    client, _user = member(editions, "eg", "editor")
    page = client.get(reverse("wire_copy_page", args=[story.pk])).content.decode()
    assert "لبنان اليوم" not in page
    response = client.post(reverse("wire_copy_page", args=[story.pk]),
                           {"action": "copy", "section": [editions["sections"]["lb"]["politics"].pk]})
    assert response.status_code == 400 and not ArticleCopy.objects.exists()
    lb_editor, _u = member(editions, "lb", "editor")
    assert lb_editor.get(reverse("wire_copy_page", args=[story.pk])).status_code in (302, 403)
    reporter, _u = member(editions, "eg", "reporter")
    assert reporter.get(reverse("wire_copy_page", args=[story.pk])).status_code in (302, 403)


def test_one_copy_per_edition_and_bad_input(editions, story):
    from tests.factories import make_section

    second = make_section(editions["lb"], "economy", "اقتصاد", 2)
    client, _user = editor_of_both(editions)
    url = reverse("wire_copy_page", args=[story.pk])
    both = {"action": "copy", "section": [editions["sections"]["lb"]["politics"].pk, second.pk]}
    assert client.post(url, both).status_code == 400
    assert client.post(url, {"action": "copy", "section": ["x"]}).status_code == 400
    assert client.post(url, {"action": "copy"}).status_code == 400
    assert not ArticleCopy.objects.exists()


def _canonical(html: str) -> str:
    import re

    return re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)


def test_each_edition_chooses_its_copys_canonical(editions, story):
    """lb's editor names eg's original as canonical for lb's copy (the page says so at once, through the
    page cache), then back; an eg-only editor cannot choose for lb; unpublishing the original makes the
    copy canonical to itself again."""
    client, _user = editor_of_both(editions)
    client.post(reverse("wire_copy_page", args=[story.pk]),
                {"action": "copy", "section": [editions["sections"]["lb"]["politics"].pk]})
    copy = ArticlePage.objects.get(edition=editions["lb"])
    copy.get_latest_revision().publish()
    copy.refresh_from_db()
    reader = Client(HTTP_HOST="lb.localhost")
    assert _canonical(reader.get(copy.get_url()).content.decode()) == copy.get_full_url()  # the default

    lb_editor, _u = member(editions, "lb", "editor")
    screen = lb_editor.get(reverse("wire_copy_of_page", args=[copy.pk]))
    assert screen.status_code == 200 and "مصر اليوم" in screen.content.decode()
    assert lb_editor.post(reverse("wire_copy_of_page", args=[copy.pk]), {"canonical": "original"}).status_code == 302
    html = reader.get(copy.get_url()).content.decode()
    assert _canonical(html) == story.get_full_url()
    eg_page = Client(HTTP_HOST="eg.localhost").get(story.get_url()).content.decode()
    assert _canonical(eg_page) == story.get_full_url()  # the original always names itself

    bad = lb_editor.post(reverse("wire_copy_of_page", args=[copy.pk]), {"canonical": "elsewhere"})
    assert bad.status_code == 200 and "اختر أحد الخيارين" in bad.content.decode()
    eg_only, _u = member(editions, "eg", "editor", username="eg-only")
    assert eg_only.post(reverse("wire_copy_of_page", args=[copy.pk]), {"canonical": "self"}).status_code in (302, 403)
    assert ArticleCopy.objects.get(copy=copy).canonical_to_original

    story.unpublish()
    assert _canonical(reader.get(copy.get_url()).content.decode()) == copy.get_full_url()


def test_saving_the_original_offers_to_update_the_copies(editions, story):
    """After an editor saves the original, Wagtail's after-edit hook leaves a message with a button to
    the copies screen while some copy was not edited locally (and none once each copy was)."""
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.test import RequestFactory
    from wagtail import hooks

    client, user = editor_of_both(editions)
    client.post(reverse("wire_copy_page", args=[story.pk]),
                {"action": "copy", "section": [editions["sections"]["lb"]["politics"].pk]})

    def messages_after_save():
        request = RequestFactory().post("/")
        request.user = user
        request._messages = CookieStorage(request)
        for hook in hooks.get_hooks("after_edit_page"):
            hook(request, story)
        return [str(m) for m in request._messages]

    [text] = [t for t in messages_after_save() if "نسخة" in t]
    assert "لم تُعدَّل محليًا" in text and reverse("wire_copy_page", args=[story.pk]) in text
    copy = ArticlePage.objects.get(edition=editions["lb"]).get_latest_revision_as_object()
    copy.dateline = "بيروت"
    copy.save_revision(user=user)  # edited locally: nothing left to offer
    assert not [t for t in messages_after_save() if "نسخة" in t]
