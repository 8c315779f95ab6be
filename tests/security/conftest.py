"""Helpers for the security tests: running ``nashra`` in a fresh process, and HTML checks."""

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

REPO = Path(__file__).resolve().parents[2]


def run_nashra(*args, env=None, cwd=None, timeout=120):
    """``nashra ARGS`` in a fresh process with the same settings module as this test run."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NASHRA_") and k != "PYTEST_CURRENT_TEST"}
    full_env["DJANGO_SETTINGS_MODULE"] = settings.SETTINGS_MODULE
    full_env["PYTHONPATH"] = str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "nashra.cli", *args], env=full_env, cwd=cwd or REPO,
                          capture_output=True, text=True, timeout=timeout)


class Tags(HTMLParser):
    """Every start tag with its attributes (the way a browser tokenises them)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc"}
DANGEROUS_TAGS = {"script", "style", "iframe", "object", "embed", "svg", "math", "form", "input", "button",
                  "textarea", "link", "meta", "base", "frame", "frameset", "img", "video", "audio", "source",
                  "details", "marquee", "template", "isindex", "applet", "xss"}


def unsafe_markup(html: str, allow_tags=frozenset()) -> list[str]:
    """What in ``html`` could run script or inject style (empty list = clean)."""
    parser = Tags()
    parser.feed(html)
    parser.close()
    problems = []
    for tag, attrs in parser.tags:
        if tag == "embed" and not {n for n, _v in attrs} & {"src", "type", "code", "data"}:
            pass  # Wagtail's storage tag (or a bare <embed>): loads nothing, runs nothing
        elif tag in DANGEROUS_TAGS and tag not in allow_tags:
            problems.append(f"<{tag}>")
        for name, value in attrs:
            lowered = "".join((value or "").split()).lower()
            if name.startswith("on"):
                problems.append(f"<{tag} {name}>")
            elif name == "style":
                problems.append(f"<{tag} style>")
            elif name in URL_ATTRS and lowered.startswith(("javascript:", "vbscript:", "data:text", "data:image/svg")):
                problems.append(f"<{tag} {name}={value!r}>")
    return problems
