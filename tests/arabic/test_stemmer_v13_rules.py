"""The rules of search keys version 13 (issue #17): «I / we / you did» of hollow verbs (قلنا، عدنا، كنتم،
أشرنا → قال، عاد، كان، أشار), ف glued to a perfect the list knows glued (فرفض، فطلب، ففتح), ومات as و + مات,
and a nisba's ـيات plural (نيجيريات → نيجيري). No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_13():
    assert KEYS_VERSION >= 13


def meet(*forms: str) -> bool:
    return bool(frozenset.intersection(*(keys(w) for w in forms)))


@pytest.mark.parametrize("forms", [
    ("قال", "قالت", "يقول", "قلت", "قلنا", "قلتم"),
    ("عاد", "عادت", "يعود", "عدنا", "عدتم"),
    ("زاد", "زادت", "زادوا", "زدنا", "زدت"),
    ("قام", "قامت", "يقوم", "قمنا", "قمت", "قمتم"),
    ("فاز", "فازت", "يفوز", "فزنا", "فزت"),
    ("مات", "ماتت", "يموت", "متنا"),
    ("عاش", "عاشت", "يعيش", "عشنا"),
])
def test_i_we_and_you_did_of_a_hollow_verb_find_the_verb(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("forms", [
    ("أشار", "أشارت", "يشير", "أشرنا", "أشرت"),
    ("أقام", "أقامت", "يقيم", "أقمنا"),
    ("أضاف", "أضافت", "يضيف", "أضفنا", "أضفت"),
    ("أعاد", "أعادت", "يعيد", "أعدنا"),
    ("أراد", "أرادت", "يريد", "أردنا"),
])
def test_we_did_of_a_hollow_form_four_verb_finds_the_verb(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [
    ("سرت", "سار"),  # Sirte, commoner than «I walked»
    ("صمت", "صام"),  # silence: الصمت
    ("عدنا", "عدن"),  # «we returned», not Aden
])
def test_a_word_commoner_in_another_sense_keeps_it(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


@pytest.mark.parametrize("glued, verb", [
    ("فرفض", "رفض"), ("فطلب", "طلب"), ("ففتح", "فتح"), ("فعاد", "عاد"), ("فخرج", "خرج"), ("فكتب", "كتب"),
    ("فتوقف", "توقف"), ("فغادر", "غادر"),
])
def test_and_so_glued_to_a_verb_the_list_knows_glued_finds_the_verb(glued, verb):
    assert keys(glued) & keys(verb), (keys(glued), keys(verb))


@pytest.mark.parametrize("word, other", [
    ("فراس", "راس"), ("فريال", "ريال"), ("فورم", "ورم"), ("فانس", "انس"), ("فبركة", "بركة"),
    ("فرضي", "رضي"), ("فروج", "روج"), ("الفرقة", "الرقة"), ("فادي", "ادي"), ("تفادى", "أدى"),
])
def test_names_and_words_whose_fa_is_their_own_keep_it(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


def test_wa_before_mat_is_and_he_died_not_and_what():
    assert keys("ومات") & keys("مات")
    assert not keys("ومات") & keys("وما")
    assert keys("فمات") & keys("مات")


@pytest.mark.parametrize("forms", [
    ("نيجيري", "نيجيرية", "نيجيريات"),
    ("ليبي", "ليبية", "ليبيات"),
    ("موريتاني", "موريتانية", "موريتانيات"),
    ("يمني", "يمنية", "يمنيات"),
])
def test_a_nisba_feminine_plural_finds_the_nisba_not_the_country(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("forms", [
    ("أنشأ", "أنشأت"), ("أخطأ", "أخطأت"), ("تباطأ", "تباطأت"), ("امتلأ", "امتلأت"),
])
def test_she_did_of_a_verb_ending_in_hamza_still_finds_the_verb(forms):
    assert meet(*forms), {w: keys(w) for w in forms}


@pytest.mark.parametrize("dual, singular", [
    ("جيشان", "الجيش"), ("سوقان", "السوق"), ("قرضان", "القرض"), ("حقلان", "الحقل"), ("بنكان", "البنك"),
])
def test_the_dual_of_a_three_letter_noun_the_word_list_does_not_know_finds_the_noun(dual, singular):
    assert keys(dual) & keys(singular), (keys(dual), keys(singular))


@pytest.mark.parametrize("name, other", [("عمران", "عمر"), ("سلطان", "سلط"), ("شعبان", "شعب")])
def test_a_name_in_aan_the_word_list_knows_stays_a_name(name, other):
    assert not keys(name) & keys(other), (keys(name), keys(other))
