"""The rules of search keys version 19 (issue #17), from the misses of blind list x and its predecessors: «your»
of two (كما) after a ة written ت (سيارتكما), ف before an inflected word the list knows (فمستهلكون، فحكومتين), «our»
on a sound plural in construct known only with the article (مبرمجينا، محتجزونا), an adverb written with its
tanween mark keyed as it is written without it when only that spelling is in use (حتماً = حتما), «they do» after
لم / لن / أن (يعتقلوا, its ن gone) keyed as «they do» (يعتقلون), and ك before a hamza typed as ي (كرسايل). No
Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, stem
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_19():
    assert KEYS_VERSION >= 19


def meet(*forms: str) -> bool:
    return bool(frozenset.intersection(*(keys(w) for w in forms)))


@pytest.mark.parametrize("forms", [
    ("سيارتكما", "سيارتكم", "سيارة", "السيارة"),               # «your (two)» after a ة written ت
    ("زيارتكما", "زيارتهما", "الزيارة"),
    ("فمستهلكون", "المستهلكين", "مستهلك"),                    # ف before a sound plural the list does not hold
    ("فحكومتين", "حكومتين", "الحكومة"),                       # … before a feminine dual
    ("فمحطتين", "المحطتين", "محطة"),
    ("مبرمجينا", "المبرمجين", "مبرمج"),                       # «our» on a construct plural
    ("محتجزونا", "المحتجزين", "محتجز"),
    ("حتماً", "حتمًا", "حتما", "وحتماً", "فحتماً"),             # the adverb in use only with its alif
    ("قسراً", "قسرا"),
    ("يعتقلوا", "يعتقلون", "اعتقل", "اعتقلت"),                 # «they do» after لم، لن، أن: its ن gone
    ("يتمكنوا", "يتمكنون", "تمكن"),
    ("يتظاهروا", "يتظاهرون", "تظاهر"),
    ("كرسايل", "رسائل", "الرسائل"),                          # ك before a hamza typed ي
    ("كجوايز", "جوائز"),
    ("أتفاوض", "يتفاوض", "تفاوض"),                            # «I do» of a form VI verb
])
def test_forms_of_one_word_share_a_key(forms):
    assert meet(*forms), {w: sorted(keys(w)) for w in forms}


@pytest.mark.parametrize(("word", "other"), [
    ("فترتها", "ترة"),          # فترة + «her», not ف + a word ترة
    ("ياسمينا", "اسم"),         # a name, no «our» on a plural of «ياسم»
    ("كريستينا", "كريس"),
    ("ألماً", "الماء"),         # pain with its tanween: ألم, whose spelling without the mark is no other word's
])
def test_what_the_new_rules_leave_alone(word, other):
    assert not keys(word) & keys(other), (sorted(keys(word)), sorted(keys(other)))


def test_a_tanween_mark_still_goes_where_the_word_without_alif_is_in_use():
    assert stem("نمواً") == stem("النمو") and stem("ألماً") == stem("الألم")
