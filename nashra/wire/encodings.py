"""Character sets of agency text files: UTF-8, windows-1256 and ISO-8859-6, set or detected.

Arab agencies still send 7901 and plain-text files in the two legacy single-byte Arabic sets. Both
put Arabic letters in the upper half, at different places: decoding with the wrong one gives either
undefined bytes (ISO-8859-6 leaves half its upper range empty) or a text without «ال», the most
frequent Arabic letter pair. So: UTF-8 if it decodes, else the legacy set with the most «ال».
Pure Python, no Django.
"""

from __future__ import annotations

import codecs

from .errors import WireError

AUTO = ""
KNOWN = {"utf-8": "utf-8", "utf8": "utf-8", "windows-1256": "cp1256", "cp1256": "cp1256",
         "iso-8859-6": "iso8859_6", "iso8859-6": "iso8859_6", "arabic": "iso8859_6"}
LEGACY = ("cp1256", "iso8859_6")
_HAMZA, _YEH, _AL = chr(0x621), chr(0x64A), chr(0x627) + chr(0x644)  # ء, ي and «ال»


def codec_for(name: str) -> str:
    """The Python codec for a configured name; :class:`WireError` ``unknown_encoding`` otherwise."""
    key = (name or "").strip().lower()
    if key in KNOWN:
        return KNOWN[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        raise WireError("unknown_encoding", encoding=name[:60]) from None


def detect(data: bytes) -> str:
    """The codec ``data`` is most likely written in; raises ``unknown_encoding`` when none fits."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best, best_score = None, -1
    for codec in LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        arabic = sum(1 for ch in text if _HAMZA <= ch <= _YEH)
        if arabic < len(text) // 20:  # hardly any Arabic: not an Arabic text in this set
            continue
        score = text.count(_AL) * 10 + arabic
        if score > best_score:
            best, best_score = codec, score
    if best is None:
        raise WireError("unknown_encoding", encoding="?")
    return best


def decode_text(data: bytes, encoding: str = AUTO) -> str:
    """``data`` as text, in the set configured for the source or the detected one."""
    codec = codec_for(encoding) if encoding else detect(data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise WireError("wrong_encoding", encoding=encoding or codec) from None
