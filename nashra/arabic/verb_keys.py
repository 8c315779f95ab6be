"""Where a verb and a noun share a spelling: keys that keep them apart (search keys v18).

A form III perfect is spelt as the doer of form I — «طالب» demanded and the student, «شاهد» watched and the
witness, «قاتل» fought and the killer, «نادى» called and the club — and «مقاتل» is both the fighter and the plural
of «مقتل», a killing. One key for each pair sends a reader who asks for «الطالب» to every story that «demanded».

- The forms of such a verb (طالبت، تطالب، يطالبون) get the perfect's key with :data:`VERB_MARK` (:func:`verb_key`);
  the noun's forms (الطالب، الطلاب، طالبة) the plain key; the perfect written bare (طالب، وطالب), which only the
  sentence tells from the noun, its key with :data:`BARE_MARK` (:func:`bare_key`).
- A query reads the bare word too where it may be meant (:func:`verb_alternatives`): a verb form finds the verb's
  forms and the bare word, a noun form the noun's and the bare word, the bare word all three — so «الطالب» finds no
  «طالبت» and «طالبت» no «الطلاب».
- A participle with a sound plural ending is the participle, never a broken plural (:func:`sound_plural_of`).

Called by :class:`nashra.arabic.stemmer.Stemmer`, which passes itself (this module does not import it back).
Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic import wordlist
from nashra.arabic.normalize import fold_word, strip_marks

__all__ = ["VERB_MARK", "BARE_MARK", "verb_key", "bare_key", "verb_alternatives", "marked_with", "plain",
           "sound_plural_of"]

#: Ends the key of a verb form whose perfect is spelt as a noun in use (طالبت → «طالب» + mark). A Latin letter,
#: so no Arabic word's key can meet it, and both engines' tokenizers (FTS5 unicode61, PostgreSQL's parser) keep
#: it inside the word.
VERB_MARK = "v"
#: Ends the key of such a perfect written bare (طالب، وطالب): the verb or the noun, which only the sentence tells.
BARE_MARK = "b"
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
    # a perfect in use: its «she did» (طالبت، شاهدت) or «he does» (يحاكم، ينادي; only that of a defective one, whose
    # «she did» نادت is also a hollow verb's: مالت of مال is no «she did» of مالى, so مالي, financial, is no verb)
    in_use = wordlist.known("ي" + key) or not key.endswith("ي") and wordlist.known(key + "ت")
    if not (wordlist.known("ال" + key) and in_use) or stemmer.stem("ال" + key) != key:
        return key
    return key + VERB_MARK


def marked_with(key: str, mark: str) -> bool:
    """Does an Arabic word's key end with ``mark``? (A Latin word's may end with the letter itself: «tv», «pub».)"""
    return len(key) > 1 and key.endswith(mark) and "\u0621" <= key[0] <= "\u064a"


def plain(key: str) -> str:
    """A key without its mark: «طالبv», «طالبb» → «طالب» (a Latin word's key as it is)."""
    return key[:-1] if marked_with(key, VERB_MARK) or marked_with(key, BARE_MARK) else key


def bare_key(stemmer: Stemmer, folded: str, key: str) -> str:
    """The key of a word spelt as such a perfect and nothing else («طالب», «وطالب»): marked apart from both the verb's
    forms and the noun's, so each finds it and neither finds the other."""
    if folded[:1] in "وف" and len(folded) > 4:
        folded = folded[1:]
    return key + BARE_MARK if folded == key and verb_key(stemmer, key) != key else key


def verb_alternatives(stemmer: Stemmer, original: str, key: str) -> tuple[str, ...]:
    """The other keys a query word ``original`` whose own key is ``key`` tries. A verb form («طالبت») also finds the
    bare perfect («طالب الصحفيون»), and so does a noun form («الطالب», «الطلاب»: «مقتل طالب»); the bare word finds
    both; «دخلنا» (our income, or we entered) the verb too."""
    if marked_with(key, BARE_MARK):
        plain = key.removesuffix(BARE_MARK)
        return plain, plain + VERB_MARK
    if marked_with(key, VERB_MARK):
        return (key.removesuffix(VERB_MARK) + BARE_MARK,)
    marked = verb_key(stemmer, key)
    if marked == key:
        return ()
    folded = fold_word(strip_marks(original))
    if folded[:1] in "وف" and len(folded) > 3:
        folded = folded[1:]
    return (key + BARE_MARK, marked) if folded.removesuffix("نا") == key else (key + BARE_MARK,)


def sound_plural_of(word: str, stem: str) -> bool:
    """Did ``word`` carry a sound plural ending on ``stem`` (المقاتلين، مفاوضون، معارضيه، مقاتلو، المقاتلان), one
    in use? Then ``stem`` is a singular — the fighter, not the killings — and no broken plural."""
    at = word.rfind(stem) if len(stem) >= 5 and stem[-1] != "ي" else -1  # (a nisba: اليساريين)
    tail = word[at + len(stem):] if at >= 0 else ""
    if not (tail in ("ين", "ون", "ان", "و", "ي") or len(tail) >= 2 and tail[0] in "وي" and tail[1:] in _PRONOUNS):
        return False
    return any(wordlist.known(form) for form in ("ال" + stem + "ين", stem + "ين", stem + "ون"))
