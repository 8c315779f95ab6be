"""The rules of search keys version 11 (issue #17): a foreign word's other spelling one long vowel or one
«g / t / z» letter away (loanwords.nearest_spelling), ف before a rare name or word (conjunction_fa), and a
final ئ typed as ي (مرافي، لاجي). No Django, no database."""

import pytest

from nashra.arabic.conjunction_fa import fa
from nashra.arabic.loanwords import nearest_spelling
from nashra.arabic.stemmer import KEYS_VERSION
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_11():
    assert KEYS_VERSION >= 11


def meet(*forms: str) -> bool:
    return bool(frozenset.intersection(*(keys(w) for w in forms)))


@pytest.mark.parametrize("forms", [
    ("تنزانيا", "تانزانيا"),  # a long vowel written or not
    ("كمبوديا", "كامبوديا"),
    ("غواتيمالا", "جواتيمالا"),  # «g» written غ or ج
    ("موريتانيا", "موريطانيا"),  # «t» written ت or ط
    ("أذربيجان", "أزربيجان"),  # «z» written ذ or ز
])
def test_a_foreign_name_written_another_way_meets_the_one_the_list_knows(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [
    ("شراكة", "شركة"),  # both known: Arabic words of their own, never respelled
    ("منظومة", "منظمة"),
    ("إرسالية", "أرسلي"),  # an Arabic pattern (إفعالية) the list lacks is not cut to a look-alike
    ("أرجيلة", "أرجل"),
    ("اليابان", "يابن"),
])
def test_arabic_words_are_not_respelled(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


def test_nearest_spelling_only_answers_for_a_word_the_list_lacks():
    assert nearest_spelling("تانزانيا") == "تنزانيا"
    assert nearest_spelling("تنزانيا") is None  # known: its own spelling
    assert nearest_spelling("مروحي") is None  # the stem of a known word (مروحية): its family is known
    assert nearest_spelling("ارجيل") is None  # a word that begins as Arabic patterns do


@pytest.mark.parametrize("forms", [
    ("أجدابيا", "فأجدابيا", "وأجدابيا"),  # ف before a rare place, as و and ب are cut before it
    ("كادقلي", "فكادقلي", "بكادقلي"),
    ("باشاغا", "فباشاغا"),  # what follows ف is read as it is alone
    ("وخز", "فوخز"),  # ف before a rarer word whose ال-form the list knows
    ("فلكلور", "ففلكلور"),
])
def test_fa_before_a_rare_name_or_word_goes(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [
    ("فترتان", "ترتان"),  # the dual of فترة: its ف is its own
    ("فبركوا", "بركوا"),  # a verb in ف
    ("فخاري", "خاري"),  # a nisba of فخار
    ("فنلاندا", "نلاندا"),  # one vowel from فنلندا: a spelling, not ف + a name
    ("فجعلان", "جعلان"),  # فجعل is a word: the ف may be its own
])
def test_fa_of_the_word_itself_stays(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


def test_fa_is_not_cut_from_a_word_the_list_knows():
    assert not fa("فندق") and not fa("فكرة")
    assert fa("فوخز")


@pytest.mark.parametrize("forms", [
    ("الطوارئ", "الطواري"),
    ("الشاطئ", "الشاطي"),
    ("الموانئ", "المواني"),
    ("مرافئ", "مرافي"),
    ("لاجئ", "لاجي"),
    ("وجنائز", "وجنايز"),  # after و too, not only after the article
])
def test_a_hamza_typed_as_ya_meets_the_hamza(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [
    ("القاري", "القارئ"),  # continental (of قارة) is no reader typed without his hamza
    ("نشوي", "نشوء"),  # starchy
    ("سوي", "سوء"),
])
def test_a_final_ya_of_its_own_stays(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


@pytest.mark.parametrize("forms", [
    ("ظفارية", "ظفاريه", "الظفارية"),  # a nisba's feminine typed with ه, of a word the list knows
    ("دارفورية", "دارفوريه"),
    ("مسقطية", "مسقطيه"),
])
def test_a_nisba_feminine_typed_with_haa_finds_the_nisba(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


def test_his_on_a_word_ending_in_ya_gets_no_nisba_reading():
    # «his feet»: no nisba «قدمية» was typed. (Its key is «قدمي», the two feet before «his»; until keys v17 that was
    # taken for a plural فَعْلى and became «قديم», old.)
    assert "قدم" in keys("قدميه") and "قديم" not in keys("قدميه")
    assert "ظفاري" in keys("ظفاريه")  # the nisba (since keys v15 its key: no word «ظفاري» has a «his» reading)


def test_the_newsrooms_variants_are_not_respelled():
    # data/variants.tsv writes تليفون as تلفون; the word list knows «تليفوني», one vowel away — the table wins
    assert keys("تليفونية") == keys("تلفونية") == {"تلفوني"}
