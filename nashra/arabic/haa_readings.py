"""The two readings of a final ه without the article, beside the key :meth:`Stemmer.stem` gives.

«مدرسه» is a school typed with ه (the key) or «his teacher»; «جنحه» is «his wings» (the key, since
جنح is the commoner word) or the misdemeanour جنحة typed with ه. An article's text is indexed with
the «his» reading (:func:`pronoun_reading`); a reader's query tries both (and :func:`taa_reading`).
Pure Python, no Django.
"""

from __future__ import annotations

from typing import Protocol

from nashra.arabic import stem_guards as guards
from nashra.arabic.normalize import fold_word, strip_marks
from nashra.arabic.wordlist import band, known


class Stemmer(Protocol):
    """What these readings need of :class:`nashra.arabic.stemmer.Stemmer` (which calls them, passing
    itself: this module does not import it back)."""

    def stem(self, word: str) -> str: ...

    def _is_known(self, key: str) -> bool: ...

TAA, HAA = "ة", "ه"
_ARTICLES = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_PROCLITICS = "وبل"
_CLITICS = "وفبلك"


def _folded(original: str) -> tuple[str, str] | None:
    bare = strip_marks(original)
    folded = fold_word(bare, keep_taa=True)
    if len(folded) < 4 or not folded.endswith(HAA) or folded.startswith(_ARTICLES):
        return None
    return bare, folded


def pronoun_reading(stemmer: Stemmer, original: str) -> str | None:
    """The other key of a word whose final ه, without the article, may be the pronoun «his»
    («مدرسه»: his teacher — or a school typed with ه, which is what :meth:`Stemmer.stem` gives).
    An article's text is indexed with this reading (in an article «قال مدرسه» is «his teacher
    said»); a reader's query tries both."""
    found = _folded(original)
    if found is None:
        return None
    bare, folded = found
    key = stemmer.stem(original)
    pronoun = stemmer.stem(bare[:-1])
    if not (known(folded[:-1]) or stemmer._is_known(pronoun)):
        return None  # «حكومه»: no word «حكوم» to be «his» of
    if guards.root_haa(folded):
        return None  # «دكتوراه»، «جنيه»: the ه is the word's own
    return pronoun if pronoun != key and stemmer.stem(bare[:-1] + TAA) == key else None


def index_reading(stemmer: Stemmer, original: str) -> str | None:
    """The key an article's word is indexed with when it differs from :meth:`Stemmer.stem`: the «his» reading
    of :func:`pronoun_reading` — unless the ة-word is far commoner than the word «his» would stand on, where a ة
    typed ه is the likelier reading («نقابه المحامين»: the union, not «his veil»; «كتابه» stays «his book»)."""
    pronoun = pronoun_reading(stemmer, original)
    return None if pronoun is None or _taa_typed_haa(_folded(original)[1]) else pronoun


#: How much commoner (in bands; 100 = ten times) the ة-word must be than the word «his» would stand on.
_TAA_MARGIN = 100


def _taa_typed_haa(folded: str) -> bool:
    """Is a final ه that the word list never saw as written a ة typed as ه, its ة-word far commoner than the
    word it would be «his» of (نقابه: نقابة, not نقاب; موجه is a word of the list, «directed», and stays)?"""
    return band(folded[:-1] + TAA) + _TAA_MARGIN < band(folded[:-1]) and band(folded[:-1] + TAA) < band(folded)


def _keeps_itself(stemmer: Stemmer, nisba: str) -> bool:
    """A nisba whose masculine and feminine keep themselves as their keys (غزاوي، صيداوي) — not a verb
    (يحتوي، تحتوي) nor a construct plural (منتقدي: منتقدين)."""
    return (nisba[0] not in "يت" and not known(nisba[:-1] + "ين") and not known("ال" + nisba[:-1] + "ين")
            and stemmer.stem(nisba) == nisba == stemmer.stem(nisba + TAA))


def taa_reading(stemmer: Stemmer, original: str) -> str | None:
    """The ة-word a reader may mean by a final ه that :meth:`Stemmer.stem` read as «his» («جنحه»:
    his wings — or the misdemeanour جنحة typed with ه), when the list knows that ة-word, or when it is
    the feminine of a nisba of a word the list knows («ظفاريه»: ظفارية, of ظفار). Only a query tries
    it, beside the key (an article's «جنحه» keeps the one key it has). A nisba is also one whose masculine and
    feminine keep themselves as their keys (غزاوي، صيداوي), which a dual or «my» (قدمي، والدي) does not."""
    found = _folded(original)
    if found is None:
        return None
    bare, folded = found
    key, base = stemmer.stem(original), folded[:-1]
    if base.endswith("ت") and known(base[:-1] + TAA):
        return None  # زوجته: a ة-word with «his» (the list has typos such as زوجتة)
    nisba = len(base) >= 4 and base.endswith("ي") and not base.endswith("يي") and (
        known(base[:-1]) or _keeps_itself(stemmer, base))  # ظفاريه، غزاويه، صيداويه
    if not (known(base + TAA) or nisba) and folded[0] in _CLITICS and known(base[1:] + TAA) and not (
            known(base) or base.endswith("و")):  # (not «فقدوه» «they lost him», «وصفوه»)
        base = base[1:]  # «لغرامه»، «كغرامه»: a proclitic before غرامة typed with ه (the list lacks them glued)
    if not (known(base + TAA) or nisba) or guards.root_haa(folded) or (
            folded[0] in _PROCLITICS and guards.root_haa(folded[1:])):
        return None  # no such ة-word, or the ه is the word's own (جنيه، وجنيه)
    other = stemmer.stem(bare[:-1] + TAA)
    if nisba and not known(base + TAA) and stemmer.stem(base) != base:
        return None  # قدميه «his feet»: no nisba قدمي whose feminine the reader typed (قدمي is «my foot»)
    return other if other != key else None


def my_reading(stemmer: Stemmer, original: str) -> str | None:
    """The noun a reader may mean by a final ي «my» («قراري»، «مشروعي»، «أطفالي»: my decision, project, children),
    beside the key :meth:`Stemmer.stem` gives — only a query tries it. Only where no nisba is in use (the list
    has no «القراري»; «المنزلي» «domestic», «الأرضي» «terrestrial» are: منزلي، أرضي keep their one key), the
    noun takes the article and is over ten times as common (names such as فتحي، حمدي are about as common as
    فتح، حمد)."""
    bare = strip_marks(original)
    folded = fold_word(bare, keep_taa=True)
    if len(folded) < 4 or not folded.endswith("ي") or folded.startswith(_ARTICLES) or folded.endswith("يي"):
        return None
    gap = 100  # «my» is rarer than the noun by far: فتحي، حمدي are names, as common as فتح، حمد
    if folded[0] in _CLITICS and not known(folded) and known("ال" + folded[1:-1]):
        bare, folded, gap = bare[1:], folded[1:], 150  # وقراري، لقراري «my decision» (not وآسفي, the city Safi)
    base = folded[:-1]
    if not known("ال" + base) or known(base + TAA) and not known(base) or band(folded) < band(base) + gap:
        return None
    if known("ال" + folded) and band("ال" + folded) < band(folded) + 120:
        return None  # a nisba in use: المنزلي، الأرضي
    key, noun = stemmer.stem(original), stemmer.stem(bare[:-1])
    return noun if noun != key else None
