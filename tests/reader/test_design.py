"""The reader site's design as a reader and an editor rely on it (issue #19): the edition's brand colour
and logo, the header (menu button, Hijri date beside the Gregorian one), the print stylesheet."""

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from nashra.arabic import hijri
from nashra.editions import brand
from nashra.editions.models import HijriMonthStart

pytestmark = pytest.mark.django_db

EG = {"HTTP_HOST": "eg.localhost"}
SAFE_SVG = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80">'
            b'<style>.a{fill:#8f1d21}</style><rect class="a" width="300" height="80"/></svg>')


def home(host="eg.localhost") -> str:
    response = Client(HTTP_HOST=host).get("/")
    assert response.status_code == 200
    return response.content.decode()


def header(html: str) -> str:
    return re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)


def png(width=200, height=50) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (143, 29, 33)).save(out, "PNG")
    return out.getvalue()


# --- brand colour ------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["red", "#8f1d2", "8f1d21", "#8f1d21;}body{x", "#GGGGGG"])
def test_a_brand_colour_that_is_not_a_hex_value_is_refused_in_arabic(editions, value):
    eg = editions["eg"]
    eg.brand_color = value
    with pytest.raises(ValidationError) as caught:
        eg.full_clean()
    message = " ".join(caught.value.message_dict["brand_color"])
    assert "الست عشري" in message


def test_the_pages_and_theme_colour_follow_the_editions_brand_colour(editions, article_factory):
    article_factory(title="خبر ملون")
    html = home()
    assert '<meta name="theme-color" content="#8f1d21">' in html
    assert "/brand/" not in html  # the default colour is in nashra.css already
    eg = editions["eg"]
    eg.brand_color = "#1A7F37"
    eg.full_clean()
    eg.save()  # saving the edition purges its pages
    html = home()
    assert '<meta name="theme-color" content="#1a7f37">' in html
    sheet = re.search(r'<link rel="stylesheet" href="(/brand/1a7f37\.css)">', html).group(1)
    response = Client(**EG).get(sheet)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/css")
    assert "--brand:#1a7f37" in response.content.decode()
    assert "immutable" in response["Cache-Control"]
    assert "/brand/" not in home("lb.localhost")  # another edition keeps its own colour


def test_a_pale_brand_colour_is_darkened_until_text_in_it_is_readable(editions):
    palette = brand.palette("#ffe600")  # yellow: unreadable as text on white
    assert brand.contrast(palette.accent, brand.LIGHT_PAGE) >= 4.5
    assert brand.contrast(palette.accent, "#ffffff") >= 4.5  # the ticker's white text on it
    assert brand.contrast(palette.accent_dark, brand.DARK_PAGE) >= 4.5
    css = Client(**EG).get("/brand/ffe600.css").content.decode()
    assert f"--accent:{palette.accent}" in css and f"--accent:{palette.accent_dark}" in css


@pytest.mark.parametrize("path", ["/brand/zzzzzz.css", "/brand/8f1d21;x.css", "/brand/8f1d2.css"])
def test_the_brand_sheet_answers_only_for_a_colour(editions, path):
    assert Client(**EG).get(path).status_code == 404


# --- logo ----------------------------------------------------------------------------------------------


def test_a_raster_or_clean_svg_logo_is_accepted_with_its_size():
    assert brand.check_logo(png(240, 60)) == brand.LogoSize(240, 60)
    assert brand.check_logo(SAFE_SVG) == brand.LogoSize(300, 80)


@pytest.mark.parametrize("data, code", [
    (b"<?php system($_GET['c']); ?>", "not_an_image"),
    (b"%PDF-1.4 not a picture", "not_an_image"),
    (b"<html><body>hello</body></html>", "not_an_image"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "unsafe_svg"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>', "unsafe_svg"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
     b'<image xlink:href="https://evil.example/x.png"/></svg>', "unsafe_svg"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', "unsafe_svg"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>', "unsafe_svg"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/a.css);</style></svg>',
     "unsafe_svg"),
    (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>', "unsafe_svg"),
    (b"", "not_an_image"),
])
def test_an_unsafe_or_non_image_logo_is_refused_in_arabic(data, code):
    with pytest.raises(ValidationError) as caught:
        brand.check_logo(data)
    assert caught.value.code == code
    assert re.search("[\u0600-\u06ff]", caught.value.messages[0])


def test_an_oversized_logo_is_refused_before_it_is_read():
    upload = SimpleUploadedFile("big.png", b"\x89PNG" + b"0" * (brand.LOGO_MAX_BYTES + 1), content_type="image/png")
    with pytest.raises(ValidationError) as caught:
        brand.check_logo(upload)
    assert caught.value.code == "logo_too_large" and "512" in caught.value.messages[0]


def _edition_form_data(edition, **changes):
    data = {
        "name": edition.name, "slug": edition.slug, "site": edition.site_id, "tagline": edition.tagline,
        "brand_color": edition.brand_color, "city_name": edition.city_name, "time_zone": edition.time_zone,
        "month_style": edition.month_style, "digits": edition.digits,
        "hijri_month_starts-TOTAL_FORMS": "0", "hijri_month_starts-INITIAL_FORMS": "0",
        "hijri_month_starts-MIN_NUM_FORMS": "0", "hijri_month_starts-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_the_newsroom_refuses_a_bad_logo_or_colour_with_an_arabic_message_and_keeps_a_good_one(editions, client):
    admin = get_user_model().objects.create_superuser("root", "root@example.invalid", "correct horse battery")
    client.force_login(admin)
    eg = editions["eg"]
    url = f"/newsroom/snippets/editions/edition/edit/{eg.pk}/"
    bad = SimpleUploadedFile("logo.png", b"<?php echo 1; ?>", content_type="image/png")
    response = client.post(url, _edition_form_data(eg, logo=bad, brand_color="crimson"), **EG)
    assert response.status_code == 200
    page = response.content.decode()
    assert "ملف الشعار ليس صورة صالحة" in page and "الست عشري" in page
    eg.refresh_from_db()
    assert not eg.logo and eg.brand_color == brand.DEFAULT_COLOR

    good = SimpleUploadedFile("logo.svg", SAFE_SVG, content_type="image/svg+xml")
    response = client.post(url, _edition_form_data(eg, logo=good, brand_color="#0b57d0"), **EG)
    assert response.status_code == 302, response.content.decode()[:2000]
    eg.refresh_from_db()
    assert eg.logo.name.endswith(".svg") and (eg.logo_width, eg.logo_height) == (300, 80)
    assert eg.brand_color == "#0b57d0"


# --- masthead --------------------------------------------------------------------------------------------


def test_without_a_logo_the_masthead_is_the_editions_name_in_type(editions):
    brand_box = re.search(r'<div class="brand">.*?</div>', header(home()), re.S).group(0)
    assert '<a href="/" rel="home">مصر اليوم</a>' in brand_box and "<img" not in brand_box


def test_with_a_logo_the_masthead_is_the_image_named_after_the_edition(editions):
    eg = editions["eg"]
    eg.logo = SimpleUploadedFile("eg-logo.png", png(320, 80), content_type="image/png")
    eg.save()
    brand_box = re.search(r'<div class="brand">.*?</div>', header(home()), re.S).group(0)
    img = re.search(r"<img [^>]*>", brand_box).group(0)
    assert 'alt="مصر اليوم"' in img and f'src="{eg.logo.url}"' in img
    assert 'width="320" height="80"' in img  # reserved space: the header does not jump as it loads
    assert ">مصر اليوم</a>" not in brand_box
    assert "<img" not in header(home("lb.localhost"))


# --- header ------------------------------------------------------------------------------------------------


def test_the_header_has_a_menu_button_that_controls_the_sections(editions):
    head = header(home())
    button = re.search(r"<button [^>]*data-menu-open[^>]*>", head).group(0)
    assert 'aria-expanded="false"' in button and 'aria-controls="site-menu"' in button
    assert re.search(r'<nav class="nav" id="site-menu" aria-label="الأقسام">', head)
    assert re.search(r'<span class="vh">الأقسام</span></button>', head)  # the button has a name
    # One tap to search (a link to the search page that nashra.js turns into the header box's opener),
    # and the theme button.
    assert re.search(r'<a class="icon-btn search-btn" href="/search/"[^>]*aria-label="بحث"', head)
    assert 'data-theme-toggle' in head and 'aria-pressed="false"' in head


def test_the_header_shows_the_hijri_date_beside_the_gregorian_one(editions):
    eg = editions["eg"]
    today = timezone.now().astimezone(eg.date_style.tz).date()
    expected = hijri.format_hijri(hijri.to_hijri(today))
    today_box = re.search(r'<p class="today">.*?</p>', header(home()), re.S).group(0)
    assert f'<time datetime="{today.isoformat()}">' in today_box
    assert str(today.year) in today_box
    assert f'<span class="hijri">{expected}</span>' in today_box


def test_the_headers_hijri_date_follows_the_editions_announced_month_start(editions):
    eg = editions["eg"]
    today = timezone.now().astimezone(eg.date_style.tz).date()
    uq = hijri.to_hijri(today)
    # The edition announced this Hijri month a day off Umm al-Qura (later, or earlier when the month
    # before cannot grow to 31 days): today moves by a day in it.
    uq_start = today - timedelta(days=uq.day - 1)
    for delta in (1, -1):
        announced = uq_start + timedelta(days=delta)
        try:
            hijri.to_hijri(today, {(uq.year, uq.month): announced})
        except ValueError:
            continue
        break
    HijriMonthStart.objects.create(edition=eg, hijri_year=uq.year, hijri_month=uq.month, starts_on=announced)
    shifted = hijri.format_hijri(hijri.to_hijri(today, eg.hijri_overrides))
    assert shifted != hijri.format_hijri(uq)
    assert f'<span class="hijri">{shifted}</span>' in header(home())
    assert f'<span class="hijri">{hijri.format_hijri(uq)}</span>' in header(home("lb.localhost"))


def test_the_header_keeps_the_local_clock_and_last_update(editions, article_factory):
    article_factory(title="خبر جديد")
    head = header(home())
    assert "توقيت القاهرة المحلي" in head and "data-clock" in head and "آخر تحديث" in head


# --- theme and print ---------------------------------------------------------------------------------------


def test_the_saved_theme_is_applied_by_a_script_in_head_before_the_stylesheet_paints(editions):
    html = home()
    head = html[:html.index("</head>")]
    theme = re.search(r'<script src="(/static/nashra/js/theme\.[^"]*)"></script>', head)
    assert theme and head.index(theme.group(0)) < head.index('rel="stylesheet"')
    source = open(finders.find("nashra/js/theme.js"), encoding="utf-8").read()
    assert "localStorage" in source and "cookie" not in source.replace("not a\n   cookie", "")
    css = open(finders.find("nashra/css/nashra.css"), encoding="utf-8").read()
    assert "prefers-color-scheme:dark" in css and ":root[data-theme=dark]" in css


def _print_rules() -> str:
    css = open(finders.find("nashra/css/nashra.css"), encoding="utf-8").read()
    return css[css.index("@media print"):]


def test_the_print_stylesheet_keeps_the_story_and_drops_the_rest(editions, article_factory):
    rules = _print_rules()
    hidden = re.search(r"([^{}]+)\{display:none!important\}", rules).group(1)
    for selector in (".nav", ".ticker", ".comments", ".share", ".side", ".site-footer", ".header-search"):
        assert selector in hidden.split(","), selector
    assert ".print-url::after{content:attr(data-url)}" in rules
    article = article_factory(title="خبر للطباعة", body="<p>نص.</p>")
    html = Client(**EG).get(article.url).content.decode()
    assert f'<p class="print-url" data-url="{article.full_url}"></p>' in html


def test_phones_get_the_lead_headline_before_its_picture(editions):
    css = open(finders.find("nashra/css/nashra.css"), encoding="utf-8").read()
    phones = css[:css.index("@media (min-width:48em)")]
    assert ".top-story .thumb{order:2" in phones  # first headline within the first screen


def test_the_header_date_is_kept_between_page_cache_misses(editions):
    """The Hijri month starts are read once per edition and day (the fragment's key carries the day),
    not on every page-cache miss."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from nashra.delivery.store import get_store

    with CaptureQueriesContext(connection) as first:
        home()
    assert any("hijrimonthstart" in q["sql"].lower() for q in first.captured_queries)
    get_store().clear()  # the page itself is rendered again; its fragments are kept
    with CaptureQueriesContext(connection) as again:
        home()
    assert not any("hijrimonthstart" in q["sql"].lower() for q in again.captured_queries)


def test_an_article_page_with_its_css_js_and_fonts_stays_within_60_kb_compressed(editions, article_factory):
    """Issue #19's budget: what an article page loads besides images, gzip-compressed, ≤ 60 KB."""
    import gzip
    from urllib.parse import urlsplit

    from django.conf import settings

    client = Client(**EG)
    article = article_factory(title="خبر الميزانية", body="<p>نص.</p>", is_breaking=True)
    html = client.get(article.url).content.decode()
    urls = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(/[^"]+)"', html)
    urls = [u for u in urls if u.startswith(("/static/", "/jsi18n/", "/brand/"))
            and not u.endswith((".xml", "/rss/", "/atom/"))]
    assert any("nashra/css/nashra" in u for u in urls) and any("nashra/js/nashra" in u for u in urls)
    total, seen = 0, set()

    def static_name(url: str) -> str | None:
        path = urlsplit(url).path
        if not path.startswith(settings.STATIC_URL):
            return None
        return re.sub(r"\.[0-9a-f]{12}(\.\w+)$", r"\1", path[len(settings.STATIC_URL):])

    def count(key: str, data: bytes, compressed: bool) -> None:
        nonlocal total
        if key not in seen:
            seen.add(key)
            total += len(data) if compressed else len(gzip.compress(data, 9))

    for url in urls:
        name = static_name(url)
        data = open(finders.find(name), "rb").read() if name else client.get(url).content
        count(name or url, data, compressed=url.endswith(".woff2"))
        if ".css" in url:  # the fonts the stylesheet names (both weights are used on an article)
            for font in re.findall(rb"url\(([^)]+\.woff2)\)", data):
                font_name = "nashra/fonts/" + font.decode().rsplit("/", 1)[-1]
                count(font_name, open(finders.find(font_name), "rb").read(), compressed=True)
    assert total <= 60 * 1024, f"{total / 1024:.1f} KB: {sorted(seen)}"
