import pytest

from nashra.arabic.digits import ARABIC_INDIC, LATIN, to_digits, to_latin_digits


def test_arabic_indic_converts_every_ascii_digit():
    assert to_digits("0123456789", ARABIC_INDIC) == "٠١٢٣٤٥٦٧٨٩"


def test_arabic_indic_leaves_letters_and_punctuation():
    assert to_digits("09:47 GMT, 2025", ARABIC_INDIC) == "٠٩:٤٧ GMT, ٢٠٢٥"


def test_latin_leaves_text_untouched():
    text = "الثلاثاء ,09 ديسمبر 2025 ٣"
    assert to_digits(text, LATIN) == text


def test_unknown_digit_style_rejected():
    with pytest.raises(ValueError):
        to_digits("1", "roman")


def test_to_latin_maps_arabic_indic_and_persian():
    assert to_latin_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert to_latin_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert to_latin_digits("العدد ٤٢ و۷") == "العدد 42 و7"


def test_round_trip():
    assert to_latin_digits(to_digits("2025-12-09", ARABIC_INDIC)) == "2025-12-09"
