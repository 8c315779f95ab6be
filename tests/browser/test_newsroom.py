"""Newsroom (Wagtail admin at /newsroom/) in headless Chromium against the live demo server.

Only the login path for now; the write → submit → approve → published flow is still to do (issue 8).
"""

try:
    from playwright.sync_api import expect
except ImportError:  # only needed with NASHRA_BROWSER=1; conftest skips these tests otherwise
    expect = None

PASSWORD = "nashra-demo-2025"  # printed by `nashra demo` for every demo account


def _login(page, base, username, password):
    page.goto(base + "/newsroom/", wait_until="load")
    assert "/newsroom/login/" in page.url, page.url
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_load_state("load")


def test_editor_logs_in_to_an_arabic_rtl_newsroom(page, nashra_server):
    _login(page, nashra_server, "editor-eg", PASSWORD)
    assert page.url.rstrip("/").endswith("/newsroom"), page.url
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    expect(page.locator("h1").first).to_be_visible()


def test_wrong_password_stays_on_login(page, nashra_server):
    _login(page, nashra_server, "editor-eg", "not-the-password")
    assert "/newsroom/login/" in page.url, page.url
    expect(page.locator("input[name=password]")).to_be_visible()
