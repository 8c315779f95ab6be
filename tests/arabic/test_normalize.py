"""Letter folding and tokenisation (BRIEF §6). Pure Python: no Django, no database."""

import pytest

from nashra.arabic.normalize import SAFE_TERM_RE, fold_word, normalize, strip_marks, tokenize


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("أحمد", "احمد"),  # hamza above
        ("إسلام", "اسلام"),  # hamza below
        ("آلاف", "الاف"),  # madda
        ("ٱلْقُدْس", "القدس"),  # alef wasla
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مدرسة", "مدرسه"),  # taa marbuta
        ("مسؤول", "مسءول"),  # hamza on waw
        ("مسئول", "مسءول"),  # hamza on yaa: same letter as on waw
        ("فارسی", "فارسي"),  # Persian yeh
        ("کتاب", "كتاب"),  # Persian kaf
    ],
)
def test_each_letter_fold(written, folded):
    assert normalize(written) == folded


def test_both_hamza_seats_fold_together():
    assert normalize("المسؤولين") == normalize("المسئولين")
    assert normalize("شؤون") == normalize("شئون")


def test_harakat_removed_including_superscript_alef_and_sukun():
    assert normalize("وَصَلَ وَزِيرُ الخَارِجِيَّةِ") == "وصل وزير الخارجيه"
    assert normalize("هٰذا") == "هذا"  # U+0670 superscript alef
    assert normalize("عَاصِمَةٌ تَارِيخِيَّةٌ") == "عاصمه تاريخيه"
    assert normalize("\u0628\u065f\u0627") == "با"  # end of the harakat range


def test_tatweel_removed():
    assert normalize("قـــال الجيـــش") == "قال الجيش"


def test_arabic_indic_and_persian_digits_become_latin():
    assert normalize("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert normalize("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert normalize("عام ٢٠٢٤") == "عام 2024"


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066",
                  "\u2069", "\ufeff"],
)
def test_bidi_and_zero_width_characters_removed(invisible):
    assert normalize(f"ال{invisible}قدس") == "القدس"


def test_latin_casefolded():
    assert normalize("BBC Arabic") == "bbc arabic"
    assert normalize("Café STRASSE") == "cafe strasse"


def test_presentation_forms_decomposed():
    assert normalize("\ufefb") == "لا"  # ﻻ lam-alef ligature
    assert normalize("\ufe8d\ufedf\ufed8\ufeaa\ufeb3") == "القدس"


def test_fold_word_can_keep_taa_for_the_stemmer():
    assert fold_word("الحكومة", keep_taa=True) == "الحكومة"
    assert fold_word("الحكومة") == "الحكومه"


def test_strip_marks_keeps_letters_unfolded():
    assert strip_marks("عَلَى") == "على"
    assert strip_marks("عَلِيّ") == "علي"
    assert strip_marks("إِلَى") == "إلى"


def test_tokens_keep_original_spelling_and_offsets():
    text = "وَصَلَ وَزِيرُ الخَارِجِيَّةِ إِلَى عَمَّانَ."
    tokens = tokenize(text)
    assert [t.original for t in tokens] == ["وَصَلَ", "وَزِيرُ", "الخَارِجِيَّةِ", "إِلَى", "عَمَّانَ"]
    assert [t.norm for t in tokens] == ["وصل", "وزير", "الخارجيه", "الي", "عمان"]
    for t in tokens:
        assert text[t.start:t.end] == t.original


@pytest.mark.parametrize(
    "word", ["الخَارِجِيَّةِ", "قـــال", "الجيـــش", "بـاسم", "ال\u200cقدس", "ال\u200dقدس", "عَاصِمَةٌ"],
)
def test_harakat_tatweel_and_zero_width_do_not_split_a_word(word):
    tokens = tokenize(f"قبل {word} بعد")
    assert [t.original for t in tokens] == ["قبل", word, "بعد"]


@pytest.mark.parametrize(
    "sep",
    ["،", "؛", "؟", "«", "»", '"', "'", "“", "”", "(", ")", ":", "*", "!", ".", "-", "/", "\n", "\t", "٪"],
)
def test_punctuation_separates_words(sep):
    assert [t.norm for t in tokenize(f"وزير{sep}الخارجية")] == ["وزير", "الخارجيه"]


def test_guillemets_around_words():
    assert [t.original for t in tokenize("قال «الجيش» إن")] == ["قال", "الجيش", "إن"]


def test_digits_and_latin_are_words_apart_from_arabic_letters():
    tokens = tokenize("في ٢٠٢٤م زاد سعر iPhone15 بنسبة 3%")
    assert [t.norm for t in tokens] == ["في", "2024", "م", "زاد", "سعر", "iphone15", "بنسبه", "3"]
    assert [t.arabic for t in tokens][:3] == [True, False, True]


def test_bidi_marks_around_a_word_are_not_part_of_it():
    text = "\u200fالقدس\u200f غزة"
    tokens = tokenize(text)
    assert [t.original for t in tokens] == ["القدس", "غزة"]
    assert text[tokens[0].start:tokens[0].end] == "القدس"


def test_emoji_symbols_and_other_scripts_make_no_tokens():
    assert tokenize("😀 ✓ → ★ 中文 Москва") == []


def test_empty_and_blank_text():
    assert tokenize("") == []
    assert tokenize("   \n\t ") == []
    assert normalize("") == ""


def test_safe_term_pattern():
    assert SAFE_TERM_RE.fullmatch("مسءول2024abc")
    for bad in ['"', "*", ":", "NEAR", "a b", "ة", "ـ", "'"]:
        assert not SAFE_TERM_RE.fullmatch(bad)


def test_fast_word_pattern_finds_the_same_words():
    """Text without invisible characters takes the plain regex; it must split exactly as the full one."""
    from nashra.arabic.normalize import _PLAIN_WORD_RE, _WORD_RE, word_pattern

    plain = "قـــال الوزيرُ «الحكومة» 2025 COVID-19 وé؟ ﻻ مدارس،الجامعات"
    assert word_pattern(plain) is _PLAIN_WORD_RE
    assert _PLAIN_WORD_RE.findall(plain) == _WORD_RE.findall(plain)
    joined = "الحكو\u200cمة \u200fنص\u200f"  # a zero-width non-joiner inside a word, bidi marks around one
    assert word_pattern(joined) is _WORD_RE
    assert [t.original for t in tokenize(joined)] == ["الحكو\u200cمة", "نص"]
