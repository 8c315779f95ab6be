"""Keys v17: a broken plural of the lexicon with its tanween alif (nashra.arabic.stemmer), and «مائتي» spelt
either way (nashra/arabic/data/variants.tsv)."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, stem


@pytest.mark.parametrize("accusative, plural", [
    ("شروطا", "شروط"), ("حقوقا", "حقوق"), ("أطفالا", "أطفال"), ("أموالا", "أموال"), ("أياما", "أيام"),
    ("دروسا", "دروس"), ("جنودا", "جنود"), ("سكانا", "سكان"), ("عمالا", "عمال"), ("ظروفا", "ظروف"),
])
def test_a_plural_with_its_tanween_has_the_key_of_the_plural(accusative, plural):
    assert stem(accusative) == stem(plural) == stem(plural + "ً")


def test_conditions_are_not_the_police():
    assert stem("شروطا") == stem("شرط") != stem("شرطة")


@pytest.mark.parametrize("word, other", [
    ("طلبها", "طالب"),    # «her request»: ها is a pronoun, not a tanween
    ("قادها", "قائد"),
    ("فرقا", "فريق"),     # three letters: «a difference» as often as «teams»
    ("كتبا", "كتاب"),     # «they two wrote»
])
def test_a_pronoun_ha_or_a_three_letter_plural_is_left_alone(word, other):
    assert stem(word) != stem(other)


def test_two_hundred_in_either_spelling():
    assert stem("مائتي") == stem("مئتي") == stem("مائتين") == stem("مئة")


def test_the_keys_version_says_the_index_must_be_rebuilt():
    assert KEYS_VERSION >= 17


@pytest.mark.parametrize("plural, singular", [("قتلى", "قتيل"), ("الجرحى", "جريح"), ("مرضى", "مريض"),
                                              ("أسرى", "أسير"), ("قتلي", "القتيل")])
def test_the_plural_fa3la_of_an_adjective_of_harm(plural, singular):
    assert stem(plural) == stem(singular)


@pytest.mark.parametrize("word, other", [
    ("الحلبي", "حليب"),    # from Aleppo, not milk
    ("الجدري", "جدير"),    # smallpox, not worthy
    ("قصري", "قصير"),      # forced, not short
    ("الكرسي", "كريس"),
    ("التبني", "تبين"),    # adoption
    ("مرعى", "مريع"),      # a pasture, not horrific
    ("يتدنى", "تدين"),     # declines, not religiosity
    ("مدري", "مدير"),
    ("فقري", "فقير"),      # spinal, not poor
])
def test_a_word_of_four_letters_ending_in_ya_is_no_plural_fa3la(word, other):
    assert stem(word) != stem(other)
