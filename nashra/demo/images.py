"""Pictures for demo articles and caricatures, drawn on the fly so no binary is committed."""

import hashlib
from pathlib import Path

from PIL import Image

from .drawings import SCENES, paint

# Part of the file name: pictures drawn by an older version of the drawings are not reused.
VERSION = "v2"


def demo_picture(key: str, folder: Path, size=(1200, 675), scene: str = "building", outline: int = 0) -> Path:
    """A deterministic illustration of ``scene`` for ``key`` (same key and scene → same bytes)."""
    if scene not in SCENES:
        raise ValueError(f"unknown scene {scene!r}")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{key}-{scene}-{VERSION}.jpg"
    if target.exists():
        return target
    image = Image.new("RGB", size)
    paint(image, scene, hashlib.sha256(key.encode()).digest(), outline=outline)
    image.save(target, "JPEG", quality=82)
    return target
