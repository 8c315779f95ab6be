"""The rules of search keys version 5 (nashra/arabic/broken_plurals.py, stem_guards.py, verbs.py,
stemmer.py, data/variants.tsv), one block each: what a rule joins — with words of the same kind
beyond the evaluation lists' own — and what it must keep apart. No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, query_terms, stem


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
    assert stem(plural) == stem(singular)


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
