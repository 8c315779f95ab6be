"""A reader posting the guest comment form to a live server the way a browser does: the form's
token and security code from one request, the comment from another, each on its own connection
(so with several workers the two usually reach different processes)."""

import http.cookiejar
import json
import re
import urllib.error
import urllib.parse
import urllib.request

from nashra.comments.captcha import _WORDS

HOST = "eg.localhost"


def solve(question: str) -> int:
    m = re.match(r"كم يساوي (.+) (زائد|ناقص) (.+)؟", question)
    assert m, question
    a, b = _WORDS.index(m.group(1)), _WORDS.index(m.group(3))
    return a + b if m.group(2) == "زائد" else a - b


def article_id(port: int, article_path: str) -> int:
    html = urllib.request.urlopen(urllib.request.Request(
        f"http://127.0.0.1:{port}{article_path}", headers={"Host": HOST}), timeout=10).read().decode()
    return int(re.search(r"/comments/(\d+)/new/", html).group(1))


def post_comment(port: int, article: int, n: int, answer_wrong: bool = False,
                 address: str | None = None) -> tuple[int, dict]:
    """(HTTP status, JSON answer) of one comment; a new reader (cookies) each time. ``address``: the
    reader's address as a trusted proxy reports it (servers started with NASHRA_PROXY_COUNT=1)."""
    forwarded = {"X-Forwarded-For": address} if address else {}
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    base = f"http://127.0.0.1:{port}"
    token = json.loads(opener.open(urllib.request.Request(
        f"{base}/comments/form-token/", headers={"Host": HOST, **forwarded}), timeout=10).read())
    answer = solve(token["question"]) + (1 if answer_wrong else 0)
    form = urllib.parse.urlencode({
        "csrfmiddlewaretoken": token["csrf"], "name": f"قارئ {n}", "email": f"reader{n}@example.com",
        "title": f"تعليق رقم {n}", "text": f"نص التعليق رقم {n} على الخبر.", "agree": "on",
        "captcha_id": token["captcha_id"], "captcha_answer": str(answer),
    }).encode()
    request = urllib.request.Request(f"{base}/comments/{article}/new/", data=form, headers={
        "Host": HOST, "Accept": "application/json", "Origin": f"http://{HOST}", **forwarded})
    try:
        with opener.open(request, timeout=15) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        body = exc.read()
        try:
            return exc.code, json.loads(body or b"{}")
        except ValueError:
            return exc.code, {"raw": body.decode(errors="replace")[:300]}
