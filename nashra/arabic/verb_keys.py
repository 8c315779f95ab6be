"""Where a verb and a noun share a spelling: keys that keep them apart (search keys v18).

A form III perfect is spelt as the doer of form I — «طالب» demanded and the student, «شاهد» watched and the
witness, «قاتل» fought and the killer, «نادى» called and the club — and «مقاتل» is both the fighter and the plural
of «مقتل», a killing. One key for each pair sends a reader who asks for «الطالب» to every story that «demanded».

- The forms of such a verb (طالبت، تطالب، يطالبون) get the perfect's key with :data:`VERB_MARK`; the bare perfect,
  which a story cannot tell from the noun, keeps the plain key (:func:`verb_key`).
- A query reads both where the word may be either (:func:`verb_alternative`): a verb form also tries the plain key
  (the bare perfect), a bare word spelt as the perfect also the marked one; a word with the article is the noun.
- A participle with a sound plural ending is the participle, never a broken plural (:func:`sound_plural_of`).

Called by :class:`nashra.arabic.stemmer.Stemmer`, which passes itself (this module does not import it back).
Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic import wordlist
from nashra.arabic.normalize import fold_word, strip_marks

__all__ = ["VERB_MARK", "verb_key", "verb_alternative", "sound_plural_of"]

#: Ends the key of a verb form whose perfect is spelt as a noun in use (طالبت → «طالب» + mark). A Latin letter,
#: so no Arabic word's key can meet it, and both engines' tokenizers (FTS5 unicode61, PostgreSQL's parser) keep
#: it inside the word.
VERB_MARK = "v"
_PRONOUNS = ("هما", "هم", "هن", "كم", "ها", "نا", "ه", "ك")


class Stemmer(Protocol):
    def stem(self, word: str) -> str: ...


def verb_key(stemmer: Stemmer, key: str) -> str:
    """The key of a verb form whose perfect is ``key``: marked when the perfect is a form III فاعل spelt as a noun
    in use that takes this key — the doer of form I, another concept (طالب, شاهد, قاتل, غادر) — else ``key``."""
    if len(key) != 4 or key[1] != "ا" or key[0] == "ت":
        # a masdar spelt as its verb is the same news (فشل، وصل، قال); so is a form V of a hamza root, whose folded
        # perfect has the form III shape (تأثر، تأخر: the delay, delayed) — and so تابع stays unmarked too
        return key
    she_did = (key[:-1] if key.endswith("ي") else key) + "ت"  # طالبت، شاهدت، نادت: a perfect in use,
    in_use = wordlist.known(she_did) or wordlist.known("ي" + key)  # or its «he does» (يحاكم)
    if not (wordlist.known("ال" + key) and in_use) or stemmer.stem("ال" + key) != key:
        return key
    return key + VERB_MARK


def verb_alternative(stemmer: Stemmer, original: str, key: str) -> str | None:
    """The other key of a query word ``original`` whose own key is ``key``. A verb form («طالبت») may also be the
    bare perfect a story wrote («طالب الصحفيون»), indexed as the noun; a bare word spelt as the perfect («طالب»،
    «وطالب»), or as it with «نا» («دخلنا»: our income, or we entered), may be the verb. A word with the article
    («الطالب») is the noun only."""
    if key.endswith(VERB_MARK):
        return key.removesuffix(VERB_MARK)
    folded = fold_word(strip_marks(original))
    if folded[:1] in "وف" and len(folded) > 3:
        folded = folded[1:]
    if key in (folded, folded.removesuffix("نا")) and (marked := verb_key(stemmer, key)) != key:
        return marked
    return None


def sound_plural_of(word: str, stem: str) -> bool:
    """Did ``word`` carry a sound plural ending on ``stem`` (المقاتلين، مفاوضون، معارضيه، مقاتلو، المقاتلان), one
    in use? Then ``stem`` is a singular — the fighter, not the killings — and no broken plural."""
    at = word.rfind(stem) if len(stem) >= 5 and stem[-1] != "ي" else -1  # (a nisba: اليساريين)
    tail = word[at + len(stem):] if at >= 0 else ""
    if not (tail in ("ين", "ون", "ان", "و", "ي") or len(tail) >= 2 and tail[0] in "وي" and tail[1:] in _PRONOUNS):
        return False
    return any(wordlist.known(form) for form in ("ال" + stem + "ين", stem + "ين", stem + "ون"))
