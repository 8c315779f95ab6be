"""Words that begin with أل / إل (ألمانيا، الألغام، وألمانيا, ألبوم): their «ال» is not the article, so it
stays in the key (ألغام ≠ غام، إلهام ≠ هام). Called by :class:`nashra.arabic.stemmer.Stemmer`, which passes
itself (this module does not import it back). Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic.wordlist import band, known, starts_with_al

__all__ = ["al_initial_stem"]

# What may stand before a word that begins with أل / إل: وألمانيا، بألمانيا، كألغام، الألغام، بالألغام، كالألوان،
# وبالألقاب، للألوان (the article and the proclitics before it, as the stemmer's article proclitics).
_AL_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "وبال", "فبال", "وكال", "فكال",
                "ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "فك")


_PRONOUNS = ("هما", "هم", "هن", "كم", "ها", "نا", "ه")


class Stemmer(Protocol):
    """What this needs of :class:`nashra.arabic.stemmer.Stemmer`: its lexicon lookup and core rules."""

    def _lookup(self, r: str, definite: bool) -> str | None: ...

    def _core(self, r: str, definite: bool) -> tuple[str, bool]: ...


def _own_al(rest: str) -> bool:
    """Does ``rest`` (folded, ة kept) begin with an «ال» of its own? The word list's set holds the masculine of a
    nisba (آلي), so its feminine and plural follow: الية، اليات typed for آلية، آليات."""
    if starts_with_al(rest):
        return True
    masculine = rest[:-1] if rest.endswith("ية") else rest[:-2] if rest.endswith("يات") else ""
    # (and the whole commoner than what an article would leave: المية is ال + مية «water», not ألمي)
    return starts_with_al(masculine) and band(rest) < band(rest[2:])


def _after_article(prefix: str, rest: str) -> bool:
    """«الالغاز»، «بالالم»، «للالعاب»: an «ال» right after the article is the word's own (no one writes the article
    twice) — ألغاز، ألم، ألعاب typed without their hamza; not a form VIII masdar, whose «الت» the stemmer reads
    on its own («الالتزام»)."""
    return prefix.endswith(("ال", "لل")) and not rest.startswith(("الت", "الا"))


def _before_pronoun(stemmer: Stemmer, w: str, bare: str, prefix: str, rest: str) -> str | None:
    """«ألعابها»، «ألفاظه»، «ألواحهم»، «ألمنا»: a pronoun on a word beginning with أل, which is far commoner without
    it. Not a ه after the article (الألفيه is a ة typed as ه), nor one where a ة-word exists (ألفيه: ألفية)."""
    for pronoun in _PRONOUNS:
        base = rest[: -len(pronoun)]
        if not rest.endswith(pronoun) or len(base) < 3 or not starts_with_al(base) or band(base) >= band(rest):
            continue
        if pronoun == "ه" and (prefix.endswith(("ال", "لل")) or known(base + "ة")):
            return None
        if len(base) >= 4:
            return al_initial_stem(stemmer, w[: -len(pronoun)], bare[: -len(pronoun)])
        hamza_written = bare[len(prefix):len(prefix) + 1] in ("أ", "إ", "آ")
        return base if hamza_written and base[-1] not in "يى" else None  # ألمها → ألم (not إليه)
    return None


def al_initial_stem(stemmer: Stemmer, w: str, bare: str) -> str | None:
    """Stem of the folded ``w`` (``bare``: its spelling with hamza seats) when it begins with أل / إل,
    after any proclitics; None for any other word."""
    for prefix in _AL_PREFIXES:
        rest = w[len(prefix):]
        if w.startswith(prefix) and rest.startswith("ال") and len(rest) >= 4 and (
                bare[len(prefix):len(prefix) + 1] in ("أ", "إ", "آ") or _own_al(rest) or _after_article(prefix, rest)):
            if bare[len(prefix):len(prefix) + 1] == "آ" and len(rest) == 4 and rest[2] == "ا" and (
                    known(rest[:2] + rest[3])) and not rest.endswith("ات"):
                return rest[:2] + rest[3]  # آلام، آلاف → ألم، ألف (أفعال of a word beginning with ء)
            if rest.endswith("ات"):
                if len(rest) >= 5 and known(rest[:-2]) and not (rest.endswith("يات") and known(rest[:-2] + "ة")):
                    rest = rest[:-2]  # ألبومات → ألبوم
                elif known(rest[:-2] + "ة"):
                    rest = rest[:-2] + "ة"  # آليات، آلات → آلية، آلة (not آلي)
            if (own := _before_pronoun(stemmer, w, bare, prefix, rest)) is not None:
                return own
            if (people := stemmer._lookup(rest, True)) is not None:
                return people  # الألمان → ألماني (the lexicon's peoples)
            # Without the article the word may carry tanween or a pronoun (ألغاما، ألبومه).
            return "ال" + stemmer._core(rest[2:], prefix.endswith("ال"))[0]
    return None
