"""The stemmer's data files (``nashra/arabic/data``): the broken-plural lexicon and the protected
words, read as rows of whitespace-separated fields (``#`` starts a comment line). Pure Python."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

from nashra.arabic.normalize import fold_word


def read_data(name: str) -> str:
    return resources.files("nashra.arabic").joinpath("data", name).read_text(encoding="utf-8")


def rows(text: str) -> Iterable[list[str]]:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line.split()


def load_plurals(text: str | None = None) -> dict[str, tuple[str, bool]]:
    """Parse a plurals TSV (``plural<TAB>singular[<TAB>def]``) into folded plural → (singular, def_only).

    ``def`` marks a plural that is also a common verb or other word when it has no article
    (كتب «he wrote», صور «he photographed»): it is read as a plural only after ال.
    """
    table: dict[str, tuple[str, bool]] = {}
    for row in rows(read_data("broken_plurals.tsv") if text is None else text):
        if len(row) >= 2:
            table[fold_word(row[0])] = (fold_word(row[1]), len(row) > 2 and row[2] == "def")
    return table
