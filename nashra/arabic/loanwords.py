"""Spellings of foreign words that newsrooms write several ways: a long vowel written or left out
(ديبلوماسي / دبلوماسي، دولفين / دلفين، واشنطون / واشنطن، ميونيخ / ميونخ) and the «g» written ج in
Egypt and غ elsewhere (بنجلاديش / بنغلاديش، شيكاجو / شيكاغو).

Arabic words are built on patterns in which a long vowel is a letter of its own (معلومة ≠ معلمة،
تعليمي ≠ تعلمي، مصاريف ≠ مصارف، سليمان ≠ سلمان، يستطيع ≠ يستطع), so a vowel goes only where an
Arabic pattern seldom puts one and a foreign word often has one written or not:

in a word of six letters or more that does not begin with a letter of Arabic verb and noun
patterns (ا ت ن ي م: توحيد ≠ تحيد، ميدان ≠ مدان) — shorter words pair too often with another Arabic
word (بينما ≠ بنما، تونسي ≠ تنسي، رومان ≠ رمان) —

- right after the first letter (ديبلوماسي، دولفين، بيتكوين، فيدرالي);
- in the last syllable when the word ends in a consonant and has not the فعاليل shape (واشنطون،
  ميونيخ، جونسون; not مصاريف).

The spelling without the vowel must be in the word list (and the one with it too, or be too rare
for the list: ديبلوماسي); the key is the spelling without the vowel, and with غ for
ج in a word of six letters or more whose غ spelling is in the list. Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.wordlist import band, known

__all__ = ["family_known", "loan_spelling", "nearest_spelling"]

_VOWELS = "اوي"
#: Letters a foreign sound is written with in different countries: «g» (غولف، جولف، قولف), «t» (موريتانيا،
#: موريطانيا), «z» (أذربيجان، أزربيجان).
_SOUNDS_ALIKE = {"ج": "غق", "غ": "جق", "ق": "غج", "ت": "ط", "ط": "ت", "ز": "ذ", "ذ": "ز"}


def _drops(stem: str) -> list[int]:
    """Where a written long vowel may be a loanword's optional one (see the module doc)."""
    n = len(stem)
    if n < 6 or stem[0] in "اتنيم":
        return []
    at = [1]
    if stem[-1] not in _VOWELS + "ه" and not (stem[2] == "ا" and stem[-2] == "ي"):
        at.append(n - 2)
    return at


def loan_spelling(stem: str) -> str:
    """The one spelling a foreign ``stem`` is indexed under (itself when it is no such word)."""
    if len(stem) < 6:
        return stem
    if len(stem) >= 6 and "ج" in stem and known(stem.replace("ج", "غ")):
        stem = stem.replace("ج", "غ")
    for at in _drops(stem):
        if stem[at] in "وي" and stem[at - 1] not in _VOWELS and stem[at + 1] not in _VOWELS:
            shorter = stem[:at] + stem[at + 1:]
            if known(shorter) and (known(stem) or at == 1):
                return shorter
    return stem


def _family(stem: str) -> tuple[str, ...]:
    """Words the list may hold a stem's family under (a stem is seldom a word itself: مروحي of مروحية)."""
    return (stem, stem + "ة", stem + "ي", stem + "ية", stem + "ا", stem + "ات", stem + "ون", "ال" + stem,
            stem[:-1] + "ة" if stem.endswith("ه") else stem)


def family_known(stem: str) -> bool:
    """Does the list hold ``stem`` or a word of its family (with ة, a nisba, the article …)?"""
    return any(known(form) for form in _family(stem))


def nearest_spelling(stem: str) -> str | None:
    """A known word one written long vowel away from an unknown ``stem`` (بولاندا → بولندا، تايلند → تايلاند).

    Only for stems the word list does not hold: a reader's or a newsroom's other spelling of a
    foreign name or word. Of several, the commonest. An edit is a long vowel written or left out, or a
    letter written for the same foreign sound (غ / ج / ق, ت / ط, ز / ذ)."""
    if len(stem) < 5 or family_known(stem):
        return None
    candidates = set()
    for at in range(1, len(stem) - 1 if stem[0] not in "ام" else 0):  # (أرجيلة ≠ أرجل: Arabic patterns)
        if stem[0] == "ت" and (at, stem[at]) in ((2, "ا"), (3, "ي")):
            continue  # تفاعل، تفعيل
        if stem[at] in _VOWELS and stem[at - 1] not in _VOWELS and stem[at + 1] not in _VOWELS:
            candidates.add(stem[:at] + stem[at + 1:])
    for at in range(2, len(stem) - 1):
        if stem[at - 1] not in _VOWELS and stem[at] not in _VOWELS:
            candidates.update(stem[:at] + vowel + stem[at:] for vowel in _VOWELS)
    for at, letter in enumerate(stem):
        candidates.update(stem[:at] + other + stem[at + 1:] for other in _SOUNDS_ALIKE.get(letter, ""))
    found = [c for c in candidates if known(c)]
    return min(found, key=lambda c: (band(c), c)) if found else None
