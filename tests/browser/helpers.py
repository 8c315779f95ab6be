"""Helpers shared by the browser tests (reader pages, the comment form, the newsroom login, axe-core)."""

import re

try:
    from playwright.sync_api import expect
except ImportError:  # only needed with NASHRA_BROWSER=1; conftest skips the tests otherwise
    expect = None

from nashra.comments.captcha import _WORDS


def goto(page, url):
    resp = page.goto(url, wait_until="load")
    assert resp is not None and resp.status == 200, f"{url} answered {resp and resp.status}"
    return resp


def first_article(page, base, section="politics"):
    """Open the newest article of ``section``; returns its site-relative URL."""
    goto(page, f"{base}/{section}/")
    href = page.locator("main .cards .card a.title").first.get_attribute("href")
    goto(page, base + href)
    return href


def solve(question: str) -> int:
    """The answer to the comment form's security question («كم يساوي سبعة زائد اثنين؟»)."""
    m = re.match(r"كم يساوي (.+) (زائد|ناقص) (.+)؟", question)
    assert m, question
    a, b = _WORDS.index(m.group(1)), _WORDS.index(m.group(3))
    return a + b if m.group(2) == "زائد" else a - b


def text_length(page) -> int:
    """Characters in the comment box as the reader sees them (code points, like the form's counter)."""
    return page.evaluate("Array.from(document.querySelector('form[data-comment-form] textarea[name=text]').value)"
                         ".length")


def fill_comment(form, *, name, email, title, text, answer=None):
    """Fill the (token-loaded) comment form; ``answer`` defaults to the right one for the shown question."""
    form.locator("textarea[name=text]").click()  # the first focus fetches the token and the question
    expect(form.locator("button[type=submit]")).to_be_enabled()
    form.locator("input[name=name]").fill(name)
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=title]").fill(title)
    form.locator("textarea[name=text]").fill(text)
    form.locator("input[name=agree]").check()
    if answer is None:
        answer = solve(form.locator("[data-captcha-question]").inner_text().strip())
    form.locator("input[name=captcha_answer]").fill(str(answer))


def login(page, base, username, password):
    page.goto(base + "/newsroom/", wait_until="load")
    assert "/newsroom/login/" in page.url, page.url
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_load_state("load")


def axe_serious(page, axe_js):
    """Serious and critical axe-core violations on the page as it is now."""
    # page.evaluate goes through DevTools, so the reader pages' strict CSP (script-src 'self') allows it.
    page.evaluate(axe_js + "\n;true")
    res = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    assert res["passes"], "axe-core ran no checks"
    return [f'{v["id"]} ({v["impact"]}): {[n["target"] for n in v["nodes"]][:3]}'
            for v in res["violations"] if v["impact"] in ("serious", "critical")]


def reader_paths(page, base) -> dict[str, str]:
    """One path of each reader page type, found the way a reader would (following links)."""
    paths = {"home": "/", "section": "/politics/", "search": "/search/?q=المفوضية",
             "search without results": "/search/?q=كلمةلاتوجدابدا", "prayer": "/prayer-times/",
             "horoscopes": "/horoscopes/", "caricatures": "/caricatures/", "comment rules": "/comments/rules/"}
    paths["article"] = first_article(page, base)

    def link(from_path, pattern):
        goto(page, base + from_path)
        for href in page.locator("main a[href]").evaluate_all("els => els.map(e => e.href)"):  # absolute
            if href.startswith(base) and re.search(pattern, href.removeprefix(base)):
                return href.removeprefix(base)
        return None

    found = {
        "section page 2": link("/politics/", r"[?&]before="),
        "author": link(paths["article"], r"/authors/"),
        "tag": link(paths["article"], r"/tags/"),
        "prayer month": link("/prayer-times/", r"/month/"),
        "horoscope sign": link("/horoscopes/", r"^/horoscopes/(?!find/)[^/?]+/$"),
        "caricature": link("/caricatures/", r"^/caricatures/\d+/$"),
    }
    missing = [name for name, href in found.items() if href is None]
    assert not missing, f"no link found to: {missing}"
    return paths | found
