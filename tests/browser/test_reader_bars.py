"""Issue 19's bars on every reader page type, in Chromium: axe-core finds no violation of any impact,
in the light and in the dark theme; nothing scrolls sideways on a 360 px phone; an article's CSS, JS
and fonts stay within 60 KB compressed. (Requests off the page's host fail every browser test: see
``_finish`` in conftest.py.)
"""

import pytest

from .helpers import first_article, goto, reader_paths

ARTICLE_BUDGET = 60 * 1024  # bytes on the wire: CSS + JS + fonts of an article page, images excluded


def axe_violations(page, axe_js) -> list[str]:
    """Every axe-core violation on the page as it is now, whatever its impact."""
    page.evaluate(axe_js + "\n;true")
    res = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    assert res["passes"], "axe-core ran no checks"
    return [f'{v["id"]} ({v["impact"]}): {[n["target"] for n in v["nodes"]][:3]}' for v in res["violations"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_any_reader_page(new_page, nashra_server, axe_js, scheme):
    page = new_page(color_scheme=scheme)
    found = {}
    for name, path in reader_paths(page, nashra_server).items():
        goto(page, nashra_server + path)
        if bad := axe_violations(page, axe_js):
            found[f"{name} {path}"] = bad
    page.goto(nashra_server + "/no-such-page/")  # the 404 page is a reader page too
    if bad := axe_violations(page, axe_js):
        found["404"] = bad
    assert not found, "\n".join(f"{where}: {bad}" for where, bad in found.items())


def test_no_reader_page_scrolls_sideways_on_a_phone(new_page, nashra_server):
    page = new_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    wide = {}
    for name, path in reader_paths(page, nashra_server).items():
        goto(page, nashra_server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            wide[f"{name} {path}"] = width
    assert not wide, f"pages wider than the 360 px phone: {wide}"


def test_an_article_weighs_at_most_60_kb_of_css_js_and_fonts(new_page, nashra_server):
    path = first_article(new_page(), nashra_server)
    page = new_page()  # its own context: an empty cache, so every file is fetched
    sizes = {}

    def note(response):
        if response.request.resource_type in {"stylesheet", "script", "font"}:
            # The bytes on the wire (compressed when the server compressed them), headers left out.
            sizes[response.url] = response.request.sizes()["responseBodySize"]

    page.on("response", note)
    page.goto(nashra_server + path, wait_until="networkidle")
    total = sum(sizes.values())
    assert sizes, "the article loaded no CSS, JS or font at all?"
    assert total <= ARTICLE_BUDGET, f"{total} bytes: {sizes}"
