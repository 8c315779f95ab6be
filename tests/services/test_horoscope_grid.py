"""«حظك اليوم» as a grid of the twelve signs, and the demo's twelve distinct texts a day."""

import re
from datetime import UTC, date, datetime, timedelta
from unittest import mock

from django.test import Client

from nashra.horoscopes.demo import demo_text
from nashra.horoscopes.demo import load_demo as load_horoscopes
from nashra.horoscopes.models import DailyHoroscope
from nashra.horoscopes.signs import SIGNS

EG = {"HTTP_HOST": "eg.localhost"}
LB = {"HTTP_HOST": "lb.localhost"}
NOW = datetime(2025, 12, 9, 10, 0, tzinfo=UTC)


def _now(moment=NOW):
    return mock.patch("nashra.horoscopes.services.timezone.now", return_value=moment)


def _tiles(html):
    grid = html.split('<ul class="sign-grid">')[1].split("</ul>")[0]
    return re.findall(r'<li class="sign-tile sign-([a-z]+)">(.*?)</li>', grid, re.S)


def test_index_is_a_grid_of_the_twelve_signs_with_glyph_name_and_dates(editions):
    with _now():
        load_horoscopes(editions["eg"])
        html = Client().get("/horoscopes/", **EG).content.decode()
    tiles = _tiles(html)
    assert [slug for slug, _ in tiles] == [s.slug for s in SIGNS]
    for (slug, tile), sign in zip(tiles, SIGNS, strict=True):
        assert f'<span class="sign-glyph" aria-hidden="true">{sign.symbol}\ufe0e</span>' in tile
        assert f'href="/horoscopes/{slug}/"' in tile
        assert f"برج {sign.name_ar}" in tile
        assert '<p class="sign-excerpt">' in tile  # today's text, not «not published yet»
    aries = dict(tiles)["aries"]
    # Egyptian edition: both month names; the range in Arabic, never «3/21».
    assert "21 آذار / مارس – 19 نيسان / أبريل" in aries
    assert "21/3" not in html


def test_sign_dates_follow_the_editions_month_names(editions):
    with _now():
        html = Client().get("/horoscopes/", **LB).content.decode()
    capricorn = dict(_tiles(html))["capricorn"]
    assert "22 كانون الأول – 19 كانون الثاني" in capricorn and "ديسمبر" not in capricorn


def test_sign_page_reads_its_text_with_dates_and_links_to_the_other_signs(editions):
    with _now():
        load_horoscopes(editions["eg"])
        html = Client().get("/horoscopes/leo/", **EG).content.decode()
    text = DailyHoroscope.objects.get(edition=editions["eg"], date=date(2025, 12, 9), sign="leo").text
    assert text.split("\n")[0] in html
    assert "مواليد 23 تموز / يوليو – 22 آب / أغسطس" in html
    assert '<a href="/horoscopes/leo/" aria-current="page">' in html
    assert html.count('href="/horoscopes/') >= 13


def test_demo_writes_twelve_distinct_texts_a_day_that_change_from_day_to_day(editions):
    with _now():
        assert load_horoscopes(editions["eg"]) == 24
    rows = DailyHoroscope.objects.filter(edition=editions["eg"])
    for day in (date(2025, 12, 9), date(2025, 12, 10)):
        texts = list(rows.filter(date=day).values_list("text", flat=True))
        assert len(texts) == 12 and len(set(texts)) == 12
    for n, _sign in enumerate(SIGNS):  # a sign's text is not yesterday's
        assert demo_text(n, date(2025, 12, 9)) != demo_text(n, date(2025, 12, 10))
    # A fortnight of days: still twelve different texts each day.
    for offset in range(14):
        day = date(2026, 1, 1) + timedelta(days=offset)
        assert len({demo_text(n, day) for n in range(12)}) == 12


def test_demo_replaces_the_first_demos_repeated_texts(editions):
    eg = editions["eg"]
    aries = SIGNS[0]
    DailyHoroscope.objects.create(edition=eg, date=date(2025, 12, 9), sign=aries.slug,
                                  text=f"{aries.title}: يوم مناسب لترتيب أولوياتك في العمل، وخبر سار من صديق قديم.")
    DailyHoroscope.objects.create(edition=eg, date=date(2025, 12, 9), sign="leo", text="نص كتبه محرر")
    with _now():
        assert load_horoscopes(eg) == 22
    day = DailyHoroscope.objects.filter(edition=eg, date=date(2025, 12, 9))
    assert day.get(sign="aries").text == demo_text(0, date(2025, 12, 9))
    assert day.get(sign="leo").text == "نص كتبه محرر"
