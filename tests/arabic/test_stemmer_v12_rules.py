"""The rules of search keys version 12 (issue #17): a two-letter proclitic before the article of a word that
begins with أل (كالألوان، وبالألقاب), «you did» and «we did» of verbs the list does not know so (نظفتم، فتشنا),
a form IV perfect of a ل-root whose first letter the reader wrote أ (ألزمت، ألهموا), and ف before a perfect
the list knows only glued (فرفضت). No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, stem
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_12():
    assert KEYS_VERSION >= 12


def meet(*forms: str) -> bool:
    return bool(frozenset.intersection(*(keys(w) for w in forms)))


@pytest.mark.parametrize("forms", [
    ("ألوان", "الألوان", "كالألوان", "وبالألوان", "فالألوان"),  # the article's proclitics before أل
    ("ألقاب", "الألقاب", "كالألقاب", "وبالألقاب"),
    ("ألغاز", "الألغاز", "كالألغاز", "وبالألغاز"),
    ("ألياف", "بألياف", "وبالألياف"),
])
def test_a_word_beginning_with_al_keeps_it_after_any_article_proclitic(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("forms", [
    ("قصف", "قصفت", "قصفوا", "قصفتم"),  # «you did»: ف before تم is the verb's, not ف + «تم»
    ("نظف", "نظفت", "نظفوا", "نظفتم"),  # the list knows neither نظفت nor نظفوا
    ("انصهر", "انصهرت", "انصهروا", "انصهرتم"),  # nor the verb at all
    ("فتش", "فتشت", "فتشوا", "فتشنا"),  # «we did»
    ("نحت", "نحتت", "نحتوا", "نحتنا"),
    ("التقط", "التقطت", "التقطوا", "التقطنا"),  # a form VIII of a ل-root, behind what looks like the article
])
def test_you_did_and_we_did_meet_the_verb(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [
    ("الأنتينا", "الأنتي"),  # a noun with the article is no «we did»
    ("كورونا", "كورو"),  # what the list knows whole keeps its نا
    ("مسكنا", "مسك"),  # «a dwelling» with tanween, not «we held»
    ("لايتم", "لاي"),  # لا + يتم, glued
    ("وأنتم", "وأن"),
])
def test_words_ending_in_na_or_tum_that_are_no_verb_keep_them(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


@pytest.mark.parametrize("forms", [
    ("ألزم", "ألزمت", "ألزموا"),  # a form IV of a ل-root: أ written, so «ال» is no article
    ("ألصق", "ألصقت", "ألصقوا"),
    ("ألهم", "ألهمت", "ألهموا"),
])
def test_a_form_iv_perfect_of_a_lam_root_written_with_hamza_keeps_one_key(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


def test_a_name_beginning_with_al_hamza_is_no_form_iv():
    assert stem("ألبرت") != stem("البر")  # Albert: no «يلبر» is in use


@pytest.mark.parametrize("forms", [
    ("رفض", "فرفضت", "ورفضت"),  # ف before a perfect the list knows glued (فرفض) as a word
    ("سجل", "فسجلت", "وسجلت"),
    ("قال", "فقالت", "فقالوا"),
    ("خرج", "فخرجوا", "خرجوا"),
])
def test_fa_before_a_perfect_goes_as_wa_does(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, own", [
    ("فعلت", "فعل"),  # فعلت is far commoner than علت: its ف is the verb's own
    ("فشلت", "فشل"),
    ("فقدت", "فقد"),  # «قد» is a stop-word
])
def test_a_verb_beginning_with_fa_keeps_it(word, own):
    assert stem(word) == stem(own)


@pytest.mark.parametrize("forms", [
    ("ألغام", "كألغام", "للالغام", "كالغام"),  # ك and لل before a word beginning with أل, hamza written or not
    ("ألعاب", "كألعاب", "كالعاب"),
    ("إلزام", "كإلزام", "كالزام", "والزام"),
])
def test_kaf_and_lil_before_a_word_beginning_with_al(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("forms", [
    ("أبرم", "أبرموا", "وأبرموا"),  # «they did» after و, which the list does not know whole
    ("عزز", "عززوا", "فعززوا"),
    ("داهم", "داهموا", "فداهموا"),
    ("مشاركون", "مشاركو", "ومشاركو", "فمشاركو"),  # ف before a construct plural, as و
    ("متهم", "متهمو", "فمتهمو"),
])
def test_and_they_did_and_and_so_before_a_construct_plural(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


def test_fa_of_a_verb_the_list_knows_only_so_stays():
    assert not keys("فبركوا") & keys("بركوا")  # no «بركت» is in use: فبرك is a verb of its own
    assert not keys("فلاحو") & keys("لاحو")  # فلاحون is a word: the construct plural keeps its ف


@pytest.mark.parametrize("typed, meant", [
    ("غزاويه", "غزاوية"),  # a nisba the list does not know with ة, typed with ه
    ("صيداويه", "الصيداوية"),
    ("حضرميه", "حضرمية"),
])
def test_a_nisba_feminine_typed_with_haa_finds_the_nisba(typed, meant):
    assert meet(typed, meant), (keys(typed), keys(meant))


@pytest.mark.parametrize("word, not_meant", [
    ("يحتويه", "يحتوية"),  # «contains it»: a verb with «it»
    ("منتقديه", "منتقدية"),  # «his critics»: a construct plural (المنتقدين)
    ("يساويه", "يساوية"),  # «equals it»
])
def test_his_on_a_verb_or_a_plural_is_no_nisba(word, not_meant):
    assert stem(not_meant) not in keys(word), keys(word)
