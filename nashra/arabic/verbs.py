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

«We do» (ننقذ، سنرسل، نطالب) is read as «he does» would be (:func:`we_do_perfect`), only when the ن-word takes no
article (نظام، نقل are nouns) and is no commoner than its «he does» (نزار is a name). Not handled on purpose:
the prefix أ «I» (أرسل is also «he sent», أمن a noun), and the verbal noun تفعيل (تقرير، تعليم are never
«she does»). Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Callable

from nashra.arabic.rare_persons import rare_person_perfect
from nashra.arabic.rare_verbs import rare_verb_perfect
from nashra.arabic.short_verbs import imperfect_two_letters, perfect_two_letters
from nashra.arabic.stopwords import STOPWORDS, is_stopword
from nashra.arabic.wordlist import band, known

__all__ = ["verb_perfect", "after_conjunction", "she_does_reading", "we_do_perfect", "perfect_of"]

#: How much rarer (in bands; 100 = ten times) a perfect may be than the form it comes from.
SLACK = 80
_IMPERFECT_ENDINGS = ("ون", "ان", "ين", "وا")
#: Endings of nouns (duals, plurals, فعلاء) that a «we do» form never has.
_WE_NEVER_END = ("ون", "ان", "ين", "وا", "اء")


def _accusative(word: str) -> bool:
    """A final ا is the tanween of a noun or adverb (تقريبا، سياسيا، فورا), not a verb's, except in
    ـوا «they did»."""
    return word.endswith("ا") and not word.endswith("وا")


def _is_noun(word: str) -> bool:
    return known("ال" + word)


def _best(candidates: list[str], word: str, preferred: tuple[str, ...] = ()) -> str | None:
    """The commonest known candidate within :data:`SLACK` of ``word``; one of ``preferred`` (a hollow
    verb's perfect: يبيع → باع rather than the noun بيع) wins when any is acceptable."""
    found = [c for c in dict.fromkeys(candidates) if len(c) >= 3 and c != word and known(c)
             and not _is_noun_only(c) and not (len(c) == 3 and c.startswith("ال")) and not _conjunction_glued(c)]
    found = [c for c in found if band(c) <= band(word) + SLACK]
    if not found:
        return None
    liked = [c for c in found if c in preferred]
    # A perfect in use has its own «she did» / «they did» (انهارت، أعلنوا): ينهار → انهار, not the
    # noun نهار.
    attested = [c for c in found if _attested(c) or c[-1] in "اي" and _attested(c[:-1])]  # دعت، دعوا
    # «she did» and «they did» both in use beat one of them: يسأل → سأل (سألت، سألوا), not أسأل,
    # whose «أسألوا» is a rare form and «اسأل» the imperative «ask!».
    both = [c for c in attested if _both(c) or c[-1] in "اي" and _both(c[:-1])]  # اشترى: اشترت، اشتروا
    return min(liked or both or attested or found, key=band)


def _conjunction_glued(candidate: str) -> bool:
    """و / ف / ل glued to «ما» or «لا» (وما، فما، لما، فلا) is no perfect: ومات is و + مات, not وما + ت."""
    return len(candidate) == 3 and candidate[0] in "وفل" and candidate[1:] in ("ما", "لا")


def _you_do(word: str) -> bool:
    """«تجمعون»، «تخرجون»: «you do» of a verb whose «she does» is also a noun (تجمع «a gathering») — a
    ت-noun of four letters makes its plural with ات (تجمعات), never ون, and «they do» (يجمعون) is in use."""
    return word[0] == "ت" and word.endswith("ون") and len(word) == 6 and known("ي" + word[1:])


def _both(perfect: str) -> bool:
    return known(perfect + "ت") and known(perfect + "وا")


def _attested(perfect: str) -> bool:
    return known(perfect + "ت") or known(perfect + "وا")


def _is_noun_only(candidate: str) -> bool:
    """A candidate that is far commoner with the article than without is a noun, not a perfect."""
    return _is_noun(candidate) and band("ال" + candidate) + 100 < band(candidate)


def _glued(word: str) -> bool:
    """A clitic before «أنتم» or «يتم» (وأنتم، لايتم), or و / ف before another word (وكنتم: و + كنتم)."""
    # (word[2:] only as it stands: «لايتم» is لا + يتم, but «قصفتم» is no ق ص + ف + تم)
    return (is_stopword(word[1:]) or word[2:] in STOPWORDS or is_stopword(word[-3:]) and is_stopword(word[:-3])
            or word[0] in "وف" and known(word[1:]))


def _you_did(word: str) -> bool:
    """«هاجرتم»: ـتم on a perfect in use."""
    base = word[:-2]
    return not _glued(word) and known(base) and _attested(base) and not is_stopword(base)


def you_or_we_did(word: str, key: Callable[[str], str]) -> str | None:
    """«he did» for «you did» / «we did» (نظفتم، فتشنا، انصهرتم) that the word list does not know whole: the
    stem, when its «she did», its «they did» and the stem itself all get one key (``key``: the stemmer's).
    What the list knows whole (بلدنا، خاتم) and what is glued to a stop-word (وأنتم) is left alone."""
    if len(word) < 5 or not word.endswith(("تم", "نا")) or known(word) or _glued(word):
        return None
    base = word[:-2]
    if is_stopword(base) or word.startswith("ال") and not known(base):
        return None  # الأنتينا: a noun with the article, no «we did»
    if word.endswith("تنا") and known(base[:-1] + "ة") and band(base[:-1] + "ة") < band(base):
        return None  # جدتنا: «our grandmother» (جدة, commoner than a verb جدت)
    own = key(base)
    return base if own == key(base + "ت") == key(base + "وا") and base.endswith(own) else None


#: What a hollow verb's perfect takes after a consonant: «I / you did» (قلت), «we did» (قلنا), «you did» (قلتم).
_HOLLOW_SUFFIXES = ("نا", "تم", "ت")


def hollow_i_did(word: str) -> str | None:
    """«he did» for «I / we / you did» of a hollow verb (قلنا، عدنا، كنتم، فزت → قال، عاد، كان، فاز): before
    a suffix that begins with a consonant the long ا drops and two letters are left. Only when the perfect
    is in use with its «she did» and «they did» (عادت، عادوا) and its «he does» (يعود، يعيش، ينام) is a
    word too, and the form is no commoner than «she did» — news says «she did» far more than «I did», so a
    form that is commoner is some other word: سرت (Sirte, not «I walked»), زرت."""
    if (derived := _derived_hollow_i_did(word)) is not None:
        return derived
    form_four = word[0] == "ا"  # أجبنا، أشرنا، أقمنا → أجاب، أشار، أقام (يجيب، يشير، يقيم)
    stem = word[1:] if form_four else word
    for suffix in _HOLLOW_SUFFIXES:
        if not stem.endswith(suffix) or len(stem) != len(suffix) + 2:
            continue
        first, last = stem[0], stem[1]
        if first in "اويءأإآ" or last in "اويءة" or is_stopword(word) or _is_noun(word):
            return None
        perfect = ("ا" if form_four else "") + first + "ا" + last
        vowels = "ي" if form_four else "ويا"
        if not _both(perfect) or not any(known("ي" + first + vowel + last) for vowel in vowels):
            return None
        return perfect if band(word) >= band(perfect + "ت") else None
    return None


def _derived_doubled_or_dual(word: str) -> str | None:
    """«احتللنا»، «استمررتم» → احتل، استمر: «we / you did» of a doubled verb of form VIII or X, whose doubled letter is
    written twice before a consonant; «وصلتا»، «عادتا» → وصل، عاد: «the two (women) did». Only of a perfect in use
    (احتلت، احتلوا), and not a ة-word's dual in construct (مرحلتا)."""
    if word.endswith("تا") and len(word) >= 5 and _both(word[:-2]) and not known(word[:-2] + "ة") and not (
            is_stopword(word[1:])):  # (وكلتا: و + كلتا «both»)
        return word[:-2]
    for suffix in _HOLLOW_SUFFIXES:
        core = word[: -len(suffix)]
        if word.endswith(suffix) and len(core) >= 5 and core[0] == "ا" and core[-1] == core[-2] and (
                _both(core[:-1])):
            return core[:-1]
    return None


def _derived_hollow_i_did(word: str) -> str | None:
    """«استعدنا»، «استقلتم»، «اخترنا»، «احتجنا» → استعاد، استقال، اختار، احتاج: forms X and VIII of a hollow verb,
    whose ا drops the same way; only when the perfect is in use (استعادت، استعادوا) with its «he does» (يستعيد،
    يختار), and the form is no commoner than «she did»."""
    for suffix in _HOLLOW_SUFFIXES:
        if not word.endswith(suffix):
            continue
        core = word[: -len(suffix)]
        if len(core) == 5 and core.startswith("است"):
            perfect, he_does = core[:4] + "ا" + core[4], ("يست" + core[3] + v + core[4] for v in "يا")
        elif len(core) == 4 and core[0] == "ا" and core[2] == "ت":
            perfect, he_does = core[:3] + "ا" + core[3], ("ي" + core[1:3] + "ا" + core[3],)
        else:
            continue
        if core[-1] in "اويءة" or is_stopword(word) or _is_noun(word) or not _both(perfect):
            return None
        if any(known(form) for form in he_does) and band(word) >= band(perfect + "ت"):
            return perfect
    return None


def _perfect_candidates(word: str, strict: bool = False) -> list[str]:
    """«he did» for a perfect with a subject ending; ``strict``: only when «they did» (base + وا) is in
    use — for a word that begins like the article (التقت، ألغت)."""
    out: list[str] = []
    if word.endswith("تم") and len(word) >= 5 and _you_did(word):
        out.append(word[:-2])  # «you did» (هاجرتم، قصفتم), of a perfect in use (هاجرت، هاجروا); not خاتم
    for suffix in ("وا", "ت"):
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 2 or (strict and not known(base + "وا")):
            continue
        if suffix == "ت" and len(base) >= 4 and base.endswith("يا") and known(base[:-1] + "ة"):
            continue  # a nisba's ات plural (نيجيريات، كينيات: نيجيرية), not «she did» of «نيجيريا» (but تهيأت)
        if suffix == "ت" and len(base) == 3 and base[0] == "ا" and known("ي" + base[1:] + "ي") and known(base + "ي"):
            out.append(base + "ي")  # أنهت، أجرت، أبدت → أنهى، أجرى، أبدى (ينهي، يجري), not أجر «wage»
            continue
        # Forms IV, VII, VIII and X (أكد، انفجر، انتهك، استدعى) begin with ا and often have things, not
        # people, for subject, so «she did» may be the commoner form: انفجرت (a car), انتهكت (a state).
        derived = suffix == "ت" and base[0] == "ا" and len(base) >= 4 and not (
            word.endswith("ات") and known(word[:-2] + "ة"))  # أبجديات is a plural, not a verb
        if len(base) >= 3 and (known(base + "وا") or band(base) <= band(word) + (SLACK if derived else 0)):
            out.append(base)  # أعلنت، أعلنوا (بيروت is not بيرو + ت: بيروت is the commoner)
        defective = len(base) == 2 or not known(base) or band(base) > band(word) or (
            len(base) == 3 and base.startswith("ال"))  # ألقوا → ألقى (no perfect «ألق»)
        if defective and (known(base + "وا") or derived and known(base + "ي") and not _is_noun(base + "ي")) and (
                known(base + "ت")):  # (not أرمنت, a town, → الأرمني)
            out += [base + "ي", base + "ا"]  # defective: نفت، نفوا → نفى؛ دعت، دعوا → دعا؛ التقت، استدعت
    return out


def _imperfect_candidates(word: str) -> tuple[list[str], list[str]]:
    """Perfects a ي / ت form may come from, and among them the hollow ones (preferred)."""
    # The future سـ only before an imperfect in use on its own (سيعلن: يعلن): سيدني is Sydney, not يدني.
    w = word[1:] if word[:2] in ("سي", "ست") and len(word) >= 5 and known(word[1:]) else word
    if len(w) < 3 or w[0] not in "يت":
        return [], []
    core = w[1:]
    if core[0] == "ء":
        core = "ا" + core[1:]  # يؤكد → أكد
    cores = [(core, False)]
    for ending in _IMPERFECT_ENDINGS:
        if core.endswith(ending) and len(core) - len(ending) >= 2:
            cores.append((core[: -len(ending)], True))
    out: list[str] = []
    hollow: list[str] = []
    for c, had_ending in cores:
        if w[0] == "ت" and had_ending and not known("ي" + w[1:]):
            continue  # «you do» with no «they do» beside it is no verb in use: تريليون
        if w[0] == "ت" and len(c) == 4 and c[2] == "ي":
            continue  # تفعيل: تقرير، تعليم are verbal nouns
        if len(c) >= 3:
            # يستقدم → استقدم: a form X perfect keeps its alif («ستقدم» is «will present», no perfect)
            out += [c] if c[0] == "ا" else ["ا" + c] if len(c) >= 5 and c.startswith("ست") else [c] if (
                len(c) == 3 and c[-1] == "ا" and not known("ا" + c[:-1] + "ات")) else [c, "ا" + c]  # (يقرأون)
            if c[-1] == "ء":  # يلجأ، يبدؤون، يخطئ → لجأ، بدأ، أخطأ — form IV only where its «she did» is in use
                out += [c[:-1] + "ا"] + (["ا" + c[:-1] + "ا"] if len(c) > 3 or known("ا" + c[:-1] + "ات") else [])
                # (يقرأ is قرأ: «اقرأ» is the imperative, and «اقرت، اقروا» are أقرّ's, not a defective أقرا's)
        if (len(c) == 3 and w[0] + c[0] != "يت" and c[-2] in "وي" or len(c) == 5 and c.startswith("ست")
                and c[-2] == "ي"):
            # يقول → قال، يشير → أشار، يستقيل → استقال (not يتولون: a form V تولّى; not يستجوب, whose
            # form X of a hollow root would be يستجيب)
            form_one, form_four = c[:-2] + "ا" + c[-1], "ا" + c[:-2] + "ا" + c[-1]
            # يقيم، يقيل → أقام، أقال: a ي where form I has و (يقوم، يقول) is form IV's, when that is in use
            four = c[-2] == "ي" and known("ي" + c[:-2] + "و" + c[-1]) and _attested(form_four)
            if len(c) == 3 and c[1] == "و" and band(c + "ت") < min(band(form_one + "ت"), band(form_four + "ت")):
                hollow.append(c)  # يطور، يمول → طور، مول (طورت is commoner than طارت): form II, not hollow
            else:
                hollow += [form_four] if four else [form_one, form_four]
        if len(c) == 2:
            out.append("و" + c)  # يصل → وصل
        if len(c) >= 3 and c[-1] in "وي":
            out += [c[:-1] + "ا", c[:-1] + "ي", "ا" + c[:-1] + "ي"]  # يدعو → دعا، يلتقي → التقى
        if had_ending:  # the ending took a weak letter with it: يدعون → دعا، يلغون → ألغى، يتولون → تولى
            out += [c + "ي", c + "ا", "ا" + c + "ي"]
    return out + hollow, hollow


def _root_haa_imperfect(word: str) -> str | None:
    """«يواجه»، «سيتجه»، «ننتبه»، «تواجه» → واجه، اتجه، انتبه: the imperfect of a verb whose last root letter is
    ه, which every other reading leaves alone (a final ه is mostly ة typed as ه or the pronoun «his»). Only when
    the perfect has its «she did» and «they did» in use (واجهت، واجهوا) — a ه that is «his» never has: يحبه
    gives no «حبهت» — and is not a noun far commoner with the article."""
    if len(word) < 4 or not word.endswith("ه") or _is_noun(word) or known(word[:-1] + "ة"):
        return None  # (نشوه، نكره: a ة typed as ه)
    if word[0] in "وفل" and word[1] in "يتنس":
        word = word[1:]  # ويواجه، فيتجه، ليواجه
    w = word[1:] if word[:2] in ("سي", "ست", "سن") and len(word) >= 5 and known(word[1:]) else word
    if len(w) < 4 or w[0] not in "يتن" or _is_noun(w):
        return None
    core = w[1:]
    found = [c for c in (core, "ا" + core) if _both(c) and not (_is_noun_only(c) or is_stopword(c)) and (
        band(c) <= band(w) + SLACK)]
    return min(found, key=band) if found else None


def verb_perfect(word: str, hamza_written: bool = False) -> str | None:
    """The perfect of a news verb form, or None when ``word`` is not (or not surely) one. A perfect
    with its subject ending (تعادلوا، أعلنت) is read as one before any imperfect reading.
    ``hamza_written``: the reader wrote the first letter أ, so a word beginning «ال» is no article (ألزمت)."""
    if len(word) < 3 or _is_noun(word) or word.endswith(("ة", "ه")):
        return None
    if word.endswith("نا") and (short := perfect_two_letters(word)) is not None:
        return short  # شننا «we did»: an ا that is no tanween
    if (derived := _derived_doubled_or_dual(word)) is not None:
        return derived
    if _accusative(word):
        return None
    if word.endswith(("ان", "ين", "ون")) and _is_noun(word[:-2]) and not _you_do(word):
        return None  # يومان، تقريرين: a noun's dual or plural
    if (word[0] == "ي" or word.startswith("تت")) and word.endswith("وا") and len(word) >= 5 and (
            indicative := verb_perfect(word[:-2] + "ون")) is not None:
        return indicative  # «لم يعتقلوا»، «أن يتظاهروا»: «they do» after لم، لن، أن (its ن gone), no perfect
    if word.startswith("ات") and len(word) >= 5 and not known(word) and known("ي" + word[1:]) and (
            (mine := verb_perfect("ي" + word[1:])) or "")[:1] == "ت":
        return mine  # «أتفاوض»، «أتظاهر»: «I do» of a form V or VI verb in use (يتفاوض)
    if word.startswith("ال"):  # a form VIII or IV verb with its own plural in use: التقت، ألغت
        four = _best(_perfect_candidates(word), word) if hamza_written else None
        if four and (known("ي" + four[1:]) or four[-1] == "ي" and known("ي" + four[1:-1] + "ي")):
            return four  # ألزمت، ألهموا: a form IV whose «he does» (يلزم، يلهم) is in use; not ألبرت
        return _best(_perfect_candidates(word, strict=True), word)
    if word[0] == "ت" and _both(word) and band("ي" + word) < band("ي" + word[1:]):
        # a perfect of form V or VI in use (تضرر، تكبد: تضررت، تضرروا; يتضرر commoner than يضرر), not
        # «she does» (تصدر: يصدر is the commoner verb)
        return None
    perfect = _best(_perfect_candidates(word), word)
    if perfect is not None or word.endswith("يات"):
        return perfect  # (يمنيات is a plural of يمنية, no «he does» of أمنى)
    if (short := perfect_two_letters(word) if hollow_i_did(word) is None else None) is not None:
        return short  # شنت، شنوا، شننا → شن (but عدت «I returned» is عاد's)
    if (short := imperfect_two_letters(word)) is not None:
        return short  # يشن، سيشن → شن; يصل، سيصل → وصل
    candidates, hollow = _imperfect_candidates(word)
    return _best(candidates, word, tuple(hollow))


def after_conjunction(word: str) -> str | None:
    """«وأضاف»، «فقال»: the verb after the conjunction و / ف — when what follows is a perfect in use
    (أضافت، أضافوا) and neither it nor the whole takes the article (واحد، واضح are words)."""
    if len(word) < 4 or word[0] not in "وف":
        return None
    rest = word[1:]
    if _accusative(word) or _is_noun(word) or _is_noun(rest):
        return None
    if not known(rest):
        # «وأبرموا»، «فعززوا»: «they did» the list lacks, of a perfect in use («she did» too) that the list does
        # not know glued (not فبركوا: برك has no «بركت»)
        perfect = verb_perfect(rest) if rest.endswith("وا") else None
        return perfect if perfect and rest == perfect + "وا" and known(perfect + "ت") and not known(word[:-2]) else None
    if verb_perfect(rest) is not None:
        return verb_perfect(rest)
    return rest if known(rest + "وا") and known(rest + "ت") else None


def she_does_reading(word: str) -> str | None:
    """«he does» for a folded ت-word that is also a noun: تقدم «progress» or «she presents», تدخل
    «intervention» or «she enters» — when «he does» (يقدم، يدخل) is a verb in use at least as common as
    the noun with its article and as the ت-word itself. Only a reader's query tries it, beside the
    word's key (an article's «تقدم» keeps its one key); التضخم «inflation» is far commoner than يضخم,
    so «تضخم» gets no second reading."""
    if len(word) < 4 or word[0] != "ت" or not _is_noun(word):
        return None  # a ت-word that is no noun is read as a verb already (تعلن → أعلن)
    he_does = "ي" + word[1:]
    if not known(he_does) or band(he_does) > min(band("ال" + word), band(word) + 20):
        return None
    return he_does if verb_perfect(he_does) is not None else None


def we_do_perfect(word: str, own_key: Callable[[str], str] | None = None) -> str | None:
    """«he did» for «we do» (ننقذ، نطالب) and for the future before a form the list does not know as a
    whole (سنرسل، سيطرز، سيستكشف): what «he does» gives, by :func:`verb_perfect` or by shape
    (:func:`~nashra.arabic.rare_verbs.rare_verb_perfect`). Left alone: a ن-word that takes the article
    (نظام، نقل), is commoner than its «he does» (نزار، نبيل), has an ending «we do» never has (نجلان،
    نيزكين، نقباء) or the shape of a فعّال or فاعل noun (نحال، ناقل، ناوي: so «نأمل» typed bare is missed);
    a future-looking word the list knows (سيدني). ``own_key``: the stemmer's key of the word read as a noun; a
    word whose key cuts an ending and is a word the list knows stays that noun (نحالون → نحال، نجاري → نجار)."""
    if len(word) < 4 or _accusative(word) or word.endswith(("ة", "ه")) or _is_noun(word):
        return None
    if own_key is not None and not word.endswith(own := own_key(word)) and known(own):
        return None
    if (word[0] in "وفل" and word[1] in "سن" and len(word) >= 5 and band(word) >= band(word[1:])
            and not known("ال" + word[1:])):
        word = word[1:]  # وسنعلن، لنعلن، ونرسل (not فندق: الفندق; nor a whole commoner than its rest)
    rest = word
    if word[:2] in ("سي", "ست", "سن") and len(word) >= 5:
        if known(word) and band(word) < band(word[1:]):
            return None  # سيدني is commoner than يدني; سنعلن is rarer than نعلن
        rest = word[1:]
    if rest[0] == "ن":
        he_does = "ي" + rest[1:]
        if (_is_noun(rest) or known(rest) and band(rest) < band(he_does) or rest.endswith(_WE_NEVER_END)
                or len(rest) == 4 and rest[2] == "ا" or rest[1] == "ا"):  # نحال، ناقل، ناوي
            return None
    elif rest is not word and not rest.endswith(("يون", "يين")):
        he_does = rest  # (a nisba's plural: سيناويون is no «they will do»)
    else:
        return None
    if he_does[-1] in "وي" and not known(he_does):
        return None  # نبني، ندعو: a defective verb's, when «he does» is in use; not نحالو، سيبراني
    return verb_perfect(he_does) or rare_verb_perfect(he_does)


def perfect_of(word: str, hamza_written: bool, noun_key: Callable[[str], str], key: Callable[[str], str]) -> str | None:
    """«he did» for any news verb form the readings above know, or None: ``noun_key`` is the stemmer's key of a
    word read as a noun, ``key`` its key of any word. Where the list knows a conjunction glued to a perfect as a
    word (فرفض، فسجل), the perfect after the conjunction wins when it is ten times as common and the form after
    the conjunction commoner than the whole (فرفضت → رفض; not فقدت, whose «قد» is a stop-word, nor فشلت: فشل is
    the commoner, nor فعلت: علت is rarer)."""
    perfect = verb_perfect(word, hamza_written)
    if perfect and perfect[0] in "وف" and (after := after_conjunction(word)) and not is_stopword(after) and (
            band(after) + 100 < band(perfect) and band(word[1:]) < band(word)):  # (فعلت is commoner than علت)
        return after
    return (perfect or after_conjunction(word) or _root_haa_imperfect(word) or hollow_i_did(word)
            or rare_verb_perfect(word) or we_do_perfect(word, noun_key) or you_or_we_did(word, key)
            or rare_person_perfect(word, verb_perfect, lambda masculine: perfect_of(
                masculine, hamza_written, noun_key, key)))
