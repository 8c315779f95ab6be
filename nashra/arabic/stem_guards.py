"""Rules the stemmer trusts only when the word list (:mod:`nashra.arabic.wordlist`) backs them.

Each answers one question about a folded word (ة kept, hamza seats folded) that the letters alone
cannot settle:

- a final ه without the article: a ة typed as ه («مدرسه» = مدرسة) or the pronoun «his» («كتابه»)?
  The reading whose base word is the more common wins.
- a first و / ب / ل: a proclitic («وقال»، «لمصر»، «بطريقة») or a root letter («بطريق»، «لقمة»،
  «برهان»)? A word that itself takes the article («البطريق»، «اللقمة») is a word, never cut.
- a final ا after ي: tanween («رسميًا» → رسمي) or part of a name («سوريا»)? The more common form wins.
- a final و: the construct plural («مسؤولو» → مسؤول), when the base is the more common word.
- ون / ين: a plural ending, or part of a name or number («ماكرون»، «حسين»، «ثلاثين»)? (:mod:`nashra.arabic.dual_guards`)
- broken plurals outside the lexicon («خنادق» → خندق): a candidate is taken only if the list
  knows it and it is at least about as common. (Verb forms: :mod:`nashra.arabic.verbs`.)

Spelling variants newsrooms mix (مائة/مئة، أميركا/أمريكا، ترمب/ترامب …) are mapped to one form first
(:mod:`nashra.arabic.variants`).
Pure Python, no Django.
"""

from __future__ import annotations

import re

from nashra.arabic.broken_plurals import fa3alil_singulars, singular_of  # noqa: F401 (re-exported)
from nashra.arabic.stopwords import is_ambiguous, is_stopword
from nashra.arabic.wordlist import band, known

TAA, HAA = "ة", "ه"

#: Tens keep their ين: «ثلاثين» is thirty, not the plural of «ثلاث».
NUMBER_WORDS = frozenset({"عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"})


def _as_word(stem: str) -> str:
    return stem[:-1] + TAA if stem.endswith(HAA) else stem


def noun_taa(word: str) -> bool:
    """«حافلة» (bus) ≠ «حافل» (full), «شاحنة» ≠ «شاحن», «بطولة» ≠ «بطول»: a ة-word far commoner
    (over ~3×) than its ة-less form is a noun of its own. A feminine adjective or participle is
    about as common as its masculine, or rarer (كبيرة، صغيرة، معلمة، وزيرة), and loses its ة."""
    base = word[:-1]
    return not base.endswith("ي") and known(word) and band(base) - band(word) > 45


# How much rarer (in frequency bands) than the ية-word its people plural may be and still mark a nisba.
PEOPLE_PLURAL_SLACK = 150


def ya_noun(word: str) -> bool:
    """«بلدية» (municipality) ≠ «بلدي», «شخصية» (personality) ≠ «شخصي»: a ية-word that
    is a noun of its own keeps its ة. A nisba adjective follows its noun and takes the article with
    it, so a preposition never stands right before its bare ية form (لبلدية، بشخصية are in use,
    لعربية، بسياسية are not), and a noun has its own plural in ـيات (بلديات، شخصيات; not شعبية)."""
    base = word[:-1]
    if not base.endswith("ي") or len(base) < 3 or not known(word):
        return False
    if _people_plural_in_use(base, word):
        return False  # «السورية»: سوريون are people, so سورية is their adjective (also «Syria», after ب / ل)
    return (known("ب" + word) or known("ل" + word)) and known(base + "ات")


def _people_plural_in_use(base: str, word: str) -> bool:
    """A nisba names people, whose sound plural (سوريون، سوريين) is in common use; a ية-noun's
    masculine is seldom made plural so (شخصيين is far rarer than شخصية)."""
    plurals = [band(base + ending) for ending in ("ون", "ين") if known(base + ending)]
    return bool(plurals) and min(plurals) <= band(word) + PEOPLE_PLURAL_SLACK


def nisba(word: str) -> bool:
    """«صحية» → صحي, but «قضية»، «هوية»، «حرية» keep their ة: a three-letter nisba's ة goes only when
    the ة-less word is in use about as much (not over ~3× rarer)."""
    base = word[:-1]
    return known(base) and band(base) - band(word) <= 50


def root_haa(word: str) -> bool:
    """«جنيه» (pound), «شبيه»، «فقيه»: a final ه that is the word's own, neither «his» nor a ة typed as
    ه. Such a word takes the article as written (الجنيه), at least as often as the ة spelling does,
    and is no rarer than the word «his» would leave (جني): «كتابه» has no «الكتابه» worth the name
    beside «الكتابة», «المدرسه» is rarer than «المدرسة»."""
    base = word[:-1]
    if len(word) < 4 or not known("ال" + word) or band(word) > band(base):
        return False
    return not known("ال" + base + TAA) or band("ال" + word) <= band("ال" + base + TAA)


def taa_written_as_haa(word: str) -> bool:
    """«مدرسه» (no article): ة typed as ه, when مدرسة is at least as common as مدرس."""
    base = word[:-1]
    if base.endswith("ات"):
        return False  # حياته، مباراته، قراراته: ة or ات before «his» (the list has typos such as حياتة)
    if base.endswith("ت") and known(base[:-1] + TAA) and band(base[:-1] + TAA) <= band(base + TAA):
        return False  # زوجته، طريقته: a ة-word with «his», not a word in ـتة (ثابته = ثابتة stays)
    return len(base) >= 3 and known(base + TAA) and band(base + TAA) <= band(base)


def proclitic_verdict(word: str) -> bool | None:
    """Is the first letter (و ب ل) of ``word`` a proclitic? None when the list knows neither reading."""
    inner = word[1:]
    typed_haa = word.endswith(HAA) and not known(word)
    if typed_haa:
        word = word[:-1] + TAA  # «اللاذقيه»: the list knows the ة spelling of the whole
        # «ونقابه»: a proclitic before a ة-word (نقابة), when the whole is as much rarer as a proclitic makes a noun
        # (ونقابة ~40× rarer than نقابة; بعقوبة, the city, only ~7× rarer than عقوبة, keeps its ب)
        if known(word) and known(word[1:]) and band(word) >= band(word[1:]) + 100:
            inner = word[1:]
    if known("ال" + word):
        return False  # «البطريق»، «اللقمة»: the whole is a noun of its own
    if known(inner) or known("ال" + inner):
        if known(word) and band(word) + 40 < band(inner):
            return False  # the whole is far more common than what the cut leaves
        return True
    if known(word):
        return False  # «بيروت»، «لندن»: a word, and nothing known is left after the cut
    return None


def manqus(stem: str) -> str | None:
    """«قاض»، «ماض»، «باق» → قاضي، ماضي، باقي: a noun whose final ي goes in the indefinite (قاضٍ).
    Its ي-form is in use with the article (القاضي) while the short form never takes it (no «القاض»),
    and the short form is no verb («سار»: سارت) nor a noun of its own far commoner than the ي-form."""
    n = len(stem)
    if not (n == 3 and stem[1] == "ا") or stem[-1] in "اويءه":
        return None  # (مفاعٍ such as محامٍ is left out: معانٍ is also معاناة cut short)
    full = stem + "ي"
    if not (known(full) and known("ال" + full)) or known("ال" + stem) or known(stem + "ت") or known(stem + "وا"):
        return None
    return full if band(full) <= band(stem) + 30 else None


def kaf(word: str) -> bool:
    """«كسعر»، «كرئيس»: the preposition ك «as» before a noun in use with the article, when the whole
    is no word of its own: not in the list, or never with the article and over 10× rarer than the
    noun (كبير، كتاب، كشف، كريم take the article: words); before a name (كسوزان) only when the whole is
    not in the list at all."""
    rest = word[1:]
    if rest.endswith("ه") and known(rest[:-1] + "ة") and band(rest[:-1] + "ة") < band(rest):
        rest = rest[:-1] + "ة"  # «كبورصه»: a ة typed as ه
    if word[0] != "ك" or not known(rest) or is_stopword(rest) or is_ambiguous(rest):
        return False  # not «كانا» → انا، «كالي» → الي
    if not known("ال" + rest):  # «كسوزان»، «كدحلان»: before a name in use, when the whole is no word
        if len(rest) == 3:  # «كرفح»، «كعدن»: a short name the list knows after «in» too (برفح), the whole no word
            return not known(word) and not known("ال" + word) and band(rest) < 700 and known("ب" + rest)
        return len(rest) >= 4 and not known(word) and band(rest) < 700
    return not known(word) or not known("ال" + word) and band(rest) + 100 < band(word)


def your(word: str) -> bool:
    """«رصيدك»، «تعليقك»، «طفلك»: the pronoun ك «your» on a word in use, when the whole is far rarer (a word
    whose own last letter is ك — شريك، مشترك، معارك، تحرك — is commoner than what is left without it)."""
    rest = word[:-1]
    # طفلك، ابنك: a three-letter noun in use with the article, the whole never with it (البنوك، الأملاك), and no
    # verb (أمسك، أمسكت: not «your yesterday»), nor عليك (علي: «on» or the name)
    if len(rest) == 3 and not (_takes_article(rest) and not _takes_article(word) and not is_ambiguous(rest)
                               and not known(word + "ت") and not known(word + "وا")):
        return False
    return (len(rest) >= 3 and known(rest) and band(rest) + 80 < band(word) and not is_stopword(rest)
            and not singular_of(word))  # مدارك is the plural of مدرك, not «your orbit»


def al_masdar(word: str) -> bool:
    """«التهاب»، «التزام»، «التماس»: the masdar of form VIII of a root beginning with ل, whose «ال» is
    no article — the word takes the article itself (الالتزام) or its ات plural does. «التراث» is
    ال + تراث: «الالتراث» is no word."""
    if not word.startswith("الت") or len(word) < 6:
        return False
    # التحاقه، التفافها، التزاماتنا: the masdar with a pronoun; التحاما: with tanween; التفاتة: «a turn»
    for ending in ("", "ه", "ها", "هم", "هما", "نا", "كم", "ا", "ة"):
        base = word[: len(word) - len(ending)]
        if not word.endswith(ending) or len(base) < 6:
            continue
        if base.endswith("ات") and known("ال" + base[:-2]) or ending not in ("نا", "كم") and known("ال" + base):
            return True  # (نا، كم only after ات: «تزامنا» «at once» is no «our commitment»)
    return False


def _takes_article(word: str) -> bool:
    return known("ال" + word)


def tanween_after_ya(word: str) -> bool:
    """«رسميا» → رسمي, but «سوريا» stays (names are listed as whole words in protected.tsv)."""
    return _adverb_alif(word) or (known(word[:-1]) and band(word[:-1]) < band(word))


def tanween_alif(word: str) -> bool:
    """A final ا after another letter («مصنعا»، «سابقا» → مصنع، سابق), unless the word is only a word
    with it («سينما»، «كندا»)."""
    if not known(word):
        return True
    return _adverb_alif(word) or band(word[:-1]) <= band(word)


def _adverb_alif(word: str) -> bool:
    """The accusative alif of an adverb or adjective written without its tanween mark («حاليا»،
    «سابقا»، «كثيرا»): what is left takes the article (الحالي، السابق) and the whole never does —
    «السينما»، «الضحايا» are words ending in ا."""
    base = word[:-1]
    return len(base) >= 3 and not _takes_article(word) and _takes_article(base) and (
        known(base) or base[-1] != "ي")  # «علنا»: the list has العلن only


def construct_plural(word: str) -> str | None:
    """The construct plural: «مسؤولو» → «مسءول» (a final و on a word whose base is the commoner), and
    «مدربي الفريق» → مدرب (a final ي on a word whose sound plural is in use in both cases — a nisba
    such as مصري، عسكري has none: مصرون، عسكرين are not words)."""
    base = word[:-1]
    if len(base) < 4:
        return None
    if participle_construct(word):
        return base
    if not known(base):
        return None
    if word.endswith("و") and band(base) < band(word):
        return base
    if word.endswith("ي") and known(base + "ين") and known(base + "ون"):
        return base
    return None


def participle_in_t(base: str) -> bool:
    """A participle whose last root letter is ت («المصوتين»، «المنصتين»: مصوّت، منصت), not a ة-word's dual
    («مرحلتين» → مرحلة): shaped like one (م and three letters or more), and no ة-word of that base in use."""
    return base.startswith("م") and len(base) >= 4 and not known(base[:-1] + "ة")


def participle_construct(word: str) -> bool:
    """The construct plural of a participle the word list does not know («مقترعو الدائرة»، «مختلسي المال»،
    «مترشحو الحزب» → مقترع، مختلس، مترشح), as its ون/ين plural already is: a word the list does not know,
    its base shaped like a derived participle (م then four or five letters, or مت/مست), no nisba feminine
    (ية) in use. A word the list knows (ميلانو، مارتيني) is a name or a nisba, not this; with a base the list
    knows, an unknown construct form of it is the commoner reading too («متسلقي الجبال»)."""
    base = word[:-1]
    if known(word) or known(base + "ية") or base[-1] in "اوي" or not base.startswith("م"):
        return False
    if not base.startswith(("مت", "من", "مست")) and (known("ال" + word) or known(base) and not any(
            known(form) for form in (base + "ين", base + "ون", "ال" + base + "ين"))):
        # a nisba: it takes the article, which a construct plural never does (المراكشي), or its base is a word
        # the list knows with no sound plural in use (مسقطي، مكناسي: places) — unless the base has the shape of a
        # derived participle (متزلجي، منتحلي; المتعافي, whose ي is its own)
        return False
    return 4 <= len(base) <= 6 or base.startswith(("مت", "مست"))


def construct_ya(word: str) -> str | None:
    """A final ي without the article that is no nisba: the construct plural or dual («مشجعي الفريق»،
    «ناخبي الدائرة»، «مجلسي النواب» → مشجع، ناخب، مجلس), also read for «my» («بيتي» → بيت). Only when
    the ي-less word is a noun in use (it takes the article), has no nisba feminine (مدنية، رياضية،
    محلية: مدني ≠ مدن) and its sound plural or dual is in use (المشجعين، ناخبين، البيتين). «My»
    alone is not enough: فهمي، نصري، فريدي are names far more often than «my understanding»."""
    base = word[:-1]
    if len(base) < 3 or base.endswith("ي") or known(base + "ية") or not (known(base) and known("ال" + base)):
        return None
    if known("ال" + word) and band("ال" + word) <= band(word) + 20:
        return None  # «المقدسي»، «الصعيدي»: a nisba takes the article as often; «البيتي» is rare beside «بيتي»
    if known("ال" + base + "ين") or known(base + "ون") or (len(base) >= 4 and known(base + "ين")):
        return base
    if len(base) >= 4 and not known(word):
        return base  # «مستوردي»: the list knows the noun and not the ي form

    return None


def _final_hamza_as_ya(word: str) -> bool:
    """«مرافي»، «شواطي»، «لاجي»: a final ئ typed as ي after the ا of فاعل or مفاعل, in a word that is no
    nisba (قاري of قارة: the list knows قار; نشوي، سوي are no such shape)."""
    return word[-1] == "ي" and word[-3] == "ا" and not known(word[:-1])


def old_final_hamza(word: str) -> str:
    """A final ئ in the older spelling, a hamza after ى or ي: «ملاجىء»، «شواطيء»، «لاجيء»، «مباديء» → ملاجئ، شواطئ،
    لاجئ، مبادئ. After ي only in the shape فاعئ / مفاعئ (a long ا two letters before): «بطيء»، «بريء»، «شيء» keep
    their ي, which is the word's own («لاشيء» is لا + شيء)."""
    word = word.replace("ىء", "ئ")
    if word.endswith("يء") and len(word) >= 5 and word[-4] == "ا" and not word.endswith("شيء"):  # لاشيء
        return word[:-2] + "ئ"
    return word


_HAMZA_PRONOUN_RE = re.compile("[أئؤ](?:ه|ها|هم|هما|كم|هن|نا)$")


def seat_before_pronoun(bare: str, stem: str) -> bool:
    """«مبدئه»، «خطؤه»، «ملجئها»: a final أ (مبدأ، خطأ، ملجأ) that a pronoun moved onto another seat, whose key
    is the أ-word's (مبدا): when the word list holds the أ-word as the commoner spelling of the stem — «جزئه» keeps
    the ء of جزء."""
    bare_a = stem[:-1] + "ا"
    return _HAMZA_PRONOUN_RE.search(bare) is not None and band(bare_a) < band(stem)


def typed_hamza(word: str) -> str:
    """A hamza as readers type it: ئ as ي after ا («جايزة» → جائزة), a final ء left out («كهربا» →
    كهرباء) — when the list knows the hamza spelling as the far commoner word."""
    if len(word) >= 3 and word.endswith("ا") and known(word + "ء") and (
            band(word + "ء") + (50 if len(word) > 3 else 100) < band(word)):
        return word + "ء"
    at = word.find("اي", 1)
    if 0 < at < len(word) - 2:
        fixed = word[:at] + "اء" + word[at + 2:]
        if known(fixed) and band(fixed) + 30 < band(word):
            return fixed
    for at in range(1, len(word) if len(word) >= 4 and not word.startswith("ال") else 0):
        # سوال → سؤال، استيناف → استئناف، مرافي → مرافئ: ؤ typed as و, ئ as ي (not الفية → الفئة)
        if word[at] in "وي" and word[at - 1] != "ا" and (at < len(word) - 1 or _final_hamza_as_ya(word)):
            fixed = word[:at] + "ء" + word[at + 1:]
            if known(fixed) and band(fixed) + 50 < band(word):
                return fixed
    return word


_ARTICLE_PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال")


def typed_hamza_after_article(word: str) -> str:
    """:func:`typed_hamza` of the word after its article too: «بالنايب»، «والسايق» → بالنائب، والسائق
    (the list holds «النايب» or «نايب» far more often than each clitic spelling). Left alone: «they did» of a
    perfect in use (طاروا، فاضوا: not طارئا، ف + أضواء)."""
    if word.endswith("وا") and known(word[:-2]) and known(word[:-2] + "ت"):
        return word
    fixed = typed_hamza(word)
    if fixed != word:
        return fixed
    for prefix in _ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:  # not «اليسا» → «يساء»
            rest = word[len(prefix):]
            fixed = typed_hamza(rest)
            # بالداين، للسايد، بالثلاثا: as «الداين», «الثلاثا» (the word alone may be short or another word)
            if fixed == rest and rest[-1] not in "هة" and not rest.endswith(("ها", "نا", "هما", "كما")) and (
                    definite := typed_hamza("ال" + rest)) != "ال" + rest and definite.startswith("ال"):
                fixed = definite[2:]
            return prefix + fixed
    if word[:1] in ("و", "ف", "ب", "ل", "ك") and len(word) >= 5 and not known(word):  # وجنايز → وجنائز، كرسايل
        return word[0] + typed_hamza(word[1:])
    return word


def taa_before_my(word: str) -> bool:
    """«زوجتي»، «عائلتي»، «صحتي»، «زوجتك»: a ة-word with «my» (ـتـي) or «your» (ـتك), when the ة-word is
    in use; not a nisba of a word ending in ت («بيروتي»، «صوتي»، «ذاتي»). Where no word ends in that ت the ي can
    only be «my» (طفولتي، مخيلتي). Where it is «she did», the whole may be a dialect's «you (a woman) did»
    (عرفتي، رجعتي), but a hollow verb's is not (إرادتي، استطاعتي: «you did» is أردت) nor a whole the list lacks
    (ضحكتي). Otherwise the ة-word must be the commoner reading."""
    if len(word) < 4 or not word.endswith(("تي", "تك")):
        return False
    singular, ta_word = word[:-2] + TAA, word[:-1]
    if not known(singular):
        return False
    if not known(ta_word):
        return True
    verb = ta_word[:-1]
    if known(verb) and known(verb + "وا") and (verb[-2:-1] == "ا" or not known(word)):
        return True
    return band(singular) < band(word) and band(singular) < band(ta_word)


def our(word: str) -> bool:
    """«مستقبلنا»، «بلادنا»: a final نا is «our» when what is left is a known word and no noun ending
    in ن takes a tanween alif there (بياناً is بيان + ا: the list knows بيان)."""
    base = word[:-2]
    if is_stopword(base) or is_ambiguous(base):
        return False  # «علينا»، «عندنا»: a preposition, not علي (Ali)
    one = base[:-1]
    if len(base) >= 5 and base[-1] in "وي" and (known(one) or known("ال" + one)) and any(
            known("ال" + one + end) for end in ("ين", "ون")):
        # «محللونا»، «لاعبينا»، «محتجزونا»: a sound plural in construct and «our» (its ن goes), no tanween of محللون
        # — of a singular in use (not ياسمينا: الياسمين is no plural of «ياسم»)
        return True
    return len(base) >= 3 and band(base) <= band(word) and not known(base + "ن")  # not كورونا
