"""The second demo edition, «لبنان اليوم» at lb.localhost: its own name, Beirut clock and Levantine month
names; plus the axe-core check of its pages and of the comment form (error state, and the no-JS form page).
"""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from nashra.arabic import dates

from .helpers import axe_serious, expect, fill_comment, first_article, goto

LEVANTINE = [dates.month_name(m, dates.LEVANTINE) for m in range(1, 13)]
EGYPTIAN = [dates.month_name(m, dates.EGYPTIAN) for m in range(1, 13)]


def _month_names(text):
    return [n for n in LEVANTINE if n in text], [n for n in EGYPTIAN if n in text]


def test_lb_home_is_its_own_rtl_edition_with_a_beirut_clock(new_page, lb_server):
    # A reader abroad: the header clock must show Beirut time, not the browser's.
    page = new_page(timezone_id="America/Sao_Paulo")
    goto(page, lb_server + "/")
    html = page.locator("html")
    assert html.get_attribute("dir") == "rtl" and html.get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    expect(page.locator("header .brand a[rel=home]")).to_have_text("لبنان اليوم")
    assert "لبنان اليوم" in page.title()
    assert "مصر اليوم" not in page.locator("header").inner_text()
    expect(page.locator("header nav").get_by_role("link", name="سياسة", exact=True)).to_be_visible()

    clock_box = page.locator("header p.clock")
    expect(clock_box).to_contain_text("توقيت بيروت المحلي")
    clock = clock_box.locator("[data-clock]")
    expect(clock).to_have_text(re.compile(r"^\d{2}:\d{2}:\d{2}$"))
    shown = clock.inner_text().strip()
    beirut = datetime.now(ZoneInfo("Asia/Beirut"))
    h, m, s = map(int, shown.split(":"))
    shown_at = beirut.replace(hour=h, minute=m, second=s, microsecond=0)
    off = min(abs(shown_at - beirut + timedelta(days=d)) for d in (-1, 0, 1))
    assert off < timedelta(seconds=5), f"clock shows {shown}, Beirut time is {beirut:%H:%M:%S}"

    # «آخر تحديث» in the header: Levantine month names only.
    levantine, egyptian = _month_names(page.locator("header p.updated").inner_text())
    assert levantine and not egyptian, page.locator("header p.updated").inner_text()


def test_lb_article_uses_levantine_month_names(page, nashra_server, lb_server):
    first_article(page, lb_server)
    assert page.locator("html").get_attribute("dir") == "rtl"
    expect(page.locator("header .brand a[rel=home]")).to_have_text("لبنان اليوم")
    expect(page.locator("main article.article h1")).to_be_visible()
    stamp = page.locator("main .meta .stamps time").first
    text = stamp.inner_text().strip()
    moment = datetime.fromisoformat(stamp.get_attribute("datetime")).astimezone(UTC)
    assert text.endswith("GMT"), text
    assert dates.month_name(moment.month, dates.LEVANTINE) in text, text
    assert _month_names(text)[1] == [], f"Egyptian month name on an lb page: {text}"
    if moment.month == 12:  # the demo's stories are from December 2025
        assert "كانون الأول" in text, text

    # The Egyptian edition prints both names («كانون الأول / ديسمبر»): the style really is per edition.
    first_article(page, nashra_server)
    eg_text = page.locator("main .meta .stamps time").first.inner_text()
    levantine, egyptian = _month_names(eg_text)
    assert levantine and egyptian and " / " in eg_text, eg_text


def test_axe_lb_pages_and_comment_form_states(page, lb_server, axe_js):
    found = {}

    def check(label):
        bad = axe_serious(page, axe_js)
        if bad:
            found[label] = bad

    for path in ("/", "/politics/", "/prayer-times/"):
        goto(page, lb_server + path)
        check(path)
    article = first_article(page, lb_server)
    form = page.locator("form[data-comment-form]")
    # The comment form after a wrong answer to the security question: inline errors and a new question.
    fill_comment(form, name="رامي", email="rami@example.com", title="سؤال", text="متى تُقرّ الموازنة؟", answer="999")
    challenge = form.locator("[data-captcha-id]").input_value()
    form.locator("button[type=submit]").click()
    status = form.locator("[data-status]")
    expect(status).to_contain_text("يُرجى تصحيح الأخطاء")
    assert "c-failed" in (status.get_attribute("class") or "")
    expect(form.locator("input[name=captcha_answer]")).to_have_attribute("aria-invalid", "true")
    expect(form.locator(".errorlist").first).to_be_visible()
    expect(form.locator("[data-captcha-id]")).not_to_have_value(challenge)
    check(article + " (comment form with errors)")
    # The uncached form page for readers without JavaScript.
    goto(page, lb_server + form.get_attribute("action"))
    expect(page.locator("form textarea[name=text]")).to_be_visible()
    check("comment form page")
    assert not found, found
