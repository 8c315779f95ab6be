"""The newsletter box on a cached home page, in headless Chromium: the page comes from the page cache
with no token; the box fetches one when the reader types, and the sign-up is answered in the box.
The demo's archive lists its sent digest."""

from .helpers import expect, goto


def test_signing_up_from_a_cached_home_page(page, nashra_server):
    goto(page, f"{nashra_server}/")
    response = page.reload(wait_until="load")
    assert response.headers.get("x-cache") == "HIT", response.headers.get("x-cache")
    box = page.locator("[data-newsletter-form]")
    box.locator("input[name=email]").fill("browser-reader@example.com")
    box.get_by_role("button", name="اشترك").click()
    expect(box.locator("[data-status]")).to_contain_text("أرسلنا إليك رسالة تأكيد")
    goto(page, f"{nashra_server}/newsletters/")
    expect(page.locator("h1")).to_contain_text("أرشيف النشرات البريدية")
    expect(page.locator(".nl-archive li")).to_have_count(1)
