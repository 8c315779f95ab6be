"""Caricatures as a gallery, and the demo's drawn illustrations."""

import re

from django.test import Client
from PIL import Image

from nashra.caricatures.models import Caricature
from nashra.demo.caricatures import ITEMS
from nashra.demo.caricatures import load_demo as load_caricatures
from nashra.demo.drawings import SCENES, scene_for
from nashra.demo.images import demo_picture

EG = {"HTTP_HOST": "eg.localhost"}


def test_gallery_is_a_grid_of_thumbnails_each_opening_its_own_page(editions, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    load_caricatures(editions["eg"])
    html = Client().get("/caricatures/", **EG).content.decode()
    assert 'href="/static/caricatures/caricatures.css"' in html
    grid = html.split('<ul class="caricature-gallery">')[1].split("</ul>")[0]
    cards = re.findall(r'<li class="caricature-card">(.*?)</li>', grid, re.S)
    assert len(cards) == len(ITEMS)
    for card, (title, caption, _hours, _scene) in zip(cards, ITEMS, strict=True):  # newest first
        pk = Caricature.objects.get(edition=editions["eg"], title=title).pk
        assert f'<a class="caricature-thumb" href="/caricatures/{pk}/"><img' in card
        # The picture is named by the link's own text (the title beside it), so its alt is empty.
        assert 'alt=""' in card and f'<span class="title">{title}</span>' in card
        assert caption in card and "<time datetime=" in card
        assert 'height="360"' in card and 'width="480"' in card  # a thumbnail, not the full picture


def test_caricature_page_shows_the_large_image_and_its_neighbours(editions, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    load_caricatures(editions["eg"])
    second = Caricature.objects.get(title=ITEMS[1][0])
    html = Client().get(f"/caricatures/{second.pk}/", **EG).content.decode()
    assert f"<h1>{second.title}</h1>" in html and "<figure" in html and "/images/" in html
    newer = Caricature.objects.get(title=ITEMS[0][0])
    older = Caricature.objects.get(title=ITEMS[2][0])
    assert f'rel="prev" href="/caricatures/{newer.pk}/"' in html
    assert f'rel="next" href="/caricatures/{older.pk}/"' in html


def test_demo_pictures_are_drawn_scenes_not_noise(tmp_path):
    # Each scene paints several distinct colours over a good part of the picture.
    for scene in SCENES:
        path = demo_picture(f"k-{scene}", tmp_path, size=(320, 180), scene=scene)
        with Image.open(path) as picture:
            colours = picture.convert("RGB").quantize(16).getcolors()
        big = [count for count, _ in colours if count > 320 * 180 * 0.02]
        assert len(big) >= 3, scene
    assert demo_picture("same", tmp_path, scene="ballot").read_bytes() == \
        demo_picture("same", tmp_path, scene="ballot").read_bytes()


def test_stories_get_a_scene_from_their_title_or_section():
    assert scene_for("politics", "تشديد أمني حول مقر المفوضية الوطنية العليا للانتخابات") == "ballot"
    assert scene_for("sports", "النيل يتجاوز الدلتا 3-1 ويعزز موقعه في صدارة الدوري") == "football"
    assert scene_for("decor", "أفكار لتدفئة غرفة المعيشة") == "decor"
    assert scene_for("unknown", "عنوان") == "building"
