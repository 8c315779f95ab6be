"""Pictures for demo articles, drawn on the fly so no binary is committed."""

import hashlib
from pathlib import Path

from PIL import Image, ImageDraw

PALETTE = [(20, 61, 89), (143, 45, 86), (33, 104, 105), (188, 108, 37), (58, 74, 126), (96, 108, 56)]


def demo_picture(key: str, folder: Path, size=(1200, 675)) -> Path:
    """A deterministic abstract picture for ``key`` (same key → same bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{key}.jpg"
    if target.exists():
        return target
    seed = hashlib.sha256(key.encode()).digest()
    base = PALETTE[seed[0] % len(PALETTE)]
    accent = PALETTE[seed[1] % len(PALETTE)]
    image = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(image)
    width, height = size
    for i in range(height):
        shade = tuple(int(c * (0.55 + 0.45 * i / height)) for c in base)
        draw.line([(0, i), (width, i)], fill=shade)
    for n in range(6):
        x = seed[2 + n] / 255 * width
        y = seed[8 + n] / 255 * height
        r = 40 + seed[14 + n] / 255 * 180
        draw.ellipse([x - r, y - r, x + r, y + r], outline=accent, width=6)
    image.save(target, "JPEG", quality=80)
    return target
