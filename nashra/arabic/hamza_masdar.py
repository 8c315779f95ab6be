"""إفعال against أفعال: «إعلام» (media) is the masdar of a form IV verb, «أعلام» (flags) the plural of «علم»; «إعمار»
(rebuilding) is no «أعمار» (ages, of «عمر»), «إنفاق» (spending) no «أنفاق» (tunnels), «إسلام» no plural of «سلم».
Folding the hamza seats (which readers leave out) merges them; where the writer wrote the seat it tells them apart.

- Written with إ, the word keeps itself as its key (:func:`kasra_masdar`): «الإعلام» → اعلام, never «علم».
- Written with أ, it is the plural the stemmer reads (أعلام → علم), as before.
- Written bare («الاعلام»), the text keeps the plural reading it has always had, and a reader's query also tries
  the masdar (:func:`bare_masdar`), so «الاعلام» finds «الإعلام» and «الأعلام» both.

Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.normalize import fold_word, strip_marks
from nashra.arabic.wordlist import known

__all__ = ["kasra_masdar", "bare_masdar"]

#: What may stand before the masdar, longest first: «والإعلام»، «بالإعمار»، «لإنفاق»، «وإعداد».
_PREFIXES = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
             "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", "")
#: What may follow the masdar: a pronoun («إعلامه»، «إعمارها»), tanween («إضراباً»), the plural ات («إيرادات»).
_PRONOUNS = ("ه", "ها", "هم", "هما", "كم", "نا")
_ENDINGS = ("", "ا", "ات", *_PRONOUNS, *("ات" + pronoun for pronoun in _PRONOUNS))


def _masdar(bare: str, seat: str) -> tuple[str, str] | None:
    """(proclitics, folded masdar) of ``bare`` (marks stripped) when, after its proclitics, it begins with ``seat``
    and has the shape إفعال (five letters, the long ا fourth: اعلام، اعمار، انفاق، احياء), maybe with a pronoun."""
    for prefix in _PREFIXES:
        if not bare.startswith(prefix) or bare[len(prefix):len(prefix) + 1] != seat:
            continue
        rest = fold_word(bare[len(prefix):], keep_taa=True)
        masdar = rest[:5]  # (its last letter a root consonant, never ة: «إمرأة» is no masdar)
        if len(masdar) == 5 and masdar[0] == "ا" and masdar[3] == "ا" and masdar[4] != "ة" and rest[5:] in _ENDINGS:
            return prefix, masdar
    return None


def kasra_masdar(word: str) -> str | None:
    """The key of a word the writer spelled with إ in the shape إفعال: the masdar itself («الإعلام»، «وإعمار»،
    «إنفاقها» → اعلام، اعمار، انفاق), or None for any other word."""
    found = _masdar(strip_marks(word), "إ")
    return found[1] if found else None


def bare_masdar(word: str) -> str | None:
    """The masdar a bare «افعال» may be («الاعلام»: the media or the flags; «الالهام» after the article: إلهام); a
    query tries it beside the word's own key (a key no text has costs the query nothing)."""
    found = _masdar(strip_marks(word), "ا")
    if found is None:
        return None
    prefix, masdar = found
    # A bare word that begins with «ال» is the article before a word («الناس»), unless the article stands before it
    # («الالحاق») or the form IV verb is in use («الحاق»: ألحقت).
    article = masdar.startswith("ال") and not prefix.endswith(("ال", "لل"))
    return None if article and not known(masdar[:3] + masdar[4] + "ت") else masdar
