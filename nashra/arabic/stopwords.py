"""Arabic stop-words for search: function words that every article contains.

The rule: a word is a stop-word if its *unfolded* spelling, with only harakat, tatweel
and invisible characters removed (:func:`nashra.arabic.normalize.strip_marks`), is in
:data:`STOPWORDS`, or is «و»/«ف» followed by one («وعلى», «فإن»). The check happens
*before* letter folding, because folding merges the preposition «على» with the name
«علي» (ى → ي): «على» and «عَلَى» are dropped, «علي» is kept and found.

Where writers commonly drop a hamza and the result is still only a function word
(«الى» for «إلى», «ان» for «أن/إن»), the hamza-less spelling is listed too. Spellings
that would also be a content word are left out («امام» may be «إمام», an imam;
«بان» may be a verb or a name), so searching for them still works.

The list is this project's own (BSD-3-Clause), written for news text: prepositions,
conjunctions, particles, pronouns, demonstratives, relatives, auxiliaries («كان»,
«تم») and prepositions with attached pronouns («عليه», «منها», «لهم»). Content words
that news readers search for («قال», «عام», «يوم», «رئيس») are deliberately absent.
"""

from __future__ import annotations

__all__ = ["STOPWORDS", "AMBIGUOUS", "is_stopword", "is_ambiguous"]

_WORDS = """
في على من إلى الى عن مع منذ حتى حول خلال عند لدى نحو دون بدون ضد عبر بين ضمن فوق تحت
أمام وراء قبل بعد أثناء اثناء لأن لان بسبب إزاء لدي
و ف ب ك ل أو او أم ثم بل لكن لكنه لكنها لكنهم إلا الا سوى غير
أن ان إن أنه انه إنه أنها انها إنها أنهم انهم إنهم بأن لأنه لانه كأن
قد لقد لم لن لا ما ماذا لماذا متى أين اين كيف هل إذ اذ إذا اذا إذن لو لولا كي لكي
سوف أما اما إما ألا الا ليت لعل عسى
هو هي هم هن هما أنا انا نحن أنت انت أنتم انتم
هذا هذه هذان هاتان هؤلاء هولاء ذلك تلك ذاك أولئك اولئك هنا هناك هنالك
الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي اللائي
كان كانت كانوا يكون تكون يكونوا ليس ليست ليسوا صار أصبح اصبح أصبحت اصبحت ظل مازال ما زال لازال
تم يتم تمت
كل كلا كلتا بعض أي اي أى اى أية اية جميع ذات نفس عدة
أيضا ايضا فقط جدا حيث حين حينما عندما بينما كما كذلك لذلك بذلك هكذا لذا مثل مما عما بما لما فيما كلما
إلي عليه عليها عليهم عليهما إليه اليه إليها اليها إليهم اليهم منه منها منهم منهما عنه عنها عنهم
فيه فيها فيهم له لها لهم لهما لنا لي لك لكم به بها بهم بهما معه معها معهم لديه لديها لديهم
عنده عندها عندهم بينهم بينها ضده ضدها
فى هى التى الذى
""".split()

# Function words typed with ي instead of ى that are also content words: «علي» is «على» or the
# name Ali, «الي» is «إلى» or «آلي» (automatic), «حتي» / «متي» are «حتى» / «متى» or names. A query
# keeps them as optional words: a story without them still matches, one with them ranks higher.
AMBIGUOUS: frozenset[str] = frozenset("علي الي حتي متي".split())

STOPWORDS: frozenset[str] = frozenset(_WORDS)

# و/ف + stop-word spellings that are also common content words: «ولي» (ولي العهد,
# crown prince), «فقد» (lost), «فلم» (film), «فهم» (understanding), «فتحت» (she opened).
_CONTENT_AFTER_CONJUNCTION = frozenset({"ولي", "فقد", "فلم", "فهم", "فتحت"})


def is_ambiguous(bare: str) -> bool:
    """True if ``bare`` (as for :func:`is_stopword`) may be a function word or a content word."""
    return bare in AMBIGUOUS or (len(bare) > 3 and bare[0] in "وف" and bare[1:] in AMBIGUOUS)


def is_stopword(bare: str) -> bool:
    """True if ``bare`` (a word with harakat/tatweel stripped, letters unfolded) is a stop-word.

    «و» and «ف» are conjunctions written attached to the next word, so «وعلى» and
    «فإن» are stop-words too; «وعلي» (and Ali) is not, nor are the few such spellings
    that are also content words («ولي», «فقد», «فلم», «فهم»).
    """
    if bare in STOPWORDS:
        return True
    return (
        len(bare) > 2
        and bare[0] in "وف"
        and bare[1:] in STOPWORDS
        and bare not in _CONTENT_AFTER_CONJUNCTION
    )
