"""Every Arabic string a user can see goes through Django's translation machinery.

The project rule: user-facing text is written in Arabic (the source language)
inside ``gettext`` / ``gettext_lazy`` / ``ngettext`` / … calls (``{% translate %}``
in templates), never as a bare literal. This test walks the AST of every module
under ``nashra/`` and fails on an Arabic-script string constant (any character
in U+0600–U+06FF) that is neither

* a direct argument of a translation call (``_``, ``gettext``, ``gettext_lazy``,
  ``ngettext``, ``ngettext_lazy``, ``pgettext``, ``pgettext_lazy``,
  ``npgettext``, ``npgettext_lazy``), nor
* a docstring,

unless it is in one of the explicit allow-lists below. It also fails on an
f-string passed to a translation call: its text cannot be extracted into a
catalogue (use ``%(name)s`` placeholders and format after the call).

A literal that is part of an f-string, a ``%`` expression or a ``.format()``
call inside ``gettext(...)`` is not a direct argument and is reported too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "nashra"

ARABIC = re.compile("[\u0600-\u06ff]")
TRANSLATION_CALLS = frozenset({
    "_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy",
    "npgettext", "npgettext_lazy",
    "gettext_noop",  # marked for the catalogue and translated where shown (e.g. embed platform names)
})

# --- Not scanned at all --------------------------------------------------------------------
# Directories (relative to the repository root) whose every module is skipped.
EXCLUDED_DIRS = {
    "nashra/arabic": "Arabic language processing: normalisation tables, stopwords, stemmer, "
                     "month names, prayer-method data — the language itself, not interface text",
    "nashra/demo": "demo site content (sample articles, names, places) seeded into the database",
    "nashra/importing": "the importer matches and parses Arabic text scraped from pages",
}
# Any directory with this name is skipped wherever it is.
EXCLUDED_DIR_NAMES = {
    "migrations": "frozen snapshots of model state written by makemigrations; the models are checked",
}
EXCLUDED_FILES = {
    "nashra/horoscopes/signs.py": "the twelve signs' Arabic names as data (a lookup table)",
    "nashra/horoscopes/demo.py": "demo horoscope texts seeded into the database (content, not interface)",
    "nashra/liveblog/demo.py": "the demo live blog's entries seeded into the database (content, not interface)",
    "nashra/dashboard/demo.py": "readers' demo searches seeded into the dashboard's numbers (content, not interface)",
}

# --- Allowed literals ----------------------------------------------------------------------
# (file, literal) -> reason. A literal ending with "…" matches any literal that starts with
# the text before it (for long texts).
CAPTCHA_NUMBER_WORDS = (
    "صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
    "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر",
    "تسعة عشر", "عشرون",
)
ALLOWED = {
    **{("nashra/comments/captcha.py", word): "captcha number word: the puzzle's data, substituted into "
       "the translated question sentence" for word in CAPTCHA_NUMBER_WORDS},
    ("nashra/syndication/sources.py", "،,؛;:.- "): "punctuation stripped before the «…» of a cut description "
                                                "(Arabic comma and semicolon), not interface text",
    ("nashra/wire/drafting.py", "؛"): "punctuation: the Arabic semicolon before a picture warning's «…the draft "
                                      "has no picture» tail, cut when the draft has other pictures",
    ("nashra/comments/captcha.py", "ناقص"): "captcha operator word (data of the puzzle, like the numbers)",
    ("nashra/comments/captcha.py", "زائد"): "captcha operator word (data of the puzzle, like the numbers)",
    ("nashra/editions/services.py", "مراسلون"): "part of a Group name: a lookup key matched by name "
                                                "(group_name()), must not vary with the active language",
    ("nashra/editions/services.py", "محررون"): "part of a Group name (lookup key, see above)",
    ("nashra/editions/services.py", "مشرفو التعليقات"): "part of a Group name (lookup key, see above)",
    ("nashra/editions/services.py", "مديرو الإصدار"): "part of a Group name (lookup key, see above)",
    ("nashra/editions/services.py", "اعتماد التحرير — "): "Workflow name used as get_or_create key",
    ("nashra/editions/services.py", "موافقة المحررين — "): "GroupApprovalTask name used as lookup key",
    ("nashra/dashboard/views.py", "\u066c"): "the Arabic thousands separator used with Arabic-Indic digits "
                                             "(punctuation of the number, like the digits themselves)",
    ("nashra/dashboard/views.py", "\u066b"): "the Arabic decimal separator used with Arabic-Indic digits",
    ("nashra/settings.py", "العربية"): "language autonym in LANGUAGES / Wagtail language lists: a "
                                       "language's own name is shown in that language",
    ("nashra/settings.py", "نشرة"): "WAGTAIL_SITE_NAME: the brand name (configuration, not a sentence)",
}

# --- The checker ---------------------------------------------------------------------------


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):  # translation.gettext(...)
        return func.attr
    return None


def find_violations(source: str, filename: str = "<string>") -> list[tuple[int, str, str]]:
    """``(line, literal, problem)`` for each unwrapped Arabic literal / f-string msgid in ``source``."""
    tree = ast.parse(source, filename)
    exempt: set[int] = set()
    problems: list[tuple[int, str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node.func) in TRANSLATION_CALLS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if isinstance(arg, ast.Constant):
                    exempt.add(id(arg))
                elif isinstance(arg, ast.JoinedStr):
                    problems.append((arg.lineno, ast.unparse(arg), "f-string passed to a translation call"))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                exempt.add(id(first.value))  # docstring
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and ARABIC.search(node.value)
                and id(node) not in exempt):
            problems.append((node.lineno, node.value, "Arabic literal outside a translation call"))
    return sorted(problems)


def _matches(key: str, literal: str) -> bool:
    return literal == key or (key.endswith("…") and literal.startswith(key[:-1]))


def _listed(listing: dict, rel: str, literal: str) -> bool:
    return any(path == rel and _matches(key, literal) for path, key in listing)


def _skipped(rel: str) -> bool:
    parts = rel.split("/")
    return (
        rel in EXCLUDED_FILES
        or any(rel.startswith(d + "/") for d in EXCLUDED_DIRS)
        or any(p in EXCLUDED_DIR_NAMES for p in parts[:-1])
    )


def _modules() -> list[tuple[str, Path]]:
    return sorted((p.relative_to(ROOT).as_posix(), p) for p in PACKAGE.rglob("*.py"))


def _all_findings() -> list[tuple[str, int, str, str]]:
    found = []
    for rel, path in _modules():
        if _skipped(rel):
            continue
        for line, literal, problem in find_violations(path.read_text(encoding="utf-8"), rel):
            found.append((rel, line, literal, problem))
    return found


# --- Tests ---------------------------------------------------------------------------------


def test_no_unwrapped_user_facing_arabic_literals():
    bad = [
        f"{rel}:{line}: {problem}: {literal!r}"
        for rel, line, literal, problem in _all_findings()
        if problem != "Arabic literal outside a translation call"
        or not _listed(ALLOWED, rel, literal)
    ]
    assert not bad, (
        "User-facing Arabic text must go through gettext/gettext_lazy/ngettext (see the module docstring); "
        "data that is not interface text goes in ALLOWED with a reason:\n" + "\n".join(bad)
    )


def test_allow_list_entries_still_occur():
    """A stale ALLOWED entry would silently allow the same literal to come back later."""
    findings = {(rel, literal) for rel, _line, literal, _problem in _all_findings()}
    stale = [key for key in ALLOWED if not any(rel == key[0] and _matches(key[1], lit) for rel, lit in findings)]
    assert not stale, f"ALLOWED entries that no longer occur (delete them): {stale}"


def test_exclusions_exist():
    for rel in [*EXCLUDED_DIRS, *EXCLUDED_FILES]:
        assert (ROOT / rel).exists(), f"excluded path {rel} does not exist (moved? update the exclusions)"


@pytest.mark.parametrize("source", [
    'MESSAGE = "تم الحظر."',
    'def view(request):\n    messages.success(request, f"نُشر {n} تعليق.")',
    'label = forms.CharField(label="الاسم")',
    'x = gettext("نوع الصورة") + "؟"',
    'x = gettext(f"نُشر {n} تعليق.")',
    'x = gettext("كم يساوي {a}؟".format(a=1))',
    'x = gettext("%(n)s" % {"n": "واحد"})',
])
def test_checker_flags_unwrapped_text(source):
    assert find_violations(source)


@pytest.mark.parametrize("source", [
    '"""وحدة: نص توثيق."""',
    'class A:\n    """توثيق الصنف."""\n    label = gettext_lazy("الاسم")',
    'def f():\n    """توثيق."""\n    return _("تم الحظر.")',
    'x = ngettext("نُشر %(n)s تعليق.", "نُشر %(n)s تعليق.", n) % {"n": n}',
    'x = pgettext("unknown image format", "؟")',
    'x = translation.gettext_lazy("التعليقات")',
    'x = gettext("النص أطول من المسموح " "(%(limit)s حرفًا).")',
    'x = "plain ASCII text"',
])
def test_checker_accepts_wrapped_text_and_docstrings(source):
    assert find_violations(source) == []
