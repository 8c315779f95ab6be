"""Dual and plural endings: when ان / ين / ون / تا belong to an inflection and when to the word.

«الطرفين» is the dual of طرف and «المبعوثان» of مبعوث, but «البحرين», «عمران», «حسين», «ماكرون»,
«ثلاثين» and «تمرين» keep their ending: a name, a number or a word of its own. Each rule answers one such
question about a folded word (ة kept), trusted only where the word list (:mod:`nashra.arabic.wordlist`)
backs it. Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Callable

from nashra.arabic.broken_plurals import fa3alil_singulars
from nashra.arabic.normalize import finish_stem
from nashra.arabic.stem_guards import NUMBER_WORDS, TAA
from nashra.arabic.wordlist import band, known


def dual_construct(word: str) -> bool:
    """«مرحلتا»، «فترتا»، «حالتا»: the dual of a ة-word in construct (مرحلتا البطولة), not the tanween of
    a word ending in ت (صوتا، وقتا، بيتا: no صوة)."""
    stem = word[:-2]
    return (len(word) >= 5 and word.endswith("تا") and known(stem + TAA)
            and band(stem + TAA) < band(word[:-1]))


def keeps_plural_ending(word: str) -> bool:
    """«ماكرون»، «حسين»: the ون / ين belongs to the word. A plural's base is the commoner word
    (لاعب / لاعبين) and its sibling ending is in use (ناشطون / ناشطين); a name has neither."""
    if word in NUMBER_WORDS or fa3alil_singulars(word):
        return True  # ثلاثين; براكين، قوانين (فعاليل: the ين / ون is the plural's own)
    if word.endswith(("تين", "تان")) and known(word[:-3] + TAA):
        return False  # a feminine dual: دولتين، سنتين
    base, sibling = word[:-2], word[:-2] + ("ين" if word.endswith("ون") else "ون")
    if word[0] == "م" and known(base) and band(base) <= band(word):
        return False  # a participle (مستفيدين، مسعفين، مدونون): its singular is as common as the plural
    return known(word) and band(base) >= band(word) - 20 and band(sibling) > band(word) + 100


def _after_proclitic(word: str) -> bool:
    """«وجنين»، «بأسوان»: و / ب / ل / ف / ك before a word the list knows (جنين، أسوان), which the
    whole is not commoner than — read the proclitic before any dual ending."""
    rest = word[1:]
    return word[0] in "وبلفك" and known(rest) and (not known(word) or band(rest) <= band(word))


def dual_of_known(word: str) -> bool:
    """«المبعوثان» → مبعوث: a dual of a word the list knows, when the ان form is not a word of its own
    (or a much rarer one). Not when what is left still carries a proclitic the stemmer will try next
    («وعدنان» is و + عدنان, not the dual of «وعدن»)."""
    base = word[:-2]
    if base[0] in "وبلفك" and known(base[1:]) or _after_proclitic(word):
        return False
    return known(base) and band(base) < band(word)


def dual_sibling(word: str) -> bool:
    """Is the other case of the dual ``word`` (ان ↔ ين) in use? A name has none (عمران، حمدين). A dual
    is mostly in the ين case, so an ان form far commoner than its ين is a name (شعبان ≠ شعب)."""
    if word.endswith("ان"):
        return known(word[:-2] + "ين") and band(word[:-2] + "ين") <= band(word) + 50
    return known(word[:-2] + "ان")


def short_dual(word: str) -> bool:
    """«شوطان»، «شوطين» → شوط: the dual of a three-letter word that is itself commoner than the dual.
    An ان form needs its ين case in use, and no commoner than it (a real dual is mostly in the ين
    case): names fail that (عمران has no عمرين, حمدان is commoner than حمدين); a ين form must be
    over 3× rarer than its singular (not حسين، ياسين). Tens (عشرين) and ون words are never duals."""
    base, ending = word[:-2], word[-2:]
    if _after_proclitic(word):
        return False  # «وجنين» is و + جنين, not the dual of «وجن»
    if ending == "ون" or word in NUMBER_WORDS or base + "ين" in NUMBER_WORDS or not known(base):
        return False
    if ending == "ين":
        return band(base) + 50 < band(word)
    dual_in = base + "ين"
    return known(dual_in) and band(base) < band(word) and band(dual_in) <= band(word)


def short_plural(word: str) -> bool:
    """«مسنون»، «فنيون» → مسن، فني: a five-letter ـون whose ـين sibling is in use with the article
    and at least as much, and whose base is a word (زيتون، ليمون، قانون have no «زيتين»; names such
    as عربون، كوبون have no «العربين»)."""
    base = word[:-2]
    return known(base) and known("ال" + base + "ين") and band(base + "ين") <= band(word)


def feminine_dual(word: str) -> bool:
    """«سنتان» → سنة: a five-letter ـتان whose ة singular is the commoner word (not بستان)."""
    singular = word[:-3] + TAA
    return known(singular) and band(singular) < band(word)


def taf3il_masdar(word: str) -> bool:
    """«تمرين»، «تلوين»، «تعدين»: a تفعيل verbal noun (it takes the article), whose ين is its own — not the dual of
    تمر، تلو; «تجدين» «you find» takes no article and is left to the verb rules."""
    return len(word) == 5 and word[0] == "ت" and word.endswith("ين") and known("ال" + word)


def feminine_dual_sure(word: str) -> bool:
    """Is the تان of ``word`` surely a feminine dual, so that no proclitic is cut after it: the ة-word is known, and
    commoner than what a proclitic would leave (بلديتان is the dual of بلدية, not ب + لديتان; وحكومتان is و +
    حكومتان)."""
    single, inner = word[:-3] + TAA, word[1:-3] + TAA
    return known(single) and not (word[0] in "وبلفك" and known(inner) and band(inner) <= band(single))


def dual_key(s: str, definite: bool, is_known: Callable[[str], bool], taa_stem: Callable[[str], str]
             ) -> tuple[str, bool] | None:
    """The key of a dual or a short plural ``s`` (folded, no proclitics) that the lexicon does not know — الحكومتان،
    سنتان، طرفين، عامان، حفلان، مسنون، المبعوثان — and whether it is sure; None when ``s`` is no such form.
    ``is_known``: does the stemmer's lexicon know a key; ``taa_stem``: its key of a ة-word."""
    if s.endswith("تان") and (len(s) >= 6 or feminine_dual(s)):  # الحكومتان، سنتان
        return finish_stem(taa_stem(s[:-3] + TAA)), feminine_dual_sure(s)
    if len(s) == 5 and s[-2:] in ("ان", "ين"):  # طرفين، يومين، عامان (not عمران)
        short = finish_stem(s[:-2])
        # (ان: a dual the word list does not know at all, of a noun that takes the article — جيشان، حفلان
        # — not a name: the list knows عمران، سلطان)
        sure = definite or s.endswith("ين") or dual_sibling(s) or (
            not known(s) and known("ال" + short))
        # (حفلان: the dual of a noun the list knows, in no form of its own: not الشيشان, nor لحنان = ل + حنان)
        unknown_dual = s.endswith("ان") and not (known(s) or known("ال" + s)) and (
            known("ال" + short) and not (s[0] in "وبلفك" and known(s[1:])))
        if not taf3il_masdar(s) and ((is_known(short) or unknown_dual) and sure or short_dual(s)):
            return short, True
    if len(s) == 5 and s.endswith("ون") and short_plural(s):
        return finish_stem(s[:-2]), True  # مسنون، فنيون → مسن، فني (as مسنين، فنيين)
    if len(s) >= 6 and s.endswith("ان"):  # dual, when the singular is known
        dual = finish_stem(s[:-2])
        if is_known(dual) or dual_of_known(s):
            return dual, True
    return None
