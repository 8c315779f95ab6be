"""nashra.arabic.hamza_masdar: the masdar إفعال told from the plural أفعال by the hamza the writer wrote."""

import pytest

from nashra.arabic.hamza_masdar import bare_masdar, kasra_masdar


@pytest.mark.parametrize("word, masdar", [
    ("الإعلام", "اعلام"), ("وإعمار", "اعمار"), ("إنفاقها", "انفاق"), ("بالإحياء", "احياء"),
    ("إضراباً", "اضراب"), ("الإيرادات", "ايراد"), ("لإلهام", "الهام"), ("الإِعْلام", "اعلام"),
])
def test_a_word_written_with_kasra_hamza_in_the_shape_ifaal(word, masdar):
    assert kasra_masdar(word) == masdar


@pytest.mark.parametrize("word", ["الأعلام", "الاعلام", "إسرائيل", "إيطاليا", "إمرأة", "الإمارات", "إعلامي", "إن"])
def test_other_words_are_no_kasra_masdar(word):
    assert kasra_masdar(word) is None


@pytest.mark.parametrize("word, masdar", [("الاعلام", "اعلام"), ("اعمار", "اعمار"), ("الالهام", "الهام"),
                                          ("الحاق", "الحاق")])
def test_a_bare_word_of_that_shape_may_be_the_masdar(word, masdar):
    assert bare_masdar(word) == masdar


@pytest.mark.parametrize("word", ["الناس", "الإعلام", "الأعلام", "العام"])
def test_the_article_before_a_word_and_a_written_hamza_are_no_bare_masdar(word):
    assert bare_masdar(word) is None
