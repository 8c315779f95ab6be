"""A tanween typed as a bare final ا: «فيروسا», «بروتوكولا», «جيوسياسيا» are فيروس، بروتوكول، جيوسياسي.

Readers and wire copy often leave the fathatan off and keep its alif. The word list rarely holds such a form,
so it is read off the noun the list knows. Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.wordlist import known

__all__ = ["without_bare_tanween"]


def without_bare_tanween(w: str) -> str | None:
    """``w`` without its final ا when that ا is a tanween, or None. The noun must be in use after the article, the
    form with the ا never (not a dual in construct, فتاتا, nor a proclitic before a name, كروما); a noun ending
    in ي (a nisba) needs only its article form in the list (الجيوسياسي), as a nisba is rarely written without it.
    After و / ف the same is read on what follows (وجيوسياسيا)."""
    if known(w) or w.endswith("ها"):
        return None  # (فاصوليا is a word; شرطها is «her condition»)
    for start in (0, 1) if w[:1] in ("و", "ف") else (0,):
        word = w[start:]
        if not word.endswith("ا") or word.endswith("تا") or len(word) < 5:
            continue
        if any(map(known, (word, "ال" + word, word[1:]))) or not known("ال" + word[:-1]):
            continue
        if known(word[:-1]) or word.endswith("يا"):
            return w[:-1]
    return None
