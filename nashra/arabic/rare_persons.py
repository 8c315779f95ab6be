"""Verb persons news seldom writes, read as the verb they belong to: «they (women) did» (اعتقلن، أحبطن), «they
(women) do» (يحبطن، يتظاهرن) and «you (a woman) do» (تتظاهرين، تحبطين).

The word list rarely holds them, so they are read off persons it does hold: «اعتقلن» when «اعتقل» and «اعتقلت»
are in use, «يحبطن» and «تحبطين» when «يحبط» / «تحبط» and the perfect's «she did» (أحبطت) are — and never when
the word itself is in the list (a noun ending in ن: «يقين»، «تمرين»، «تلقين» are words). Called by
:func:`nashra.arabic.verbs.perfect_of` with its own reading of a perfect or imperfect. Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Callable

from nashra.arabic.wordlist import known

__all__ = ["rare_person_perfect"]


def rare_person_perfect(word: str, perfect_of: Callable[[str], str | None]) -> str | None:
    """The perfect «he did» of a feminine plural or a «you (a woman) do», or None; ``perfect_of`` reads a
    person the list knows."""
    if len(word) < 4 or known(word) or known("ال" + word):
        return None
    if word.endswith("و") and known(word + "ا") and _verb_in_use(perfect := perfect_of(word + "ا")):
        return perfect  # «فازو»، «وقعو»: «they did» typed without its alif
    if len(word) < 5:
        return None
    if word.endswith("ين") and word[0] == "ت" and len(word) >= 6:
        base = word[:-2]  # تتظاهرين → تتظاهر, as «she does»; يتظاهر must be a verb in use too
        if known(base) and _verb_in_use(perfect_of(base)):
            return perfect_of(base)
        return None
    if not word.endswith("ن"):
        return None
    base = word[:-1]
    if base[0] in "يت" and known(base) and _verb_in_use(perfect_of(base)):
        return perfect_of(base)  # يحبطن، تتظاهرن → يحبط، يتظاهر
    if known(base) and known(base + "ت") and perfect_of(base + "ت") == base:
        return base  # اعتقلن، أحبطن → اعتقل، أحبط
    imperfect = "ي" + (base[1:] if base[0] == "ا" else base)
    if known(imperfect) and perfect_of(imperfect) == base:
        return base  # صافحن، ادخرن: «he does» in use (يصافح، يدخر), whose perfect is the word without its ن
    if word[0] in "وف" and len(word) >= 6 and (after := rare_person_perfect(word[1:], perfect_of)):
        return after  # ويهاجرن، فيترشحن: the conjunction before one of these
    return None


def _verb_in_use(perfect: str | None) -> bool:
    """Is a person of ``perfect`` other than «he does» in the list — «he did», «she did», «they did» (so the
    word read is a verb, not a noun)?"""
    return perfect is not None and any(known(perfect + end) for end in ("", "ت", "وا"))
