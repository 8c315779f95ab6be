"""The defective verbs of form VI — تنامى، تداعى، تفادى، تراخى، تهاوى — and their verbal nouns on one key.

«يتنامى», «ويتنامى», «سيتنامى», «تتنامى», «يتنامون», «تنامى», «التنامي», «تناميا» are one concept (grow,
growth), but the stemmer's general rules took them apart in four ways: ت read as «she does» (تنامى → نام, the
verb «to sleep»), the imperfect's ي and ت cut or kept by turns (يتنامى → تنام, تناميا → تنمي). Their shape is
distinctive: ت, a letter, ا, a letter, and the final ى (typed ي): the key is that shape, تنامي, for every form:

- the imperfect (ي / ت / ن before it), with the future سـ and و / ف before those, and «they do» (ـون);
- the perfect and the verbal noun themselves, with the article and its proclitics, and with tanween (تناميا);
- the verbal noun's plural in ـات (تداعيات).

The perfect, the verbal noun and «they do» are read so only when the word list knows the verbal noun with the
article (التنامي: not تعاني, «she suffers», form III, which never takes it) and the shape is no nisba (التجاري);
a word the list knows as a whole is never taken apart (فيتنامي is «Vietnamese», not ف + يتنامى).
Pure Python, no Django.
"""

from __future__ import annotations

import re

from nashra.arabic.wordlist import known

__all__ = ["form_six_defective"]

_SHAPE = "ت[^ا]ا[^ا]ي"
_IMPERFECT = re.compile(f"([وف]?)(س?)[يتن]({_SHAPE})")
_THEY_DO = re.compile("([وف]?)(س?)[يت]ت([^ا])ا([^ا])ون")
_NOUN = re.compile(f"(ال|وال|فال|بال|كال|لل|وبال|ولل|فلل|فبال|وكال|و|ف|ب|ل|ك)?({_SHAPE})(ا|ات)?")


def form_six_defective(word: str) -> str | None:
    """The key تفاعي of a folded ``word`` of a form VI defective verb or its verbal noun, or None."""
    if len(word) < 5:
        return None
    if (found := _IMPERFECT.fullmatch(word)) is not None:
        if found[1] and known(word) or known("ال" + found[3][:-1]) or known(found[3][:-1] + "ة"):
            return None  # فيتنامي: a word of its own; يتجاري: تجاري is the nisba of تجارة
        return found[3]
    if (found := _THEY_DO.fullmatch(word)) is not None and not (found[1] and known(word)):
        shape = f"ت{found[3]}ا{found[4]}ي"
        return shape if _in_use(shape) else None  # (not يترأسون: ترأس is no defective verb)
    if (found := _NOUN.fullmatch(word)) is not None and _in_use(found[2]):
        return found[2]
    return None


def _in_use(shape: str) -> bool:
    """The verbal noun with the article (التنامي، التداعي) or the imperfect (يتفادى) is in the list, and the shape is
    no nisba (التجاري of تجارة, الترابي of التراب): a form VI verb and its noun."""
    return (known("ال" + shape) or known("ي" + shape)) and not (known("ال" + shape[:-1]) or known(shape[:-1] + "ة"))
