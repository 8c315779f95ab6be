"""Place names that carry the article: their key keeps it (issue #17's must-not pairs).

«القاهرة» is Cairo and «قاهرة» «overpowering»; «الجزائر» is Algeria and «جزائر» «islands»; «اليمن» is
Yemen and «يمن» «blessing». A light stemmer drops the article and merges each pair, so a reader
searching the adjective finds the capital. The names in ``data/definite_places.txt`` keep the
article in their key, with any proclitic before it (بالقاهرة، والقاهرة، للقاهرة) and a final ة typed
as ه (القاهره). Pure Python, no Django.
"""

from __future__ import annotations

from functools import lru_cache

from nashra.arabic.lexicon_data import read_data, rows
from nashra.arabic.normalize import finish_stem, fold_word

__all__ = ["definite_place"]

# What may stand before the article of a place: والقاهرة، بالقاهرة، فالقاهرة، وبالقاهرة، كالقاهرة.
_BEFORE_ARTICLE = ("وبال", "فبال", "وال", "فال", "بال", "كال", "ال")
# ل before the article drops its alif: للقاهرة، وللقاهرة.
_LAM = ("ولل", "فلل", "لل")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The names without their article, folded (ة written ه, as a key has it)."""
    names = (fold_word(row[0]) for row in rows(read_data("definite_places.txt")))
    return frozenset(finish_stem(name[2:]) for name in names if name.startswith("ال"))


def definite_place(folded: str) -> str | None:
    """The key of a folded word that is a listed place with its article (and any proclitics):
    «ال» + the name; None for anything else, the bare name included."""
    for prefix in _LAM + _BEFORE_ARTICLE:
        if folded.startswith(prefix):
            rest = finish_stem(folded[len(prefix):])
            # للاذقية: ل + اللاذقية, whose article lost its alif and its lam before the name's own ل
            for name in (rest, "ل" + rest) if prefix in _LAM else (rest,):
                if name in _places():
                    return "ال" + name
            return None
    return None
