"""The drill's HTTP writers: a reader posting comments and an editor uploading pictures, through nginx.

They take the paths real users take — the comment form's script (form token, security code, JSON
POST) and the newsroom's image upload (signed-in session, multipart POST) — so what the drill calls
«acknowledged» is what a user was told was accepted, and what it calls «refused» is what a user saw.

- Comments come from many loopback addresses (127.0.0.2 … 127.0.0.251, one per comment in turn), as
  from many readers: the per-address limit (5 in 10 minutes) is the product's, not lifted for the drill.
  The security code is solved from its Arabic words (it is a speed bump for bots, not a wall; the
  drill is a bot on purpose).
- Each refused write is recorded with its status and whether the answer was a clear Arabic message
  (Arabic text, no traceback, not the web server's own page); the next second tries again.
"""

from __future__ import annotations

import http.client
import io
import json
import re
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from nashra.comments.captcha import _WORDS as NUMBER_WORDS  # noqa: E402  the words the code is written in

ARABIC = re.compile("[\u0600-\u06FF]")
QUESTION = re.compile(r"كم يساوي (.+?) (زائد|ناقص) (.+?)؟")


def solve(question: str) -> str:
    """The security code's answer: «كم يساوي سبعة عشر ناقص أربعة؟» → «13»."""
    match = QUESTION.search(question)
    if not match:
        raise ValueError(f"not a security question: {question!r}")
    a, b = NUMBER_WORDS.index(match.group(1)), NUMBER_WORDS.index(match.group(3))
    return str(a + b if match.group(2) == "زائد" else a - b)


def clear_arabic(status: int, body: str) -> bool:
    """A refusal a user can act on: Arabic words, no traceback, not a bare web-server page."""
    try:
        answer = json.loads(body)  # the form's script shows the JSON answer's message
        body = f"{answer.get('message', '')} {answer.get('error', '')}" if isinstance(answer, dict) else body
    except ValueError:
        pass
    return status != 500 and bool(ARABIC.search(body)) and "Traceback" not in body and "Bad Gateway" not in body


class Writer(threading.Thread):
    """Writes once every ``period`` seconds until ``stop`` is set; rows go to ``out`` (JSON Lines)."""

    kind = ""
    period = 1.0

    def __init__(self, port: int, host: str, out: Path, stop: threading.Event):
        super().__init__(daemon=True)
        self.port, self.host, self.out, self.stop = port, host, out, stop
        self.run_id = str(int(time.time()))
        self.lock = threading.Lock()

    def record(self, **row) -> None:
        with self.lock, self.out.open("a") as f:
            f.write(json.dumps({"kind": self.kind, "t": time.time(), **row}, ensure_ascii=False) + "\n")

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            started = time.monotonic()
            try:
                self.write_one(n)
            except (OSError, http.client.HTTPException, ValueError) as exc:
                self.record(acknowledged=False, n=n, status=0, arabic=False, error=type(exc).__name__)
            self.stop.wait(max(0.0, self.period - (time.monotonic() - started)))

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
                source: str = "127.0.0.1", timeout: float = 60) -> tuple[int, dict, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout, source_address=(source, 0))
        try:
            conn.request(method, path, body=body, headers={"Host": self.host, **(headers or {})})
            response = conn.getresponse()
            headers = {name.lower(): value for name, value in response.getheaders()}
            # Several Set-Cookie lines (csrftoken, sessionid) would overwrite each other in a dict.
            headers["set-cookie"] = response.msg.get_all("Set-Cookie") or []
            return response.status, headers, response.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def write_one(self, n: int) -> None:
        raise NotImplementedError


class CommentWriter(Writer):
    kind = "comment"

    def __init__(self, *args, article_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.article_id = article_id

    def write_one(self, n: int) -> None:
        source = f"127.0.0.{2 + n % 250}"
        email = f"drill-{self.run_id}-{n}@example.com"
        status, headers, body = self.request("GET", "/comments/form-token/", source=source,
                                             headers={"Accept": "application/json"})
        if status != 200:
            self.record(acknowledged=False, n=n, step="token", status=status, arabic=clear_arabic(status, body))
            return
        token = json.loads(body)
        cookie = re.search(r"csrftoken=([^;]+)", " ".join(headers["set-cookie"]))
        form = urllib.parse.urlencode({
            "name": "قارئ التمرين", "email": email, "title": f"تعليق التمرين {n}", "text": "تعليق من تمرين الأعطال.",
            "agree": "on", "captcha_id": token["captcha_id"], "captcha_answer": solve(token["question"]),
            "csrfmiddlewaretoken": token["csrf"]}).encode()
        status, _, body = self.request("POST", f"/comments/{self.article_id}/new/", form, source=source, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json",
            "X-Requested-With": "fetch", "Cookie": f"csrftoken={cookie.group(1) if cookie else token['csrf']}"})
        if status == 201:
            self.record(acknowledged=True, n=n, email=email)
        else:
            self.record(acknowledged=False, n=n, step="post", status=status, arabic=clear_arabic(status, body),
                        message=body[:200])


class UploadWriter(Writer):
    """An editor of the network uploading a picture in the newsroom every two seconds."""

    kind = "upload"
    period = 2.0

    def __init__(self, *args, user: str, password: str, admin_path: str = "newsroom", **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.password, self.admin = user, password, admin_path
        self.cookies: dict[str, str] = {}
        self.collection = "1"

    def _cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def _keep_cookies(self, headers: dict) -> None:
        for line in headers["set-cookie"]:
            name, _, value = line.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()

    def sign_in(self) -> bool:
        self.cookies.clear()
        status, headers, body = self.request("GET", f"/{self.admin}/login/")
        self._keep_cookies(headers)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        if status != 200 or not token:
            return False
        form = urllib.parse.urlencode({"username": self.user, "password": self.password,
                                       "csrfmiddlewaretoken": token.group(1)}).encode()
        status, headers, _ = self.request("POST", f"/{self.admin}/login/", form, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": self._cookie_header()})
        self._keep_cookies(headers)
        if status != 302 or "sessionid" not in self.cookies:
            return False
        # The upload form asks for a collection: the first one it offers (the root).
        status, _, body = self.request("GET", f"/{self.admin}/images/add/", headers={"Cookie": self._cookie_header()})
        choice = re.search(r'<select name="collection"[^>]*>.*?<option value="(\d+)"', body, re.S)
        self.collection = choice.group(1) if choice else "1"
        return status == 200

    def write_one(self, n: int) -> None:
        if "sessionid" not in self.cookies and not self.sign_in():
            self.record(acknowledged=False, n=n, step="sign-in", status=0, arabic=False)
            return
        title = f"صورة التمرين {self.run_id} {n}"
        boundary = f"drill{self.run_id}{n}"
        parts = [(b'name="csrfmiddlewaretoken"', self.cookies.get("csrftoken", "").encode()),
                 (b'name="title"', title.encode()),
                 (b'name="description"', "صورة من تمرين الأعطال".encode()),  # the alt text Wagtail asks for
                 (b'name="collection"', self.collection.encode()),
                 (b'name="file"; filename="drill.jpg"\r\nContent-Type: image/jpeg', picture(n))]
        body = b"".join(b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; " + head + b"\r\n\r\n"
                        + value + b"\r\n" for head, value in parts) + b"--" + boundary.encode() + b"--\r\n"
        status, headers, text = self.request("POST", f"/{self.admin}/images/add/", body, headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": self._cookie_header()})
        if status == 302 and f"/{self.admin}/login/" not in headers.get("location", ""):
            self.record(acknowledged=True, n=n, title=title)
        else:
            if status == 302:  # signed out (a session the database lost?): sign in again next time
                self.cookies.clear()
            self.record(acknowledged=False, n=n, step="upload", status=status, arabic=clear_arabic(status, text))


def picture(n: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), ((n * 37) % 256, 90, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


def summary(rows: list[dict], kind: str) -> dict:
    mine = [r for r in rows if r["kind"] == kind]
    refused = [r for r in mine if not r["acknowledged"]]
    return {"acknowledged": sum(1 for r in mine if r["acknowledged"]), "refused": len(refused),
            "refused_statuses": sorted({r["status"] for r in refused}),
            "refused_unclear": sum(1 for r in refused if not r["arabic"])}
