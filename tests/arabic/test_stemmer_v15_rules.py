"""Keys v15: verbs of which two letters are left (nashra.arabic.short_verbs), «my» read in a query, and the
commonest spelling of a long foreign word (nashra.arabic.loan_skeleton)."""

import pytest

from nashra.arabic.short_verbs import imperfect_two_letters, perfect_two_letters
from nashra.arabic.stemmer import query_terms, stem


def query_keys(word: str) -> set[str]:
    part = query_terms(word)[0]
    return {*part.stems, *part.alternatives}


@pytest.mark.parametrize("forms, key", [
    (["شن", "شنت", "شنوا", "شننا", "يشن", "تشن", "يشنون", "سيشن", "ستشن", "وسيشن", "فشنت"], "شن"),
    (["وصل", "وصلت", "يصل", "تصل", "يصلون", "تصلون", "سيصل", "ستصل", "وسيصل"], "وصل"),
    (["وجد", "يجد", "يجدون", "سيجد", "ستجد", "وستجد"], "وجد"),
    (["هب", "هبت", "هبوا", "يهب", "تهب", "ستهب"], "هب"),
    (["حل", "يحل", "تحل", "سيحل", "ستحل"], "حل"),
    (["ضم", "ضمت", "ضموا", "يضم", "تضم"], "ضم"),
    (["ورث", "يرث", "ترث", "يرثون", "سيرث"], "ورث"),
])
def test_the_forms_of_a_doubled_or_assimilated_verb_share_its_key(forms, key):
    assert {w: stem(w) for w in forms} == {w: key for w in forms}


@pytest.mark.parametrize("word, perfect", [("يشن", "شن"), ("يحل", "حل"), ("يمر", "مر"), ("يصل", "وصل"),
                                           ("سيقع", "وقع"), ("ستقف", "وقف"), ("يصلون", "وصل")])
def test_he_does_is_read_as_the_doubled_or_the_assimilated_verb_whose_she_did_is_commoner(word, perfect):
    assert imperfect_two_letters(word) == perfect


@pytest.mark.parametrize("word", [
    "يكن", "تقل", "يزد",  # «(did not) be / say / add»: كان، قال، زاد
    "ينج", "يبد", "ينس",  # «(did not) escape / seem / forget»: نجا، بدا، نسي
    "يشكون", "يحلون", "يدعون",  # an ending that took a weak letter: شكا، حلا، دعا
    "تعز", "تبع",  # a city; a three-letter verb of its own
    "سيدي", "سيشل", "سيفك",  # «my master», the Seychelles, «your sword»
    "تاب", "ستوب",  # a hollow verb, a loanword
])
def test_words_that_only_look_like_a_two_letter_verb_are_left_to_other_readings(word):
    assert imperfect_two_letters(word) is None


@pytest.mark.parametrize("word, kept", [("عدت", "عدا"), ("بنت", "بنت"), ("سيدي", "سيدي"), ("تعز", "تعز"),
                                        ("حددنا", "حدد"), ("حققنا", "حقق")])
def test_those_words_keep_the_keys_they_had(word, kept):
    assert stem(word) == kept


@pytest.mark.parametrize("word", ["بنت", "صلت", "حددنا", "عدت"])
def test_she_built_she_prayed_and_form_two_are_no_doubled_perfect(word):
    assert perfect_two_letters(word) is None


@pytest.mark.parametrize("word, noun", [("قراري", "قرار"), ("مشروعي", "مشروع"), ("أطفالي", "طفل"),
                                        ("ابني", "ابن"), ("وزيري", "وزير")])
def test_a_query_for_my_noun_also_finds_the_noun(word, noun):
    assert query_keys(word) == {stem(word), noun}


@pytest.mark.parametrize("word", ["منزلي", "أرضي", "عربي", "دولي", "فتحي", "حمدي", "مصري"])
def test_a_nisba_in_use_or_a_name_gets_no_my_reading(word):
    assert query_keys(word) == {stem(word)}


# --- a long foreign word's commonest spelling (nashra.arabic.loan_skeleton) -----------------------------------

@pytest.mark.parametrize("spellings", [
    ["كوليسترول", "كولسترول", "الكولسترول", "وكوليسترول"],
    ["بروفيسور", "بروفسور", "البروفسور"],
    ["بروتوكول", "برتوكول"],
    ["غوانتانامو", "غوانتنامو"],
    ["كاريكاتير", "كاركاتير"],
])
def test_a_long_foreign_word_written_with_or_without_its_long_vowels_has_one_key(spellings):
    assert len({stem(w) for w in spellings}) == 1


@pytest.mark.parametrize("one, other", [
    ("جمهورية", "جماهيرية"),  # a republic, the masses (فعاليل of جمهور)
    ("رينالدو", "رونالدو"), ("باكستون", "باكستان"), ("فيرفاكس", "فايرفوكس"),  # another vowel is another name
    ("بلوتونيوم", "بلاتينيوم"),
    ("استخدام", "استخدم"),  # Arabic patterns (ا ت ن ي م first) are never folded
])
def test_words_another_vowel_apart_or_of_arabic_patterns_keep_their_keys(one, other):
    assert stem(one) != stem(other)


# --- «we / you did» of hollow verbs of forms VIII and X; the dual of a noun the word list knows only alone ----------

@pytest.mark.parametrize("word, perfect", [("استعدنا", "استعاد"), ("استفدنا", "استفاد"), ("استطعنا", "استطاع"),
                                           ("اخترنا", "اختار"), ("احتجنا", "احتاج"), ("اعتدنا", "اعتاد")])
def test_we_did_of_a_hollow_verb_of_form_eight_or_ten_finds_its_perfect(word, perfect):
    assert stem(word) == stem(perfect)


@pytest.mark.parametrize("dual, singular", [("حفلان", "حفل"), ("الحفلان", "حفل"), ("قطبان", "قطب"),
                                            ("والقطبان", "قطب"), ("نفقان", "نفق"), ("ممران", "ممر")])
def test_the_dual_of_a_noun_the_word_list_holds_finds_the_noun(dual, singular):
    assert stem(dual) == stem(singular)


@pytest.mark.parametrize("word, not_key", [("الشيشان", "شيش"), ("الفرقان", "فرق"), ("للأمان", "لام"),
                                           ("لحنان", "لحن"), ("عمران", "عمر"), ("الأبدان", "ابد")])
def test_names_and_words_after_a_proclitic_are_no_such_dual(word, not_key):
    assert stem(word) != not_key


# --- after list r was measured: rules made from the kinds of its misses -------------------------------------------

@pytest.mark.parametrize("word", ["والده", "والدها", "والدي", "والدته", "والدتهم", "والدة"])
def test_his_father_and_her_mother_are_the_parent_not_a_proclitic_before_the_article(word):
    assert stem(word) == stem("والد")


@pytest.mark.parametrize("bare, definite", [("مافيا", "المافيا"), ("كوليرا", "الكوليرا"), ("ليغا", "الليغا"),
                                            ("دنيا", "الدنيا"), ("عليا", "العليا"), ("قضايا", "القضايا")])
def test_a_final_alif_of_the_word_is_kept_without_the_article_as_with_it(bare, definite):
    assert stem(bare) == stem(definite)


@pytest.mark.parametrize("word, key", [("سياسيا", "سياسي"), ("كتابا", "كتاب"), ("مانيا", "ماني")])
def test_tanween_is_still_cut_and_a_word_whose_article_form_is_another_word_is_left_alone(word, key):
    assert stem(word) == key  # (مانيا: «المانيا» is ألمانيا typed bare)


@pytest.mark.parametrize("word, perfect", [("وصلتا", "وصل"), ("احتللنا", "احتل"), ("استمررنا", "استمر"),
                                           ("اضطررت", "اضطر"), ("سنصل", "وصل"), ("سنجد", "وجد")])
def test_the_two_did_we_did_of_derived_doubled_verbs_and_we_will(word, perfect):
    assert stem(word) == stem(perfect)


@pytest.mark.parametrize("word", ["وكلتا", "مرحلتا"])
def test_both_and_a_dual_in_construct_are_no_the_two_did(word):
    assert stem(word) not in ("وكل", "مرحل")


@pytest.mark.parametrize("word", ["وقراري", "بقراري", "لقراري"])
def test_a_proclitic_before_my_noun_also_finds_the_noun(word):
    assert "قرار" in query_keys(word)


def test_a_city_after_a_proclitic_gets_no_my_reading():
    assert query_keys("وآسفي") == {stem("وآسفي")}


@pytest.mark.parametrize("word, key_of", [
    ("التزاماتنا", "التزام"), ("التحاما", "التحام"), ("التباسا", "التباس"), ("التفاتة", "الالتفاتة"),
    ("ألعابها", "ألعاب"), ("ألفاظه", "ألفاظ"), ("ألواحنا", "ألواح"), ("ألمها", "ألم"), ("ألمنا", "ألم"),
])
def test_a_pronoun_or_tanween_on_a_word_whose_al_is_its_own(word, key_of):
    assert stem(word) == stem(key_of)


@pytest.mark.parametrize("word, not_key", [("تزامنا", "التزام"), ("الألفيه", "الفي"), ("إليه", "يه")])
def test_at_once_the_millennium_and_to_him_keep_their_keys(word, not_key):
    assert stem(word) != not_key


@pytest.mark.parametrize("typed, feminine", [("عراقيه", "عراقية"), ("سعوديه", "سعودية"), ("لبنانيه", "لبنانية"),
                                             ("طبيعيه", "طبيعية"), ("دمياطيه", "دمياطية"), ("وهرانيه", "وهرانية")])
def test_a_nisba_feminine_typed_with_haa_finds_the_nisba(typed, feminine):
    assert stem(typed) == stem(feminine)


@pytest.mark.parametrize("word, key_of", [("رأيه", "رأي"), ("مؤيديه", "مؤيد")])
def test_his_opinion_and_his_supporters_stay_his(word, key_of):
    assert stem(word) == stem(key_of)


@pytest.mark.parametrize("word, key_of", [("فلبنيامين", "بنيامين"), ("فبجاكسون", "جاكسون"), ("فلسفيان", "سفيان"),
                                          ("فبتسعين", "تسعين")])
def test_fa_and_a_second_proclitic_before_a_name_or_number(word, key_of):
    assert stem(word) == stem(key_of)


@pytest.mark.parametrize("word, not_key", [("فلسطين", "سطين"), ("فلكلور", "كلور"), ("فبعقوبه", "عقوبه")])
def test_fa_la_and_fa_ba_of_the_word_itself_stay(word, not_key):
    assert stem(word) != stem(not_key)
