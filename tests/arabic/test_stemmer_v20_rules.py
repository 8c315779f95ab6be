"""The rules of search keys version 20 (issue #17), from the kinds of miss left on blind list x: ك and two stacked
proclitics before a newsroom spelling of the variants table (كشتنبر، وبديزيل), ك before an inflected word the
list knows (كقنبلتين), ب / ك and the article before a day (بالسبت: no «she did» of a verb «بالسب»; بالثلاثا with
its final hamza left out), the decades with and without their nisba ي (الستينات = الستينيات), the feminine plural
and «you (a woman) do» of a verb (اجتمعن، يتظاهرن، ترفضين), a form X imperfect whose perfect keeps its alif
(نستكشف → استكشف), and the hundreds written as one word after any clitic (كستمئة). The words here are not list
x's. No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, stem
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_20():
    assert KEYS_VERSION >= 20


def meet(*forms: str) -> bool:
    return bool(frozenset.intersection(*(keys(w) for w in forms)))


@pytest.mark.parametrize("forms", [
    ("كشتنبر", "شتنبر", "سبتمبر"),                        # ك before a Maghrebi month
    ("كدجنبر", "ديسمبر"),
    ("وبديزيل", "ديزل"),                                   # و + ب before a loanword's other spelling
    ("كمانشيستر", "مانشستر"),
    ("فكأوبيك", "أوبك"),
    ("كقنبلتين", "القنبلتين", "قنبلة"),                    # ك before a dual the list does not hold
    ("كطائرتين", "الطائرة"),
    ("بالسبت", "السبت", "سبت"),                           # ب + the article before a day
    ("بالثلاثا", "الثلاثاء"),                              # … its final hamza left out
    ("وبالأربعا", "الأربعاء"),
    ("الستينات", "الستينيات", "ستينيات"),                  # a decade with and without its nisba ي
    ("التسعينات", "التسعينيات"),
    ("بالسبعينات", "السبعينيات"),
    ("اجتمعن", "اجتمع", "اجتمعوا"),                        # «they (women) did»
    ("انسحبن", "انسحب"),
    ("يتظاهرن", "يتظاهر", "تظاهر"),                        # «they (women) do»
    ("تشاركين", "يشارك", "شارك"),                          # «you (a woman) do»
    ("ترفضين", "يرفض", "رفض"),
    ("نستكشف", "يستكشف", "استكشف"),                        # form X: «ستكشف» is no perfect
    ("كستمئة", "ستمائة", "ستمئة"),                         # the hundreds after any clitic
    ("فبتسعمائة", "تسعمئة"),
    ("كثلاثمئة", "ثلاثمائة"),
])
def test_forms_of_one_word_share_a_key(forms):
    assert meet(*forms), {w: sorted(keys(w)) for w in forms}


@pytest.mark.parametrize(("word", "other"), [
    ("بالغت", "الغت"),            # the verb بالغ «exaggerated» keeps its ب
    ("والدهما", "الدهماء"),       # «their father», not و + الدهماء with its hamza left out
    ("بالات", "آلات"),            # «bales»: ب + the article leave too little for a word
    ("الستينات", "ستين"),        # the sixties are not the number sixty
    ("تمرين", "مر"),              # a noun the list knows is no «you (a woman) pass»
])
def test_what_the_new_rules_leave_alone(word, other):
    assert not keys(word) & keys(other), (sorted(keys(word)), sorted(keys(other)))


def test_a_ك_word_of_its_own_keeps_its_ك():
    assert stem("كريستيانو") != stem("ريستيانو") and stem("كوفيد") != stem("وفيد")
