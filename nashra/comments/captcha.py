"""A small self-hosted security code: an addition or subtraction asked in Arabic words
(readable by screen readers) and drawn as a distorted PNG (for sighted readers).

Challenges live where every app process sees them (Redis, else a cache table in the database:
nashra.security.shared) for ``TTL`` seconds, so the picture and the answer may reach any worker.
They are one-time: the first verification attempt, right or wrong, consumes it (a delete that
only one of two simultaneous attempts can win). No network, no third party.
"""

from __future__ import annotations

import io
import math
import secrets

from django.utils.translation import gettext

from nashra.arabic.normalize import normalize
from nashra.security.shared import shared_cache

TTL = 20 * 60
_KEY = "comments:captcha:{}"
# Data, not interface text: the Arabic number words and operator words the question is built
# from (the question's sentence is translated below; these are the puzzle itself).
_WORDS = ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
          "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر",
          "تسعة عشر", "عشرون"]


def _rand(lo: int, hi: int) -> int:
    return lo + secrets.randbelow(hi - lo + 1)


#: How many times a solved code is kept for a form that failed on another field (then it is spent).
KEEP_LIMIT = 3
_OP_WORDS = {"−": "ناقص", "+": "زائد"}


def question(data: dict) -> str:
    return gettext("كم يساوي %(a)s %(op)s %(b)s؟ اكتب الناتج بالأرقام.") % {
        "a": _WORDS[data["a"]], "op": _OP_WORDS[data["op"]], "b": _WORDS[data["b"]],
    }


def new_challenge() -> dict:
    a, b = _rand(2, 20), _rand(1, 9)
    if secrets.randbelow(2) and a > b:
        answer, op_sign = a - b, "−"
    else:
        answer, op_sign = a + b, "+"
    cid = secrets.token_urlsafe(18)
    data = {"a": a, "b": b, "op": op_sign, "answer": answer}
    shared_cache().set(_KEY.format(cid), data, TTL)
    return {"id": cid, "question": question(data)}


def keep_solved(cid: str, data: dict) -> bool:
    """Put back a challenge the reader solved when their comment failed on another field, so the
    corrected form goes through with the same code (they were right; a new sum would read as «your
    code was wrong»). At most KEEP_LIMIT times, so a solved code cannot serve a bot for ever."""
    kept = data.get("kept", 0) + 1
    if kept > KEEP_LIMIT:
        return False
    shared_cache().set(_KEY.format(cid), {**data, "kept": kept}, TTL)
    return True


def get_challenge(cid: str) -> dict | None:
    if not cid or len(cid) > 64:
        return None
    return shared_cache().get(_KEY.format(cid))


def verify(cid: str, answer: str) -> dict | None:
    """The challenge's data when ``answer`` solves challenge ``cid``, else None; it is consumed either
    way (``keep_solved`` puts a solved one back)."""
    data = get_challenge(cid)
    if data is None or not shared_cache().delete(_KEY.format(cid)):
        return None
    digits = "".join(ch for ch in normalize((answer or "").strip()) if ch.isdigit() and ch.isascii())
    return data if digits != "" and len(digits) < 4 and int(digits) == data["answer"] else None


# The picture is drawn with Pillow's bundled font, which has no U+2212 MINUS SIGN (it came out as an
# empty box): the question keeps the true minus sign, the picture draws the hyphen-minus the font has.
_DRAWN_AS = {"−": "-"}


def picture_font():
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=30)
    except TypeError:  # very old Pillow
        return ImageFont.load_default()


def picture_text(data: dict) -> list[str]:
    """The strings drawn on the picture, one per part: «12», «-», «3», «=»."""
    return ["".join(_DRAWN_AS.get(ch, ch) for ch in str(part)) for part in (data["a"], data["op"], data["b"], "=")]


def render_png(data: dict) -> bytes:
    """Draw «a op b =» with Latin digits, wavy and noisy."""
    from PIL import Image, ImageDraw

    width, height = 200, 64
    img = Image.new("RGB", (width, height), (246, 244, 238))
    draw = ImageDraw.Draw(img)
    for _ in range(6):
        draw.line([(_rand(0, width), _rand(0, height)), (_rand(0, width), _rand(0, height))],
                  fill=(_rand(120, 200), _rand(120, 200), _rand(120, 200)), width=1)
    font = picture_font()
    x = 12
    for part in picture_text(data):
        for ch in part:
            glyph = Image.new("RGBA", (40, 50), (0, 0, 0, 0))
            ImageDraw.Draw(glyph).text((6, 4), ch, font=font, fill=(_rand(10, 70), _rand(10, 70), _rand(60, 120)))
            glyph = glyph.rotate(_rand(-25, 25), resample=Image.BICUBIC, expand=False)
            img.paste(glyph, (x, _rand(2, 14)), glyph)
            x += _rand(18, 24)
        x += 8
    # A sine warp defeats naive OCR but stays legible.
    phase, amp = _rand(0, 628) / 100, _rand(2, 4)
    warped = Image.new("RGB", (width, height), (246, 244, 238))
    for col in range(width):
        shift = int(amp * math.sin(col / 9 + phase))
        warped.paste(img.crop((col, 0, col + 1, height)), (col, shift))
    draw = ImageDraw.Draw(warped)
    for _ in range(180):
        draw.point((_rand(0, width - 1), _rand(0, height - 1)), fill=(_rand(0, 160),) * 3)
    out = io.BytesIO()
    warped.save(out, format="PNG", optimize=True)
    return out.getvalue()
