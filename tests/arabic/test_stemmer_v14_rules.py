"""The rules of search keys version 14 (issue #17): verbs whose last root letter is ه (يواجه، سيتجه، ينتبه),
ل + the article before a word beginning with ل (لليبي، للحوم), آلية typed without its madda (الالية، اليات), the
weekday الأربعاء (no plural of ربيع), امرأة / المرأة, «they did» left alone by the typed-hamza repair (طاروا،
فاضوا), ف before a noun with a pronoun (فعرشها) and before a construct plural (فمنتقدو). No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_14():
    assert KEYS_VERSION >= 14


def meet(*forms: str) -> bool:
    return bool(frozenset.intersection(*(keys(w) for w in forms)))


@pytest.mark.parametrize("forms", [
    ("واجه", "واجهت", "واجهوا", "يواجه", "تواجه", "نواجه", "سيواجه", "ستواجه", "ويواجه", "ليواجه", "يواجهون"),
    ("اتجه", "اتجهت", "اتجهوا", "يتجه", "تتجه", "سيتجه", "ويتجه"),
    ("انتبه", "انتبهت", "انتبهوا", "ينتبه", "تنتبه", "ننتبه"),
    ("وجه", "وجهت", "وجهوا", "يوجه", "سيوجه", "نوجه", "ويوجه"),
    ("كره", "كرهت", "يكره", "تكره", "ويكره"),
    ("توجه", "توجهت", "توجهوا", "يتوجه", "سيتوجه", "نتوجه"),
])
def test_the_imperfect_of_a_verb_ending_in_haa_finds_the_verb(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, ta_marbuta_word", [
    ("نشوه", "نشوة"),  # ecstasy typed with ه, not «we deform»
    ("نكره", "نكرة"),
])
def test_a_ta_marbuta_typed_as_haa_is_not_read_as_such_a_verb(word, ta_marbuta_word):
    assert keys(word) & keys(ta_marbuta_word)
    assert not keys(word) & keys("شوه" if word == "نشوه" else "كرهت")


@pytest.mark.parametrize("forms", [
    ("ليبي", "الليبي", "لليبي", "لليبيين", "الليبيين", "لليبية"),
    ("لحوم", "اللحوم", "للحوم"),
    ("ليزر", "الليزر", "لليزر"),
    ("لافتة", "اللافتة", "للافتة"),
])
def test_lam_and_the_article_before_a_word_beginning_with_lam(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


def test_aliyya_typed_without_its_madda_is_the_mechanism():
    forms = ("آلية", "الآلية", "الية", "الالية", "والالية", "بالآلية", "آليات", "الآليات", "الاليات", "اليات")
    assert meet(*forms), {w: keys(w) for w in forms}
    assert not keys("المية") & keys("الية")  # المية is ال + مية, not آلية


def test_the_machine_and_its_plural_meet():
    forms = ("آلة", "الآلة", "الالة", "آلات", "الآلات", "الالات")
    assert meet(*forms), {w: keys(w) for w in forms}


def test_wednesday_is_no_plural_of_spring():
    days = ("الأربعاء", "الاربعاء", "أربعاء", "والأربعاء", "للأربعاء")
    assert meet(*days), {w: keys(w) for w in days}
    assert not keys("الأربعاء") & keys("الربيع")
    assert meet("أصدقاء", "صديق")  # أفعلاء is still the plural of فعيل


def test_a_woman_with_and_without_the_article():
    forms = ("امرأة", "إمرأة", "المرأة", "المرأه", "والمرأة", "وامرأة", "للمرأة", "لامرأة", "بالمرأة")
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("they_did, perfect, not_this", [
    ("طاروا", "طار", "طارئا"),
    ("فاضوا", "فاض", "أضواء"),
])
def test_they_did_is_not_repaired_into_a_hamza_word(they_did, perfect, not_this):
    assert keys(they_did) & keys(perfect)
    assert not keys(they_did) & keys(not_this)


@pytest.mark.parametrize("forms", [
    ("عرش", "عرشها", "فعرشها", "وعرشها"),
    ("مخزون", "مخزونها", "فمخزونها"),
    ("منتقد", "المنتقدين", "ومنتقدو", "فمنتقدو"),
    ("مقترض", "المقترضين", "فمقترضو"),
])
def test_fa_before_a_noun_with_a_pronoun_or_a_construct_plural(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word", ["فريقها", "فكرها", "فضلها"])
def test_fa_that_is_the_words_own_stays(word):
    assert any(k.startswith("ف") for k in keys(word)), keys(word)


@pytest.mark.parametrize("forms", [
    ("شواطئ", "شواطيء", "الشواطيء", "شاطئ", "شاطيء"),
    ("ملاجئ", "ملاجيء", "الملاجيء", "ملاجىء"),
    ("لاجئ", "لاجيء", "اللاجيء"),
    ("مبادئ", "مباديء", "المباديء", "مبدأ"),
    ("موانئ", "موانيء", "الموانيء", "ميناء"),
])
def test_the_older_spelling_of_a_final_hamza_after_ya(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [("بطيء", "بطء"), ("لاشيء", "لاشء")])
def test_a_ya_before_hamza_that_is_the_words_own_stays(word, other):
    assert not keys(word) & keys(other)


@pytest.mark.parametrize("forms", [
    ("بلدية", "بلديتان", "البلديتان", "وبلديتان", "بلديتين"),
    ("حكومة", "الحكومتان", "وحكومتان"),
])
def test_the_feminine_dual_of_a_word_beginning_like_a_proclitic(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("masdar, plural", [
    ("الإعلام", "الأعلام"), ("إعمار", "أعمار"), ("إنفاق", "أنفاق"), ("إعداد", "أعداد"), ("إسلام", "سلم"),
    ("بالإبطال", "بالأبطال"), ("الإحكام", "الأحكام"), ("إعدام", "عدم"), ("إضراب", "ضرب"),
])
def test_a_masdar_written_with_kasra_hamza_keeps_itself(masdar, plural):
    assert not keys(masdar) & keys(plural), (keys(masdar), keys(plural))


@pytest.mark.parametrize("forms", [
    ("الإعلام", "إعلام", "والإعلام", "للإعلام", "إعلامه", "الاعلام", "اعلام"),
    ("إعمار", "الإعمار", "وإعمار", "إعمارها", "اعمار"),
    ("إضراب", "إضراباً", "إضرابًا", "الإضراب", "الاضراب"),
    ("إيراد", "إيرادات", "الإيرادات", "إيراداتها", "الايرادات"),
    ("إلحاق", "الإلحاق", "الحاق", "الالحاق", "والحاق"),
])
def test_the_masdar_meets_its_forms_and_a_bare_spelling(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("forms", [
    ("أعلام", "الأعلام", "اعلام", "الاعلام", "علم"),
    ("أعمار", "الأعمار", "اعمار", "عمر"),
])
def test_the_plural_still_meets_its_bare_spelling_and_singular(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


def test_a_people_written_with_kasra_hamza_stays_a_people():
    assert meet("الإسبان", "إسباني", "الإسبانية")


@pytest.mark.parametrize("forms", [
    ("ألغاز", "الألغاز", "الالغاز", "بالالغاز", "للالغاز"),
    ("ألم", "الألم", "الالم", "للالم", "بالالم"),
    ("ألسنة", "الألسنة", "الالسنة", "بالالسنة"),
])
def test_an_al_word_typed_bare_after_the_article(forms):
    assert meet(*forms), {w: keys(w) for w in forms}
    assert not keys("الالغاز") & keys("الغاز")  # riddles, not the gas
    assert not keys("الالسنة") & keys("السنة")  # tongues, not the year


@pytest.mark.parametrize("forms", [
    ("مرفأ", "المرفأ", "مرفئه", "مرفؤه", "مرفئها"),
    ("خطأ", "الخطأ", "خطئه", "خطؤه", "خطأه"),
    ("مبدأ", "مبدئه", "مبدؤه"),
])
def test_a_final_hamza_that_a_pronoun_moves_to_another_seat(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


def test_a_hamza_of_the_words_own_keeps_its_seat_before_a_pronoun():
    assert meet("جزء", "جزئه", "جزؤه")


@pytest.mark.parametrize("forms", [
    ("بورصة", "البورصة", "كبورصه", "كبورصة"),
    ("غرامة", "الغرامة", "لغرامه", "كغرامه", "فغرامه"),
])
def test_a_proclitic_before_a_ta_marbuta_typed_as_haa(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


def test_a_ya_after_a_written_hamza_is_no_typed_hamza():
    assert meet("رأي", "رأيهم", "ورأيهم", "ورأيها", "برأيها")
    assert not keys("ورأيهم") & keys("وراءهم")  # and their opinion, not behind them


def test_the_facade_is_not_the_verb_to_face():
    assert meet("واجهة", "الواجهة", "واجهات", "الواجهات", "بواجهة")
    assert not keys("واجهات") & keys("يواجه")
