"""The characters-left counter in a real (headless Chromium) browser, on the real article page.

Skipped when no Chromium is installed. The page is saved to a file and comments.js
is loaded from the source tree; the token fetch fails offline, which is fine here.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

import nashra.comments

from .conftest import HOST

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
JS = Path(nashra.comments.__file__).parent / "static" / "comments" / "comments.js"
PROBE = """<script>window.addEventListener("load", function () {
  var a = document.querySelector("[data-comment-form] textarea[name=text]");
  var out = [];
  a.value = "%s"; a.dispatchEvent(new Event("input"));
  out.push(document.querySelector("[data-counter]").dataset.left,
           document.querySelector("[data-counter]").textContent);
  a.value = "%s"; a.dispatchEvent(new Event("input"));
  var box = document.querySelector("[data-counter]");
  out.push(box.dataset.left, box.textContent, Array.from(a.value).length);
  out.push(document.querySelector("[data-comment-form] button[type=submit]").disabled);
  document.title = "RESULT=" + out.join(",");
});</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium")
@pytest.mark.django_db
def test_counter_counts_what_the_reader_sees(client, article, comment_settings, tmp_path):
    comment_settings(max_length=12)
    html = client.get(article.url, HTTP_HOST=HOST).content.decode()
    assert "/static/comments/comments.js" in html
    html = html.replace("/static/comments/comments.js", JS.as_uri())
    html = html.replace("</body>", PROBE % ("مرحبا بكم 👋", "س" * 20) + "</body>")
    page = tmp_path / "article.html"
    page.write_text(html, encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
         "--allow-file-access-from-files", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=90,
    ).stdout
    # 11 characters typed (the emoji is one, not two UTF-16 units), 1 left; 20 pasted → cut to 12, 0 left;
    # the send button stays disabled until the per-visitor token has been fetched. Without the
    # /jsi18n/ catalogue (a saved page) the counter still reads in Arabic.
    assert "RESULT=1,متبقٍ حرف واحد,0," in dom and ",12,true" in dom, dom[:500]
