"""Verb persons news seldom writes, read as the verb they belong to: «they (women) did» (اعتقلن، أحبطن), «they
(women) do» (يحبطن، يتظاهرن) and «you (a woman) do» (تتظاهرين، تحبطين).

The word list rarely holds them, so they are read off persons it does hold: «اعتقلن» when «اعتقل» and «اعتقلت»
are in use, «يحبطن» and «تحبطين» when «يحبط» / «تحبط» and the perfect's «she did» (أحبطت) are — and never when
the word itself is in the list (a noun ending in ن: «يقين»، «تمرين»، «تلقين» are words). Called by
:func:`nashra.arabic.verbs.perfect_of` with its own reading of a perfect or imperfect. Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Callable

from nashra.arabic.wordlist import band, known

__all__ = ["rare_person_perfect"]

_NOT_BEFORE_FEMININE_N = "واىيءئؤهك"
_ARTICLE_STARTS = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")
_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك")


def rare_person_perfect(word: str, perfect_of: Callable[[str], str | None],
                        any_reading: Callable[[str], str | None] | None = None) -> str | None:
    """The perfect «he did» of a feminine plural or a «you (a woman) do», or None; ``perfect_of`` reads a
    person the list knows, ``any_reading`` (the stemmer's every verb reading) the masculine plural beside it."""
    if len(word) < 4 or known("ال" + word):
        return None
    if known(word):
        return _known_feminine_plural(word, any_reading)
    if word.endswith("و") and known(word + "ا") and _verb_in_use(perfect := perfect_of(word + "ا")):
        return perfect  # «فازو»، «وقعو»: «they did» typed without its alif
    if len(word) < 5:
        return _as_the_masculine(word[:-1], perfect_of, any_reading) if (
            any_reading is not None and word.endswith("ن") and word[-2] not in "واي") else None
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
    if word[0] in "وف" and len(word) >= 6 and (after := rare_person_perfect(word[1:], perfect_of, any_reading)):
        return after  # ويهاجرن، فيترشحن: the conjunction before one of these
    if any_reading is not None and base[-1] not in "واي":
        return _as_the_masculine(base, perfect_of, any_reading)
    return None


def _known_feminine_plural(word: str, any_reading: Callable[[str], str | None] | None) -> str | None:
    """«ينتظرن», «تتابعن»: a «they (women) do» the list holds, read as the verb when its «they (men) do» is the
    commoner word (not a noun ending in ن: تمرين، يقين — no «تمريون»)."""
    masculine = word[:-1] + "ون"
    if any_reading is None or len(word) < 5 or word[0] not in "يت" or not word.endswith("ن") or word[-2] in "واي":
        return None
    return any_reading(masculine) if known(masculine) and band(masculine) < band(word) else None


def _as_the_masculine(base: str, perfect_of: Callable[[str], str | None],
                      any_reading: Callable[[str], str | None]) -> str | None:
    """«they (women) do / did» read as «they (men) do / did» of the same verb: يقايضن as يقايضون، اقتصدن as
    اقتصدوا. Not where the ن is the verb's own (يقرصن: قرصنة is a word; يؤتمن: مؤتمن is), after a pronoun ه / ك
    (شرطهن، رأيكن) or a hamza (لدائن), after the article (للمسن), or a proclitic before a word the list knows
    (وبعدن، فعدن: «and in Aden»). A perfect must have a person of the verb in the list besides its bare form,
    which is often a noun too (خبز، كورتز)."""
    word = base + "ن"
    if base[-1] in _NOT_BEFORE_FEMININE_N or word.startswith(_ARTICLE_STARTS) or known(word + "ة"):
        return None
    if any(word[:cut] in _PROCLITICS and known(word[cut:]) for cut in (1, 2)):
        return None
    future = 2 if word[:2] in ("سي", "ست") else 1
    if base[0] in "يتس":
        if known(word[future:] + "ة") or known("م" + word[future:]):
            return None  # يقرصن، يؤتمن: a verb whose last root letter is ن
        if base[0] != "س" and (perfect := any_reading(base + "ون")):
            return perfect  # يقايضن، يتزلجن → يقايضون، يتزلجون (the masculine's own reading decides)
    perfect = any_reading(base + "وا")
    imperfect = "ي" + (base[1:] if base[0] == "ا" else base)
    if not perfect or not any(map(known, (base + "ت", base + "وا", imperfect, perfect + "ت", perfect + "وا"))):
        return None
    return perfect  # خبزن، ذبحن، اقتصدن → خبزوا، ذبحوا، اقتصدوا


def _verb_in_use(perfect: str | None) -> bool:
    """Is a person of ``perfect`` other than «he does» in the list — «he did», «she did», «they did» (so the
    word read is a verb, not a noun)?"""
    return perfect is not None and any(known(perfect + end) for end in ("", "ت", "وا"))
