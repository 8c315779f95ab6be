"""Spellings newsrooms mix, mapped to the one the index uses before a word is stemmed (``data/variants.tsv``:
مائة/مئة، أميركا/أمريكا، ترمب/ترامب، شتنبر/سبتمبر; and parts of words: الأميركية، صحافيون).

A whole-word variant is found after the common clitics (والمائة), and after ك or two stacked proclitics when the
whole is no word of the list (كشتنبر، وبديزيل). Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.lexicon_data import read_data, rows
from nashra.arabic.normalize import fold_word
from nashra.arabic.wordlist import known

__all__ = ["VARIANTS", "PREFIX_VARIANTS", "variant", "newsroom_spelling"]

TAA, HAA = "ة", "ه"


def _load_variants() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """``data/variants.tsv``: whole-word spellings and parts of words, folded, each to the one the
    index uses (مائة → مئة، أميركي → أمريكي)."""
    words: dict[str, str] = {}
    parts: list[tuple[str, str]] = []
    for row in rows(read_data("variants.tsv")):
        if len(row) < 3 or " " in row[0]:
            continue
        old, new = fold_word(row[0], keep_taa=True), fold_word(row[1], keep_taa=True)
        if old == new:
            continue
        if row[2] == "part":
            parts.append((old, new))
        else:
            words[old] = new
    return words, tuple(parts)


#: Folded spellings → the one the index uses (whole words, after clitics), and parts of words
#: replaced wherever they occur (الأميركية، صحافيون، الديموقراطية).
VARIANTS, PREFIX_VARIANTS = _load_variants()


_VARIANT_PREFIXES = ("", "ال", "و", "وال", "بال", "لل", "ب", "ل", "ف", "فال")
# «كشتنبر»، «وبديزيل»: ك and two stacked proclitics before a newsroom spelling, when the whole is no word
_STACKED_PREFIXES = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "كال", "وب", "ول", "وك", "فب", "فل", "فك", "ك")


def variant(word: str) -> str:
    if word.endswith(HAA) and word[:-1] + TAA in VARIANTS:
        word = word[:-1] + TAA  # مائه: مائة typed with ه
    for prefix in _VARIANT_PREFIXES:
        if len(prefix) == 1 and known("ال" + word):
            continue  # «فلتر» (الفلتر) is a word of its own, not ف + لتر
        if word.startswith(prefix) and word[len(prefix):] in VARIANTS:
            return prefix + VARIANTS[word[len(prefix):]]
    if not known(word) and not known("ال" + word):
        for prefix in _STACKED_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4 and word[len(prefix):] in VARIANTS:
                return prefix + VARIANTS[word[len(prefix):]]
    for old, new in PREFIX_VARIANTS:
        if old in word and new not in word:  # «ستراتيج» is inside «استراتيج» already
            return word.replace(old, new, 1)
    return word


_VARIANT_SPELLINGS = frozenset(VARIANTS.values())


def newsroom_spelling(word: str) -> bool:
    """Is ``word`` (or a part of it) the spelling the variants table writes its variants as (تلفون)?"""
    return word in _VARIANT_SPELLINGS or any(new in word for _, new in PREFIX_VARIANTS)
