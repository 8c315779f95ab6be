"""The defective verbs of forms VI and V — تنامى، تداعى، تفادى، تهاوى; تصدى، تخلى، تعدى، تحرى — with their verbal
nouns on one key.

«يتنامى», «ويتنامى», «سيتنامى», «يتنامون», «تنامت», «تنامى», «التنامي», «تناميا» are one concept (grow, growth),
but the stemmer's general rules took them apart — and joined them to other words: ت read as «she does» (تنامى →
نام «he slept»; التصدي → تصيد «hunting»; التردي «decline» → تريد «she wants»; التخلي → تخيل «imagine»), the
imperfect's ي and ت cut or kept by turns. Their shapes are distinctive: ت, a letter, (ا,) a letter and the final
ى (typed ي). The key is that shape, تنامي / تصدي, for:

- the imperfect (ي / ت / ن before it), with the future سـ and و / ف before those, and «they do» (ـون);
- «she did» (تنامت، تخلت), unless it is also «she does» of another verb (تنحت: ينحت «he sculpts»);
- the perfect and the verbal noun themselves, with the article and its proclitics, tanween (تناميا), and the
  noun's plural in ـات with or without a pronoun (تداعيات، تحرياتها; not تقنيات, the plural of تقنية).

Only where the word list knows the noun with the article or the imperfect (التنامي، يتفادى), and the shape is no
nisba (التجاري of تجارة); a word the list knows as a whole is never taken apart (فيتنامي is «Vietnamese»). A
bare form V word (تصدى) is read so only when the list knows it with the article and its «he does» of form I is
rarer: تبقي، تمشي، تجري، تعني، تبني stay «she remains, walks, runs, means, builds». Pure Python, no Django.
"""

from __future__ import annotations

import re

from nashra.arabic.wordlist import band, known

__all__ = ["defective_form_key"]

_SIX = "ت[^ا]ا[^ا]ي"  # تفاعى: تنامى، تداعى
_FIVE = "ت[^ا][^ا]ي"  # تفعّى: تصدى، تخلى، تعدى
_IMPERFECT = re.compile(f"([وف]?)(س?)[يتن]({_SIX}|{_FIVE})")
_THEY_DO = re.compile("([وف]?)(س?)[يت]ت([^ا])ا([^ا])ون")
_SHE_DID = re.compile("([وف]?)ت([^ا])(ا?)([^ا])ت")  # تنامت، تخلت، وتصدت
_ARTICLE = "ال|وال|فال|بال|كال|لل|وبال|ولل|فلل|فبال|وكال"
_NOUN = re.compile(f"({_ARTICLE}|و|ف|ب|ل|ك)?({_SIX}|{_FIVE})(ا|ات|اتها|اتهم|اته|اتنا|اتكم|اتهما)?")


def defective_form_key(word: str) -> str | None:
    """The key تفاعي / تفعّي of a folded ``word`` of a form VI or V defective verb or its verbal noun, or None."""
    if len(word) < 4:
        return None
    if (found := _IMPERFECT.fullmatch(word)) is not None:
        own = found[1] and known(word) and not band(word[1:]) < band(word)  # فيتنامي; not ويتخلى
        if own or not _in_use(found[3]) and (len(found[3]) == 4 or _nisba(found[3])):
            return None  # فيتنامي: a word of its own; يتجاري: تجاري is the nisba of تجارة
        return found[3]
    if (found := _THEY_DO.fullmatch(word)) is not None and not (found[1] and known(word)):
        shape = f"ت{found[3]}ا{found[4]}ي"
        return shape if _in_use(shape) else None  # (not يترأسون: ترأس is no defective verb)
    if (found := _SHE_DID.fullmatch(word)) is not None:
        shape = f"ت{found[2]}{found[3]}{found[4]}ي"
        she_does = known("ي" + word[len(found[1]) + 1:])  # تنحت: «she sculpts» (ينحت) as well as «she stepped down»
        return shape if _in_use(shape) and known("ال" + shape) and not she_does else None
    if (found := _NOUN.fullmatch(word)) is not None and _in_use(found[2]):
        if (found[3] or "").startswith("ات") and known(found[2] + "ة"):
            return None  # تقنيات: the plural of تقنية
        if len(found[2]) == 5 or "ال" in (found[1] or "") or found[1] == "لل" or _form_five_noun(found[2]):
            return found[2]
    return None


def _form_five_noun(shape: str) -> bool:
    """A bare تفعّي is form V's perfect or noun (تخلى، تصدى، التحدي) when the list knows it with the article and its
    «he does» of form I is rarer than it: not تبقي، تمشي، تجري، تعني، تبني (she remains, walks, runs, means, builds)."""
    return known("ال" + shape) and band("ي" + shape[1:]) > band(shape)


def _nisba(shape: str) -> bool:
    return known("ال" + shape[:-1]) or known(shape[:-1] + "ة")


def _in_use(shape: str) -> bool:
    """The verbal noun with the article (التنامي، التداعي) or the imperfect (يتفادى) is in the list, and the shape is
    no nisba (التجاري of تجارة, الترابي of التراب): a form VI verb and its noun."""
    return (known("ال" + shape) or known("ي" + shape)) and not _nisba(shape)
