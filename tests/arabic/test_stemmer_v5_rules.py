"""The rules of search keys version 5 (nashra/arabic/broken_plurals.py, stem_guards.py, verbs.py,
stemmer.py, data/variants.tsv), one block each: what a rule joins — with words of the same kind
beyond the evaluation lists' own — and what it must keep apart. No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, query_terms, stem
from nashra.arabic.verb_keys import plain


def keys(word: str) -> frozenset[str]:
    """What a reader's search for ``word`` matches: its key and any other reading (a final ه)."""
    parts = query_terms(word)
    return frozenset((*parts[0].stems, *parts[0].alternatives)) if parts else frozenset()


def meet(a: str, b: str) -> bool:
    return bool(keys(a) & keys(b))


def test_these_rules_are_keys_version_5():
    assert KEYS_VERSION >= 5


# ------------------------------------------------------------------ broken plurals from their pattern
@pytest.mark.parametrize("plural, singular", [
    # فواعيل → فاعول
    ("جواسيس", "جاسوس"), ("الحواسيب", "حاسوب"), ("كوابيس", "كابوس"), ("الفوانيس", "فانوس"), ("طوابير", "طابور"),
    # فعاليل whose second letter doubles → فيعال
    ("دنانير", "دينار"), ("الدواوين", "ديوان"),
    # فواعل → فاعل / فاعلة, before فوعل
    ("بوارج", "بارجة"), ("الضواحي", "الضاحية"), ("طوابق", "طابق"), ("روابط", "رابط"), ("رواسب", "راسب"),
    ("قوائم", "قائمة"), ("العوائل", "عائلة"),
    # فعول → فعل / فعلة / doubled فعّ
    ("زهور", "زهرة"), ("بحور", "بحر"), ("لصوص", "لص"), ("السدود", "سد"), ("صقور", "صقر"), ("جلود", "جلد"),
    ("سيوف", "سيف"), ("كهوف", "كهف"), ("صخور", "صخرة"), ("رفوف", "رف"),
    # فعلان → فاعل / فعال / فعيل
    ("فرسان", "فارس"), ("الجدران", "جدار"), ("رهبان", "راهب"), ("قضبان", "قضيب"), ("الغزلان", "غزال"),
    # أفعلة of a defective root → فعاء; أفعلة whose ة was read as a feminine ending
    ("أحذية", "حذاء"), ("الأحذية", "الحذاء"), ("الأغشية", "غشاء"), ("الأنسجة", "نسيج"), ("الأقباط", "قبطي"),
])
def test_a_broken_plural_meets_its_singular(plural, singular):
    # (a singular written bare that is also a verb's perfect, «طابق», carries the bare mark: keys v18)
    assert plain(stem(plural)) == plain(stem(singular))


@pytest.mark.parametrize("a, b", [
    ("شهود", "شهد"),      # فعول is not read as the plural of فاعل (and شهدوا is a verb in use)
    ("دخول", "دخل"), ("قبول", "قبل"), ("ظهور", "ظهر"), ("مرور", "مر"),  # masdars of verbs in use
    ("هموم", "هم"),       # not a stop-word
    ("نووي", "نوي"), ("شتوي", "شتي"),  # a nisba in فعوي
    ("سيولة", "سيول"),    # a ة-word is not read as فعول
    ("نعود", "نعد"), ("تخوف", "تخفي"),  # imperfects of hollow verbs
    ("باور", "بار"), ("ماوس", "ماسة"),  # loanwords with و
    ("شعبان", "شعب"), ("سلمان", "سالم"), ("عمران", "عامر"), ("حمدان", "حامد"),  # names in فعلان
    ("السودان", "سواد"), ("اليونان", "يوان"),  # names that take the article
    ("مطران", "مطار"), ("حرمان", "حرام"), ("عصيان", "عاصي"), ("غليان", "غالي"), ("إتقان", "تقني"),  # masdars in فعلان
    ("أغنية", "غناء"), ("أوقية", "واقي"),  # not أفعلة
    ("أقنع", "قناع"), ("يقنع", "قناع"),  # a form IV verb is no أفعلة
    ("الأشرطة", "شروط"),  # أفعلة → فعيل (شريط), never the plural فعول
    ("مساجد", "ساجد"), ("منازل", "نازل"), ("مقاعد", "قاعد"),  # مفاعل is no فواعل
    ("الموالين", "ميلان"), ("تواجه", "تاج"),
    ("الستائر", "ستور"), ("الشعائر", "شعور"),  # فعائل → فعيلة, never the plural فعول
])
def test_a_pattern_does_not_reach_other_words(a, b):
    assert stem(a) != stem(b)


# ------------------------------------------------------------------ a final ه that is the word's own
@pytest.mark.parametrize("word, other", [
    ("جنيه", "جني"), ("الجنيه", "جني"), ("تشويه", "تشوي"), ("الترفيه", "ترفي"), ("مشتبه", "مشتب"),
    ("مكروه", "مكرو"), ("متنزه", "متنز"),
])
def test_a_final_haa_of_the_word_itself_stays(word, other):
    # the word takes the article as written (الجنيه) at least as often as its ة spelling: no «his»
    assert stem(word) != stem(other) and not meet(word, other)


def test_the_haa_words_meet_their_other_forms():
    assert stem("جنيه") == stem("الجنيه") == stem("بالجنيه")
    assert stem("الفواكه") == stem("فاكهة")


@pytest.mark.parametrize("word, base", [("كتابه", "كتاب"), ("عمله", "عمل"), ("وجهه", "وجه"), ("منزله", "منزل")])
def test_his_is_still_cut_from_a_noun(word, base):
    assert stem(base) in keys(word)


@pytest.mark.parametrize("word", ["مدرسه", "المدرسه", "شركه"])
def test_a_taa_typed_as_haa_is_still_a_taa(word):
    assert stem("مدرسة" if "درس" in word else "شركة") in keys(word)


# ------------------------------------------------------------------ a ية-noun on a three-letter base
def test_a_ya_noun_on_three_letters_keeps_its_taa():
    # بنية (structure) takes ب / ل and has its ات plural: a noun, not the feminine of بني
    assert stem("بنية") != stem("بني") and stem("البنية") == stem("بنية") == stem("للبنية")
    assert stem("راية") != stem("رأي")  # flag ≠ opinion


@pytest.mark.parametrize("feminine, masculine", [
    ("صحية", "صحي"), ("دولية", "دولي"), ("فنية", "فني"), ("رسمية", "رسمي"), ("جوية", "جوي"), ("قوية", "قوي"),
    ("نووية", "نووي"), ("علمية", "علمي"),
])
def test_three_letter_nisbas_still_lose_their_taa(feminine, masculine):
    assert stem(feminine) == stem(masculine)


# ------------------------------------------------------------------ verbs: hamza, «she did» and «they did»
@pytest.mark.parametrize("forms", [
    ["سأل", "سألت", "سألوا", "يسأل", "تسأل", "يسألون"],
    ["بدأ", "بدأت", "بدأوا", "يبدأ", "تبدأ", "يبدؤون", "يبدأون"],
    ["لجأ", "لجأت", "لجأوا", "يلجأ", "تلجأ"],
    ["أخطأ", "أخطأت", "يخطئ"],
    ["أنشأ", "أنشأت", "ينشئ"],
    ["عرف", "عرفت", "عرفوا", "يعرف", "يعرفون"],
    ["نظر", "نظرت", "ينظر", "ينظرون"],
    ["ألقى", "ألقت", "ألقوا", "يلقي"],
    ["اشترى", "اشترت", "اشتروا", "يشتري", "يشترون"],
    ["دعا", "دعت", "دعوا", "يدعو", "يدعون"],
])
def test_verb_forms_meet(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize("a, b", [("بدء", "بدأ"), ("سؤال", "سأل"), ("مبدأ", "بدأ"), ("خطأ", "أخطأ"), ("ودع", "يدعون")])
def test_verbs_do_not_reach_nouns(a, b):
    assert stem(a) != stem(b)


def test_a_you_plural_with_no_they_form_is_no_verb():
    # تـ … ـون «you do» is read as a verb only when يـ … ـون «they do» is in use beside it
    for name in ("تريليون", "تايوان", "ستالين", "تطوان"):
        assert stem(name) == stem("ال" + name) or len(stem(name)) >= 5, stem(name)
    assert stem("تريليون") == stem("ترليون")
    assert stem("تعلنون") == stem("أعلن")  # a real «you announce» still meets its perfect


# ------------------------------------------------------------------ loanword spellings (loanwords.py)
@pytest.mark.parametrize("a, b", [
    # a long vowel after the first letter
    ("ديبلوماسي", "دبلوماسي"), ("الديبلوماسي", "الدبلوماسي"), ("دولفين", "دلفين"), ("سيباستيان", "سباستيان"),
    ("فيدرالي", "فدرالي"), ("فيكتور", "فكتور"), ("جينيفر", "جنيفر"), ("فيرجينيا", "فرجينيا"),
    # a long vowel in the last syllable
    ("واشنطون", "واشنطن"), ("جونسون", "جونسن"), ("هيوستون", "هيوستن"), ("زيوريخ", "زيورخ"),
    # g written ج or غ
    ("بنجلاديش", "بنغلاديش"), ("شيكاجو", "شيكاغو"), ("جيجابايت", "غيغابايت"), ("سامسونج", "سامسونغ"),
    ("كوبنهاجن", "كوبنهاغن"), ("هاشتاج", "هاشتاغ"), ("جوارديولا", "غوارديولا"),
])
def test_loanword_spellings_meet(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [
    # Arabic pattern words whose long vowel is a letter of its own
    ("معلومة", "معلمة"), ("تعليمي", "تعلمي"), ("مصاريف", "مصارف"), ("شبابيك", "شبابك"), ("سليمان", "سلمان"),
    ("يستطيع", "يستطع"), ("اتفاقية", "اتفاقه"), ("مسؤولية", "مسؤوله"), ("موضوعي", "موضعي"),
    ("توحيد", "تحيد"), ("توفيق", "تفيق"), ("ميدان", "مدان"), ("تيسير", "تسير"), ("نوعية", "نعية"),
    # short words pair with another Arabic word too often
    ("بينما", "بنما"), ("تونسي", "تنسي"), ("رومان", "رمان"), ("بيروت", "بروت"), ("سوريا", "سريا"),
    ("عينان", "عنان"), ("ميساء", "مساء"), ("غيداء", "غداء"), ("ميعاد", "معاد"),
    # ج and غ in Arabic words
    ("جاز", "غاز"), ("جزة", "غزة"), ("مجرب", "مغرب"),
])
def test_arabic_words_are_not_read_as_loanword_spellings(a, b):
    assert stem(a) != stem(b)


# ------------------------------------------------------------------ months and a few loanwords (variants.tsv)
@pytest.mark.parametrize("a, b", [
    ("يونيه", "يونيو"), ("يوليه", "يوليو"), ("ويونيه", "ويونيو"), ("جانفي", "يناير"), ("فيفري", "فبراير"),
    ("أفريل", "أبريل"), ("جويلية", "يوليو"), ("أوت", "أغسطس"), ("غشت", "أغسطس"), ("شتنبر", "سبتمبر"),
    ("نونبر", "نوفمبر"), ("دجنبر", "ديسمبر"),
    ("أوتوبيس", "أتوبيس"), ("الأوتوبيس", "الأتوبيس"), ("ميترو", "مترو"), ("الميترو", "المترو"),
    ("ستوديو", "استوديو"), ("ستاد", "استاد"), ("أوكسجين", "أكسجين"), ("كوليسترول", "كولسترول"),
    ("فايسبوك", "فيسبوك"), ("يوتوب", "يوتيوب"), ("تكسي", "تاكسي"), ("موبيل", "موبايل"),
    ("شيكولاتة", "شوكولاتة"), ("ساندويتش", "سندويش"),
])
def test_month_and_loanword_variants_meet(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("جوان", "يونيو"), ("ماي", "مايو"), ("أوت", "أوتار")])
def test_ambiguous_month_names_are_left_alone(a, b):
    assert stem(a) != stem(b)


# ------------------------------------------------------------------ a query's ة reading of a final ه
@pytest.mark.parametrize("typed, word", [
    ("جنحه", "جنحة"), ("زحله", "زحلة"), ("تونه", "تونة"), ("ليره", "ليرة"), ("دوريه", "دورية"),
    ("صفقه", "صفقة"), ("قمه", "قمة"),
])
def test_a_query_with_a_final_haa_also_finds_the_taa_word(typed, word):
    # the key stays the «his» reading (جنحه: his wings), a query also tries the ة-word
    assert stem(word) in keys(typed)


def test_the_taa_reading_is_for_queries_only_and_not_for_words_owning_their_haa():
    from nashra.arabic.stemmer import terms
    assert [t.stem for t in terms("جنحه")] == [stem("جنحه")]  # an article is indexed under one key
    assert keys("جنيه") == {stem("جنيه")} and not meet("جنيه", "جني")
    assert keys("نتيجه") == {stem("نتيجة")}  # a ة-word typed with ه has no second reading


# ------------------------------------------------------------------ a nisba's ي is no construct ending
@pytest.mark.parametrize("nisba, other", [("مقدسي", "مقدس"), ("صعيدي", "صعيد"), ("مالكي", "مالك")])
def test_a_nisba_used_with_the_article_keeps_its_ya(nisba, other):
    # «المقدسي» is about as common as «مقدسي»: a nisba; «البيتي» is rare beside «بيتي» (my house)
    assert stem(nisba) != stem(other) and stem(nisba) == stem("ال" + nisba)


def test_the_nisba_meets_its_feminine_and_plural():
    assert stem("مقدسي") == stem("المقدسيين")


@pytest.mark.parametrize("word, base", [("بيتي", "بيت"), ("حديثي", "حديث"), ("مشجعي", "مشجع"), ("ناخبي", "ناخب")])
def test_my_and_the_construct_plural_are_still_cut(word, base):
    assert stem(word) == stem(base)


@pytest.mark.parametrize("word", ["وادي", "الوادي", "ووادي"])
def test_a_word_in_faa3i_is_no_fa3la_plural(word):
    # فعلى (جرحى → جريح) needs a root letter after the first: وادي is no plural of «وايد»
    assert plain(stem(word)) == plain(stem("وادي")) != stem("ايد")


def test_fa3la_plurals_still_meet_their_singular():
    assert stem("جرحى") == stem("جريح")


# ------------------------------------------------------------------ proclitics before names and nouns
@pytest.mark.parametrize("word, name", [
    ("وجنين", "جنين"), ("بأسوان", "أسوان"), ("لليمين", "اليمين"), ("للبنين", "بنين"), ("وأمان", "أمان"),
])
def test_a_proclitic_is_read_before_a_dual_ending(word, name):
    # «وجنين» is و + جنين, not the dual of «وجن»
    assert stem(word) == stem(name)


@pytest.mark.parametrize("word, noun", [
    ("كسعر", "سعر"), ("كهاتف", "هاتف"), ("كرئيس", "رئيس"), ("كمواطن", "مواطن"), ("كمستشار", "مستشار"),
    ("كطبيب", "طبيب"), ("كنموذج", "نموذج"), ("كعاصمة", "عاصمة"),
])
def test_kaf_as_is_cut_before_a_noun(word, noun):
    assert stem(word) == stem(noun)


@pytest.mark.parametrize("word, other", [
    ("كبير", "بير"), ("كتاب", "تاب"), ("كشف", "شف"), ("كريم", "ريم"), ("كلام", "لام"), ("كمال", "مال"),
    ("كانا", "أنا"), ("كالي", "إلي"), ("كسوف", "سوف"), ("كسر", "سر"), ("كفاح", "فاح"), ("كلب", "لب"),
])
def test_kaf_of_a_word_is_kept(word, other):
    assert stem(word) != stem(other)


# ------------------------------------------------------------------ tanween, numbers, a plural ending in هم
@pytest.mark.parametrize("word, base", [
    ("علنا", "علن"), ("استنادا", "استناد"), ("تنديدا", "تنديد"), ("جهرا", "جهر"), ("لفظا", "لفظ"),
])
def test_an_adverbs_alif_goes_when_only_the_article_form_is_listed(word, base):
    # the list has «العلن» and not «علن»: the accusative alif is still a tanween
    assert stem(word) == stem(base) == stem("ال" + base)


@pytest.mark.parametrize("word, base", [("وديا", "ودي"), ("لغزا", "لغز"), ("لباسا", "لباس")])
def test_a_proclitic_letter_before_a_tanween_word_is_the_words_own(word, base):
    assert stem(word) == stem(base)


@pytest.mark.parametrize("word, rest", [("وغدا", "غدا"), ("وهنا", "هنا"), ("ولها", "لها")])
def test_and_before_a_common_word_is_still_cut(word, rest):
    assert stem(word) == stem(rest) or stem(word) == ""


@pytest.mark.parametrize("a, b", [("اثنان", "اثنين"), ("الاثنان", "الاثنين"), ("اثنتان", "اثنتين"), ("ألفان", "ألفين")])
def test_the_cases_of_two_and_two_thousand_meet(a, b):
    assert stem(a) == stem(b)


def test_a_plural_ending_in_hm_is_not_cut_as_their():
    assert stem("دراهم") == stem("درهم")
    assert stem("كتابهم") == stem("كتاب")  # «their» is still cut from a noun


def test_a_proclitic_before_the_name_of_god():
    assert stem("والله") == stem("بالله") == stem("فالله") == stem("لله") == stem("الله")
    assert stem("وله") != stem("الله") and stem("للجنة") == stem("لجنة")


def test_she_opened_is_no_stop_word():
    # «فتحت» is ف + تحت «under» or «she opened»; the verb is far commoner in news
    assert stem("فتحت") == stem("فتح") and keys("فتحت")


# ------------------------------------------------------------------ a noun whose final ي goes (قاضٍ)
@pytest.mark.parametrize("short, full", [
    ("قاض", "القاضي"), ("ماض", "الماضي"), ("باق", "الباقي"), ("ثان", "الثاني"), ("راض", "راضي"), ("صاف", "صافي"),
])
def test_a_manqus_noun_meets_its_ya_form(short, full):
    assert stem(short) == stem(full)


@pytest.mark.parametrize("a, b", [
    ("يقيس", "قاسي"), ("يقوض", "قاضي"), ("يحوم", "حامي"),  # a hollow verb's perfect is no manqus
    ("نار", "ناري"), ("غاز", "غازي"), ("عام", "عامي"), ("جار", "جاري"),  # nouns taking the article themselves
    ("سار", "ساري"),  # a verb in use (سارت)
    ("معاناته", "معاني"),  # مفاعٍ is left out
])
def test_the_manqus_rule_does_not_reach_other_words(a, b):
    assert stem(a) != stem(b)


# ------------------------------------------------------------------ a five-letter ـون plural
@pytest.mark.parametrize("plural, singular", [
    ("مسنون", "المسنين"), ("فنيون", "فني"), ("الطيبون", "طيب"), ("المصلون", "المصلين"), ("آخرون", "الآخرين"),
])
def test_a_five_letter_wn_plural_meets_its_yn_sibling(plural, singular):
    assert stem(plural) == stem(singular)


@pytest.mark.parametrize("word, other", [
    ("زيتون", "زيت"), ("ليمون", "ليم"), ("قانون", "قان"), ("عربون", "عرب"), ("كوبون", "كوب"), ("صابون", "صاب"),
    ("كمون", "كم"), ("خلدون", "خلد"),
])
def test_a_five_letter_word_in_wn_keeps_it(word, other):
    assert stem(word) != stem(other)


@pytest.mark.parametrize("unit", ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"])
def test_keys_v6_the_hundreds_meet_however_mia_is_spelled(unit):
    assert KEYS_VERSION >= 6
    assert stem(f"{unit}مائة") == stem(f"{unit}مئة") != stem(f"{unit}")
    assert stem("مائدة").startswith("ماء")  # only مائة itself is a part that moves (the table stays)
