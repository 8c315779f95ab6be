"""Readings a query tries beside the index key. An unvoweled imperfect is also the form IV verb it may be
(nashra/arabic/form_readings.py): «ينتج» is «results» (نتج) or «produces» (أنتج); a construct plural in ي is
also its noun (nashra/arabic/query_readings.py): «منتقدي». Query only: the index keys do not change."""

import pytest

from nashra.arabic.form_readings import other_form_reading
from nashra.arabic.stemmer import default_stemmer, query_terms, stem
from nashra.arabic.verb_keys import plain


def query_keys(word: str) -> set[str]:
    part = query_terms(word)[0]
    return {*part.stems, *part.alternatives}


@pytest.mark.parametrize(("imperfect", "form_four"), [
    ("ينتج", "أنتج"), ("تنتج", "أنتجت"), ("يسقط", "أسقط"), ("ويسقط", "أسقطوا"), ("سيسقط", "أسقط"),
    ("تمطر", "أمطرت"), ("يقام", "أقام"), ("تضيع", "أضاع"), ("يظهر", "أظهر"), ("يوقف", "أوقف"),
    ("يخرجون", "أخرج"), ("يبقي", "أبقى"),
])
def test_a_query_for_an_imperfect_also_finds_the_form_four_perfect(imperfect, form_four):
    assert stem(form_four) in query_keys(imperfect)


@pytest.mark.parametrize("imperfect", ["ينتج", "يسقط", "يضيع", "تمطر"])
def test_it_still_finds_the_form_one_perfect_and_the_index_key_is_unchanged(imperfect):
    keys = query_keys(imperfect)
    assert query_terms(imperfect)[0].stems == (stem(imperfect),)
    assert stem(imperfect) in keys and len(keys) == 2


@pytest.mark.parametrize("word", [
    "تمر", "يمن", "نمر",  # nouns and names the stemmer keeps whole
    "يعمل", "يكتب", "يذهب",  # أعمل، أكتب، أذهب are «I do», not form IV verbs in use (and اكتبوا is «write!»)
    "يحدث", "يقدم", "تولي",  # أحدث، أقدم، أولى are also nouns in use: the latest, the oldest, the first
    "يلعب",  # «العب» is no verb
    "وتصدر", "ينظف",  # a form IV key does not also try form I: وتصدر would find «وصدر» (chest)
])
def test_nouns_first_persons_comparatives_and_form_four_keys_get_no_other_reading(word):
    assert other_form_reading(default_stemmer, word) is None


def test_the_reading_is_only_for_single_words_not_phrases():
    part = query_terms('"ينتج النفط"')[0]
    assert part.is_phrase and part.alternatives == ()


@pytest.mark.parametrize(("construct", "noun"), [
    ("منتقدي", "منتقد"), ("نازحي", "نازح"), ("مديري", "مدير"), ("ومنتقدي", "المنتقدين"), ("مفوضي", "مفوض"),
])
def test_a_query_for_a_construct_plural_in_i_also_finds_the_noun(construct, noun):
    assert stem(noun) in query_keys(construct)  # «منتقدي الحكومة»: the government's critics


@pytest.mark.parametrize("word", ["قانوني", "رئيسي", "نظامي", "مدينتي", "وحيدي", "مارلي", "تعاني", "تكوني"])
def test_nisbas_my_city_function_words_names_and_verbs_get_no_construct_reading(word):
    keys = {plain(key) for key in query_keys(word)}  # (تعاني: عانى the verb, or the noun spelt so)
    assert len(keys) == 1 or word == "مدينتي" and stem("مدين") not in keys
