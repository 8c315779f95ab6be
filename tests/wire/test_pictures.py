"""«استخدام» takes every picture of a wire item (up to ten): the first leads the draft, the others make
a gallery after the text, each with its caption and the agency's credit; a picture that cannot be
read is named in an Arabic warning and the others still come; the same file is taken once."""

import io

import pytest
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage

from nashra.articles.models import ArticlePage
from nashra.wire import services
from nashra.wire.models import WireItem
from tests.wire.conftest import make_source, member

pytestmark = pytest.mark.django_db


def picture(folder, name, colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 400), colour).save(buffer, "JPEG")
    (folder / name).write_bytes(buffer.getvalue())


def use(editions, item):
    client, _user = member(editions, "eg", "editor")
    response = client.post(reverse("wire_item", args=[item.pk]), {
        "edition": editions["eg"].pk, "section": editions["sections"]["eg"]["politics"].pk}, follow=True)
    return ArticlePage.objects.get(wire_drafts__item=item), response.content.decode()


@pytest.fixture
def item(editions, drop):
    services.poll_source(make_source([editions["eg"]], name="بترا", credit="بترا", folder=drop / "petra"))
    item = WireItem.objects.get(guid__endswith=":0043")
    picture(drop / "petra", "port-2.jpg", (200, 40, 40))
    picture(drop / "petra", "port-3.jpg", (40, 200, 40))
    return item


def gallery_of(article):
    blocks = [block for block in article.extras or [] if block.block_type == "gallery"]
    assert len(blocks) <= 1
    return [(i["image"].width, i["caption"], i["credit"]) for i in blocks[0].value["images"]] if blocks else []


def test_every_picture_comes_the_first_leads_the_others_make_a_gallery(editions, item):
    item.images = [["aqaba-desalination.jpg", "محطة التحلية"], ["port-2.jpg", "الرصيف الجديد"],
                   ["port-3.jpg", "السفن في الميناء"]]
    item.save()
    article, _page = use(editions, item)
    assert article.lead_image.width == 800 and article.lead_image_caption == "محطة التحلية"
    assert gallery_of(article) == [(640, "الرصيف الجديد", "بترا"), (640, "السفن في الميناء", "بترا")]

    article.save_revision().publish()
    page = Client(HTTP_HOST="eg.localhost").get(article.get_url_parts()[2]).content.decode()
    assert "الرصيف الجديد" in page and "السفن في الميناء" in page


def test_a_broken_picture_is_named_and_the_others_still_come(editions, item, drop):
    (drop / "petra" / "broken.jpg").write_bytes(b"not a picture at all")
    item.images = [["aqaba-desalination.jpg", ""], ["broken.jpg", "مكسورة"], ["port-3.jpg", "السفن"]]
    item.save()
    article, page = use(editions, item)
    assert article.lead_image.width == 800
    assert gallery_of(article) == [(640, "السفن", "بترا")]
    assert "لم تُضَف الصورة 2 من 3" in page


def test_the_same_file_is_taken_once_and_a_single_picture_makes_no_gallery(editions, item):
    item.images = [["port-2.jpg", "الرصيف"], ["port-2.jpg", "الرصيف مرة أخرى"]]
    item.save()
    article, _page = use(editions, item)
    assert article.lead_image.width == 640 and article.lead_image_caption == "الرصيف"
    assert gallery_of(article) == []


def test_a_broken_first_picture_lets_the_next_one_lead(editions, item, drop):
    item.images = [["../../etc/passwd", ""], ["port-3.jpg", "السفن"]]
    item.save()
    article, page = use(editions, item)
    assert article.lead_image.width == 640 and article.lead_image_caption == "السفن"
    assert "لم تُضَف الصورة 1 من 2" in page and gallery_of(article) == []


def test_an_item_without_pictures_makes_a_draft_without_them(editions, item):
    item.images = []
    item.save()
    article, _page = use(editions, item)
    assert article.lead_image is None and gallery_of(article) == []
