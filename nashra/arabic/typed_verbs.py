"""News verbs as readers type them around an imperfect: the future سـ before a form V / VI verb («سيتسنى») and a
final hamza typed as a bare ا («يبدا»). Read with :mod:`nashra.arabic.verbs`, which does not import this back.
Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.verbs import _accusative, _both, _is_noun, verb_perfect
from nashra.arabic.wordlist import band, known

__all__ = ["bare_final_hamza", "future_prefix"]


def bare_final_hamza(word: str) -> bool:
    """«يبدا», «تلجا», «نقرا»: an imperfect whose final hamza was typed as a bare ا (يبدأ، تلجأ، نقرأ), when the
    verb read with the hamza is one whose «she did» and «they did» are both in use (بدأت، بدأوا)."""
    if not (4 <= len(word) <= 6 and word[0] in "يتن" and word.endswith("ا")) or word.endswith("نا"):
        return False
    if _is_noun(word) or known(word + "ة") or known("ال" + word + "ة"):
        return False  # تورا: the Torah (التوراة), no «she does»
    perfect = verb_perfect(word[:-1] + "ء")
    return perfect is not None and perfect.endswith("ا") and _both(perfect)


def future_prefix(word: str) -> int:
    """Letters before a form V / VI imperfect that are the future سـ, with و / ف before it; 0 when there are none.

    «سيتسنى», «وسيتهاوى», «ستتغير» are «يتسنى», «يتهاوى», «تتغير» ahead, when the rest begins يت / تت, is
    no noun and has no tanween, and either the list knows it better than the whole, or it knows neither and
    the rest reads as a verb (not ستارة، سنابل، فستانك: any imperfect after سـ took those apart)."""
    start = 1 if word[:1] in ("و", "ف") and word[1:2] == "س" else 0
    rest = word[start + 1:]
    if word[start:start + 1] != "س" or rest[:2] not in ("يت", "تت") or _is_noun(rest) or _accusative(rest):
        return 0
    if known(rest):
        return start + 1 if band(rest) < band(word) else 0
    return start + 1 if not known(word) and verb_perfect(rest) else 0
