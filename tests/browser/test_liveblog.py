"""The demo live blog in headless Chromium: a reader has the page open while a reporter posts an entry
from the newsroom in another browser context; within a poll the «تحديثات جديدة» bar appears, and a click
inserts the entry above the others."""

from .helpers import expect, goto, login

BLOG = "/politics/earthquake-live/"


def test_a_posted_entry_reaches_an_open_reader_page(page, new_page, nashra_server, newsroom_accounts):
    base = nashra_server
    reader = page
    goto(reader, base + BLOG)
    expect(reader.locator("h1")).to_contain_text("هزة أرضية")
    expect(reader.locator(".lb-newbar")).to_be_hidden()
    expect(reader.locator("time[data-relative]").first).to_contain_text("منذ")

    reporter = new_page()
    login(reporter, base, *newsroom_accounts["reporter"])
    goto(reporter, base + "/newsroom/liveblog/")
    reporter.get_by_role("link", name="مباشر: هزة أرضية تضرب شمال البلاد").click()
    reporter.wait_for_load_state("load")
    reporter.fill("#lb-title", "وصول فرق الإنقاذ")
    reporter.fill("#lb-body", "وصلت فرق الإنقاذ إلى القرى المتضررة.")
    reporter.get_by_role("button", name="انشر التحديث").click()
    reporter.wait_for_load_state("load")
    expect(reporter.locator("table.listing")).to_contain_text("وصول فرق الإنقاذ")

    bar = reader.locator(".lb-show-new")
    expect(bar).to_be_visible(timeout=15_000)
    expect(bar).to_contain_text("تحديث")
    bar.click()
    expect(reader.locator(".lb-newbar")).to_be_hidden()
    first_unpinned = reader.locator(".lb-entries .lb-entry:not(.lb-pinned)").first
    expect(first_unpinned).to_contain_text("وصول فرق الإنقاذ")
