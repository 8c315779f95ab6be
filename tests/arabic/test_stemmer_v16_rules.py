"""Keys v16: the future before a form V / VI imperfect (nashra.arabic.typed_verbs.future_prefix), defective verbs of
forms VI and V (nashra.arabic.defective_forms) and «your» on a
three-letter noun (nashra.arabic.stem_guards.your)."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, stem
from nashra.arabic.typed_verbs import future_prefix


@pytest.mark.parametrize("future, now", [
    ("سيتسنى", "يتسنى"), ("وسيتهاوى", "يتهاوى"), ("ستتغير", "تتغير"), ("سيتوخى", "يتوخى"),
    ("سيتماشى", "يتماشى"), ("سيتوجب", "يتوجب"), ("ستتمكن", "تتمكن"),
])
def test_the_future_of_a_form_five_or_six_verb_has_the_key_of_the_verb(future, now):
    assert stem(future) == stem(now)


@pytest.mark.parametrize("word", ["ستارة", "سنابل", "فستانك", "ستيفنسون", "سيتي"])
def test_a_word_beginning_with_s_is_no_future_unless_a_form_five_or_six_verb_follows(word):
    assert future_prefix(word) == 0


def test_the_letters_before_the_verb_are_counted_on_the_folded_word():
    assert future_prefix("سيتسني") == 1 and future_prefix("وسيتهاوي") == 2 and future_prefix("فستتغير") == 2


def test_the_keys_version_says_the_index_must_be_rebuilt():
    assert KEYS_VERSION >= 16


@pytest.mark.parametrize("yours, noun", [
    ("طفلك", "طفل"), ("حلمك", "حلم"), ("هدفك", "هدف"), ("ابنك", "ابن"), ("لقبك", "لقب"), ("بيتك", "بيت"),
    ("وقتك", "وقت"), ("لطفلك", "طفل"),
])
def test_your_on_a_three_letter_noun_has_the_key_of_the_noun(yours, noun):
    assert stem(yours) == stem(noun)


@pytest.mark.parametrize("word, other", [
    ("يمسك", "أمس"), ("أمسك", "أمس"), ("أمسكوا", "أمس"),  # he holds / held: a verb, not «your yesterday»
    ("عليك", "علي"),  # «on you», not the name Ali
    ("البنوك", "البنو"), ("الأملاك", "الأملا"), ("الملوك", "الملو"),  # the ك is the word's own
])
def test_a_final_kaf_that_is_the_words_own_or_a_verbs_object_is_kept(word, other):
    assert stem(word) != stem(other)


@pytest.mark.parametrize("like, name", [
    ("كبنكيران", "بنكيران"), ("كستيفنسون", "ستيفنسون"), ("كريتشاردسون", "ريتشاردسون"), ("كجربة", "جربة"),
    ("وكستيفنسون", "ستيفنسون"), ("كعدن", "عدن"), ("كتعز", "تعز"),
])
def test_like_before_a_rarer_name_has_the_key_of_the_name(like, name):
    assert stem(like) == stem(name)


@pytest.mark.parametrize("word, other", [("كمينا", "مينا"), ("كحيل", "حيل"), ("كاورو", "اورو"), ("كبير", "بير"),
                                         ("كباش", "باش"), ("الكباش", "باش"), ("كسوا", "سوا")])
def test_a_word_whose_first_letter_is_kaf_keeps_it(word, other):
    assert stem(word) != stem(other)


@pytest.mark.parametrize("forms", [
    ["يتنامى", "ويتنامى", "سيتنامى", "تتنامى", "يتنامون", "تنامي", "التنامي", "وتنامي"],
    ["يتعاطى", "ويتعاطى", "سيتعاطى", "يتعاطون", "التعاطي", "بتعاطي", "لتعاطي"],
    ["يتقاضى", "فيتقاضى", "سيتقاضى", "يتقاضون", "التقاضي", "للتقاضي", "وتقاضي"],
    ["يتهاوى", "ويتهاوى", "سيتهاوى", "تتهاوى", "تهاوى"],
    ["يتفادى", "تفادى", "لتفادي", "تفاديا"],
    ["تنامت", "تنامى", "التنامي"],
    ["يتصدى", "ويتصدى", "سيتصدى", "تصدى", "تصدت", "التصدي", "للتصدي", "والتصدي"],
    ["يتخلى", "ويتخلى", "تخلى", "تخلت", "التخلي", "بالتخلي"],
    ["يتحرى", "التحري", "التحريات", "تحرياتها", "وتحريات"],
])
def test_a_form_six_or_five_defective_verb_and_its_noun_share_one_key(forms):
    assert len({stem(w) for w in forms}) == 1, {w: stem(w) for w in forms}


@pytest.mark.parametrize("word, other", [
    ("التنامي", "نام"),  # growth is not «he slept»
    ("التعاطي", "تعطي"),  # taking (drugs) is not «she gives»
    ("التقاضي", "تقضي"),  # litigation is not «she spends»
    ("فيتنامي", "يتنامى"),  # Vietnamese: a word of its own, not ف + يتنامى
    ("التصدي", "تصيد"), ("التخلي", "تخيل"), ("التردي", "تريد"), ("التعدي", "تعيد"),  # hunt, imagine, she wants
    ("تنحت", "تنحى"),  # «she sculpts» (ينحت) as well as «she stepped down»: kept with نحت
    ("التقنيات", "تقني"),  # the plural of تقنية, not of a verbal noun
])
def test_a_form_six_noun_is_not_merged_with_a_word_of_another_concept(word, other):
    assert stem(word) != stem(other)


@pytest.mark.parametrize("word, same", [
    ("التجاري", "تجاري"),  # commercial: the nisba of تجارة, with and without the article
    ("تعاني", "يعاني"),  # «she / he suffers»: form III, which has no noun with the article
    ("تبقي", "يبقى"), ("تمشي", "يمشي"), ("تجري", "يجري"),  # «she remains, walks, runs»: form I
])
def test_words_of_that_shape_that_are_no_form_six_verb_keep_their_keys(word, same):
    assert stem(word) == stem(same)


@pytest.mark.parametrize("word, same", [("سيرتهم", "سيرة"), ("سيرتكم", "سيرة"), ("ستراوس", "ستراوس")])
def test_a_known_word_beginning_with_s_is_not_read_as_the_future_of_a_rare_verb(word, same):
    assert stem(word) == stem(same)  # (سيرتهم was «they will ...» of a verb ارتهم no one uses)


def test_the_future_of_a_rare_derived_verb_is_still_read():
    assert stem("سيرتطم") == stem("ارتطم") == stem("يرتطمون")


@pytest.mark.parametrize("word, same", [("للغز", "اللغز"), ("للهب", "اللهب"), ("للثة", "اللثة")])
def test_for_the_before_a_short_word_beginning_with_lam_keeps_its_lam(word, same):
    assert stem(word) == stem(same)  # ل + اللغز is written للغز (before: غز, a word no one meant)


def test_our_on_a_taa_word_the_list_lacks_whole_is_not_read_as_we_did():
    assert stem("جدتنا") == stem("جدتها") == stem("جدة")  # «our grandmother», not «we did» of a verb جدت
