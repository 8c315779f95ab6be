"""Letters that look like an affix but belong to the word: a final ا that is no tanween (مافيا، قضايا، دنيا), a
«وال» that is no «and» + article (والده، والدتها) and a final يه that is a nisba's ية typed with ه (تركمانيه).
Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Mapping

from nashra.arabic.stopwords import is_stopword
from nashra.arabic.wordlist import band, known, starts_with_al

__all__ = ["nisba_typed_haa", "own_final_alif", "own_wal_word"]

_PRONOUN_ENDINGS = ("هما", "هم", "هن", "كم", "ها", "نا", "ه", "ك", "ي")


def own_final_alif(w: str) -> bool:
    """A bare folded word whose final ا is its own, no tanween: the list knows it with the article (المافيا، القضايا,
    الدنيا) and more than the article before what is left without the ا (no «المافي»; «السياسيا» is no word)."""
    with_al, cut = "ال" + w, "ال" + w[:-1]
    return (known(with_al) and band(with_al) < band(cut) and not is_stopword(w)
            and not starts_with_al(with_al))  # (مانيا: «المانيا» is ألمانيا typed bare)


def own_wal_word(w: str, lexicon: Mapping[str, tuple]) -> str | None:
    """The key of a lexicon word whose «وال» is its own (والد، والدة) with a pronoun (والده، والدتهم، والدي).
    ``lexicon``: folded word (ة written ه) → entry whose first item is its key. («والدين» stays و + الدين «and the
    religion», the commoner reading.)"""
    for suffix in _PRONOUN_ENDINGS:
        base = w[: -len(suffix)]
        if w.endswith(suffix) and len(base) >= 4:
            for own in (base, base[:-1] + "ه" if base.endswith("ت") else ""):
                key = lexicon.get(own, ("",))[0]
                if key.startswith("وال") and len(key) >= 4:
                    return key
    return None


def nisba_typed_haa(w: str) -> bool:
    """«تركمانيه»، «بنزرتيه»، «وهرانيه»: the feminine of a nisba typed with ه, not «his» after a word ending in ي —
    when the list knows the ية spelling, commoner than the typed one, and the masculine, and the word takes no
    article (after the article a final ه is read as ة already); or, for a nisba too rare for the list, when the
    list knows the place or thing it is of and no word «his» could be read of. Not after two letters (رأيه «his
    opinion» ≠ راية)."""
    if len(w) < 6 or not w.endswith("يه") or w.startswith("ال"):
        return False
    feminine, masculine, base = w[:-1] + "ة", w[:-1], w[:-2]
    if known(base + "ين") or known(base + "ون"):
        return False  # مستورديه، مؤيديه: «his importers / supporters», a construct plural (مستوردين)
    if known(feminine) and known(masculine) and band(feminine) < band(w):
        return True
    # a rarer nisba of a place the list knows (بنزرت، وهران): no «his» reading, whose word would be بنزرتي
    return not (known(w) or known(feminine) or known(masculine)) and known(base)
