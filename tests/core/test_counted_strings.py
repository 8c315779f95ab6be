"""Counted messages speak Arabic's six plural forms, for every n from 0 to 110.

Arabic counts like this (CLDR's categories for ``ar``, which gettext's formula in the catalogue
header must agree with): 0 «zero», 1 a noun with «واحد», 2 the dual without a numeral,
3–10 (and 103–110 …) the numeral with the plural, 11–99 the numeral with the accusative
singular («11 حرفًا»), 100, 101, 102 … the numeral with the singular («100 حرف»).

These tests render the messages readers and editors see, through Django's real catalogue, and
check each against that rule; they also check that every counted message in the code has its
six forms in the catalogue and that the compiled .mo files are the .po files as they stand.
"""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from django.utils import translation
from django.utils.translation import ngettext

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "nashra" / "locale" / "ar" / "LC_MESSAGES"
FORM_INDEX = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 4, "other": 5}
plural_category = Locale.parse("ar").plural_form
NUMBERS = range(0, 111)


def _read(name: str):
    with open(CATALOGUES / name, "rb") as f:
        return read_po(f) if name.endswith(".po") else read_mo(f)


def _plural_messages(name: str):
    return [m for m in _read(name) if m.id and m.pluralizable]


def _expected_noun(category: str, n: int, forms: dict[str, str]) -> str:
    """What the counted part must read for ``n``: ``forms`` by category, ``{n}`` the numeral."""
    return forms[category].format(n=n)


@pytest.mark.parametrize("name", ["django.po", "djangojs.po"])
def test_the_catalogue_header_counts_as_cldr_does(name):
    catalogue = _read(name)
    assert catalogue.num_plurals == 6
    form_of = gettext.c2py(catalogue.plural_expr)  # the formula as GNU gettext (and Django) reads it
    for n in range(0, 1002):
        assert form_of(n) == FORM_INDEX[plural_category(n)], n


@pytest.mark.parametrize("name", ["django", "djangojs"])
def test_every_counted_message_has_six_filled_forms_and_the_compiled_file_matches(name):
    messages = _plural_messages(f"{name}.po")
    assert messages, "no counted messages in the catalogue"
    compiled = {tuple(m.id) if isinstance(m.id, (list, tuple)) else m.id: m.string for m in _read(f"{name}.mo") if m.id}
    for message in messages:
        assert len(message.string) == 6 and all(message.string), message.id
        assert tuple(compiled.get(tuple(message.id), ())) == tuple(message.string), (
            f"{name}.mo is stale for {message.id[0]!r}: run msgfmt -o {name}.mo {name}.po"
        )
        placeholder = re.search(r"%\((\w+)\)s", message.id[1]).group(0)
        for form in (3, 4):  # 3–10 and 11–99 always show the numeral
            assert placeholder in message.string[form], (message.id[0], form)
        assert placeholder not in message.string[1], message.id[0]  # «واحد», never «1 …»


@pytest.mark.django_db
@pytest.mark.parametrize("message", _plural_messages("django.po"), ids=lambda m: m.id[0][:30])
def test_django_renders_each_counted_message_in_the_form_arabic_needs(message):
    placeholder = re.search(r"%\((\w+)\)s", message.id[1]).group(1)
    values = {placeholder: 0, "rule": "قاعدة"}
    with translation.override("ar"):
        for n in NUMBERS:
            values[placeholder] = n
            shown = ngettext(message.id[0], message.id[1], n) % values
            assert shown == message.string[FORM_INDEX[plural_category(n)]] % values, n


CHARACTERS = {"zero": "لم يبقَ أي حرف", "one": "متبقٍ حرف واحد", "two": "متبقٍ حرفان", "few": "متبقية {n} أحرف",
              "many": "متبقٍ {n} حرفًا", "other": "متبقٍ {n} حرف"}
MINUTES = {"zero": "بعد قليل", "one": "بعد دقيقة واحدة", "two": "بعد دقيقتين", "few": "بعد {n} دقائق",
           "many": "بعد {n} دقيقةً", "other": "بعد {n} دقيقة"}
TOO_LONG = {"zero": "({n} حرف)", "one": "(حرف واحد)", "two": "(حرفان)", "few": "({n} أحرف)",
            "many": "({n} حرفًا)", "other": "({n} حرف)"}


def test_the_characters_left_counter_reads_right_for_every_count_and_in_the_editions_digits():
    from nashra.comments.templatetags.comment_tags import chars_left_message

    with translation.override("ar"):
        for n in NUMBERS:
            assert chars_left_message(n) == _expected_noun(plural_category(n), n, CHARACTERS), n
        assert chars_left_message(1000) == "متبقٍ 1000 حرف"
        assert chars_left_message(13, "arabic") == "متبقٍ ١٣ حرفًا"


def test_waiting_messages_count_minutes_right():
    from nashra.comments.services import rate_message
    from nashra.security.lockout import lockout_message

    with translation.override("ar"):
        for n in NUMBERS:
            expected = _expected_noun(plural_category(n), n, MINUTES)
            assert expected in rate_message(n), (n, rate_message(n))
            assert expected in lockout_message(n), (n, lockout_message(n))


def test_the_comment_length_error_counts_characters_right():
    from nashra.comments.forms import _too_long_text

    with translation.override("ar"):
        for n in NUMBERS:
            assert _expected_noun(plural_category(n), n, TOO_LONG) in _too_long_text(n), n


def _code_msgids() -> set[str]:
    """The singular text of every ngettext call under nashra/ and every counted blocktranslate."""
    found = set()
    for path in (ROOT / "nashra").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in
                    ("ngettext", "ngettext_lazy") and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    for path in (ROOT / "nashra").rglob("*.html"):
        for match in re.finditer(r"{% blocktranslate count [^%]*%}(.*?){% plural %}", path.read_text(encoding="utf-8")):
            found.add(match.group(1))
    return found


def test_every_counted_message_in_the_code_is_in_the_catalogue():
    catalogued = {m.id[0] for m in _plural_messages("django.po")}
    assert _code_msgids() - catalogued == set()


def test_every_counted_message_in_the_javascript_is_in_its_catalogue():
    catalogued = {m.id[0] for m in _plural_messages("djangojs.po")}
    used = set()
    for path in (ROOT / "nashra").rglob("*.js"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'ngettext\("([^"]+)"', text))
        used |= set(re.findall(r'\["(منذ [^"%]+)", "منذ %\(n\)s', text))
    assert used and used - catalogued == set()
