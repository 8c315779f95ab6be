"""The security-code picture draws every character of its sum: no empty boxes for a glyph the
font lacks (the minus sign U+2212 was drawn as one)."""

import pytest
from PIL import Image, ImageDraw

from nashra.comments import captcha

MISSING = "\uffff"  # a code point no font draws: what a missing glyph looks like in this font


def _drawing(text: str, font) -> bytes:
    image = Image.new("L", (60, 60), 0)
    ImageDraw.Draw(image).text((5, 5), text, font=font, fill=255)
    return image.tobytes()


@pytest.mark.parametrize("op", ["+", "−"])
def test_every_character_of_the_sum_has_a_glyph(op):
    font = captcha.picture_font()
    missing = _drawing(MISSING, font)
    assert _drawing("\u2212", font) == missing  # the font really lacks U+2212: the case this guards
    for part in captcha.picture_text({"a": 17, "op": op, "b": 9}):
        for ch in part:
            drawn = _drawing(ch, font)
            assert drawn != missing and any(drawn), f"{ch!r} (U+{ord(ch):04X}) is drawn as an empty box"


def test_a_subtraction_picture_shows_a_minus_and_the_question_says_so():
    assert captcha.picture_text({"a": 12, "op": "−", "b": 3}) == ["12", "-", "3", "="]
    png = captcha.render_png({"a": 12, "op": "−", "b": 3, "answer": 9})
    assert png.startswith(b"\x89PNG")
