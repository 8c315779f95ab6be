"""Verbs of which two letters are left: doubled (شنّ: يشن، سيشن، يشنون، شنت، شنوا، شننا → شن) and assimilated
(وصل: يصل، سيصل، ستصلون → وصل).

«He does» drops a letter of both: يشنّ writes two of ش ن ن, يصل two of و ص ل, so «يXY» may be the doubled verb
XY or the assimilated وXY. The reading whose «she did» is the commoner in the word list wins: وصلت is commoner
than صلت (يصل → وصل), شنت than وشنت «and she launched» (يشن → شن, not the و + شن the list also holds), حلت than
وحلت (يحل → حل «solves», not وحل «mud»). The doubled verb's key is its own two letters, the key «شن» itself has,
so every form meets the perfect there. The future سـ is read only before a «he does» in use that is commoner
than the whole (سيصل: يصل; not سيدي). Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.stopwords import is_stopword
from nashra.arabic.wordlist import RARE, band, known

__all__ = ["imperfect_two_letters", "perfect_two_letters"]

_ENDINGS = ("ون", "ان", "ين", "وا", "")
_WEAK = "اويءىة"


def _doubled_in_use(xy: str) -> bool:
    """شن: the perfect, its «she did» and either «they did» or «he does» are words."""
    return known(xy) and known(xy + "ت") and (known(xy + "وا") or known("ي" + xy))


def _assimilated_in_use(xy: str) -> bool:
    return known("و" + xy) and (known("و" + xy + "ت") or known("و" + xy + "وا"))


def _defective_commoner(xy: str) -> bool:
    """ينج، يبد، ينس، يدع: «(did not) escape / seem / forget» of نجا، بدا، نسي — or a «she did» (دعت) that is
    دعا's: the defective «he does» (ينجو، يبدو، يدعو) is the commoner word."""
    he_does = band("ي" + xy)
    return any(known(h) and band(h) < he_does for h in ("ي" + xy + "و", "ي" + xy + "ي"))


def _defective(xy: str) -> bool:
    """بنت، صلت are «she built», «she prayed» of بنى، صلى (يبني، يصلي), no doubled verb."""
    return known("ي" + xy + "ي") or known("ي" + xy + "و")


def _hollow_jussive(core: str) -> bool:
    """يكن، يقل، يزد are «(did not) be / say / add» of كان، قال، زاد: their «he does» (يكون، يقول، يزيد) is the
    commoner word."""
    he_does = band("ي" + core)
    return any(known(h) and band(h) < he_does for h in ("ي" + core[0] + v + core[1] for v in "ويا"))


def imperfect_two_letters(word: str) -> str | None:
    """The perfect of «he / she does» (with the future and a plural or dual ending; «we will» سنصل) whose stem is
    two letters."""
    w, future = word, False
    if w[:2] in ("سي", "ست", "سن") and len(w) >= 4:
        if not known(w[1:]) or known(w) and band(w) < band(w[1:]) + 50 or known("ال" + w) or (
                w[-1] in "كه" and known("ال" + w[:-1])):
            return None  # سيدي، سيشل are no «he will do», سيفك is «your sword»
        w, future = w[1:], True
    if len(w) < 3 or w[0] not in ("يتن" if future else "يت"):
        return None  # «we do» only after the future (سنصل): نصل، نقف are a blade and «we stop»
    for ending in _ENDINGS:
        if not w.endswith(ending) or len(w) - len(ending) != 3:
            continue
        core = w[1:3]
        if any(letter in _WEAK for letter in core) or is_stopword(core) or not known("ي" + core):
            return None  # تاب، ستوب: a hollow or foreign word
        if w[0] == "ت" and (ending and not known("ي" + w[1:]) or band("ي" + core) > band(w) + 50):
            return None  # تعز (a city), تبع: a ت-word far commoner than its «he does» is no «she does»
        if known(w + "ت") and known(w + "وا") or ending and _defective_commoner(core) or _hollow_jussive(core):
            return None  # تبع is its own verb; يدعون is دعا's; يكن is كان's
        doubled = _doubled_in_use(core) and not _defective_commoner(core)
        assimilated = _assimilated_in_use(core)
        she_did = band(core + "ت") if known(core + "ت") else RARE
        she_did_assimilated = band("و" + core + "ت") if known("و" + core + "ت") else RARE
        if doubled and (not assimilated or she_did <= she_did_assimilated):
            if ending and _defective(core):
                return None  # an ending may have taken the weak letter: يشكون، يحلون are شكا، حلا's
            perfect, used = core, she_did
        elif assimilated:
            perfect, used = "و" + core, min(she_did_assimilated, band("و" + core))
        else:
            return None
        return perfect if used <= band(w) + 100 else None  # (بيدر: a threshing floor, no «he yields»)
    return None


def perfect_two_letters(word: str) -> str | None:
    """«she did», «they did», «we / you did» of a doubled verb: شنت، شنوا → شن; شننا، شننتم → شن."""
    for suffix in ("نا", "تم"):  # before a consonant the doubled letter is written twice: حللنا، شننتم
        if word.endswith(suffix) and word[1] == word[2] and (len(word) == 5 or word[1:] == "ننا"):  # شننّا
            core, form_two = word[:2], word[:3]
            if known(form_two + "ت") or known(form_two + "وا"):
                return None  # حددنا، حققنا: «we determined / achieved» of the form II حدد، حقق
            return core if _doubled_in_use(core) and not _defective(core) and not is_stopword(core) else None
    for suffix in ("ت", "وا"):
        if word.endswith(suffix) and len(word) == 2 + len(suffix):
            core = word[:2]
            if any(letter in _WEAK for letter in core) or _hollow_jussive(core):
                return None
            if _doubled_in_use(core) and known(core + "وا") and not _defective(core) and not is_stopword(core):
                return core
    return None
