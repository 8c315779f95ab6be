"""Editors' picks in headless Chromium against the live demo server: the demo's front page leads with
its politics pick; an editor replaces it in «اختيارات المحررين» with a sports story (with an expiry
typed in Cairo time), and a reader whose home page was in the page cache sees the new lead at once.
A reporter has no way in."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .helpers import expect, goto, login

PICKS = "/newsroom/picks/"


def _lead_title(page) -> str:
    return page.locator("main .top-story h2 a").first.inner_text().strip()


def test_an_editor_sets_the_lead_and_readers_see_it(page, new_page, nashra_server, newsroom_accounts):
    base = nashra_server
    reader = page
    goto(reader, f"{base}/")
    assert "تشديد أمني" in _lead_title(reader)  # `nashra demo`'s lead pick, not the newest story
    resp = reader.reload(wait_until="load")
    assert resp.headers.get("x-cache") == "HIT", resp.headers.get("x-cache")

    editor = new_page()
    login(editor, base, *newsroom_accounts["editor"])
    goto(editor, base + PICKS)
    expect(editor.locator("h1").first).to_contain_text("اختيارات المحررين")
    lead_row = editor.locator("table.picks-list tbody tr").filter(has_text="تشديد أمني")
    lead_row.get_by_role("button", name="أزل").click()
    editor.wait_for_load_state("load")
    expect(editor.locator("table.picks-list")).to_have_count(0)

    options = editor.locator("select[name=article] option").all_inner_texts()
    label = next(text for text in options if text.endswith("— رياضة"))
    editor.select_option("select[name=article]", label=label)
    editor.select_option("select[name=slot]", value="lead")
    tomorrow = datetime.now(ZoneInfo("Africa/Cairo")) + timedelta(days=1)
    editor.fill("input[name=expires_at]", tomorrow.strftime("%Y-%m-%dT10:30"))
    editor.get_by_role("button", name="اختر", exact=True).click()
    editor.wait_for_load_state("load")
    row = editor.locator("table.picks-list tbody tr").first
    expect(row).to_contain_text("رئيسي")
    expect(row).to_contain_text("يظهر")
    # The row's expiry box (a plain box with an Arabic hint) shows the time as typed, in Cairo time.
    assert row.locator("input[name$=expires_at]").input_value() == tomorrow.strftime("%Y-%m-%d 10:30")

    title = label.rsplit(" — ", 1)[0]
    resp = reader.reload(wait_until="load")
    assert resp.headers.get("x-cache") != "HIT"  # the pick purged the cached home page
    assert _lead_title(reader) == title


def test_a_reporter_cannot_open_the_picks(new_page, nashra_server, newsroom_accounts):
    reporter = new_page()
    login(reporter, nashra_server, *newsroom_accounts["reporter"])
    expect(reporter.locator("a[href$='/picks/']")).to_have_count(0)  # no menu item
    reporter.goto(nashra_server + PICKS, wait_until="load")
    expect(reporter.locator("table.picks-list, form.picks-add")).to_have_count(0)
