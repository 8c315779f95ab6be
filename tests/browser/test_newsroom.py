"""Newsroom (Wagtail admin at /newsroom/) in headless Chromium against the live demo server.

The login, and the whole path of a story: a reporter writes it (with a lead image uploaded through the
image chooser), submits it to the edition's «اعتماد التحرير» workflow, an editor approves it from the
dashboard, and readers see it at once although the section page was in the page cache.
"""

import re

from PIL import Image, ImageDraw

from .helpers import expect, goto, login

PASSWORD = "nashra-demo-2025"  # printed by `nashra demo` for every demo account

# Not «سياسة»: the reader tests open the newest politics story and expect the demo's bylines there.
SECTION_SLUG, SECTION_TITLE = "sports", "رياضة"


def test_editor_logs_in_to_an_arabic_rtl_newsroom(page, nashra_server):
    login(page, nashra_server, "editor-eg", PASSWORD)
    assert page.url.rstrip("/").endswith("/newsroom"), page.url
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    expect(page.locator("h1").first).to_be_visible()


def test_wrong_password_stays_on_login(page, nashra_server):
    login(page, nashra_server, "editor-eg", "not-the-password")
    assert "/newsroom/login/" in page.url, page.url
    expect(page.locator("input[name=password]")).to_be_visible()


def _picture(folder):
    path = folder / "stadium.jpg"
    img = Image.new("RGB", (800, 500), (24, 96, 64))
    draw = ImageDraw.Draw(img)
    draw.rectangle((80, 80, 720, 420), outline=(250, 250, 250), width=12)
    draw.ellipse((340, 190, 460, 310), fill=(230, 120, 30))
    img.save(path, quality=85)
    return path


def _card_titles(page):
    return [t.strip() for t in page.locator("main .cards .card a.title").all_inner_texts()]


def test_story_from_reporter_through_editor_approval_to_readers(page, new_page, nashra_server, newsroom_accounts,
                                                                 tmp_path):
    base = nashra_server
    title = "افتتاح ملعب جديد لكرة السلة في حي شبرا بحضور المحافظ"
    caption = "الملعب الجديد قبل مباراة الافتتاح"
    body = "افتتح محافظ القاهرة صباح اليوم ملعبًا جديدًا لكرة السلة يتسع لألفي متفرج."
    image_title = "ملعب شبرا الجديد"

    # A reader has the section page in the page cache (the story is not there yet).
    reader = page
    goto(reader, f"{base}/{SECTION_SLUG}/")
    resp = reader.reload(wait_until="load")
    assert resp.headers.get("x-cache") == "HIT", resp.headers.get("x-cache")
    assert title not in _card_titles(reader)

    # The reporter writes the story under the section.
    reporter = new_page()
    login(reporter, base, *newsroom_accounts["reporter"])
    assert reporter.url.rstrip("/").endswith("/newsroom"), reporter.url
    goto(reporter, base + "/newsroom/pages/")
    reporter.get_by_role("link", name=f"استكشاف الصفحات الفرعية لـ '{SECTION_TITLE}'").click()
    reporter.get_by_role("link", name="إضافة صفحة فرعية").click()
    # A section holds stories and live blogs: Wagtail asks which, in Arabic.
    expect(reporter).to_have_url(re.compile(r"/newsroom/pages/\d+/add_subpage/$"))
    reporter.locator("a[href*='/pages/add/articles/articlepage/']").first.click()
    expect(reporter).to_have_url(re.compile(r"/newsroom/pages/add/articles/articlepage/\d+/$"))
    reporter.locator("#id_title").fill(title)

    # Lead image: uploaded through the image chooser's upload tab, chosen straight away.
    chooser = reporter.locator("#id_lead_image-chooser")
    chooser.locator(".unchosen [data-chooser-action-choose]").click()
    modal = reporter.locator(".modal-dialog")
    modal.locator("#tab-label-upload").click()
    modal.locator("#id_image-chooser-upload-file").set_input_files(str(_picture(tmp_path)))
    modal.locator("#id_image-chooser-upload-title").fill(image_title)
    modal.locator("#tab-upload button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(chooser.locator("[data-chooser-title]")).to_have_text(image_title)
    assert reporter.locator("#id_lead_image").input_value().isdigit()
    reporter.locator("#id_lead_image_caption").fill(caption)

    editor_box = reporter.locator("[data-contentpath=body] [contenteditable=true]")
    editor_box.click()
    editor_box.press_sequentially(body)
    # Draftail writes its hidden input 250 ms after the last keystroke; a person is never faster than that.
    expect(reporter.locator("#id_body")).to_have_value(re.compile(re.escape(body)))

    # A reporter cannot publish, only submit to the edition's workflow.
    expect(reporter.locator("button[name=action-publish]")).to_have_count(0)
    reporter.get_by_role("button", name="إجراءات أخرى").click()
    submit = reporter.locator("button[name=action-submit]")
    expect(submit).to_contain_text("اعتماد التحرير")
    submit.click()
    reporter.wait_for_load_state("load")
    expect(reporter.locator(".messages")).to_contain_text(title)
    assert "/edit/" not in reporter.url and "/add/" not in reporter.url, reporter.url

    # Submitted is not published. (Reloads: a plain navigation may come from the browser's own cache,
    # the pages allow max-age=15; a reload asks the server.)
    reader.reload(wait_until="load")
    assert title not in _card_titles(reader)

    # An editor of the edition approves it from the dashboard's «بانتظار مراجعتك» panel.
    editor = new_page()
    login(editor, base, *newsroom_accounts["editor"])
    row = editor.locator("#awaiting-review-section tr").filter(has=editor.get_by_role("link", name=title, exact=True))
    expect(row).to_have_count(1)
    row.get_by_role("button", name="الإجراءات").click()
    approve = row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])")
    with editor.expect_response(lambda r: "/workflow/action/" in r.url and r.request.method == "POST") as action:
        approve.click()
    assert action.value.status in (200, 302), action.value.status
    editor.wait_for_load_state("load")
    expect(editor.locator("#awaiting-review-section tr").filter(has_text=title)).to_have_count(0)

    # Readers see it at once: the publish purged the cached section page.
    resp = reader.reload(wait_until="load")
    assert resp.status == 200
    titles = _card_titles(reader)
    assert title in titles, f"the approved story is not in the section listing: {reader.url}"
    card = reader.locator("main .cards li.card").filter(has=reader.locator("a.title", has_text=title))
    thumb = card.locator("a.thumb img")
    expect(thumb).to_be_visible()
    reader.wait_for_function("(el) => el.complete && el.naturalWidth > 0", arg=thumb.element_handle())
    card.locator("a.title").click()
    reader.wait_for_load_state("load")
    expect(reader.locator("main article.article h1")).to_have_text(title)
    lead = reader.locator("main figure.lead")
    expect(lead.locator("img")).to_be_visible()
    assert reader.evaluate("document.querySelector('main figure.lead img').naturalWidth") > 0
    assert lead.locator("img").get_attribute("alt"), "the lead image has no alt text"
    expect(lead.locator("figcaption")).to_have_text(caption)
    expect(reader.locator("main .body")).to_contain_text(body)
