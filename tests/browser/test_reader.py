"""Reader paths in headless Chromium against the live demo server (see conftest.py).

Every test fails on a request to a host other than loopback and on an uncaught JS error.
"""

import re

try:
    from playwright.sync_api import expect
except ImportError:  # only needed with NASHRA_BROWSER=1; conftest skips these tests otherwise
    expect = None

from .helpers import axe_serious, goto, solve

TIME_RE = re.compile(r"^\d{1,2}:\d{2}$")


def _first_politics_article(page, base):
    goto(page, base + "/politics/")
    href = page.locator("main .cards .card a.title").first.get_attribute("href")
    goto(page, base + href)


def test_home_is_rtl_arabic_with_visible_ticker(page, nashra_server):
    goto(page, nashra_server + "/")
    html = page.locator("html")
    assert html.get_attribute("dir") == "rtl"
    assert html.get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    ticker = page.locator("section.ticker")
    assert ticker.is_visible()
    assert ticker.locator("li a").first.is_visible()
    assert ticker.locator("li a").first.inner_text().strip()
    assert page.locator("main .top-story h2 a").first.is_visible()


def test_header_clock_advances(page, nashra_server):
    goto(page, nashra_server + "/")
    clock = page.locator("header [data-clock]")
    assert clock.is_visible()
    first = clock.inner_text().strip()
    assert re.fullmatch(r"\d{2}:\d{2}:\d{2}", first), first
    page.wait_for_timeout(2200)
    second = clock.inner_text().strip()
    assert second != first, f"clock did not tick: {first!r} → {second!r}"


def test_article_page_elements(page, nashra_server):
    _first_politics_article(page, nashra_server)
    assert page.locator("html").get_attribute("dir") == "rtl"
    h1 = page.locator("main article.article h1")
    assert h1.is_visible() and h1.inner_text().strip()
    assert page.locator("main figure.lead img").is_visible()
    caption = page.locator("main figure.lead figcaption")
    assert caption.is_visible() and caption.inner_text().strip()
    byline = page.locator("main .meta .byline")
    assert byline.is_visible()
    assert " ـ " in byline.inner_text(), byline.inner_text()
    stamp = page.locator("main .meta .stamps time")
    assert stamp.is_visible()
    assert stamp.inner_text().strip().endswith("GMT"), stamp.inner_text()
    assert page.locator("main .body p").first.is_visible()
    # The lead image really loaded (not a broken image).
    assert page.evaluate("document.querySelector('main figure.lead img').naturalWidth") > 0


def test_article_has_no_horizontal_scroll_on_mobile(mobile_page, nashra_server):
    page = mobile_page
    for path in ("/", None):
        if path:
            goto(page, nashra_server + path)
        else:
            _first_politics_article(page, nashra_server)
        page.wait_for_timeout(200)
        sizes = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert sizes[1] == 360, sizes
        assert sizes[0] <= sizes[1], f"horizontal scroll on {page.url}: scrollWidth {sizes[0]} > {sizes[1]}"


def test_section_pagination_older_and_back(page, nashra_server):
    goto(page, nashra_server + "/politics/")
    first_page = page.locator("main .cards .card a.title").all_inner_texts()
    assert len(first_page) == 20, len(first_page)
    page.get_by_role("link", name="الأقدم", exact=True).click()
    page.wait_for_load_state("load")
    assert "page=2" in page.url, page.url
    second_page = page.locator("main .cards .card a.title").all_inner_texts()
    assert second_page, "page 2 is empty"
    assert not set(second_page) & set(first_page), "page 2 repeats page 1"
    page.go_back()
    page.wait_for_load_state("load")
    assert page.locator("main .cards .card a.title").all_inner_texts() == first_page


def test_search_finds_a_demo_title_word(page, nashra_server):
    goto(page, nashra_server + "/")
    box = page.locator("#header-search-q")
    box.fill("المفوضية")
    box.press("Enter")
    page.wait_for_load_state("load")
    assert "/search/" in page.url
    results = page.locator("main ol.results li.result")
    assert results.count() >= 1
    assert "المفوضية" in results.first.inner_text()
    assert page.locator("main ol.results mark").first.inner_text() == "المفوضية"


def test_prayer_times_page_shows_six_times(page, nashra_server):
    goto(page, nashra_server + "/prayer-times/")
    rows = page.locator("main table.prayer-table tbody tr")
    assert rows.count() == 6
    times = [t.strip() for t in rows.locator("td time").all_inner_texts()]
    assert len(times) == 6 and all(TIME_RE.match(t) for t in times), times
    assert times == sorted(times, key=lambda t: tuple(map(int, t.split(":")))), times
    # The header widget counts down to the next prayer.
    countdown = page.locator("header [data-countdown]")
    assert countdown.is_visible()


def test_horoscopes_page(page, nashra_server):
    goto(page, nashra_server + "/horoscopes/")
    assert page.locator("main h1").inner_text().startswith("حظك اليوم")
    signs = page.locator("main ul.sign-grid li.sign-tile")
    assert signs.count() == 12
    assert signs.first.locator("a").is_visible()
    assert signs.first.locator("p.sign-excerpt").inner_text().strip()


def test_caricatures_gallery(page, nashra_server):
    goto(page, nashra_server + "/caricatures/")
    assert page.locator("main h1").inner_text().strip() == "كاريكاتير"
    img = page.locator("main .caricature-gallery img").first
    img.scroll_into_view_if_needed()
    expect(img).to_be_visible()
    page.wait_for_function("(el) => el.complete && el.naturalWidth > 0", arg=img.element_handle())
    # The picture is named by its link's text (the caricature's title right beside it), so its own alt is
    # empty rather than the same words twice (axe-core: image-redundant-alt).
    assert img.get_attribute("alt") == ""
    assert page.locator("main .caricature-gallery a.caricature-thumb").first.inner_text().strip()


def test_comment_counter_token_and_submit_on_cached_page(page, nashra_server):
    _first_politics_article(page, nashra_server)
    resp = page.reload(wait_until="load")  # the second view comes from the full-page cache
    if resp.headers.get("x-cache") == "MISS":
        # The copy an earlier test stored may have reached its lifetime (NASHRA_PAGE_CACHE_TTL, 120 s) between
        # the two views — seen once on a slow CI run; the view that just missed stored a new one.
        resp = page.reload(wait_until="load")
    assert resp.status == 200 and resp.headers.get("x-cache") == "HIT", resp.headers.get("x-cache")
    form = page.locator("form[data-comment-form]")
    submit = form.locator("button[type=submit]")
    counter = form.locator("[data-counter]")
    assert submit.is_disabled(), "send button enabled before the token arrived"
    before = int(counter.get_attribute("data-left"))
    text = form.locator("textarea[name=text]")
    text.click()
    text.press_sequentially("مرحبا 👋 نش")  # 10 characters as the reader sees them
    assert page.evaluate("Array.from(document.querySelector('textarea[name=text]').value).length") == 10
    expect(counter).to_have_attribute("data-left", str(before - 10))
    assert "متبقٍ" in form.locator("[data-counter]").inner_text()
    # The per-visitor token (CSRF + security question) arrives and enables the send button.
    expect(submit).to_be_enabled()
    question = form.locator("[data-captcha-question]").inner_text().strip()
    answer = solve(question)
    form.locator("input[name=name]").fill("سلمى")
    form.locator("input[name=email]").fill("salma@example.com")
    form.locator("input[name=title]").fill("رأي في الخبر")
    text.press_sequentially(" تعليق تجريبي")
    form.locator("input[name=agree]").check()
    form.locator("input[name=captcha_answer]").fill(str(answer))
    submit.click()
    status = form.locator("[data-status]")
    expect(status).to_contain_text("بانتظار المراجعة")
    assert "تعليقك بانتظار المراجعة" in status.inner_text()
    assert "c-failed" not in (status.get_attribute("class") or "")


AXE_PAGES = ["/", "/politics/", "/search/?q=المفوضية", "/prayer-times/", "/horoscopes/", "/caricatures/"]


def test_axe_no_serious_or_critical_violations(page, nashra_server, axe_js):
    goto(page, nashra_server + "/politics/")
    article = page.locator("main .cards .card a.title").first.get_attribute("href")
    found = {}
    for path in AXE_PAGES + [article]:
        goto(page, nashra_server + path)
        if path == article:  # the comment form with its token and security question loaded
            page.locator("form[data-comment-form] textarea[name=text]").click()
            expect(page.locator("form[data-comment-form] button[type=submit]")).to_be_enabled()
        bad = axe_serious(page, axe_js)
        if bad:
            found[path] = bad
    assert not found, found
    # The check itself can fail: an image without alt text is a critical violation.
    page.evaluate("() => { const i = document.createElement('img'); i.src = '/favicon.ico';"
                  " document.querySelector('main').appendChild(i); }")
    assert any(v.startswith("image-alt") for v in axe_serious(page, axe_js))
