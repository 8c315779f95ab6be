"""Arabic text in templates goes through ``{% translate %}`` / ``{% blocktranslate %}`` (or ``_("…")`` in a
tag's arguments), like the Python literals of :mod:`tests.core.test_translatable_strings`: otherwise
it is missing from the catalogue and a translator never sees it. Every template of Nashra is scanned
— the reader's pages and the newsroom screens Nashra adds or overrides alike."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(p for p in (ROOT / "nashra").rglob("templates/**/*.html"))
# Arabic letters (not its punctuation: «، » between names is a separator, not text to translate).
ARABIC = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
TRANSLATED = [
    re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S),
    re.compile(r"{#.*?#}", re.S),
    re.compile(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", re.S),
    re.compile(r"{%\s*trans(?:late)?\s+(?:\"[^\"]*\"|'[^']*').*?%}", re.S),
    re.compile(r"_\(\s*(?:\"[^\"]*\"|'[^']*')\s*\)"),
]


def untranslated(text: str) -> list[str]:
    for pattern in TRANSLATED:
        text = pattern.sub(" ", text)
    return [line.strip() for line in text.splitlines() if ARABIC.search(line)]


def test_the_scan_sees_templates():
    assert len(TEMPLATES) > 50
    assert any("dashboard" in str(p) for p in TEMPLATES)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_bare_arabic_in_templates(path):
    found = untranslated(path.read_text(encoding="utf-8"))
    assert not found, f"Arabic outside translate/blocktranslate in {path.relative_to(ROOT)}: {found[:5]}"


@pytest.mark.parametrize("source,bad", [
    ("<p>عنوان</p>", True),
    ('<p>{% translate "عنوان" %}</p>', False),
    ("{% blocktranslate with n=x %}عدد {{ n }}{% endblocktranslate %}", False),
    ('{% include "x.html" with title=_("عنوان") %}', False),
    ("{# ملاحظة #}<p>x</p>", False),
    ("{% translate 'عنوان' as t %}<b>اسم</b>", True),
    ("{{ a }}، {{ b }}", False),
])
def test_the_scanner(source, bad):
    assert bool(untranslated(source)) is bad
