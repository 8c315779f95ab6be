"""The Arabic forms of a banned word a comment may use, and the affixes around them.

A moderator types a word once, in the singular («حمار», «غبي»); readers write its plural
(«حمير», «أغبياء»), its feminine («غبية»), call someone with it («ياغبي», «يا حمار»)
or attach a pronoun («حمارك»). Broken plurals follow the singular's shape, so each shape
below lists the plural patterns readers use for insults of that shape.

Only *inflections* of the insult count. Suffixes that make a new word — the nisba «ي»
(«حيواني», animal-) and «ات» on a noun («الحيوانات», animals) — are not stripped; «ات»
is only read as a plural of adjective-like shapes (فاعل، فعيل، مفعول، أفعل…), where it is
the feminine plural of the insult («تافهات», «حقيرات»).

A derived form that is itself a common neutral word («سقطة», a slip, from «ساقط») is
dropped: see :data:`NEUTRAL_WORDS`. All forms are in the folded spelling of
:func:`nashra.arabic.normalize.normalize` (ة → ه, أ → ا, ئ/ؤ → ء), repeats collapsed.
"""

from __future__ import annotations

from collections.abc import Iterator

from .screening_latin import collapse
from .wordlist import band, known

__all__ = ["derived_forms", "sound_forms", "short_plurals", "bare_words", "affix_readings", "is_masdar_shape",
           "phrase_heads", "complement_spellings", "hamza_variants", "masdar_of_faail", "dialect_spellings",
           "NEUTRAL_WORDS"]

_LONG = "اوي"

# Folded neutral words a derivation may produce by accident; never read as a banned form.
NEUTRAL_WORDS = frozenset("""
سقطه حمره حمراء حمرا حمران عباد ثوار جبين كليب حكام قرار قراد نفوس كلام حمام جمال رجال قضاه
كفاءه صلاه حياه فلاح قتال جهاد سلام عمال عمل نجوم نجم شعوب قلوب بيوت دروس سقوط كلوب
""".split())

# Pronouns attached to a noun («حمارك», «غبيهم»); ه is also the folded feminine ة.
PRONOUN_SUFFIXES = ("كما", "هما", "كم", "كن", "كو", "هم", "هن", "ها", "ك", "ه")  # كو: Egyptian «your» (plural)
# Conjunctions, vocative, prepositions and the article, in the order they attach.
_VOCATIVE = ("يا",)
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")
# The article, the Levantine / Gulf «this» glued like it («هالمجنون»: this madman) and على + the article as
# readers type it («عالوضيع»: at the vile one).
_ARTICLES = ("ال", "هال", "عال")


def _is_adjective_shape(word: str) -> bool:
    """فاعل، فعيل، مفعول/مُفعِل، أفعل، فعّال (folded: no shadda), فعلان is *not* one (حيوان)."""
    n = len(word)
    if n == 4 and word[1] == "ا":                       # فاعل: سافل، خاءن، تافه
        return True
    if n == 4 and word[2] == "ي":                       # فعيل: حقير، بهيم
        return True
    if n == 3 and word[2] == "ي":                       # فعي (weak فعيل): غبي
        return True
    if n >= 4 and word[0] == "م":                       # مفعول، مفعل، منفعل، مفاعل: معتوه، منافق، منحط
        return True
    if n == 4 and word[0] == "ا" and word[1] not in _LONG:  # أفعل: احمق، اهبل
        return True
    return n == 4 and word[2] == "ا"                    # فعّال: كذاب (also فِعال: حمار)


def _broken_plurals(w: str) -> set[str]:
    """Broken plurals (and the feminine of أفعل) readers use for an insult of this shape."""
    n, out = len(w), set()
    if n == 3 and w[2] == "ي":                          # غبي → اغبياء
        c1, c2 = w[0], w[1]
        out.add(f"ا{c1}{c2}ياء")
    elif n == 3 and w[1] == "ا":                        # a folded hamza: فأر → فئران، فيران
        out |= {f"{w[0]}ء{w[2]}ان", f"{w[0]}ي{w[2]}ان"}  # (not فُعاة of باغ: عصاة is also عصاه «his stick»)
    elif n == 3:                                        # فعل: كلب → كلاب، قرد → قرود، نذل → انذال
        c1, c2, c3 = w
        out |= {f"{c1}{c2}و{c3}", f"ا{c1}{c2}ا{c3}"}     # hollow roots too: بوق → ابواق
        if c2 not in "وي":
            out.add(f"{c1}{c2}ا{c3}")
            fail = f"{c1}{c2}ي{c3}"                     # فعيل (عبد → عبيد): only where the list shows it in use
            if known(w) and known(fail) and band(fail) >= band(w):
                out.add(fail)
        elif c2 == "و":                                 # فِيعان of a hollow noun: ثور → ثيران
            out.add(f"{c1}ي{c3}ان")
    elif n == 4 and w[1] == "ا":                        # فاعل: سافل → سفله، خاءن → خونه
        c1, c2, c3 = w[0], w[2], w[3]
        out.add(f"{c1}و{c3}ه" if c2 in "ءي" else f"{c1}{c2}{c3}ه")
        if c3 == "ي":                                   # فاعٍ → فُعاة: باغي → بغاة، عاري → عراة
            out.add(f"{c1}{c2}اه")
        if c2 not in "ءيو" and c3 != "ه":             # (a ة after a root ه collapses: تفاهة → تفاه)
            out.add(f"{c1}{c2}ا{c3}")                   # فُعّال: كفار، جهال (never read with a ه suffix)
            out.add(f"{c1}{c2}{c3}اء")                  # فُعَلاء: جهلاء، سفلاء
            out.add(f"{c1}{c2}{c3}")                    # فُعَّل: سذج (kept only where it is no word: see derived_forms)
    elif n == 4 and w[2] == "ي":                        # فعيل: حقير → حقراء، بهيم → بهاءم/بهايم
        c1, c2, c3 = w[0], w[1], w[3]
        out |= {f"{c1}{c2}{c3}اء", f"ا{c1}{c2}{c3}اء", f"{c1}{c2}اء{c3}", f"{c1}{c2}اي{c3}", f"{c1}{c2}ا{c3}"}
    elif n == 4 and w[2] == "ا":                        # فِعال: حمار → حمير; فَعال: جبان → جبناء; فعّال: دجال → دجاجلة
        out |= {f"{w[0]}{w[1]}{w[3]}اء", f"{w[0]}{w[1]}ا{w[1]}{w[3]}ه"}
        out.add(f"{w[0]}{w[1]}{w[3]}ان")               # فُعال → فِعلان: غراب → غربان
        fail = f"{w[0]}{w[1]}ي{w[3]}"                  # فعيل, as حمير: rare (حشيش is no plural of حشاش),
        if known(w) and known(fail) and band(fail) >= band(w):  # so only where the list shows it in use as one
            out.add(fail)
    elif n == 4 and w[0] == "ا" and w[1] not in _LONG:  # أفعل: احمق → حمقي (حمقى)، حمقاء، هبله
        # The plural فُعْل (هُبْل، خُرْس) is left out: written without vowels it is a verb (هطل، خرس).
        c1, c2, c3 = w[1], w[2], w[3]
        out |= {f"{c1}{c2}{c3}ي", f"{c1}{c2}{c3}اء", f"{c1}{c2}{c3}ه"}
        out |= {f"{c1}{c2}{c3}ان", f"ا{c1}ا{c2}{c3}"}   # فُعلان: أزعر → زعران; أفاعل: أفعى → أفاعي
    elif n == 5 and w[3:] == "ان":                      # فعلان: سكران → سكارى، سكرى; كسلان → كسالى
        # (not the feminine فَعلى: سكرى, غضبى are سكري diabetes, غضبي my anger; حيوي vital for حيوان)
        out |= {f"{w[0]}{w[1]}ا{w[2]}ي", f"{w[0]}{w[1]}ا{w[2]}ين"}  # شيطان → شياطين
    elif n == 5 and w[3] in _LONG:                      # فعليل، فعلول، مفعول: خنزير → خنازير، معتوه → معاتيه
        out.add(f"{w[0]}{w[1]}ا{w[2]}ي{w[4]}")
        if w[3] in "يا" and w[0] != "م":                # فعليل، فعلال → فعاللة: زنديق → زنادقة، سمسار → سماسرة
            out.add(f"{w[0]}{w[1]}ا{w[2]}{w[4]}ه")
        if w[1] == "ا" and w[3] == "و":                 # فاعول → فواعيل: جاسوس → جواسيس، طاغوت → طواغيت
            out.add(f"{w[0]}وا{w[2]}ي{w[4]}")
    elif n == 4 and not any(c in _LONG for c in w):     # فعلل: ثعلب → ثعالب; مفعّل → مفاعيل: مخنث → مخانيث
        out |= {f"{w[0]}{w[1]}ا{w[2]}{w[3]}", f"{w[0]}{w[1]}ا{w[2]}ي{w[3]}"}
    elif n == 4 and w[2] == "و":                        # فعّول → فعاعل: حلوف → حلالف; فَعول → فِعلان: خروف → خرفان
        out |= {f"{w[0]}{w[1]}ا{w[1]}{w[3]}", f"{w[0]}{w[1]}ا{w[1]}ي{w[3]}", f"{w[0]}{w[1]}{w[3]}ان",
                f"{w[0]}{w[1]}ا{w[3]}"}                 # … and فِعال: خروف → خراف
    # Readers often drop a final hamza: اغبياء → اغبيا.
    out |= {f[:-1] for f in out if f.endswith("اء")}
    return out


def derived_forms(word: str, feminine: bool = False) -> set[str]:
    """Feminine, sound and broken plurals of a folded single-word entry (the entry itself excluded).

    ``feminine``: the entry was written with a final ة (folded to ه, like a root ه in «تافه»).
    """
    if len(word) < 2 or word.isascii():
        return set()
    if len(word) == 2:                                      # a doubled root without its shadda: لص → لصوص
        return {f"{word}و{word[1]}"} - NEUTRAL_WORDS
    out: set[str] = set()
    if feminine:
        # Feminine entries (عاهره، قحبه، شرموطه): ات replaces ة, and the broken plurals of the stem's shape.
        stem = word[:-1]
        out |= {stem + "ات", stem + "تان", stem + "تين"}
        if len(stem) == 3:                                  # فعلة → فعال، أفعال: قحبة → قحاب، بقرة → أبقار
            out |= {f"{stem[0]}{stem[1]}ا{stem[2]}", f"ا{stem[0]}{stem[1]}ا{stem[2]}"}
            if stem[1] == "ا":                              # فاعّة of a doubled root → فواعّ: دابة → دواب
                out.add(f"{stem[0]}وا{stem[2]}")
            if stem[1] == "و":                              # a hollow فعلة → فيعان: دودة → ديدان
                out.add(f"{stem[0]}ي{stem[2]}ان")
        elif len(stem) == 4 and stem[1] == "ا":             # فاعلة → فواعل: عاهرة → عواهر
            out.add(f"{stem[0]}وا{stem[2]}{stem[3]}")
            if stem[3] == "ي":                              # فاعية → فُعاة: طاغية → طغاة
                out.add(f"{stem[0]}{stem[2]}اه")
        elif len(stem) == 4 and stem[0] == "م":             # مفعلة → مفاعل: ممسحة → مماسح، مزبلة → مزابل
            out.add(f"{stem[0]}{stem[1]}ا{stem[2]}{stem[3]}")
        elif len(stem) == 5 and stem[1] == "ا" and stem[3] == "و":  # فاعولة → فواعيل: جاموسة → جواميس
            out.add(f"{stem[0]}وا{stem[2]}ي{stem[4]}")
        elif len(stem) == 5 and stem[3] in _LONG:           # فعلولة → فعاليل: شرموطة → شراميط
            out.add(f"{stem[0]}{stem[1]}ا{stem[2]}ي{stem[4]}")
    else:
        out |= {word + "ه", word + "ين", word + "ون", word + "ان"}  # feminine, plural, dual (جرذان is both)
        out |= {word + "تان", word + "تين"}                        # the feminine's dual: حاقدتان
        if word.endswith("اء"):
            out |= {word[:-1] + "وان", word[:-1] + "وين"}          # حرباء → حرباوان
        if word.endswith("ي") and len(word) >= 4:
            out |= {word[:-1] + "ون", word[:-1] + "ين"}    # مرتشي → مرتشون، مرتشين
        if len(word) == 5 and word.endswith("ي") and word[1] == "ا" and not known(f"{word[0]}وا{word[2]}{word[3]}"):
            out.add(f"{word[0]}وا{word[2]}{word[3]}")  # a nisba فاعلي → فواعل: داعشي → دواعش (طائفي: no طوائف)
        if len(word) >= 6:
            out.add(word + "ات")  # a long noun's plural: أراجوز → أراجوزات (حيوانات, animals, stays a word)
        if _is_adjective_shape(word):
            out.add(word + "ات")
        if len(word) == 3 and not set(word) & set(_LONG):
            out.add("ا" + word)  # the elative أفعل of a three-letter adjective: نذل → أنذل، رخم → أرخم
        out |= _broken_plurals(word)
    out |= short_plurals(word, feminine)
    return {f for f in out if f not in NEUTRAL_WORDS and f != word}


def short_plurals(word: str, feminine: bool) -> set[str]:
    """Plurals of three letters that are the entry's own: a feminine فعلة's فِعَل (جيفة → جيف), a nisba's
    collective (همجي → همج، غجري → غجر) and a hollow فاعل's فُعَّل (صايع → صيّع)."""
    if word.isascii():
        return set()
    if feminine:
        return {word[:-1]} if len(word) == 4 else set()
    if len(word) == 4 and word.endswith("ي") and word[2] != "ي" and word[1] != "ا":
        return {word[:-1]}
    if len(word) == 4 and word[1] == "ا" and word[2] == "ي":
        return {word[0] + word[2:]}
    return set()


def sound_forms(word: str, feminine: bool) -> set[str]:
    """The regular plural and dual of a feminine entry (حشرة → حشرات، حشرتان): its own plural whatever else the
    spelling may mean, so a word list that knows it as a commoner word does not take it away."""
    if not feminine or len(word) < 4 or word.isascii():
        return set()
    stem = word[:-1]
    return {stem + "ات", stem + "تان", stem + "تين"}


def _prefix_splits(word: str) -> Iterator[tuple[str, str]]:
    """(prefix, rest) for every way the attachable prefixes may open ``word`` (including none)."""
    seen = set()
    stack = [("", word, 0)]
    while stack:
        prefix, rest, stage = stack.pop()
        if (prefix, rest) in seen:
            continue
        seen.add((prefix, rest))
        yield prefix, rest
        groups = [_CONJUNCTIONS, _VOCATIVE, _PREPOSITIONS, _ARTICLES]
        for level in range(stage, len(groups)):
            for p in groups[level]:
                # ل + ال is written لل (للحمار); the rest must still be a word of 3+ letters.
                if p == "ال" and prefix.endswith("ل") and rest.startswith("ل") and len(rest) > 3:
                    stack.append((prefix + "ل", rest[1:], level + 1))
                if p == "يا" and rest.startswith(p) and len(rest) >= 4:
                    # «يا» + «أهبل» collapses to «ياهبل», «يا» + «ابن» to «يابن»: the word's own alef is hidden
                    stack.append((prefix + p, "ا" + rest[len(p):], level + 1))
                if rest.startswith(p) and len(rest) - len(p) >= 3:
                    stack.append((prefix + p, rest[len(p):], level + 1))
                    if p in _ARTICLES:
                        # «اللئيم»، «هاللئيم»: the article's ل and the word's own were collapsed into one
                        stack.append((prefix + p, "ل" + rest[len(p):], level + 1))


def bare_words(word: str) -> set[str]:
    """``word`` without each way of reading the prefixes a reader attaches (والزمالك → الزمالك، زمالك …)."""
    return {rest for _prefix, rest in _prefix_splits(word)}


def affix_readings(word: str) -> Iterator[tuple[str, str]]:
    """(core, pronoun suffix) pairs ``word`` may be, once a vocative/conjunction/preposition/article
    prefix and a pronoun suffix are taken off (the whole word first)."""
    for _prefix, rest in _prefix_splits(word):
        yield rest, ""
        for suffix in PRONOUN_SUFFIXES:
            if rest.endswith(suffix) and len(rest) - len(suffix) >= 3:
                core = rest[: -len(suffix)]
                yield core, suffix
                if core.endswith("ا"):
                    yield core[:-1] + "ي", suffix  # a final ى before a pronoun is written ا: أفعاهم
                if core.endswith("ت") and len(core) >= 4:
                    yield core[:-1] + "ه", suffix  # a ة before a pronoun is written ت: شبيحته، مرتزقتهم
                if core.endswith(("ي", "و")) and len(core) >= 4 and suffix != "ه":  # (ه: a nisba's ة, جاهلية)
                    yield core + "ن", suffix  # a sound plural loses its ن before a pronoun: مأجوريهم


def is_masdar_shape(form: str) -> bool:
    """فعال: with ة it is the abstract noun (قذارة filth, تفاهة triviality, حماقة folly), so a
    broken plural of this shape does not take the ه suffix (which is also the folded ة)."""
    return len(form) == 4 and form[2] == "ا"


# Heads of a phrase whose feminine or plural is another word: ابن الشارع → بنت الشارع، أبناء الشارع، ولاد الشارع.
_SUPPLETIVE = {"ابن": {"بنت", "ابناء", "اولاد", "ولاد", "بنات"},
               "ذو": {"ذا", "ذي", "ذات", "ذوو", "ذوي", "ذوات"}}  # ذو الوجهين: يا ذا الوجهين، ذات الوجهين


def phrase_heads(head: str) -> set[str]:
    """A phrase's first word inflects (عديمي الشرف، عديمو الشرف: the plural, بوقا النظام: the dual, before its
    complement), the rest not."""
    # (a final ا typed ى: «بلى شرف»)
    typed = {head[:-1] + "ي"} if head.endswith("ا") and len(head) >= 3 else set()
    return {head, head + "ي", head + "و", head + "ا"} | typed | derived_forms(head) | _SUPPLETIVE.get(head, set())


def complement_spellings(part: str) -> frozenset[str]:
    """A phrase's later word with its hamza on any seat, left out, or added at the end («الشؤم»: الشوم; «الحيا»:
    الحياء), ى for a final ا and back, and without its article («ابن جزمة»: an indefinite construct says the same)."""
    spellings = {part} | {part.replace("ء", seat) for seat in ("", "و", "ي", "ا")}
    if part[-1:] in "اي":  # «ابن الزنى»
        spellings.add(part[:-1] + ("ي" if part[-1] == "ا" else "ا"))
    if part.endswith("اء"):
        spellings.add(part[:-1])
    elif part.endswith("ا"):
        spellings.add(part + "ء")
    if part.startswith("ال") and len(part) > 4:
        spellings |= complement_spellings(part[2:])
    elif part.startswith("اب") and len(part) >= 4:
        spellings.add(part[1:])  # «أبوك» said «بوك» (يلعن بوك)
    return frozenset(collapse(s) for s in spellings)


_HAMZAS = "أإؤئء"


def hamza_variants(entry: str) -> set[str]:
    """An entry's hamza inside the word on another seat or left out, as typed (مأجور → مءجور; مشؤوم → مشأوم، مشوم),
    and a final hamza after ا left out:
    not a seat that would merge with the letter beside it, nor left out of a word of four letters (لئيم → ليم is
    inside «وليمة»)."""
    out = set()
    for i in range(1, len(entry) - 1):
        if entry[i] not in _HAMZAS:
            continue
        for seat in "ءاوي":
            if seat not in (entry[i - 1], entry[i + 1]):
                out.add(entry[:i] + seat + entry[i + 1:])
        if len(entry) >= 5:
            out.add(entry[:i] + entry[i + 1:])
    if entry.endswith("اء") and len(entry) >= 5:  # شمطاء → شمطا، الشمطا (the final hamza left out), شمطاوات
        out |= {entry[:-1], entry[:-1] + "وات"}
    return out


def masdar_of_faail(entry: str, form: str) -> bool:
    """Is ``form`` the فُعّال plural of a فاعل entry, spelt as its masdar فَعال (فاسد → فساد, ناجح → نجاح)?"""
    return len(entry) == 4 and entry[1] == "ا" and form == entry[0] + entry[2] + "ا" + entry[3]


# Sounds the dialects merge, as readers type them: ق said ء (Egypt, the Levant: عئل، بوء; أبيح at the start) or g
# (the Gulf: ملگوف, folded ك), ث said ت or س (تقيل), ذ said ز or د (زباب، دباب), ظ said ز or ض (النزام), ض said ظ
# or ز (رويبظة، رويبزة), ز written ذ (حيذبون), ط said ت (تابور), ص and س for each other (سعلوك، مصخرة).
_DIALECT = {"ق": "ءئك", "ث": "تس", "ذ": "زد", "ظ": "زض", "ض": "ظز", "ز": "ذ", "ط": "ت", "ص": "س", "س": "ص"}


def dialect_spellings(word: str) -> set[str]:
    """A folded word with one sound said as a dialect says it, wherever that letter occurs."""
    said = {word.replace(letter, said) for letter, sounds in _DIALECT.items() if letter in word for said in sounds}
    return said | {"ا" + form[1:] for form in said if form.startswith("ء")}  # قبيح said ءبيح, written أبيح
