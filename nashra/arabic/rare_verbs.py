"""Verb forms the word list hardly knows: «ارتطمت»، «يرتطم»، «سيستصلح»، «ينتشلون»، «يساوم».

The rules of :mod:`nashra.arabic.verbs` trust a cut only when the list knows what it makes; a verb
too rare for the list (ارتطم، امتثل، استصلح، ساوم) then keeps a different key in each of its forms.
Its derived forms carry their shape in their letters, though: forms VII, VIII and X begin with
ا in the perfect (انفعل، افتعل، استفعل) and with يـ / تـ + the same letters in the imperfect
(ينفعل، يفتعل، يستفعل); form III has ا after its first letter (ساوم، يساوم). For such a shape this
module cuts the future سـ, the imperfect's prefix and ending and the perfect's ت / وا — when the
list does not know the word, or knows it only as a rare word whose other person is in use too
(يمتثل beside تمتثل; ارتطمت beside ترتطم), so a rare noun of the same shape (ينسون) is left alone.
Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.wordlist import band, known

__all__ = ["rare_verb_perfect"]

#: A known word at least this rare (bands: 100 = ten times rarer) may still be read by shape.
RARE_BAND = 560
_ENDINGS = ("ون", "ان", "ين", "وا")
_PRONOUNS = ("هما", "هم", "كم", "ها", "ه", "نا")


def _sound(letters: str) -> bool:
    """Root letters with no weak letter or hamza (the other rules read hollow and defective verbs)."""
    return all(c not in "اويءى" for c in letters)


def _derived(core: str) -> bool:
    """Is ``core`` (an imperfect without its prefix, or a perfect without its ا) a sound verb of form
    VIII (رتطم: CتCC), X (ستصلح: ستCCC; its first root letter may be و, which form X keeps: ستورد) or VII
    (نكمش: نCCC)?"""
    n = len(core)
    return (n == 4 and core[1] == "ت" and _sound(core[0] + core[2:])
            or n == 5 and core.startswith("ست") and (_sound(core[2:]) or core[2] == "و" and _sound(core[3:]))
            or n == 4 and core[0] == "ن" and _sound(core[1:]))


def _form_three(core: str) -> bool:
    """Is ``core`` a verb of form III (ساوم، باغت: CاCC; its middle letter may be و or ي)?"""
    return len(core) == 4 and core[1] == "ا" and _sound(core[0] + core[3]) and core[2] not in "اءى"


def _may_read(word: str, perfect: str, imperfect: str) -> bool:
    """Unknown to the list, or rare in it with another form of the verb in use (يمتثل beside تمتثل,
    ترتطم beside ارتطمت): a verb the list has seen, not a rare noun of the same shape."""
    if not known(word):
        return True
    others = (perfect, perfect + "ت", perfect + "وا", "ي" + imperfect, "ت" + imperfect)
    return band(word) >= RARE_BAND and any(o != word and known(o) for o in others)


def rare_verb_perfect(word: str) -> str | None:
    """«he did» of a folded ``word`` of a derived verb's shape the list hardly knows (ارتطمت، يرتطمون،
    سيرتطم → ارتطم; يساوم، ساومت → ساوم); None otherwise. Not a word that begins like the article
    (التابلت) or ends in ي, ة, ه or ا (a nisba, a defective verb, tanween: the other rules read those)."""
    if len(word) < 5 or word.startswith("ال") or word[-1] in "يةه" or word.endswith("ا") and not word.endswith("وا"):
        return None
    if any(word.endswith("ت" + pronoun) and known(word[:-len(pronoun) - 1] + "ة") for pronoun in _PRONOUNS):
        return None  # سيرتكم، مساومتهم: a ة-word with a pronoun
    w = word[1:] if word[:2] in ("سي", "ست") and len(word) >= 6 else word  # the future: سيرتطم
    if w[0] in "يت":
        core = w[1:]
        for ending in _ENDINGS:
            if core.endswith(ending) and len(core) - 2 >= 4:
                core = core[:-2]
                break
        # (with the future cut, the whole must be read so too: سيرتهم is «their biography», no سـ + يرتهم)
        if _derived(core) and _may_read(w, "ا" + core, core) and _may_read(word, "ا" + core, core):
            return "ا" + core  # يرتطم → ارتطم، يستصلح → استصلح، ينتشل → انتشل
        if _form_three(core) and _may_read(w, core, core) and _may_read(word, core, core):
            return core  # يساوم → ساوم
        return None
    for suffix in ("وا", "ت"):
        base = w[: -len(suffix)]
        if not w.endswith(suffix) or w.endswith("ات"):
            continue
        derived = base[0] == "ا" and _derived(base[1:])
        if derived and _may_read(w, base, base[1:]) or _form_three(base) and _may_read(w, base, base):
            return base  # ارتطمت، ارتطموا → ارتطم; ساومت → ساوم
    return None
