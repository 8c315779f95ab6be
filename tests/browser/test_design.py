"""The reader design in a real browser (issue #19): the sections menu on a phone, the breaking ticker's
pause, the dark theme remembered across a reload, the first headline within the first screen of a phone,
no sideways scrolling at 360 px, and the print stylesheet."""

import re

import pytest

from .helpers import expect, first_article, goto

PHONE_PAGES = ["/", "/politics/", "/search/?q=المفوضية", "/prayer-times/", "/horoscopes/", "/caricatures/"]


def test_phone_menu_opens_traps_focus_and_closes_with_escape(mobile_page, nashra_server):
    page = mobile_page
    goto(page, nashra_server + "/")
    button = page.locator("header [data-menu-open]")
    menu = page.locator("#site-menu")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    expect(menu.get_by_role("link", name="سياسة", exact=True)).to_be_visible()
    inside = "() => document.getElementById('site-menu').contains(document.activeElement)"
    assert page.evaluate(inside), "focus did not move into the menu"
    # Tab all the way round (and back): focus never leaves the open menu.
    count = menu.locator("a[href], button").count()
    for _ in range(count + 2):
        page.keyboard.press("Tab")
        assert page.evaluate(inside), "Tab left the open menu"
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
        assert page.evaluate(inside), "Shift+Tab left the open menu"

    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(button).to_have_attribute("aria-expanded", "false")
    assert page.evaluate("() => document.activeElement.hasAttribute('data-menu-open')"), "focus not returned"

    # The close button does the same; a section link navigates.
    button.click()
    menu.locator("[data-menu-close]").click()
    expect(menu).to_be_hidden()
    button.click()
    menu.get_by_role("link", name="سياسة", exact=True).click()
    page.wait_for_url(re.compile(r"/politics/$"))


def test_phone_search_is_one_tap_away(mobile_page, nashra_server):
    page = mobile_page
    goto(page, nashra_server + "/")
    page.locator("header [data-search-open]").click()
    box = page.locator("#header-search-q")
    expect(box).to_be_visible()
    expect(box).to_be_focused()
    box.fill("المفوضية")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))


def test_without_javascript_the_sections_stay_reachable(browser, nashra_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        goto(page, nashra_server + "/")
        link = page.locator("#site-menu").get_by_role("link", name="سياسة", exact=True)
        expect(link).to_be_visible()
        expect(page.locator("header [data-menu-open]")).to_be_hidden()
    finally:
        context.close()


def test_ticker_rotates_whole_headlines_and_pauses_on_hover_and_focus(page, nashra_server):
    goto(page, nashra_server + "/")
    ticker = page.locator("section.ticker")
    items = ticker.locator("li")
    assert items.count() >= 2, "the demo has several breaking stories"
    current = "() => Array.from(document.querySelectorAll('.ticker li')).findIndex(li => li.classList.contains('on'))"
    visible = ticker.locator("li.on a")
    expect(visible).to_be_visible()
    # Whole headlines: each one, when shown, lies inside the ticker (wrapped, not cut off).
    assert page.evaluate("""() => { const box = document.querySelector('.ticker').getBoundingClientRect();
        return Array.from(document.querySelectorAll('.ticker li a')).every(a => {
          const r = a.getBoundingClientRect();
          return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right; }); }""")
    assert not ticker.get_attribute("aria-live"), "the ticker must not announce every rotation"

    # It rotates by itself (one headline every few seconds)...
    first = visible.inner_text()
    expect(visible).not_to_have_text(first, timeout=8000)

    # ...but not under the pointer,
    ticker.hover()
    expect(ticker).to_have_attribute("data-paused", "true")
    held = page.evaluate(current)
    page.wait_for_timeout(6000)
    assert page.evaluate(current) == held, "rotated under the pointer"

    # nor while a headline has the keyboard focus.
    page.mouse.move(5, 800)
    expect(ticker).to_have_attribute("data-paused", "false")
    visible.focus()
    expect(ticker).to_have_attribute("data-paused", "true")
    held = page.evaluate(current)
    page.wait_for_timeout(6000)
    assert page.evaluate(current) == held, "rotated while a headline had the focus"

    # The next button shows the following headline at once.
    ticker.locator("[data-ticker-next]").click()
    assert page.evaluate(current) == (held + 1) % items.count()


def test_ticker_stays_still_for_reduced_motion(new_page, nashra_server):
    page = new_page(reduced_motion="reduce")
    goto(page, nashra_server + "/")
    ticker = page.locator("section.ticker")
    for item in ticker.locator("li a").all():  # every headline shown, none hidden by a rotation
        expect(item).to_be_visible()
    expect(ticker).to_have_attribute("data-paused", "true")


def test_dark_theme_toggle_is_remembered_across_reloads(new_page, nashra_server):
    page = new_page(color_scheme="light")
    goto(page, nashra_server + "/")
    background = "() => getComputedStyle(document.body).backgroundColor"
    light = page.evaluate(background)
    toggle = page.locator("header [data-theme-toggle]")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    dark = page.evaluate(background)
    assert dark != light
    page.reload(wait_until="load")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert page.evaluate(background) == dark
    expect(page.locator("header [data-theme-toggle]")).to_have_attribute("aria-pressed", "true")
    assert not page.context.cookies(), "the choice must not be a cookie"
    # Another page of the site: the same choice, applied before the first paint (theme.js in <head>).
    first_article(page, nashra_server)
    assert page.evaluate(background) == dark


def test_dark_theme_follows_the_system_until_the_reader_chooses(new_page, nashra_server):
    page = new_page(color_scheme="dark")
    goto(page, nashra_server + "/")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(22, 24, 28)"
    expect(page.locator("header [data-theme-toggle]")).to_have_attribute("aria-pressed", "true")


def test_first_headline_within_200px_on_a_phone(mobile_page, nashra_server):
    page = mobile_page
    for host in (nashra_server, nashra_server.replace("://eg.", "://lb.")):
        goto(page, host + "/")
        top = page.locator("main .top-story h2").bounding_box()["y"]
        assert top < 200, f"{host}: first headline starts at {top:.0f}px"


@pytest.mark.parametrize("path", PHONE_PAGES + ["article"])
def test_no_horizontal_scroll_at_360px(mobile_page, nashra_server, path):
    page = mobile_page
    if path == "article":
        first_article(page, nashra_server)
    else:
        goto(page, nashra_server + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{path}: the page is {width}px wide"


def test_print_shows_the_story_and_its_address_without_navigation_or_comments(page, nashra_server):
    first_article(page, nashra_server)
    page.emulate_media(media="print")
    for selector in ("header nav.nav", "section.ticker", ".share", "aside.side", "footer.site-footer",
                     "header .header-search", "#comments, .comments"):
        for element in page.locator(selector).all():
            expect(element).to_be_hidden()
    for selector in ("article h1", ".meta .stamps time", "article .body"):
        expect(page.locator(selector).first).to_be_visible()
    if page.locator("figure.lead img").count():
        expect(page.locator("figure.lead img")).to_be_visible()
    url = page.evaluate("getComputedStyle(document.querySelector('.print-url'), '::after').content")
    assert "localhost" in url and "/politics/" in url, url
    page.emulate_media(media="screen")
    expect(page.locator("header nav.nav")).to_be_visible()
