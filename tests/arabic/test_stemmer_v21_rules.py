"""The rules of search keys version 21 (issue #17), from the kinds of miss left on blind list z (whose words are not
used here): «they (women) do / did» read as «they (men) do / did» of the same verb (هربن، يتسابقن، ينتظرن), a
فعاليل / فواعيل plural the list holds only after the article (الأخاديد → أخدود), a nisba's tanween typed as a bare
alif (جمركيا), and «my» on a ة-word where the ي cannot be a nisba's or a dialect's «you (a woman) did» (طفولتي،
إرادتي); and from blind search set f: a hamza-final verb's form I (يقرأ is قرأ, not أقرأ) and an imperfect's final
hamza typed bare (يبدا). Each rule is paired with the words it must leave alone. No Django, no database."""

import pytest

from nashra.arabic.stemmer import KEYS_VERSION, default_stemmer, stem
from tests.arabic.test_stemmer_v5_rules import keys


def test_these_rules_are_keys_version_21():
    assert KEYS_VERSION >= 21


def meet(*forms: str) -> bool:
    return bool(frozenset.intersection(*(keys(w) for w in forms)))


@pytest.mark.parametrize("forms", [
    ("هربن", "هرب", "هربوا"),                  # «they (women) did», three root letters
    ("لعبن", "لعب", "لعبوا"),
    ("سجدن", "سجد"),
    ("وسجدن", "سجد"),
    ("يتسابقن", "يتسابقون"),                   # «they (women) do» the list lacks
    ("ينتظرن", "ينتظرون", "انتظر"),            # … and ones it holds, whose «they (men) do» is commoner
    ("يبحثن", "يبحثون"),
    ("يحاولن", "حاول"),
    ("الأخاديد", "أخدود"),                     # فعاليل held only after the article
    ("الدراويش", "درويش"),
    ("المناطيد", "منطاد"),
    ("البراغيث", "برغوث"),
    ("والغضاريف", "غضروف"),
    ("النوافير", "نافورة"),                    # (no dual of the name نواف)
    ("جمركيا", "جمركي", "جمركيًا"),            # a nisba's tanween typed as a bare alif
    ("مناخيا", "مناخي"),
    ("مرحليا", "مرحلي"),
    ("وتشغيليا", "تشغيلي"),
    ("طفولتي", "طفولة"),                       # «my» where no word ends in that ت
    ("مخيلتي", "مخيلة"),
    ("إرادتي", "إرادة"),                       # … or the ت is a hollow verb's «she did» (أرادت; «you did» أردت)
    ("استطاعتي", "استطاعة"),
    ("ضحكتي", "ضحكة"),                         # … or the whole is no word of the list
    ("يقرأ", "تقرأ", "قرأ", "قرأت", "يقرؤون", "يقرأون"),  # form I of a hamza-final verb, not أقرأ (اقرأ: «read!»)
    ("يبدا", "تبدا", "بدأ", "بدأت"),            # an imperfect's final hamza typed bare
    ("يلجا", "لجأ"),
    ("يخطئ", "أخطأ"),                           # (form IV where its «she did» is in use)
])
def test_forms_of_one_word_share_a_key(forms):
    assert meet(*forms), {w: sorted(keys(w)) for w in forms}


@pytest.mark.parametrize(("word", "other"), [
    ("وبعدن", "بعد"),        # «and in Aden», not «they (women) grew far»
    ("فعدن", "عدا"),
    ("يقرصن", "قرص"),        # قرصن: its ن is a root letter (قرصنة)
    ("رأيكن", "رايك"),       # «your (women's) opinion»: a pronoun before the ن
    ("للمسن", "مس"),         # for the elderly
    ("لدائن", "داء"),        # plastics
    ("فاصوليا", "أصولي"),    # a word of its own, no ف + a nisba's tanween
    ("سوريا", "سوري"),       # a name in use, no tanween
    ("عرفتي", "عرفة"),       # a dialect's «you (a woman) knew», not «my Arafat»
    ("رجعتي", "رجعة"),
    ("بيروتي", "بيروت"),     # a nisba stays apart from its place
    ("الكوافير", "كافور"),   # a loanword shaped like فواعيل
    ("الكراميل", "كرمال"),   # … or like فعاليل, whose «singular» never takes the article
    ("ألافيس", "فيس"),       # أل before a فعيل shape
    ("تورا", "ورى"),         # the Torah (التوراة), no «she does» with its hamza typed bare
    ("يقرأ", "أقر"),         # reads ≠ approved
])
def test_look_alikes_keep_their_own_key(word, other):
    assert not keys(word) & keys(other), (sorted(keys(word)), sorted(keys(other)))


def test_a_pronoun_after_a_feminine_plural_is_still_cut():
    assert stem("شرطهن") == stem("شرط")


@pytest.mark.parametrize("word", ["مياه", "وجوه", "تنبيه", "دكتوراه", "توجه"])
def test_an_article_s_word_whose_final_haa_is_its_own_is_indexed_as_with_the_article(word):
    # (it was indexed as «his» + مي، وجو …, so a story's «مياه» was not found by «المياه»)
    assert [t.stem for t in default_stemmer.terms(word)] == [t.stem for t in default_stemmer.terms("ال" + word)]
