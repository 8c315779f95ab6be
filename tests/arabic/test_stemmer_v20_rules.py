"""The rules of search keys version 20 (issue #17), from the kinds of miss left on blind list x: ك and two stacked
proclitics before a newsroom spelling of the variants table (كشتنبر، وبديزيل), ك before an inflected word the
list knows (كقنبلتين), ب / ك and the article before a day (بالسبت: no «she did» of a verb «بالسب»; بالثلاثا with
its final hamza left out), the decades with and without their nisba ي (الستينات = الستينيات), the feminine plural
and «you (a woman) do» of a verb (اجتمعن، يتظاهرن، ترفضين), a form X imperfect whose perfect keeps its alif
(نستكشف → استكشف), the hundreds written as one word after any clitic (كستمئة); and from the misses of blind search
set e: a proclitic before a ة typed ه (ونقابه), «they did» typed without its alif (نجحو), the tanween of a noun known
only without it (فيروسا), and an article's ة typed ه indexed as the ة-word where that is far commoner than the word
«his» would stand on (نقابه المحامين). The words here are not list x's or set e's. No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, stem, terms
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
    ("قاومن", "يقاومن", "قاوم"),                           # «they (women)» of a verb whose «he does» is in use
    ("احتفلن", "يحتفلن", "احتفل"),
    ("ويتظاهرن", "تظاهر"), ("فيشاركن", "شارك"),            # … after و / ف
    ("يستوعبون", "تستوعبين", "استوعب"),                   # form X of a root whose first letter is و
    ("يستوقفون", "استوقف"),
    ("ونقابه", "النقابة", "نقابة"),                        # a proclitic before a ة typed ه
    ("بشريحه", "الشريحة"),
    ("نجحو", "نجحوا", "نجح"),                              # «they did» typed without its alif
    ("قررو", "قرروا", "قرر"),
    ("فيروسا", "فيروس", "الفيروس"),                        # the tanween of a noun known only without it
    ("بروتوكولا", "البروتوكول"),
])
def test_forms_of_one_word_share_a_key(forms):
    assert meet(*forms), {w: sorted(keys(w)) for w in forms}


@pytest.mark.parametrize(("word", "other"), [
    ("بالغت", "الغت"),            # the verb بالغ «exaggerated» keeps its ب
    ("والدهما", "الدهماء"),       # «their father», not و + الدهماء with its hamza left out
    ("بالات", "آلات"),            # «bales»: ب + the article leave too little for a word
    ("الستينات", "ستين"),        # the sixties are not the number sixty
    ("تمرين", "مر"),              # a noun the list knows is no «you (a woman) pass»
    ("كروما", "كروم"),            # like Rome: a name's own final ا, not a tanween
    ("فتاتا", "فتات"),            # «the two girls of», not crumbs
    ("مشاركو", "شاركوا"),         # a construct plural, no «they did» without its alif
])
def test_what_the_new_rules_leave_alone(word, other):
    assert not keys(word) & keys(other), (sorted(keys(word)), sorted(keys(other)))


@pytest.mark.parametrize(("text", "key_of"), [
    ("رفضت نقابه المحامين التعديلات", "النقابة"),   # the union typed with ه, far commoner than «his veil»
    ("أعلنت شركه الطيران", "الشركة"),
    ("وصلت موجه برد", "الموجة"),
])
def test_an_article_indexes_a_ة_typed_ه_as_the_ة_word_where_that_is_far_commoner(text, key_of):
    assert stem(key_of) in {term.stem for term in terms(text)}


def test_an_article_still_indexes_his_where_the_word_is_commoner():
    indexed = {term.stem for term in terms("قال كتابه إن رئيسه غادر")}
    assert stem("كتاب") in indexed and stem("رئيس") in indexed


def test_a_ك_word_of_its_own_keeps_its_ك():
    assert stem("كريستيانو") != stem("ريستيانو") and stem("كوفيد") != stem("وفيد")
