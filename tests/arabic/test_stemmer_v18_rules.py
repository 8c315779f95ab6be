"""Keys v18: a form III verb is not the noun its perfect is spelt as (طالبت ≠ الطالب), and a participle with a
sound plural ending is not the broken plural of another word (المقاتلين ≠ مقتل) — nashra.arabic.stemmer."""

import pytest

from nashra.arabic.stemmer import BARE_MARK, KEYS_VERSION, VERB_MARK, query_terms, stem
from tests.arabic.search_eval import searcher


def query_keys(word: str) -> frozenset[str]:
    part = query_terms(word)[0]
    return frozenset((*part.stems, *part.alternatives))


def found(texts: list[str], query: str) -> set[int]:
    """The texts a query finds with the site's query semantics."""
    return searcher(dict(enumerate(texts)))(query)


def test_the_keys_version_says_the_index_must_be_rebuilt():
    assert KEYS_VERSION >= 18


@pytest.mark.parametrize("verb, noun", [
    ("طالبت", "الطالب"), ("يطالبون", "الطالب"), ("تطالب", "طالب"), ("شاهدت", "الشاهد"), ("يشاهدون", "الشاهد"),
    ("قاتلوا", "القاتل"), ("يحاكم", "الحاكم"), ("يسابق", "السابق"),  # (حاكمت is not in the list, يحاكم is)
])
def test_a_form_three_verb_is_not_the_noun_its_perfect_is_spelt_as(verb, noun):
    assert stem(verb).endswith(VERB_MARK)
    assert stem(verb) != stem(noun)


def test_a_story_that_demanded_is_not_found_by_the_student():
    texts = ["طالبت النائبة بمساءلة الوزير", "تطالب الأسر بمحاسبة المسؤولين", "يطالبون بزيادة الأجور",
             "الطالب المتفوق يفوز بالجائزة", "نجح الطلاب في الامتحان", "طالب الصحفيون بمزيد من الحرية"]
    assert found(texts, "الطالب") == found(texts, "الطلاب") == {3, 4, 5}  # the bare «طالب» may be either
    assert found(texts, "طالب") == {0, 1, 2, 3, 4, 5}  # a bare word spelt as the perfect: either reading
    # a verb finds every form of the verb and the bare perfect, which only the sentence tells from the noun
    assert found(texts, "طالبت") == found(texts, "يطالب") == {0, 1, 2, 5}
    assert stem("طالب").endswith(BARE_MARK) and stem("وطالب") == stem("طالب")
    assert found(texts, '"طالبت النائبة"') == {0}


@pytest.mark.parametrize("group", [
    ["طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "يطالبون", "سيطالب", "وطالب", "فطالبوا"],
    ["شاهد", "شاهدت", "يشاهد", "شاهدوا", "نشاهد", "شاهدنا"],
    ["الطالب", "الطلاب", "طالبة", "الطالبات", "طلاب"],
])
def test_the_forms_of_one_verb_or_one_noun_still_meet(group):
    assert frozenset.intersection(*(query_keys(word) for word in group))


@pytest.mark.parametrize("word", ["أعلنت", "يعلن", "قالت", "فشلت", "وصلت", "عملت", "التقت", "يلتزم"])
def test_other_verbs_keep_one_plain_key(word):
    # a masdar spelt as its verb is the same news (فشل، وصل، عمل), and a perfect with its own «ال» (التقى) no noun
    assert not stem(word).endswith(VERB_MARK)


@pytest.mark.parametrize("plural, participle, other", [
    ("المقاتلين", "مقاتل", "مقتل"),     # fighters, not killings (مقاتل is also the plural of مقتل)
    ("مفاوضون", "مفاوض", "مفوض"),       # negotiators, not a commissioner
    ("المقاولين", "مقاول", "مقولة"),     # contractors, not a saying
    ("المعارضين", "معارض", "معرض"),     # opponents, not exhibitions
    ("مشاهديه", "مشاهد", "مشهد"),       # its viewers, not a scene
    ("مقاتلو", "مقاتل", "مقتل"),        # construct plural
    ("المقاتلان", "مقاتل", "مقتل"),     # dual
])
def test_a_participle_with_a_sound_plural_ending_is_no_broken_plural(plural, participle, other):
    assert stem(plural) == participle.replace("ة", "ه") != stem(other)
    assert stem(plural) in query_keys("ال" + participle)  # «المقاتل», the fighter, still finds «المقاتلين»


def test_the_killings_are_not_the_fighters():
    texts = ["اشتباكات بين المقاتلين في الشمال", "مقتل ثلاثة في حادث سير", "أفرج عن المعارضين", "افتتاح المعرض"]
    assert found(texts, "مقتل") == {1}
    assert found(texts, "المقاتلين") == {0}
    assert found(texts, "معرض") == {3}
    assert found(texts, "المعارض") == {2, 3}  # the opponent or the exhibitions: one spelling


@pytest.mark.parametrize("typed, written", [
    ("بالداين", "الدائن"), ("للسايد", "السائد"), ("والقلايد", "القلائد"), ("بالحاير", "الحائر"),
])
def test_a_hamza_typed_as_ya_after_a_proclitic_and_the_article_of_a_short_word(typed, written):
    # «الداين» already met «الدائن»; behind بال / لل / وال four letters were too short for the rule alone
    assert stem(typed) == stem(written)


@pytest.mark.parametrize("ours, plural", [
    ("محللونا", "المحللين"), ("لاعبونا", "اللاعبون"), ("لاعبينا", "لاعبين"), ("معلمونا", "المعلمين"),
])
def test_our_after_a_sound_plural_in_construct(ours, plural):
    assert stem(ours) == stem(plural)


@pytest.mark.parametrize("word, other", [("كورونا", "كورون"), ("زيتونا", "زيت")])
def test_a_word_ending_in_una_that_is_no_plural_keeps_its_key(word, other):
    assert stem(word) != stem(other)


@pytest.mark.parametrize("with_kaf, word", [
    ("كرسوب", "رسوب"), ("كتراويح", "التراويح"), ("كجامعتين", "جامعة"), ("كزلزالين", "زلزال"),
])
def test_kaf_as_before_a_word_known_only_with_the_article_or_inflected(with_kaf, word):
    assert stem(with_kaf) == stem(word)


@pytest.mark.parametrize("word", ["كتاب", "كبير", "كرسي", "كمبيوتر", "كلاب"])
def test_a_word_whose_kaf_is_its_own_keeps_it(word):
    assert stem(word).startswith("ك")


@pytest.mark.parametrize("glued, adverb", [("فغالبا", "غالبا"), ("فربما", "ربما"), ("فطالما", "طالما")])
def test_fa_glued_to_an_adverb_the_word_list_knows_whole(glued, adverb):
    assert stem(glued) == stem(adverb)


@pytest.mark.parametrize("word", ["فرنسا", "فيفا", "فوضى", "فكرة"])
def test_a_words_own_fa_before_a_final_alif_stays(word):
    assert stem(word).startswith("ف")
