"""The starter banned-word list an edition may switch on (it is off until an edition admin does).

Modest on purpose: only words that are insults or abuse whatever the context, in MSA,
Egyptian and Levantine use, plus common English ones. Words that are also ordinary news
vocabulary are left out even when they can be insults: «حيوان» (حديقة الحيوان), «خائن»,
«كذاب» and «منافق» (political accusations a moderator may well publish), «قذر» (حرب قذرة),
«زبالة» (جمع الزبالة), «ساقط» (سقط), «متخلف» (الدول المتخلفة), «خول» (its feminine is
the name «خولة»). Plurals, feminines, Arabizi and obfuscated spellings
are found by the matcher, so each word is listed once, in the singular.

The list is this project's own work (BSD-3-Clause, like the rest of nashra.arabic); it
copies no third-party list.
"""

from __future__ import annotations

__all__ = ["STARTER_WORDS", "starter_text"]

STARTER_WORDS = [
    # Animal insults
    "حمار", "جحش", "بهيم", "كلب", "ابن الكلب", "خنزير",
    # Stupidity
    "غبي", "أهبل", "أحمق", "معتوه",
    # Contempt
    "حقير", "تافه", "منحط", "سافل", "واطي", "نذل", "حثالة", "وضيع",
    # Sexual and family abuse
    "عاهرة", "شرموطة", "قحبة", "منيوك", "متناك", "ابن الحرام", "ابن الشرموطة", "كس أمك", "كسمك", "يلعن أبوك",
    # English
    "idiot", "stupid", "moron", "bitch", "bastard", "asshole", "fuck", "fucking", "shit", "slut", "whore", "retard",
]


def starter_text() -> str:
    """The list as the settings field holds it: a note line, then one word per line."""
    note = "# قائمة مبدئية مقترحة من نشرة: راجِعها وعدّلها (السطر الذي يبدأ بـ # ملاحظة لا تُفحص)"
    return "\n".join([note, *STARTER_WORDS]) + "\n"
