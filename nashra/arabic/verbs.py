"""News verb forms → the perfect «he did», so a reader searching «أعلن» finds أعلنت، يعلن، يعلنون.

A folded word (hamza seats folded, ى → ي) is read as a verb only when the word list backs it:

- a verb never takes the article, so a word that does (التقرير، التقدم، اليسار) is a noun and
  stays one;
- the perfect it would become must be a known word, at most a little rarer than the form;
- perfect suffixes ت / وا / ا (أعلنت، أعلنوا); imperfect prefixes ي / ت, with the future س
  (سيعلن) and the endings ون / ان / ين / وا / ن (يعلنون، تعلنان);
- the stems news verbs come in: sound (يهدد → هدد), form IV (يعلن → أعلن), forms VIII and X
  (يعتبر → اعتبر، يستهدف → استهدف), hollow (يقول → قال، يشير → أشار), assimilated (يصل → وصل)
  and defective (يدعو → دعا، تنفي → نفى، نفت → نفى، التقت → التقى).

Not handled on purpose: the prefixes ن «we» and أ «I» (rare in news, and نظام، نقل، أمن are
nouns), and the verbal noun تفعيل (تقرير، تعليم are never «she does»). Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.wordlist import band, known

__all__ = ["verb_perfect", "after_conjunction"]

#: How much rarer (in bands; 100 = ten times) a perfect may be than the form it comes from.
SLACK = 80
_IMPERFECT_ENDINGS = ("ون", "ان", "ين", "وا")


def _accusative(word: str) -> bool:
    """A final ا is the tanween of a noun or adverb (تقريبا، سياسيا، فورا), not a verb's, except in
    ـوا «they did»."""
    return word.endswith("ا") and not word.endswith("وا")


def _is_noun(word: str) -> bool:
    return known("ال" + word)


def _best(candidates: list[str], word: str) -> str | None:
    found = [c for c in dict.fromkeys(candidates) if len(c) >= 3 and c != word and known(c) and not _is_noun_only(c)]
    if not found:
        return None
    best = min(found, key=band)
    return best if band(best) <= band(word) + SLACK else None


def _is_noun_only(candidate: str) -> bool:
    """A candidate that is far commoner with the article than without is a noun, not a perfect."""
    return _is_noun(candidate) and band("ال" + candidate) + 100 < band(candidate)


def _perfect_candidates(word: str) -> list[str]:
    out: list[str] = []
    for suffix in ("وا", "ت"):
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 2:
            continue
        if len(base) >= 3 and (known(base + "وا") or band(base) <= band(word)):
            out.append(base)  # أعلنت، أعلنوا (بيروت is not بيرو + ت: بيروت is the commoner)
        defective = len(base) == 2 or not known(base) or band(base) > band(word)
        if defective and known(base + "وا") and known(base + "ت"):
            out += [base + "ي", base + "ا"]  # defective: نفت، نفوا → نفى؛ دعت، دعوا → دعا؛ التقت → التقى
    return out


def _imperfect_candidates(word: str) -> list[str]:
    w = word[1:] if word[:2] in ("سي", "ست") and len(word) >= 5 else word
    if len(w) < 3 or w[0] not in "يت":
        return []
    core = w[1:]
    if core[0] == "ء":
        core = "ا" + core[1:]  # يؤكد → أكد
    cores = [core]
    for ending in _IMPERFECT_ENDINGS:
        if core.endswith(ending) and len(core) - len(ending) >= 2:
            cores.append(core[: -len(ending)])
    out: list[str] = []
    for c in cores:
        if w[0] == "ت" and len(c) == 4 and c[2] == "ي":
            continue  # تفعيل: تقرير، تعليم are verbal nouns
        if len(c) >= 3:
            out += [c, "ا" + c] if c[0] != "ا" else [c]
        if len(c) == 3 and c[1] in "وي":
            out += [c[0] + "ا" + c[2], "ا" + c[0] + "ا" + c[2]]  # يقول → قال، يشير → أشار
        if len(c) == 2:
            out.append("و" + c)  # يصل → وصل
        if len(c) >= 3 and c[-1] in "وي":
            out += [c[:-1] + "ا", c[:-1] + "ي", "ا" + c[:-1] + "ي"]  # يدعو → دعا، يلتقي → التقى
    return out


def verb_perfect(word: str) -> str | None:
    """The perfect of a news verb form, or None when ``word`` is not (or not surely) one."""
    if len(word) < 3 or _is_noun(word) or word.endswith(("ة", "ه")) or _accusative(word):
        return None
    if word.startswith("ال"):  # only a form VIII verb with its own plural in use: التقت (التقوا)
        return _best([c for c in _perfect_candidates(word) if known(c[:4] + "وا")], word)
    return _best(_perfect_candidates(word) + _imperfect_candidates(word), word)


def after_conjunction(word: str) -> str | None:
    """«وأضاف»، «فقال»: the verb after the conjunction و / ف — when what follows is a perfect in use
    (أضافت، أضافوا) and neither it nor the whole takes the article (واحد، واضح are words)."""
    if len(word) < 4 or word[0] not in "وف":
        return None
    rest = word[1:]
    if _accusative(word) or _is_noun(word) or _is_noun(rest) or not known(rest):
        return None
    if verb_perfect(rest) is not None:
        return verb_perfect(rest)
    return rest if known(rest + "وا") and known(rest + "ت") else None
