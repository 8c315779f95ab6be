"""The rule of search keys version 9 (issue #17): the construct plural of a participle the word list does not
know (stem_guards.participle_construct) meets its ون/ين plural and its singular, as a known one already did.
No Django, no database."""

import pytest

from nashra.arabic import stem_guards
from nashra.arabic.stemmer import KEYS_VERSION, stem
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_9():
    assert KEYS_VERSION >= 9


@pytest.mark.parametrize("forms", [
    ("مقتحم", "مقتحمو", "مقتحمي", "المقتحمين", "مقتحمون"),  # «مقتحمو المبنى»
    ("مختطف", "مختطفو", "مختطفي", "المختطفين", "مختطفون"),
    ("مستنكف", "مستنكفو", "مستنكفي", "المستنكفين"),
    ("متسابق", "متسابقو", "متسابقي", "المتسابقين", "متسابقون"),
    ("مهرب", "مهربو", "مهربي", "المهربين", "مهربون"),
])
def test_a_participles_construct_plural_meets_its_plural_and_singular(forms):
    assert frozenset.intersection(*(keys(w) for w in forms)), {w: keys(w) for w in forms}


@pytest.mark.parametrize("word, other", [
    ("مركزي", "مركز"),  # nisbas the list knows keep their ي
    ("مدني", "مدن"),
    ("محلي", "محل"),
    ("مغربي", "مغرب"),
])
def test_a_known_nisba_or_name_keeps_its_ending(word, other):
    assert not keys(word) & keys(other), (keys(word), keys(other))


def test_the_shape_it_asks_for():
    assert stem_guards.participle_construct("مقتحمو") and stem_guards.participle_construct("مستنكفي")
    assert not stem_guards.participle_construct("مركزي")  # known
    assert not stem_guards.participle_construct("نحالو")  # no م: فعّال is not this shape
    assert not stem_guards.participle_construct("مقتحموا"[:-1] + "ا")  # a final ا is not a construct plural
    assert stem("مقتحمو") == stem("مقتحمون")


@pytest.mark.parametrize("forms", [
    ("المصوتين", "مصوتون", "مصوت"),  # مصوّت «voter»: its ت is the root's, no «مصوة» in use
    ("المثبتين", "مثبتون", "مثبت"),
])
def test_a_participle_ending_in_t_is_no_feminine_dual(forms):
    assert frozenset.intersection(*(keys(w) for w in forms)), {w: keys(w) for w in forms}


@pytest.mark.parametrize("dual, single", [("مرحلتين", "مرحلة"), ("منطقتين", "منطقة"), ("مزرعتين", "مزرعة"),
                                          ("المنصتين", "منصة")])
def test_a_taa_words_dual_still_meets_it(dual, single):
    assert keys(dual) & keys(single)
