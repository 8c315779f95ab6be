"""The rules of search keys version 10 (issue #17): «we do» and the future before a verb the list does not know
(verbs.we_do_perfect), a proclitic before a noun with a pronoun (ومركبهم), and units of measure written several
ways (data/variants.tsv). No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, stem
from nashra.arabic.verbs import we_do_perfect
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_10():
    assert KEYS_VERSION >= 10


@pytest.mark.parametrize("forms", [
    ("أرسل", "أرسلت", "يرسل", "نرسل", "سنرسل", "ونرسل"),
    ("طالب", "يطالب", "نطالب", "سنطالب", "لنطالب"),
    ("قال", "يقول", "نقول", "سنقول"),
    ("استضاف", "يستضيف", "نستضيف", "سنستضيف"),
    ("اعتصم", "يعتصم", "نعتصم", "سنعتصم"),
    ("عمل", "يعمل", "نعمل", "سنعمل", "فسنعمل"),
    ("دعا", "يدعو", "ندعو"),
    ("حفر", "يحفر", "نحفر", "سيحفر"),
])
def test_we_do_and_we_will_do_meet_he_did(forms):
    assert frozenset.intersection(*(keys(w) for w in forms)), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [
    ("نظام", "ظام"),  # takes the article: a noun
    ("نقل", "قل"),
    ("نزار", "زار"),  # a name commoner than its «he does»
    ("نبيل", "بال"),
    ("نحال", "حال"),  # فعّال: a beekeeper, not «we are referred»
    ("نحالون", "حال"),  # «we do» never ends in ون
    ("نجلان", "جلا"),
    ("نيزكين", "زكي"),
    ("ناقل", "قال"),  # فاعل
    ("سيدني", "دنا"),  # a word the list knows, commoner than «يدني»
    ("سنغاليون", "غالي"),
    ("سيناويون", "ناوي"),  # a nisba's plural is no «they will do»
])
def test_nouns_that_begin_like_we_do_keep_their_letters(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


def test_the_guard_is_in_the_verb_rule_itself():
    assert we_do_perfect("نرسل") == "ارسل" and we_do_perfect("سنرسل") == "ارسل"
    assert we_do_perfect("نظام") is None and we_do_perfect("نحالون") is None
    assert we_do_perfect("يرسل") is None  # not «we»: verb_perfect reads it


def test_form_x_of_a_sound_root_is_not_read_as_hollow():
    assert stem("يستجوب") == stem("استجوب") != stem("استجاب")
    assert stem("يستقيل") == stem("استقال")  # the hollow form X still is


@pytest.mark.parametrize("forms", [
    ("مركب", "ومركبهم", "بمركبها", "مركبه"),
    ("حقل", "وحقلهم", "بحقلها"),
    ("مخزن", "ومخزنهم", "بمخزنها"),
])
def test_a_proclitic_goes_before_a_noun_with_a_pronoun(forms):
    assert frozenset.intersection(*(keys(w) for w in forms)), {w: keys(w) for w in forms}


def test_a_word_that_is_its_own_before_the_pronoun_keeps_its_first_letter():
    assert stem("وجهاؤهم") == stem("الوجهاء")  # و is the word's own (وجهاء)


@pytest.mark.parametrize("forms", [
    ("ليتر", "لتر", "لترات", "اللتر", "ليترات", "لترين"),
    ("ملليمتر", "مليمتر", "ميليمتر", "الملليمتر"),
    ("مليغرام", "ملليغرام", "ميليجرام"),
    ("سنتيمتر", "سانتيمتر", "سنتمتر"),
    ("ميغاواط", "ميجاوات", "الميجاوات"),
])
def test_units_written_several_ways_meet(forms):
    assert len({stem(w) for w in forms}) == 1, {w: stem(w) for w in forms}


def test_a_word_holding_a_unit_is_not_cut_to_it():
    assert stem("فلتر") != stem("لتر")  # a filter (الفلتر), not ف + litre
    assert stem("لتراكم") == stem("تراكم")  # «for the accumulation of»


@pytest.mark.parametrize("forms", [
    ("طور", "طورت", "طوروا", "يطور", "نطور"),  # form II: طورت is far commoner than طارت
    ("حولت", "حولوا", "يحول", "يحولون"),  # (حول alone is «around», a stop-word)
    ("روج", "روجت", "يروج"),
])
def test_form_ii_of_a_waw_root_is_not_read_as_hollow(forms):
    assert frozenset.intersection(*(keys(w) for w in forms)), {w: keys(w) for w in forms}


@pytest.mark.parametrize("forms", [("قال", "يقول", "قالت"), ("زار", "يزور", "زارت"), ("عاد", "يعود"), ("باع", "يبيع")])
def test_hollow_verbs_still_meet_their_perfect(forms):
    assert frozenset.intersection(*(keys(w) for w in forms)), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [("التمرين", "التمر"), ("تلوين", "تلو"), ("التعدين", "وعد")])
def test_a_taf3il_verbal_noun_keeps_its_yn(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


@pytest.mark.parametrize("forms", [("طرف", "الطرفين", "طرفين"), ("شهر", "شهرين"), ("وجد", "تجدين")])
def test_duals_and_you_do_still_lose_their_yn(forms):
    assert frozenset.intersection(*(keys(w) for w in forms)), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, name", [("كسوزان", "سوزان"), ("كمحمد", "محمد"), ("كدحلان", "دحلان")])
def test_kaf_as_before_a_name_goes_when_the_whole_is_no_word(word, name):
    assert stem(word) == stem(name)


@pytest.mark.parametrize("word, other", [("كمال", "مال"), ("كريم", "ريم"), ("كرمان", "رمان"), ("كندا", "ندا")])
def test_a_word_or_place_beginning_with_kaf_keeps_it(word, other):
    assert stem(word) != stem(other)


@pytest.mark.parametrize("forms", [("قتل", "قتلتم", "قتلت"), ("سمح", "سمحتم", "يسمح"), ("شاهد", "شاهدتم", "يشاهد")])
def test_you_did_meets_he_did(forms):
    assert frozenset.intersection(*(keys(w) for w in forms)), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word", ["وأنتم", "فأنتم", "لايتم", "خاتم", "حاتم"])
def test_words_ending_in_tm_that_are_no_you_did_keep_it(word):
    assert stem(word).endswith("تم") or not stem(word), stem(word)
