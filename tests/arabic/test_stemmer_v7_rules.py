"""The rule of search keys version 7 (nashra/arabic/stem_guards.py ``keeps_plural_ending``): a participle's
sound plural meets its singular in both cases even when the word list has only one of them.

Before it, «المتشددين» kept its ين whenever «متشددون» was missing from (or far rarer in) the word list —
the test that tells a name (حسين، ماكرون: no sibling ending in use) from a plural. A word beginning with م
whose singular is at least as common as the plural is a participle (مُفعِل، مُتفعِّل، مُستفعِل …), not a name.
No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION
from tests.arabic.test_stemmer_v5_rules import keys, meet


def test_this_rule_is_keys_version_7():
    assert KEYS_VERSION >= 7


@pytest.mark.parametrize("plural, singular", [
    ("المتشددين", "متشدد"), ("متشددين", "المتشدد"), ("المتعلمين", "متعلم"), ("المجندين", "مجند"),
    ("للمنتظرين", "منتظر"), ("المهمشين", "مهمش"), ("والمهمشين", "المهمش"), ("متمسكين", "متمسك"),
    ("مغردون", "مغرد"), ("المغردون", "المغرد"), ("محبوسين", "محبوس"),
])
def test_a_participles_plural_meets_its_singular(plural, singular):
    assert meet(plural, singular), (plural, sorted(keys(plural)), singular, sorted(keys(singular)))


@pytest.mark.parametrize("name, word", [
    ("ماكرون", "ماكر"),      # a name: its «singular» is rarer than it
    ("مرجعيون", "مرجعي"),    # a Lebanese town, not a plural of «مرجعي»
    ("بمرجعيون", "المرجعي"),
    ("حسين", "حس"), ("ملايين", "ملاي"), ("ميادين", "ميد"),
])
def test_names_and_other_plurals_keep_their_ending(name, word):
    assert not meet(name, word), (name, sorted(keys(name)), word, sorted(keys(word)))


# ------------------------------------------------------------------ «she did» of forms IV, VII, VIII and X
@pytest.mark.parametrize("she_did, form", [
    ("اندلعت", "اندلع"), ("اشتعلت", "يشتعل"), ("اجتاحت", "اجتاح"), ("اصطدمت", "يصطدم"), ("احتضنت", "احتضن"),
    ("استنزفت", "يستنزف"), ("أبرمت", "أبرم"), ("أخفقت", "يخفق"), ("واندلعت", "اندلع"),
    # defective: the perfect's ى went with the ت
    ("احتوت", "احتوى"), ("اعتلت", "اعتلى"), ("استدعت", "استدعى"), ("اقتضت", "يقتضي"),
])
def test_she_did_meets_he_did_when_things_are_the_subject(she_did, form):
    """A fire, a war, a state: «she did» is often the commoner form of these verbs, which the old
    rule (the ت form no commoner than the perfect) read as a word of its own."""
    assert meet(she_did, form), (she_did, sorted(keys(she_did)), form, sorted(keys(form)))


@pytest.mark.parametrize("word, other", [
    ("أرمنت", "أرمني"),     # an Egyptian town, not the Armenian's «she did»
    ("أبجديات", "أبجد"),   # a plural in ات
    ("بيروت", "بيرو"), ("أورينت", "أورين"),
])
def test_a_final_t_of_a_name_or_a_plural_stays(word, other):
    assert not meet(word, other), (word, sorted(keys(word)), other, sorted(keys(other)))
