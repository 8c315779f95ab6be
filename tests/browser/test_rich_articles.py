"""Rich articles in headless Chromium against the live demo server: the demo's gallery driven by keyboard,
buttons and a swipe on a 360 px phone, and the demo's YouTube facade, which must not contact anything but
our host until the reader clicks it (then the iframe goes to youtube-nocookie.com — aborted here, so the
test needs no internet).
"""

import json
import urllib.request
from urllib.parse import urlsplit

try:
    from playwright.sync_api import expect
except ImportError:  # only needed with NASHRA_BROWSER=1; conftest skips these tests otherwise
    expect = None

from nashra.demo import rich_articles

from .conftest import _finish, _is_local, _new_page
from .helpers import goto


def story_url(page, base, external_id, section="sports"):
    """The demo story's URL, from the JSON API (the section's newest stories)."""
    # Asked on 127.0.0.1 with the edition's Host (only the browser resolves *.localhost names by itself).
    parts = urlsplit(base)
    req = urllib.request.Request(f"http://127.0.0.1:{parts.port}/api/v1/articles/?section={section}",
                                 headers={"Host": parts.netloc})
    with urllib.request.urlopen(req, timeout=10) as response:
        results = json.loads(response.read())["results"]
    for item in results:
        if item["external_id"] == external_id:
            return item["url"]
    raise AssertionError(f"{external_id} is not among the newest {section} stories")


def current(gallery) -> str:
    return gallery.get_attribute("data-current")


def test_gallery_moves_with_arrow_keys_and_buttons(page, nashra_server):
    goto(page, story_url(page, nashra_server, rich_articles.GALLERY_STORY))
    gallery = page.locator("[data-gallery]").first
    gallery.scroll_into_view_if_needed()
    controls = gallery.locator(".gallery-controls")
    expect(controls).to_be_visible()
    count = controls.locator(".gallery-count")
    expect(count).to_have_text("1 / 4")
    prev = gallery.get_by_role("button", name="الصورة السابقة")
    nxt = gallery.get_by_role("button", name="الصورة التالية")
    expect(prev).to_be_disabled()
    track = gallery.locator(".gallery-track")
    track.focus()
    start = track.evaluate("t => t.scrollLeft")
    page.keyboard.press("ArrowLeft")  # right-to-left: the next picture is to the left
    expect(count).to_have_text("2 / 4")
    expect(track).not_to_have_js_property("scrollLeft", start, timeout=3000)
    page.wait_for_function("t => Math.abs(t.scrollLeft) > t.clientWidth * 0.9", arg=track.element_handle())
    nxt.click()
    expect(count).to_have_text("3 / 4")
    page.keyboard.press("ArrowRight")
    expect(count).to_have_text("2 / 4")
    page.keyboard.press("End")
    expect(count).to_have_text("4 / 4")
    expect(nxt).to_be_disabled()
    # The slide shown is the one counted: once the (smooth) scroll ends, it fills the track's box.
    page.wait_for_function("""() => {
        const g = document.querySelector('[data-gallery]'), t = g.querySelector('.gallery-track');
        const s = g.querySelectorAll('.gallery-slide')[3].getBoundingClientRect(), b = t.getBoundingClientRect();
        return Math.abs(s.left - b.left) < 2 && Math.abs(s.right - b.right) < 2; }""")
    # Keyboard focus is visible on the buttons.
    prev.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert page.evaluate("document.activeElement.matches(':focus-visible')") and outline != "none"


def test_gallery_on_a_phone_swipes_and_fits_the_screen(mobile_page, nashra_server):
    page = mobile_page
    goto(page, story_url(page, nashra_server, rich_articles.GALLERY_STORY))
    gallery = page.locator("[data-gallery]").first
    gallery.scroll_into_view_if_needed()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    track = gallery.locator(".gallery-track")
    box = track.bounding_box()
    assert box["width"] <= 360
    slide = gallery.locator(".gallery-slide").first.bounding_box()
    assert abs(slide["width"] - box["width"]) < 2  # one picture per screen
    count = gallery.locator(".gallery-count")
    expect(count).to_have_text("1 / 4")
    # A finger swipe from left to right scrolls a right-to-left strip on to the next picture (touch events
    # through the DevTools protocol: the compositor scrolls and snaps as it does under a real finger).
    cdp = page.context.new_cdp_session(page)
    y = box["y"] + box["height"] / 3
    # Two thirds of a picture, then a pause before lifting the finger: no fling, so the strip snaps to
    # the nearest picture, the next one (a fast full-width fling can carry it two pictures on).
    xs = [box["x"] + 20 + box["width"] * 0.65 * step / 12 for step in range(13)]
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": xs[0], "y": y}]})
    for x in xs[1:]:
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
    page.wait_for_timeout(300)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    expect(count).to_have_text("2 / 4", timeout=5000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_video_facade_contacts_nobody_until_clicked(request, browser, nashra_server):
    # Its own context: the shared fixtures fail a test on any off-host request, and after the click one is
    # expected (and aborted, so the test does not depend on the internet).
    context, page = _new_page(request, browser, viewport={"width": 1280, "height": 900})
    requests = []
    context.on("request", lambda req: requests.append(req.url))
    context.route("**/*", lambda route: route.continue_() if _is_local(route.request.url) else route.abort())
    try:
        goto(page, story_url(page, nashra_server, rich_articles.VIDEO_STORY))
        facade = page.locator(".embed-facade").first
        facade.scroll_into_view_if_needed()
        page.wait_for_load_state("networkidle")
        assert [u for u in requests if not _is_local(u)] == [], "a request left 127.0.0.1 before the click"
        assert page.locator("iframe").count() == 0
        poster = facade.locator("img").first
        assert urlsplit(poster.get_attribute("src")).hostname in (None, "eg.localhost")
        button = facade.get_by_role("button")
        expect(button).to_have_accessible_name("تشغيل الفيديو: ملخص المباراة بالفيديو")
        with page.expect_request(lambda req: not _is_local(req.url)) as first_foreign:
            button.click()
        assert first_foreign.value.url.startswith("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ")
        frame = page.locator(".embed-facade iframe")
        expect(frame).to_have_count(1)
        assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ")
        assert frame.get_attribute("title") == "ملخص المباراة بالفيديو"
        foreign = [u for u in requests if not _is_local(u)]
        assert foreign and all(urlsplit(u).hostname == "www.youtube-nocookie.com" for u in foreign), foreign
        page.foreign_requests.clear()  # expected after the click; _finish checks the rest (JS errors)
    finally:
        _finish(request, context, page)


def test_video_facade_without_javascript_is_a_link_to_the_platform(request, browser, nashra_server):
    context, page = _new_page(request, browser, viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    try:
        goto(page, story_url(page, nashra_server, rich_articles.VIDEO_STORY))
        link = page.locator(".embed-facade a.embed-link").first
        assert link.get_attribute("href") == rich_articles.VIDEO_URL
        assert "ملخص المباراة بالفيديو" in link.inner_text()
        assert page.locator("iframe").count() == 0
    finally:
        _finish(request, context, page)


def test_rich_blocks_have_no_axe_violations(page, nashra_server, axe_js):
    """axe-core on the gallery and the facade themselves (any impact), with the gallery moved once."""
    for external_id, selector in ((rich_articles.GALLERY_STORY, "[data-gallery]"),
                                  (rich_articles.VIDEO_STORY, ".embed")):
        goto(page, story_url(page, nashra_server, external_id))
        if selector == "[data-gallery]":
            page.locator(".gallery-next").click()
        page.evaluate(axe_js + "\n;true")
        res = page.evaluate("(sel) => axe.run(document.querySelectorAll(sel), {resultTypes: ['violations']})",
                            selector + ", .pull-quote, .related-box")
        assert res["passes"], "axe-core ran no checks"
        bad = [f'{v["id"]} ({v["impact"]}): {[n["target"] for n in v["nodes"]][:3]}' for v in res["violations"]]
        assert not bad, (external_id, bad)
