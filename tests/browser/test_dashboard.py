"""«لوحة الأرقام» in headless Chromium: an editor sees the charts and their tables (axe: no serious
violations); readers open a story, the roll-up runs, and the open dashboard shows the new views
without being reloaded."""

import re
import time

from .helpers import axe_serious, expect, first_article, goto, login

NUMBERS = "/newsroom/numbers/"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٬", "0123456789,")


def _total(page) -> int:
    text = page.locator("#dash-h-hours small").inner_text().translate(_DIGITS)
    return int(re.sub(r"[^0-9]", "", text))


def _refresh(page):
    """Press «حدّث الآن» and wait until the panels were replaced by the fetched ones."""
    page.evaluate("document.querySelector('#dash-panels .dash-grid').dataset.old = '1'")
    page.get_by_role("button", name="حدّث الآن").click()
    deadline = time.monotonic() + 10  # (wait_for_function would need 'unsafe-eval', which the CSP refuses)
    while page.evaluate("document.querySelector('#dash-panels .dash-grid').dataset.old") and \
            time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert not page.evaluate("document.querySelector('#dash-panels .dash-grid').dataset.old"), "no refresh"


def test_the_dashboard_shows_charts_and_updates_after_new_views(page, new_page, nashra_server, newsroom_accounts,
                                                                nashra_command, axe_js):
    base = nashra_server
    login(page, base, *newsroom_accounts["editor"])
    goto(page, base + NUMBERS)
    expect(page.locator("h1")).to_contain_text("لوحة الأرقام")
    expect(page.locator("svg.dash-chart").first).to_be_visible()
    expect(page.locator("#dash-panels table").first).to_be_attached()  # the numbers behind the chart
    assert page.locator("#dash-h-top5 ~ table tbody tr, #dash-h-top1440 ~ table tbody tr").count() > 0
    assert axe_serious(page, axe_js) == []

    # Earlier tests of the session read stories too: let their views reach the database (each process
    # writes every 5 s) and be rolled up, so that only this test's views come after «before».
    page.wait_for_timeout(6500)
    nashra_command("rollup_views")
    _refresh(page)
    before, hour = _total(page), int(time.time()) // 3600
    page.evaluate("window.__stillHere = true")  # gone if the page reloads

    reader = new_page()
    story = base + first_article(reader, base)  # one view
    for _ in range(3):  # three more
        goto(reader, story)
        reader.wait_for_timeout(300)
    reader.wait_for_timeout(6500)  # the app process writes what it counted every 5 s
    out = nashra_command("rollup_views")
    assert "view events rolled up" in out

    _refresh(page)
    if int(time.time()) // 3600 == hour:  # no hour left the 24-hour window meanwhile
        assert _total(page) == before + 4
    assert page.evaluate("window.__stillHere") is True
