"""«مكتب الوكالات»: an edition's newsroom sees its queue (clusters as one row), filters it, and turns an
item into a draft in a chosen section with the agency's dateline and credit; another edition's queue,
item or section is refused; sources and their health lines are for admins."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from nashra.articles.models import ArticlePage
from nashra.wire import services
from nashra.wire.models import WireDraft, WireItem, WireSource
from tests.wire.conftest import make_source, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def wire(editions, drop):
    mena = make_source([editions["eg"]], name="وكالة أنباء الشرق الأوسط", folder=drop / "mena")
    petra = make_source([editions["eg"], editions["lb"]], name="بترا", credit="بترا", folder=drop / "petra")
    services.poll_source(mena)
    services.poll_source(petra)
    return {"mena": mena, "petra": petra}


def queue(client, edition, **params):
    return client.get(reverse("wire_queue"), {"edition": edition.pk, **params})


def test_queue_shows_clusters_as_one_row_newest_first(editions, wire):
    client, _user = member(editions, "eg", "reporter")
    body = queue(client, editions["eg"]).content.decode()
    assert body.count("data-wire-item=") == 6  # 7 items, the two agencies' one story in one row
    assert "نسختان" in body  # Arabic counts two as a dual
    assert "انطلاق مهرجان جرش للكتاب" in body and "نقابة المهندسين" in body


def test_queue_filters_by_agency_and_words(editions, wire):
    client, _user = member(editions, "eg", "editor")
    body = queue(client, editions["eg"], agency="أ ش أ").content.decode()
    assert "نقابة المهندسين" in body and "مهرجان جرش" not in body
    body = queue(client, editions["eg"], q="المهرجان").content.decode()  # «مهرجان» under another form
    assert "مهرجان جرش" in body and "نقابة المهندسين" not in body
    body = queue(client, editions["eg"], hours="1").content.decode()
    assert body.count("data-wire-item=") == 6


def test_another_editions_queue_and_items_are_refused(editions, wire):
    client, _user = member(editions, "lb", "editor")
    assert queue(client, editions["eg"]).status_code in (302, 403)
    body = queue(client, editions["lb"]).content.decode()
    assert "مهرجان جرش" in body and "نقابة المهندسين" not in body  # lb is fed by petra only
    mena_item = WireItem.objects.get(guid="MNA0123")
    assert client.get(reverse("wire_item", args=[mena_item.pk])).status_code in (302, 403)
    outsider = Client()
    outsider.force_login(User.objects.create_user("nobody", password="x" * 12))
    assert queue(outsider, editions["eg"]).status_code in (302, 403)


def test_use_makes_a_draft_with_dateline_credit_and_section(editions, wire):
    client, user = member(editions, "eg", "reporter")
    item = WireItem.objects.get(guid="MNA0123")
    page = client.get(reverse("wire_item", args=[item.pk]), {"edition": editions["eg"].pk})
    assert page.status_code == 200 and "القاهرة - أ ش أ" in page.content.decode()
    sports = editions["sections"]["eg"]["sports"]
    response = client.post(reverse("wire_item", args=[item.pk]), {"edition": editions["eg"].pk,
                                                                   "section": sports.pk})
    assert response.status_code == 302
    article = ArticlePage.objects.get(wire_drafts__item=item)
    assert not article.live and article.section_id == sports.pk and article.edition_id == editions["eg"].pk
    assert article.dateline == "القاهرة - أ ش أ" and article.title == item.title
    assert article.body.startswith("<p>أعلنت نقابة المهندسين")  # the agency's own dateline left out
    assert WireDraft.objects.get().created_by == user
    assert f"/pages/{article.pk}/edit/" in response["Location"]
    back = client.get(reverse("wire_item", args=[item.pk]), {"edition": editions["eg"].pk}).content.decode()
    assert article.title in back  # the item links to its draft


def test_use_refuses_another_editions_section_and_bad_input(editions, wire):
    client, _user = member(editions, "eg", "editor")
    item = WireItem.objects.get(guid="MNA0123")
    url = reverse("wire_item", args=[item.pk])
    for section in (str(editions["sections"]["lb"]["politics"].pk), "abc", ""):
        response = client.post(url, {"edition": editions["eg"].pk, "section": section})
        assert response.status_code == 400
        assert "القسم" in response.content.decode() or "قسمًا" in response.content.decode()
    assert not ArticlePage.objects.filter(wire_drafts__isnull=False).exists()
    assert client.get(reverse("wire_item", args=[999999])).status_code == 404


def test_sources_screen_is_for_admins_with_health_lines(editions, wire, settings):
    reporter, _u = member(editions, "eg", "reporter")
    assert reporter.get(reverse("wire_sources")).status_code in (302, 403)
    admin, _u = member(editions, "lb", "admin")
    body = admin.get(reverse("wire_sources")).content.decode()
    assert "أخبار اليوم: 4" in body and "وكالة أنباء الشرق الأوسط" not in body  # lb's sources only
    assert admin.get(reverse("wire_source_add")).status_code in (302, 403)  # sources are the network's
    WireSource.objects.filter(pk=wire["petra"].pk).update(last_error="الملف فارغ.")
    assert "الملف فارغ." in admin.get(reverse("wire_sources")).content.decode()


def test_superuser_adds_a_source_and_bad_urls_are_refused(editions, drop):
    client = Client()
    client.force_login(User.objects.create_superuser("root", password="x" * 12))
    base = {"name": "كونا", "agency": "وكالة الأنباء الكويتية", "credit": "كونا", "interval_minutes": "5",
            "encoding": "", "enabled": "on", "editions": [editions["eg"].pk]}
    response = client.post(reverse("wire_source_add"), {**base, "kind": "url", "url": "ftp://x.example/f"})
    assert response.status_code == 400 and WireSource.objects.count() == 0
    response = client.post(reverse("wire_source_add"), {**base, "kind": "folder", "folder": "/etc"})
    assert response.status_code == 400 and "مجلدات الاستلام" in response.content.decode()
    response = client.post(reverse("wire_source_add"), {**base, "kind": "folder", "folder": str(drop / "mena")})
    assert response.status_code == 302
    source = WireSource.objects.get()
    assert client.post(reverse("wire_sources"), {"source": source.pk}).status_code == 302
    assert WireItem.objects.filter(source=source).count() == 3


def test_the_draft_links_back_to_its_wire_item(editions, wire):
    client, _user = member(editions, "eg", "editor")
    item = WireItem.objects.get(guid="MNA0123")
    client.post(reverse("wire_item", args=[item.pk]), {"edition": editions["eg"].pk,
                                                       "section": editions["sections"]["eg"]["politics"].pk})
    article = ArticlePage.objects.get(wire_drafts__item=item)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert reverse("wire_item", args=[item.pk]) in edit and "خبر الوكالة" in edit


def test_demo_sources_fill_the_queue_without_network(editions):
    from nashra.wire.demo import load_demo

    assert load_demo([editions["eg"], editions["lb"]]) == 7
    assert load_demo([editions["eg"], editions["lb"]]) == 7  # idempotent
    assert WireSource.objects.count() == 2
    assert all(s.last_error == "" and s.last_success_at for s in WireSource.objects.all())
    client, _user = member(editions, "lb", "reporter")
    assert queue(client, editions["lb"]).content.decode().count("data-wire-item=") == 6


def test_use_imports_the_items_picture_from_the_drop_folder(editions, wire):
    client, _user = member(editions, "eg", "editor")
    item = WireItem.objects.get(guid__endswith=":0043")
    assert item.images == [["aqaba-desalination.jpg", ""]]
    client.post(reverse("wire_item", args=[item.pk]), {"edition": editions["eg"].pk,
                                                       "section": editions["sections"]["eg"]["politics"].pk})
    article = ArticlePage.objects.get(wire_drafts__item=item)
    assert article.lead_image is not None and article.lead_image.width == 800
    assert article.lead_image_credit == "بترا" and article.dateline == "العقبة - بترا"


def test_a_picture_that_cannot_be_read_leaves_a_draft_without_it(editions, wire):
    client, _user = member(editions, "eg", "editor")
    item = WireItem.objects.get(guid__endswith=":0043")
    item.images = [["../../etc/passwd", ""]]
    item.save()
    response = client.post(reverse("wire_item", args=[item.pk]), {
        "edition": editions["eg"].pk, "section": editions["sections"]["eg"]["politics"].pk}, follow=True)
    article = ArticlePage.objects.get(wire_drafts__item=item)
    assert article.lead_image is None
    assert "بلا صورة" in response.content.decode()


def test_the_word_filter_reads_words_as_the_site_search_does(editions, drop):
    """«طالب» finds the union that demanded (a verb form, keyed apart from «الطالب», the student, since search
    keys v18); «الطالب» finds the student only."""
    folder = drop / "desk"
    folder.mkdir()
    (folder / "unions.txt").write_text("طالبت النقابة بزيادة الأجور\n\nطالبت النقابة أمس بزيادة الأجور.\n",
                                       encoding="utf-8")
    (folder / "student.txt").write_text("الطالب الأول على الجمهورية\n\nفاز الطالب بالمركز الأول.\n", encoding="utf-8")
    services.poll_source(make_source([editions["eg"]], name="الوكالة", folder=folder, encoding="utf-8"))
    client, _user = member(editions, "eg", "editor")
    body = queue(client, editions["eg"], q="طالب").content.decode()
    assert "طالبت النقابة" in body and "الطالب الأول" in body
    body = queue(client, editions["eg"], q="الطالب").content.decode()
    assert "الطالب الأول" in body and "طالبت النقابة" not in body
