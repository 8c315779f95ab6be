"""The services pages in a real browser: the prayer month table on a phone, the day card's next prayer,
the horoscope grid, the caricature gallery, and the footer's pages."""

from tests.browser.helpers import goto

NO_PAGE_SCROLL = "document.documentElement.scrollWidth <= document.documentElement.clientWidth"

# Lines of text in the tallest cell of the table (its content height over its line height).
TALLEST_CELL_LINES = """() => {
  let worst = 0, where = "";
  document.querySelectorAll(".prayer-month-table th, .prayer-month-table td").forEach((cell) => {
    const s = getComputedStyle(cell);
    const content = cell.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
    const lines = content / parseFloat(s.lineHeight);
    if (lines > worst) { worst = lines; where = cell.textContent.trim(); }
  });
  return [worst, where];
}"""


def test_prayer_month_fits_a_phone(mobile_page, nashra_server):
    goto(mobile_page, f"{nashra_server}/prayer-times/cairo/month/?month=2026-12")
    title = mobile_page.locator("main h1").inner_text()
    assert "كانون الأول / ديسمبر 2026" in title and "2026-12" not in title
    assert mobile_page.evaluate(NO_PAGE_SCROLL), "the page scrolls sideways at 360 px"
    assert mobile_page.locator(".prayer-month-table tbody tr").count() == 31
    lines, cell = mobile_page.evaluate(TALLEST_CELL_LINES)
    assert lines <= 2.05, f"a cell takes {lines:.1f} lines: {cell!r}"
    caption = mobile_page.locator(".prayer-month-table caption")
    box = caption.bounding_box()
    assert box["width"] > 200, "the caption is squeezed into a narrow column"


def test_prayer_day_card_marks_the_next_prayer(mobile_page, nashra_server):
    goto(mobile_page, f"{nashra_server}/prayer-times/cairo/")
    assert mobile_page.evaluate(NO_PAGE_SCROLL)
    rows = mobile_page.locator(".prayer-today tbody tr")
    assert rows.count() == 6
    # What the reader's clock says is next (none after the evening prayer: tomorrow is another page).
    expected = mobile_page.evaluate("""() => {
      const now = Date.now();
      const row = [...document.querySelectorAll(".prayer-today tr[data-prayer]")]
        .find((r) => Date.parse(r.dataset.at) > now);
      return row ? row.dataset.prayer : null;
    }""")
    marked = mobile_page.locator(".prayer-today tr.is-next")
    if expected is None:
        assert marked.count() == 0
    else:
        assert marked.count() == 1 and marked.get_attribute("data-prayer") == expected
        assert marked.get_attribute("aria-current") == "time"
        assert marked.locator(".prayer-next-badge").is_visible()


def test_horoscope_grid_shows_the_twelve_signs(mobile_page, nashra_server):
    goto(mobile_page, f"{nashra_server}/horoscopes/")
    tiles = mobile_page.locator(".sign-grid > li")
    assert tiles.count() == 12
    for n in range(12):
        tile = tiles.nth(n)
        assert tile.is_visible() and tile.locator(".sign-glyph").is_visible()
        assert tile.locator(".sign-dates").inner_text().strip()
    assert mobile_page.evaluate(NO_PAGE_SCROLL)
    tiles.nth(4).locator("a").first.click()
    mobile_page.wait_for_load_state("load")
    assert mobile_page.url.endswith("/horoscopes/leo/")
    assert mobile_page.locator(".horoscope-text").inner_text().strip()


def test_caricature_gallery_opens_a_caricature(page, nashra_server):
    goto(page, f"{nashra_server}/caricatures/")
    cards = page.locator(".caricature-gallery > li")
    assert cards.count() >= 6
    first, second = (cards.nth(i).bounding_box() for i in (0, 1))
    assert abs(first["y"] - second["y"]) < 2, "the gallery is not a grid on a desktop"
    title = cards.first.locator(".title").inner_text()
    cards.first.locator("a.caricature-thumb").click()
    page.wait_for_load_state("load")
    assert page.locator("main h1").inner_text() == title
    assert page.locator(".caricature-figure img").evaluate("img => img.naturalWidth") > 480


def test_footer_links_the_networks_pages(page, nashra_server):
    goto(page, f"{nashra_server}/")
    links = page.locator(".site-footer .footer-pages a")
    assert links.all_inner_texts() == ["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام"]
    links.nth(2).click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/pages/privacy/")
    assert page.locator("main h1").inner_text() == "سياسة الخصوصية"
