"""The rules of search keys version 4 (nashra/arabic/stem_guards.py, verbs.py, stemmer.py), one block
each: what a rule joins and what it must keep apart. In every block some tests fail when that rule's
commit alone is taken back; the others pin down what the rule must not reach (a nisba still meets its
masculine, a real article is still cut). No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, query_terms, stem, terms


def keys(word: str) -> frozenset[str]:
    """What a reader's search for ``word`` matches: its key and any other reading (a final ه)."""
    parts = query_terms(word)
    return frozenset((*parts[0].stems, *parts[0].alternatives)) if parts else frozenset()


def indexed(text: str) -> list[str]:
    """The keys an article's text is indexed under."""
    return [t.stem for t in terms(text)]


def test_these_rules_are_keys_version_4():
    # An index built before these rules must be rebuilt; the version says so (nashra reindex).
    assert KEYS_VERSION >= 4


# ---------------------------------------------------------------- final ه as «his» only of a known word
@pytest.mark.parametrize("word", ["اتجاه", "توجيه", "نتيجه", "نهايه", "مرحله", "رساله", "حكومه"])
def test_final_haa_gives_no_his_reading_of_a_non_word(word):
    # A search for a ة-word typed with ه matches that word only, not a made-up stem («نتيج»، «حكوم»).
    assert keys(word) == {stem(word)}


def test_an_article_typed_with_haa_is_indexed_as_the_taa_word():
    # «نتيجه المباراه» in a story is found by a search for «نتيجة» (no «his» key of «نتيج»).
    assert indexed("نتيجه") == [stem("نتيجة")]
    assert indexed("رساله") == [stem("رسالة")]


def test_his_reading_is_kept_when_the_bare_word_exists():
    # «مدرسه» may still be «his teacher»: a search finds both مدرس and مدرسة.
    assert keys("مدرسه") == {stem("مدرس"), stem("مدرسة")}
    assert stem("منطق") in keys("منطقه")


# ---------------------------------------------------------------- ـته on a ة-word
@pytest.mark.parametrize("word", ["زوجته", "وزوجته", "لزوجته", "بزوجته"])
def test_taa_haa_is_the_taa_word_with_his(word):
    # «his wife» is found by a search for «زوجة», not only under its own key.
    assert stem(word) == stem("زوجة")
    assert keys(word) == {stem("زوجة")}


def test_taa_haa_gives_no_reading_of_a_shorter_word():
    # «بطريقته» (in his way) is never matched by a search for «بطريق» (penguin).
    assert stem("بطريق") not in keys("بطريقته")
    assert keys("بطريقته") == {stem("طريقة")}


# ---------------------------------------------------------------- final ي: construct plural / dual
@pytest.mark.parametrize(("construct", "noun"), [
    ("مشجعي", "مشجع"), ("خريجي", "خريج"), ("متابعي", "متابع"), ("منتجي", "منتج"), ("حاملي", "حامل"),
    ("مقدمي", "مقدم"), ("صديقي", "صديق"), ("هدفي", "هدف"),
])
def test_final_ya_without_article_meets_its_noun(construct, noun):
    # «خريجي الجامعة» (graduates of) is found by a search for «خريج» and «الخريجين».
    assert stem(construct) == stem(noun)


def test_construct_ya_meets_the_other_cases_of_the_plural():
    # «مشجعي», «مشجعو» and «المشجعين» are one search.
    assert stem("مشجعي") == stem("مشجعو") == stem("المشجعين")


@pytest.mark.parametrize(("nisba", "other"), [
    ("مدني", "مدن"), ("رياضي", "رياض"), ("محلي", "محل"), ("وطني", "وطن"), ("فهمي", "فهم"),
])
def test_a_nisba_or_name_in_ya_stays_apart(nisba, other):
    # «مدني» (civil) is not «مدن» (cities); the name «فهمي» is not «فهم» (understanding).
    assert stem(nisba) != stem(other)


# ---------------------------------------------------------------- ـتي / ـتك on a ة-word
@pytest.mark.parametrize(("word", "taa_word"), [
    ("صحتي", "صحة"), ("قوتي", "قوة"), ("لغتي", "لغة"), ("فرصتك", "فرصة"), ("ثقتك", "ثقة"),
    ("سيارتك", "سيارة"), ("وزوجتك", "زوجة"),
])
def test_my_and_your_on_a_taa_word_meet_it(word, taa_word):
    # «صحتي» (my health, four letters) and «فرصتك» (your chance) are found under «صحة», «فرصة».
    assert stem(word) == stem(taa_word)


@pytest.mark.parametrize(("nisba", "noun"), [("بيروتي", "بيروة"), ("صوتي", "صوة"), ("ذاتي", "ذاة")])
def test_a_nisba_of_a_ta_word_is_not_my(nisba, noun):
    # «بيروتي» (from Beirut) is a nisba of بيروت, never «my» on a made-up ة-word.
    assert stem(nisba) != stem(noun)
    assert stem(nisba).endswith("تي")


# ---------------------------------------------------------------- نا «our» / «we»
@pytest.mark.parametrize(("word", "base"), [
    ("مستقبلنا", "المستقبل"), ("تاريخنا", "تاريخ"), ("مجتمعنا", "مجتمع"), ("جامعتنا", "جامعة"),
    ("اتفقنا", "اتفق"), ("قررنا", "قرر"),
])
def test_our_and_we_meet_the_word(word, base):
    # «مستقبلنا» (our future) is found by «المستقبل»; «قررنا» (we decided) by «قرر».
    assert stem(word) == stem(base)


@pytest.mark.parametrize(("word", "other"), [
    ("علينا", "علي"), ("عندنا", "عند"), ("بيننا", "بين"), ("كورونا", "كورو"),
])
def test_na_stays_on_function_words_and_names(word, other):
    # A search for «علي» (Ali) never finds «علينا» (on us); «كورونا» keeps its نا.
    assert stem(word) != stem(other)


def test_na_after_a_noun_in_nun_is_still_tanween():
    # «بياناً» / «بيانا» is «a statement» (tanween), found under «بيان».
    assert stem("بيانا") == stem("بياناً") == stem("بيان")


# ---------------------------------------------------------------- ية nouns keep their ة
@pytest.mark.parametrize(("noun", "adjective"), [
    ("جمهورية", "جمهوري"), ("نظرية", "نظري"), ("الثانوية", "ثانوي"), ("بلدية", "بلدي"),
])
def test_a_ya_noun_with_its_own_plural_keeps_its_taa(noun, adjective):
    # «الجمهورية» (the republic) is not «جمهوري» (republican); «نظرية» (theory) not «نظري».
    assert stem(noun) != stem(adjective)


@pytest.mark.parametrize(("a", "b"), [
    ("جمهوريات", "جمهورية"), ("الجمهورية", "جمهورية"), ("نظريات", "نظرية"), ("بلديات", "بلدية"),
])
def test_a_ya_noun_meets_its_plural_and_article(a, b):
    # «البلديات» is found by a search for «بلدية».
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("feminine", "masculine"), [
    ("عربية", "عربي"), ("وطنية", "وطني"), ("العسكرية", "عسكري"), ("دولية", "دولي"), ("شعبية", "شعبي"),
])
def test_a_nisba_adjective_still_meets_its_masculine(feminine, masculine):
    # «القوات العسكرية» is found by a search for «عسكري».
    assert stem(feminine) == stem(masculine)


# ---------------------------------------------------------------- ان-names vs duals
@pytest.mark.parametrize(("name", "other"), [("شعبان", "شعب"), ("وشعبان", "شعب"), ("سريان", "سري")])
def test_an_word_far_commoner_than_its_yn_form_is_a_name(name, other):
    # «شعبان» (the month, a name) is not «شعب» (people); «سريان» (taking effect) is not «سري» (secret).
    assert stem(name) != stem(other)


@pytest.mark.parametrize(("dual", "singular"), [("يومان", "يوم"), ("طرفان", "طرف"), ("شهران", "شهر"), ("عامان", "عام")])
def test_a_dual_in_an_still_meets_its_singular(dual, singular):
    # «يومان» (two days) is still found by «يوم».
    assert stem(dual) == stem(singular)


# ---------------------------------------------------------------- form VIII masdars of ل-roots
@pytest.mark.parametrize(("masdar", "other"), [("التهاب", "تهاب"), ("التماس", "تماس"), ("التقاء", "تقاء")])
def test_form_viii_masdar_keeps_its_al(masdar, other):
    # «التهاب» (inflammation) is not «تهاب» (you fear); «التماس» (a petition) not «تماس» (contact).
    assert stem(masdar) != stem(other)


@pytest.mark.parametrize(("a", "b"), [
    ("الالتزام", "التزام"), ("بالتزام", "التزام"), ("والالتزامات", "التزام"), ("الالتحاق", "التحاق"),
    ("بالتقاط", "التقاط"), ("الالتهابات", "التهاب"), ("والتماس", "التماس"),
])
def test_form_viii_masdar_meets_its_clitic_and_plural_forms(a, b):
    # «بالالتزامات» and «التزام» are one search.
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("التراث", "تراث"), ("التحقيق", "تحقيق"), ("التعليم", "تعليم")])
def test_a_real_article_before_ta_is_still_cut(a, b):
    # «التراث» is ال + تراث («الالتراث» is no word): found by «تراث».
    assert stem(a) == stem(b)


# ---------------------------------------------------------------- verbs: a perfect attested with ت / وا
@pytest.mark.parametrize(("imperfect", "perfect"), [
    ("يتهم", "اتهم"), ("يتهمون", "اتهم"), ("تنفق", "أنفق"), ("يفضل", "فضل"), ("يكبر", "كبر"),
    ("تتسع", "اتسع"), ("يغلب", "غلب"), ("ينهار", "انهار"), ("يخاف", "خاف"),
])
def test_imperfect_meets_the_attested_perfect(imperfect, perfect):
    # «يتهم» (accuses) is found by a search for «اتهم» (accused).
    assert stem(imperfect) == stem(perfect)


@pytest.mark.parametrize(("verb", "noun"), [
    ("يتهم", "تهمة"), ("تنفق", "نفق"), ("يفضل", "أفضل"), ("يكبر", "أكبر"), ("تتسع", "تسع"),
    ("يغلب", "أغلب"), ("ينهار", "نهار"),
])
def test_imperfect_is_not_the_noun_of_the_same_letters(verb, noun):
    # «تنفق» (spends) is not «نفق» (tunnel); «ينهار» (collapses) is not «نهار» (daytime).
    assert stem(verb) != stem(noun)


# ---------------------------------------------------------------- hamza typed as و / ي inside a word
@pytest.mark.parametrize(("typed", "hamza"), [
    ("رويس", "رئيس"), ("مسوول", "مسؤول"), ("روية", "رؤية"), ("سوال", "سؤال"), ("استيناف", "استئناف"),
])
def test_hamza_typed_as_waw_or_ya_meets_the_hamza_spelling(typed, hamza):
    # «رويس» as readers type it finds «رئيس».
    assert stem(typed) == stem(hamza)


def test_words_with_their_own_waw_or_ya_keep_them():
    # «سيول» (floods) still meets «السيل»; «الفية» is not «الفئة»; «دوري» (league) and «كويت» stay.
    assert stem("سيول") == stem("السيل")
    assert stem("الفية") != stem("الفئة")
    assert stem("دوري") == "دوري" and stem("كويت") == "كويت"


# ---------------------------------------------------------------- initial آ is never the article
@pytest.mark.parametrize(("a", "b"), [("آلية", "الآلية"), ("آلية", "ألية"), ("آلام", "ألم"), ("آلاف", "ألف")])
def test_initial_alif_madda_keeps_its_al(a, b):
    # «آلية» (mechanism) is one search with «الآلية»; «آلام» (pains) with «ألم» (pain).
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("word", "cut"), [("آلية", "ية"), ("آلام", "أم"), ("آليات", "يات")])
def test_initial_alif_madda_is_not_cut_as_an_article(word, cut):
    # «آلام» (pains) is never found by «أم» (mother).
    assert stem(word) != stem(cut)


# ---------------------------------------------------------------- a nisba of people is not a ية-noun
@pytest.mark.parametrize("feminine, masculine", [("السورية", "سوري"), ("الحكومة السورية", "السوريين"),
                                                 ("العسكرية", "عسكري")])
def test_a_nisba_whose_people_plural_is_in_use_meets_its_masculine(feminine, masculine):
    # «الحكومة السورية» is found by «سوري»: سوريون are people, so سورية here is their adjective,
    # even though «بسورية» (in Syria) is in use too.
    assert set(indexed(feminine)) & keys(masculine)


# ---------------------------------------------------------------- the future سـ only before a verb in use
def test_a_name_beginning_like_the_future_prefix_is_not_a_verb():
    # «سيدني» (Sydney) is not «سـ + يدني» (he will bring near): يدني alone is not a word in use.
    assert keys("سيدني") == {stem("سيدني")} and keys("سيدني") != keys("دنا")
    assert keys("سيعلن") == keys("أعلن") and keys("ستشهد") == keys("شهد")
