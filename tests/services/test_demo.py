"""The demo loader hooks are idempotent and fill the home slots."""

from django.test import Client


def test_demo_loaders(editions, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    from nashra.demo.caricatures import ITEMS as CARICATURES
    from nashra.demo.caricatures import load_demo as caricatures
    from nashra.horoscopes.demo import load_demo as horoscopes
    from nashra.prayer.demo import load_demo as prayer

    eg = editions["eg"]
    assert prayer(editions["lb"]).city_slug == "beirut"
    assert horoscopes(eg) == 24 and horoscopes(eg) == 0
    assert caricatures(eg) == len(CARICATURES) and caricatures(eg) == 0
    html = Client().get("/", HTTP_HOST="eg.localhost").content.decode()
    assert "فاتورة" in html or "زحام المواصلات" in html
    assert "برج اليوم" in html


def test_service_pages_have_no_inline_script_or_style(editions, settings, tmp_path):
    import re

    from nashra.caricatures.models import Caricature
    from nashra.demo.caricatures import load_demo as caricatures
    from nashra.horoscopes.demo import load_demo as horoscopes

    settings.DATA_DIR = tmp_path
    horoscopes(editions["eg"])
    caricatures(editions["eg"])
    pk = Caricature.objects.first().pk
    urls = ["/prayer-times/", "/prayer-times/cairo/month/", "/prayer-times/cities/", "/prayer-times/x/",
            "/horoscopes/", "/horoscopes/leo/", "/horoscopes/leo/archive/", "/horoscopes/find/?day=31&month=2",
            "/caricatures/", f"/caricatures/{pk}/", "/caricatures/artists/said-elfarmawy/"]
    for url in urls:
        html = Client().get(url, HTTP_HOST="eg.localhost").content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            # External scripts only; the theme bootstrap alone runs before the first paint (no white flash).
            assert "src=" in tag and ("defer" in tag or "/nashra/js/theme." in tag) or "ld+json" in tag, (url, tag)
        assert not re.search(r"<[a-z][^>]*\sstyle=", html), url
        assert not re.search(r"<[a-z][^>]*\son[a-z]+=", html), url
        assert html.count('src="/static/prayer/prayer.js"') <= 1, url
        assert "{{" not in html and "{%" not in html, url


def test_saving_purges_the_edition_page_cache(editions, settings, tmp_path):
    from unittest import mock

    from nashra.demo.caricatures import load_demo as caricatures
    from nashra.prayer.models import EditionPrayerSettings

    settings.DATA_DIR = tmp_path
    with mock.patch("nashra.delivery.purge.purge_edition_by_id") as purge:
        caricatures(editions["eg"])
        EditionPrayerSettings.objects.create(edition=editions["lb"], city_slug="beirut")
    called = {call.args[0] for call in purge.call_args_list}
    assert called == {editions["eg"].pk, editions["lb"].pk}
