"""Reader comments in headless Chromium: the length counter at the edition's limit, and a comment sent from
a cached article page, approved by a moderator in the newsroom queue «التعليقات», shown to readers.
"""

import re

import pytest

from .helpers import expect, fill_comment, first_article, login, text_length


@pytest.mark.parametrize("slug", ["eg", "lb"])
def test_comment_counter_stops_at_the_edition_limit(page, nashra_server, lb_server, comment_max_length, slug):
    base = nashra_server if slug == "eg" else lb_server
    limit = comment_max_length[slug]
    first_article(page, base)
    form = page.locator("form[data-comment-form]")
    counter = form.locator("[data-counter]")
    assert counter.get_attribute("data-max") == str(limit)
    expect(counter).to_have_attribute("data-left", str(limit))
    text = form.locator("textarea[name=text]")
    text.fill("ب" * (limit - 5))
    expect(counter).to_have_attribute("data-left", "5")
    expect(counter).to_have_text(re.compile("^متبقية [5٥] أحرف$"))  # Arabic's «few» form, from the JavaScript catalogue
    text.press("End")
    text.press_sequentially("سلام عليكم")  # 10 more characters; only 5 fit
    assert text_length(page) == limit
    expect(counter).to_have_attribute("data-left", "0")
    assert counter.inner_text().strip() == "لم يبقَ أي حرف", counter.inner_text()
    assert "c-low" in (counter.get_attribute("class") or "")
    assert text.input_value() == "ب" * (limit - 5) + "سلام "
    text.press_sequentially("!؟")  # typing on does nothing
    assert text_length(page) == limit
    expect(counter).to_have_attribute("data-left", "0")
    text.press("Backspace")
    expect(counter).to_have_attribute("data-left", "1")
    expect(counter).to_have_text("متبقٍ حرف واحد")


def test_comment_counter_reaches_zero_with_emoji(page, nashra_server, comment_max_length):
    limit = comment_max_length["eg"]
    first_article(page, nashra_server)
    form = page.locator("form[data-comment-form]")
    text = form.locator("textarea[name=text]")
    text.fill("ب" * (limit - 10))
    text.press("End")
    text.press_sequentially("👍" * 12)
    assert text_length(page) == limit, f"stopped at {text_length(page)} of {limit} characters"
    expect(form.locator("[data-counter]")).to_have_attribute("data-left", "0", timeout=1000)


def test_approved_comment_appears_on_the_cached_article(page, new_page, nashra_server, newsroom_accounts):
    name, title = "كريم المصري", "متابعة جيدة"
    text = "تغطية ممتازة للبطولة العربية، شكرًا لفريق الموقع على المتابعة الدقيقة"
    reader = page
    url = nashra_server + first_article(reader, nashra_server, "arab")
    resp = reader.reload(wait_until="load")
    assert resp.headers.get("x-cache") == "HIT", resp.headers.get("x-cache")
    count = reader.locator("[data-comment-count]")
    before = int(count.inner_text().strip("() "))
    form = reader.locator("form[data-comment-form]")
    fill_comment(form, name=name, email="karim@example.com", title=title, text=text)
    form.locator("button[type=submit]").click()
    expect(form.locator("[data-status]")).to_contain_text("بانتظار المراجعة")

    # Held for moderation: a reader does not see it yet. (Reloads: a plain navigation may come from the
    # browser's own cache, the pages allow max-age=15; a reload asks the server.)
    reader.reload(wait_until="load")
    assert text not in reader.locator("#comments").inner_text()

    # The edition's comment moderator approves it in the newsroom queue.
    moderator = new_page()
    login(moderator, nashra_server, *newsroom_accounts["moderator"])
    moderator.get_by_role("link", name="التعليقات", exact=True).first.click()
    moderator.wait_for_load_state("load")
    assert "/newsroom/comments/" in moderator.url, moderator.url
    row = moderator.locator("table.listing tbody tr").filter(has_text=text)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(name)
    row.locator("input[name=ids]").check()
    moderator.locator("button[name=action][value=approve]").click()
    moderator.wait_for_load_state("load")
    expect(moderator.locator(".messages")).to_contain_text("نُشر تعليق واحد")  # Arabic counts one without a numeral
    expect(moderator.locator("table.listing tbody tr").filter(has_text=text)).to_have_count(0)

    # The approval purged the cached article page: the reader sees the comment with the commenter's name.
    resp = reader.reload(wait_until="load")
    assert reader.url == url and resp.status == 200
    assert resp.headers.get("x-cache") != "HIT", "the article page was served from the cache after approval"
    comment = reader.locator("[data-comment-list] li.comment").filter(has_text=text)
    expect(comment).to_have_count(1)
    expect(comment.locator(".c-name")).to_have_text(name)
    expect(comment.locator(".c-title")).to_have_text(title)
    expect(comment.locator(".c-text")).to_have_text(text)
    expect(count).to_have_text(f"({before + 1})")
