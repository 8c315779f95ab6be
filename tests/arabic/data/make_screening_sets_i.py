"""Make screening set "i": screening_insults_i.json and screening_clean_i.json (blind set).

Set "i", blind.  Written on 2026-12-07 by a helper session within a 35-minute budget.  What it read: only the
earlier data files tests/arabic/data/screening_insults*.json and screening_clean*.json (to copy the JSON shape,
the per-item "kind" labels, and to avoid every banned entry and every text used by sets a-h) and, for format
only, the generator tests/arabic/data/make_screening_sets_h.py.  It did not open anything under nashra/, any
test .py file, the README, bench/ or docs/, did not import the nashra package and never ran the matcher.

Method
------
* The banned list (20 Arabic single words from MSA and Gulf, Iraqi, Levantine, Egyptian and Maghrebi usage,
  5 Arabic two-word phrases, 5 English words) is hand-written below; none of them is in the banned lists of
  sets a-h (checked at run time against those files when they are present).
* Every inflection (article, proclitics, glued vocative, pronoun suffixes, feminine, sound/broken plural,
  dual, ta/ha, alif maqsura, hamza seat or dropped hamza, ئ as ي, dialect consonants ق>ء/ك/گ, ث>ت/س, ذ>ز/د,
  ظ>ض/ز, ص<>س, harakat) and every Arabizi and English variant is hand-written in this file.
* Character-level disguises (tatweel, repeated letters, letters spaced out, dots, punctuation, symbols,
  emoji or Latin letters between letters, censoring star, one inner space, zero-width joiner/non-joiner,
  Persian/Urdu ک ی ہ, dotless letters, glue to previous/next word, letters spaced out right after another
  word) are applied mechanically to hand-written forms; a seeded random.Random(20261207) chooses forms,
  frames, positions and separators.  Mixed kinds are labelled "a+b" as in set h.
* Comment frames (MSA, Levantine, Egyptian, Gulf, Iraqi, Maghrebi, Arabizi, English) are hand-written.
* Clean comments are hand-written: ordinary news comments plus hard negatives (innocent words sharing
  letters or a root with an entry: ثوم/جرثومة, مسعود/أسعار/مسعور, بعيد/بعير, مهندس/مندس, العاهل/عاهة, محتل/
  احتيال/محتال, مخرج/زخرفة/مخرف, نتنياهو/نتن, زبون/حيزبون, غوغل/غوغائي, طابور الخبز, عصفور, loaf/oaf,
  lagoon/goon, Slobodan/slob, doll/dolt, swing/swine ...).  A few short ordinary comments get a
  hand-written opener or closer so the clean set reaches its size.
* Self-checks: each insult item contains its disguised token; no clean item contains, as a word after
  stripping harakat/tatweel/proclitics, any hand-written form of any entry, nor a phrase entry, nor an English
  entry (case-insensitive, with s/es/ish/y); no insult item contains a second entry; texts are unique and none
  repeats a text of sets a-h; JSON (UTF-8, ensure_ascii=False, indent=1) reads back identical; sizes are
  checked (>= 1200 insult items, >= 500 clean items, >= 150 hard negatives).

Counts: 30 banned entries (20 Arabic words, 5 Arabic phrases, 5 English), 1301 insult items in 235 kind
labels, 540 clean items of which 165 are hand-written hard negatives (the rest: 185 hand-written ordinary
comments and 190 copies of them with a hand-written opener or closer added).

Run from this folder:  python3 make_screening_sets_i.py
"""

import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20261207)

AR_WORDS = [
    "رويبضة",   # MSA/Islamic idiom: contemptible nobody who speaks on public affairs
    "مسعور",    # rabid
    "جرثومة",   # germ
    "شمطاء",    # old hag
    "ببغاء",    # parrot: repeats what he is told
    "نتن",      # stinking
    "مخرف",     # senile, talks nonsense
    "كلاوجي",   # Iraqi: con man
    "مندس",     # political: infiltrator
    "فهلوي",    # Egyptian: trickster, wheeler-dealer
    "بعير",     # camel: dumb brute
    "مهايطي",   # Gulf: show-off braggart
    "داشر",     # Levantine: vagabond, good-for-nothing
    "حيزبون",   # old hag, shrew
    "شحاذ",     # beggar
    "محتال",    # swindler
    "غوغائي",   # rabble-rouser
    "عاهة",     # defect, cripple
    "مسطي",     # Moroccan/Algerian: crazy
    "قبيح",     # ugly, vile
]
PHRASES = ["طابور خامس", "مخ عصفور", "أبو لسانين", "عديم الفهم", "تاجر دين"]
EN_WORDS = ["swine", "dolt", "oaf", "goon", "slob"]
BANNED = AR_WORDS + PHRASES + EN_WORDS

# ----------------------------------------------------------------------------------------------------------
# Hand-written forms of the Arabic single words: entry -> list of (kind, form)
# ----------------------------------------------------------------------------------------------------------
FORMS = {
    "رويبضة": [
        ("plain", "رويبضة"), ("article", "الرويبضة"), ("proclitic_article", "بالرويبضة"),
        ("proclitic_article", "والرويبضة"), ("proclitic_article", "للرويبضة"), ("vocative", "يا رويبضة"),
        ("vocative_glued", "يارويبضة"), ("hal_demonstrative", "هالرويبضة"), ("ta_as_ha", "رويبضه"),
        ("article+ta_as_ha", "الرويبضه"), ("broken_plural", "رويبضات"), ("pronoun_suffix", "رويبضتهم"),
        ("pronoun_suffix", "رويبضتكم"), ("dialect_consonant", "رويبظة"), ("dialect_consonant", "رويبزة"),
        ("harakat", "رُوَيْبِضَة"), ("dual", "رويبضتين"),
    ],
    "مسعور": [
        ("plain", "مسعور"), ("article", "المسعور"), ("proclitic_article", "والمسعور"),
        ("proclitic_article", "بالمسعور"), ("vocative", "يا مسعور"), ("vocative_glued", "يامسعور"),
        ("hal_demonstrative", "هالمسعور"), ("feminine", "مسعورة"), ("feminine+ta_as_ha", "مسعوره"),
        ("sound_plural", "مسعورين"), ("sound_plural", "المسعورون"),
        ("pronoun_suffix", "مسعورهم"), ("dual", "المسعورين الاثنين"), ("harakat", "مَسْعُور"),
        ("dialect_consonant", "مصعور"), ("proclitic", "فمسعور"),
    ],
    "جرثومة": [
        ("plain", "جرثومة"), ("article", "الجرثومة"), ("proclitic_article", "بالجرثومة"),
        ("proclitic_article", "وهالجرثومة"), ("vocative", "يا جرثومة"), ("vocative_glued", "ياجرثومة"),
        ("ta_as_ha", "جرثومه"), ("article+ta_as_ha", "الجرثومه"), ("broken_plural", "جراثيم"),
        ("broken_plural", "الجراثيم"), ("pronoun_suffix", "جرثومتهم"), ("dual", "جرثومتين"),
        ("dialect_consonant", "جرتومة"), ("dialect_consonant", "جرسومة"), ("harakat", "جُرْثُومَة"),
        ("hal_demonstrative", "هالجرثومة"), ("sound_plural", "جرثومات"),
    ],
    "شمطاء": [
        ("plain", "شمطاء"), ("article", "الشمطاء"), ("proclitic_article", "بالشمطاء"),
        ("vocative", "يا شمطاء"), ("vocative_glued", "ياشمطاء"), ("hamza", "شمطا"), ("hamza", "شمطاا"),
        ("article+hamza", "الشمطا"), ("hal_demonstrative", "هالشمطا"),
        ("pronoun_suffix", "شمطاؤهم"), ("sound_plural", "شمطاوات"),
        ("harakat", "شَمْطَاء"), ("proclitic", "وشمطاء"),
    ],
    "ببغاء": [
        ("plain", "ببغاء"), ("article", "الببغاء"), ("proclitic_article", "كالببغاء"),
        ("proclitic_article", "بالببغاء"), ("vocative", "يا ببغاء"), ("vocative_glued", "ياببغاء"),
        ("hamza", "ببغا"), ("article+hamza", "الببغا"), ("hamza", "ببغاا"), ("sound_plural", "ببغاوات"),
        ("sound_plural", "الببغاوات"), ("hal_demonstrative", "هالببغا"), ("pronoun_suffix", "ببغاؤهم"),
        ("pronoun_suffix", "ببغاوتهم"), ("harakat", "بَبَّغَاء"),
    ],
    "نتن": [
        ("plain", "نتن"), ("article", "النتن"), ("proclitic_article", "والنتن"), ("vocative", "يا نتن"),
        ("vocative_glued", "يانتن"), ("hal_demonstrative", "هالنتن"), ("feminine", "نتنة"),
        ("feminine+ta_as_ha", "نتنه"), ("sound_plural", "نتنين"),
        ("pronoun_suffix", "نتنهم"), ("harakat", "نَتِن"), ("harakat", "نِتِن"), ("proclitic", "فنتن"),
        ("article+feminine", "النتنة"),
    ],
    "مخرف": [
        ("plain", "مخرف"), ("article", "المخرف"), ("proclitic_article", "بالمخرف"),
        ("proclitic_article", "وهالمخرف"), ("vocative", "يا مخرف"), ("vocative_glued", "يامخرف"),
        ("hal_demonstrative", "هالمخرف"), ("feminine", "مخرفة"), ("feminine+ta_as_ha", "مخرفه"),
        ("sound_plural", "مخرفين"), ("sound_plural", "المخرفون"), ("pronoun_suffix", "مخرفهم"),
        ("harakat", "مُخَرِّف"), ("dual", "مخرفين الاثنين"), ("shadda", "مخرّف"),
    ],
    "كلاوجي": [
        ("plain", "كلاوجي"), ("article", "الكلاوجي"), ("proclitic_article", "والكلاوجي"),
        ("vocative", "يا كلاوجي"), ("vocative_glued", "ياكلاوجي"), ("hal_demonstrative", "هالكلاوجي"),
        ("alif_maqsura", "كلاوجى"), ("feminine", "كلاوجية"), ("sound_plural", "كلاوجية"),
        ("sound_plural", "الكلاوجية"), ("pronoun_suffix", "كلاوجيهم"), ("dialect_consonant", "چلاوجي"),
        ("dialect_consonant", "كلاوچي"), ("harakat", "كَلَاوْجِي"), ("proclitic", "فكلاوجي"),
    ],
    "مندس": [
        ("plain", "مندس"), ("article", "المندس"), ("proclitic_article", "بالمندس"),
        ("proclitic_article", "والمندسين"), ("vocative", "يا مندس"), ("vocative_glued", "يامندس"),
        ("hal_demonstrative", "هالمندس"), ("feminine", "مندسة"), ("feminine+ta_as_ha", "مندسه"),
        ("sound_plural", "مندسين"), ("sound_plural", "المندسون"), ("pronoun_suffix", "مندسهم"),
        ("harakat", "مُنْدَسّ"), ("shadda", "مندسّ"), ("dialect_consonant", "مندص"), ("dual", "مندسين اثنين"),
    ],
    "فهلوي": [
        ("plain", "فهلوي"), ("article", "الفهلوي"), ("proclitic_article", "بالفهلوي"),
        ("vocative", "يا فهلوي"), ("vocative_glued", "يافهلوي"), ("hal_demonstrative", "هالفهلوي"),
        ("alif_maqsura", "فهلوى"), ("article+alif_maqsura", "الفهلوى"), ("feminine", "فهلوية"),
        ("sound_plural", "فهلوية"), ("sound_plural", "الفهلوية"), ("pronoun_suffix", "فهلويهم"),
        ("harakat", "فَهْلَوِي"), ("shadda", "فهلويّ"), ("proclitic", "وفهلوي"),
    ],
    "بعير": [
        ("plain", "بعير"), ("article", "البعير"), ("proclitic_article", "والبعير"),
        ("proclitic_article", "كالبعير"), ("vocative", "يا بعير"), ("vocative_glued", "يابعير"),
        ("hal_demonstrative", "هالبعير"), ("broken_plural", "بعران"), ("broken_plural", "أباعر"),
        ("broken_plural", "البعارين"), ("pronoun_suffix", "بعيرهم"), ("dual", "بعيرين"),
        ("harakat", "بَعِير"), ("dotless_letters", "بعىر"), ("proclitic", "فبعير"),
    ],
    "مهايطي": [
        ("plain", "مهايطي"), ("article", "المهايطي"), ("proclitic_article", "والمهايطي"),
        ("vocative", "يا مهايطي"), ("vocative_glued", "يامهايطي"), ("hal_demonstrative", "هالمهايطي"),
        ("alif_maqsura", "مهايطى"), ("feminine", "مهايطية"), ("sound_plural", "مهايطية"),
        ("sound_plural", "المهايطيين"), ("pronoun_suffix", "مهايطيهم"), ("harakat", "مْهَايْطِي"),
        ("dialect_consonant", "مهايتي"), ("hamza", "مهائطي"),
    ],
    "داشر": [
        ("plain", "داشر"), ("article", "الداشر"), ("proclitic_article", "بالداشر"),
        ("vocative", "يا داشر"), ("vocative_glued", "ياداشر"), ("hal_demonstrative", "هالداشر"),
        ("feminine", "داشرة"), ("feminine+ta_as_ha", "داشره"), ("sound_plural", "داشرين"),
        ("pronoun_suffix", "داشرهم"), ("harakat", "دَاشِر"),
        ("proclitic", "وداشر"), ("sound_plural", "الداشرين"),
    ],
    "حيزبون": [
        ("plain", "حيزبون"), ("article", "الحيزبون"), ("proclitic_article", "والحيزبون"),
        ("vocative", "يا حيزبون"), ("vocative_glued", "ياحيزبون"), ("hal_demonstrative", "هالحيزبون"),
        ("feminine", "حيزبونة"), ("feminine+ta_as_ha", "حيزبونه"),
        ("pronoun_suffix", "حيزبونهم"), ("harakat", "حَيْزَبُون"), ("dialect_consonant", "حيذبون"),
        ("dotless_letters", "حىزبون"), ("proclitic", "فحيزبون"),
    ],
    "شحاذ": [
        ("plain", "شحاذ"), ("article", "الشحاذ"), ("proclitic_article", "كالشحاذ"),
        ("vocative", "يا شحاذ"), ("vocative_glued", "ياشحاذ"), ("hal_demonstrative", "هالشحاذ"),
        ("feminine", "شحاذة"), ("sound_plural", "شحاذين"),
        ("pronoun_suffix", "شحاذهم"), ("harakat", "شَحَّاذ"), ("dialect_consonant", "شحاد"),
        ("dialect_consonant", "شحاز"), ("article+dialect_consonant", "الشحاد"), ("shadda", "شحّاذ"),
    ],
    "محتال": [
        ("plain", "محتال"), ("article", "المحتال"), ("proclitic_article", "بالمحتال"),
        ("vocative", "يا محتال"), ("vocative_glued", "يامحتال"), ("hal_demonstrative", "هالمحتال"),
        ("feminine", "محتالة"), ("feminine+ta_as_ha", "محتاله"), ("sound_plural", "محتالين"),
        ("sound_plural", "المحتالون"), ("pronoun_suffix", "محتالهم"), ("dual", "محتالان"),
        ("harakat", "مُحْتَال"), ("proclitic", "ومحتال"),
    ],
    "غوغائي": [
        ("plain", "غوغائي"), ("article", "الغوغائي"), ("proclitic_article", "والغوغائي"),
        ("vocative", "يا غوغائي"), ("vocative_glued", "ياغوغائي"), ("hamza", "غوغاءي"),
        ("ya_for_hamza", "غوغايي"), ("hamza", "غوغاي"), ("alif_maqsura", "غوغائى"),
        ("feminine", "غوغائية"), ("sound_plural", "غوغائيين"), ("sound_plural", "الغوغائيون"),
        ("pronoun_suffix", "غوغائيهم"), ("harakat", "غَوْغَائِي"),
        ("hal_demonstrative", "هالغوغائي"),
    ],
    "عاهة": [
        ("plain", "عاهة"), ("article", "العاهة"), ("proclitic_article", "بالعاهة"),
        ("vocative", "يا عاهة"), ("vocative_glued", "ياعاهة"), ("hal_demonstrative", "هالعاهة"),
        ("ta_as_ha", "عاهه"), ("article+ta_as_ha", "العاهه"), ("sound_plural", "عاهات"),
        ("sound_plural", "العاهات"), ("pronoun_suffix", "عاهتهم"), ("pronoun_suffix", "عاهتكم"),
        ("harakat", "عَاهَة"), ("dual", "عاهتين"),
    ],
    "مسطي": [
        ("plain", "مسطي"), ("article", "المسطي"), ("proclitic_article", "بالمسطي"),
        ("vocative", "يا مسطي"), ("vocative_glued", "يامسطي"), ("alif_maqsura", "مسطى"),
        ("feminine", "مسطية"), ("sound_plural", "مسطيين"), ("sound_plural", "المسطيين"),
        ("pronoun_suffix", "مسطيهم"), ("dialect_consonant", "مصطي"), ("article+dialect_consonant", "المصطي"),
        ("harakat", "مْسَطِّي"), ("hal_demonstrative", "هالمسطي"),
    ],
    "قبيح": [
        ("plain", "قبيح"), ("article", "القبيح"), ("proclitic_article", "والقبيح"),
        ("vocative", "يا قبيح"), ("vocative_glued", "ياقبيح"), ("hal_demonstrative", "هالقبيح"),
        ("feminine", "قبيحة"), ("feminine+ta_as_ha", "قبيحه"), ("sound_plural", "قبيحين"),
        ("broken_plural", "قباح"), ("pronoun_suffix", "قبيحهم"), ("harakat", "قَبِيح"),
        ("dialect_consonant", "أبيح"), ("dialect_consonant", "گبيح"), ("dialect_consonant", "كبيح"),
        ("dotless_letters", "قبىح"),
    ],
}

ARABIZI = {
    "رويبضة": [("arabizi_letters", "rwaybida"), ("arabizi_letters", "ruwaibida"), ("arabizi_article", "el rwaybda")],
    "مسعور": [("arabizi_digits", "mas3oor"), ("arabizi_digits", "mes3our"), ("arabizi_article", "el mas3ur")],
    "جرثومة": [("arabizi_letters", "jarthoomeh"), ("arabizi_letters", "gorthoma"), ("arabizi_letters", "jarsoume")],
    "شمطاء": [("arabizi_digits", "shamta2"), ("arabizi_letters", "chamta"), ("arabizi_digits", "sham6a2")],
    "ببغاء": [("arabizi_digits", "babgha2"), ("arabizi_letters", "baba8a"), ("arabizi_digits", "bab8a2")],
    "نتن": [("arabizi_letters", "naten"), ("arabizi_letters", "natin"), ("arabizi_article", "el naten")],
    "مخرف": [("arabizi_digits", "m5arref"), ("arabizi_letters", "mkharref"), ("arabizi_digits", "mo5arif")],
    "كلاوجي": [("arabizi_letters", "kalawchi"), ("arabizi_letters", "klawji"), ("arabizi_letters", "chalawchi")],
    "مندس": [("arabizi_letters", "mendass"), ("arabizi_letters", "mondas"), ("arabizi_article", "el mundass")],
    "فهلوي": [("arabizi_letters", "fahlawy"), ("arabizi_letters", "fahlawi"), ("arabizi_article", "el fahlawi")],
    "بعير": [("arabizi_digits", "ba3eer"), ("arabizi_digits", "b3ir"), ("arabizi_vocative", "ya ba3eer")],
    "مهايطي": [("arabizi_letters", "mhayti"), ("arabizi_digits", "mhay6i"), ("arabizi_letters", "mehaiti")],
    "داشر": [("arabizi_letters", "dasher"), ("arabizi_letters", "dacher"), ("arabizi_vocative", "ya dashir")],
    "حيزبون": [("arabizi_digits", "7ayzaboon"), ("arabizi_digits", "7aizbun"), ("arabizi_article", "el 7ayzaboun")],
    "شحاذ": [("arabizi_digits", "sha77ath"), ("arabizi_digits", "sha7az"), ("arabizi_digits", "cha77ad")],
    "محتال": [("arabizi_digits", "mo7tal"), ("arabizi_digits", "mu7taal"), ("arabizi_vocative", "ya m7tal")],
    "غوغائي": [("arabizi_digits", "ghawgha2i"), ("arabizi_digits", "8aw8a2i"), ("arabizi_letters", "ghoghai")],
    "عاهة": [("arabizi_digits", "3aha"), ("arabizi_digits", "3aahe"), ("arabizi_vocative", "ya 3ahah")],
    "مسطي": [("arabizi_letters", "mesti"), ("arabizi_digits", "ms6i"), ("arabizi_digits", "m9ti")],
    "قبيح": [("arabizi_digits", "2abee7"), ("arabizi_digits", "9bi7"), ("arabizi_digits", "gabee7")],
}

PHRASE_FORMS = {
    "طابور خامس": [
        ("phrase_plain", "طابور خامس"), ("phrase_article", "الطابور الخامس"),
        ("phrase_proclitic", "بالطابور الخامس"), ("phrase_proclitic", "والطابور الخامس"),
        ("phrase_head_inflected", "طوابير خامسة"), ("phrase_hashtag", "#طابور_خامس"),
        ("phrase_hashtag", "#الطابور_الخامس"), ("phrase_joined", "طابورخامس"), ("phrase_hyphen", "طابور-خامس"),
        ("phrase_harakat", "طَابُورٌ خَامِسٌ"), ("phrase_tatweel", "طابـــور خامـــس"),
        ("phrase_dialect_consonant", "تابور خامس"),
    ],
    "مخ عصفور": [
        ("phrase_plain", "مخ عصفور"), ("phrase_pronoun_suffix", "مخه مخ عصفور"),
        ("phrase_proclitic", "بمخ عصفور"), ("phrase_vocative", "يا مخ عصفور"), ("phrase_hashtag", "#مخ_عصفور"),
        ("phrase_joined", "مخعصفور"), ("phrase_hyphen", "مخ-عصفور"), ("phrase_harakat", "مُخّ عُصْفُور"),
        ("phrase_tatweel", "مخ عصـــفور"), ("phrase_dialect_consonant", "مخ عسفور"),
        ("phrase_head_inflected", "مخ العصفور"), ("phrase_plural", "مخاخ عصافير"),
    ],
    "أبو لسانين": [
        ("phrase_plain", "أبو لسانين"), ("phrase_hamza", "ابو لسانين"), ("phrase_hamza", "إبو لسانين"),
        ("phrase_vocative", "يا أبو لسانين"), ("phrase_vocative", "يابو لسانين"),
        ("phrase_head_inflected", "أم لسانين"), ("phrase_head_inflected", "أبو اللسانين"),
        ("phrase_hashtag", "#ابو_لسانين"), ("phrase_joined", "أبولسانين"), ("phrase_hyphen", "أبو-لسانين"),
        ("phrase_harakat", "أَبُو لِسَانَيْن"), ("phrase_tatweel", "أبـــو لســانين"),
        ("phrase_alif_maqsura", "ابو لسانىن"),
    ],
    "عديم الفهم": [
        ("phrase_plain", "عديم الفهم"), ("phrase_no_article", "عديم فهم"), ("phrase_vocative", "يا عديم الفهم"),
        ("phrase_head_inflected", "عديمة الفهم"), ("phrase_head_inflected", "عديمي الفهم"),
        ("phrase_head_inflected", "عديمين الفهم"), ("phrase_proclitic", "والعديم الفهم"),
        ("phrase_hashtag", "#عديم_الفهم"), ("phrase_joined", "عديمالفهم"), ("phrase_hyphen", "عديم-الفهم"),
        ("phrase_harakat", "عَدِيمُ الفَهْمِ"), ("phrase_tatweel", "عديـــم الفهـــم"),
        ("phrase_ta_as_ha", "عديمه الفهم"),
    ],
    "تاجر دين": [
        ("phrase_plain", "تاجر دين"), ("phrase_plural", "تجار دين"), ("phrase_plural", "تجار الدين"),
        ("phrase_article", "تاجر الدين"), ("phrase_vocative", "يا تاجر دين"), ("phrase_proclitic", "وتجار الدين"),
        ("phrase_hashtag", "#تجار_الدين"), ("phrase_joined", "تاجردين"), ("phrase_hyphen", "تاجر-دين"),
        ("phrase_harakat", "تَاجِرُ دِينٍ"), ("phrase_tatweel", "تاجـــر ديـــن"),
        ("phrase_head_inflected", "تاجرة دين"), ("phrase_dialect_consonant", "تاگر دين"),
    ],
}

PHRASE_ARABIZI = {
    "طابور خامس": ["taboor khames", "6aboor 5ames", "el taboor el khamis", "tabour 5amis"],
    "مخ عصفور": ["mokh 3asfoor", "mo5 3asfour", "mukh 3usfur", "mo5o mo5 3asfoor"],
    "أبو لسانين": ["abu lsanen", "abou lsanain", "abo lesaneen", "ya abu lisanein"],
    "عديم الفهم": ["3adeem el fahm", "3adim al fahem", "3adeemt el fahm", "3deem fahm"],
    "تاجر دين": ["tajer deen", "tager din", "toggar el deen", "tijjar el din"],
}

EN_FORMS = {
    "swine": [
        ("en_plain", "swine"), ("en_capitalised", "SWINE"), ("en_capitalised", "Swine"), ("en_leet", "sw1ne"),
        ("en_leet", "5w!n3"), ("en_symbols", "sw*ne"), ("en_symbols", "s.w.i.n.e"), ("en_spaced", "s w i n e"),
        ("en_hyphen", "sw-ine"), ("en_doubled_letters", "swiiine"), ("en_soundalike", "swyne"),
        ("en_missing_letter", "swne"), ("en_suffix_form", "swinish"), ("en_homoglyph", "swіne"),
        ("en_fullwidth", "ｓｗｉｎｅ"), ("en_zero_width", "sw\u200bine"), ("en_plural", "swines"),
        ("en_arabic_script", "سواين"),
    ],
    "dolt": [
        ("en_plain", "dolt"), ("en_plural", "dolts"), ("en_capitalised", "DOLT"), ("en_capitalised", "Dolt"),
        ("en_leet", "d0lt"), ("en_leet", "d0|7"), ("en_symbols", "d@lt"), ("en_symbols", "d.o.l.t"),
        ("en_spaced", "d o l t"), ("en_hyphen", "do-lt"), ("en_doubled_letters", "dooolt"),
        ("en_soundalike", "doult"), ("en_suffix_form", "doltish"), ("en_homoglyph", "dоlt"),
        ("en_fullwidth", "ｄｏｌｔ"), ("en_zero_width", "do\u200clt"), ("en_plural+en_leet", "d0lts"),

    ],
    "oaf": [
        ("en_plain", "oaf"), ("en_plural", "oafs"), ("en_capitalised", "OAF"), ("en_capitalised", "Oaf"),
        ("en_leet", "0af"), ("en_leet", "0@f"), ("en_symbols", "o*f"), ("en_symbols", "o.a.f"),
        ("en_spaced", "o a f"), ("en_hyphen", "o-af"), ("en_doubled_letters", "oaaaf"),
        ("en_soundalike", "ouf"), ("en_suffix_form", "oafish"), ("en_homoglyph", "оaf"),
        ("en_fullwidth", "ｏａｆ"), ("en_zero_width", "o\u200baf"), ("en_plural+en_capitalised", "OAFS"),
        ("en_suffix_form", "oafishness"),
    ],
    "goon": [
        ("en_plain", "goon"), ("en_plural", "goons"), ("en_capitalised", "GOON"), ("en_capitalised", "Goon"),
        ("en_leet", "g00n"), ("en_leet", "9o0n"), ("en_symbols", "g*on"), ("en_symbols", "g.o.o.n"),
        ("en_spaced", "g o o n"), ("en_hyphen", "goo-n"), ("en_doubled_letters", "gooooon"),
        ("en_soundalike", "goun"), ("en_homoglyph", "gооn"), ("en_fullwidth", "ｇｏｏｎ"),
        ("en_zero_width", "go\u200bon"), ("en_plural+en_leet", "g00nz"),
        ("en_suffix_form", "goonish"),
    ],
    "slob": [
        ("en_plain", "slob"), ("en_plural", "slobs"), ("en_capitalised", "SLOB"), ("en_capitalised", "Slob"),
        ("en_leet", "5l0b"), ("en_leet", "$lob"), ("en_symbols", "sl*b"), ("en_symbols", "s.l.o.b"),
        ("en_spaced", "s l o b"), ("en_hyphen", "sl-ob"), ("en_doubled_letters", "sloooob"),
        ("en_soundalike", "slobb"), ("en_suffix_form", "slobbish"), ("en_homoglyph", "slоb"),
        ("en_fullwidth", "ｓｌｏｂ"), ("en_zero_width", "sl\u200cob"), ("en_plural+en_leet", "5l0bs"),
        ("en_arabic_script", "سلوب"),
    ],
}

# ----------------------------------------------------------------------------------------------------------
# Comment frames (hand-written).  {w} is the disguised token.
# ----------------------------------------------------------------------------------------------------------
AR_FRAMES = [
    "هذا النائب {w} والكل يعرف ذلك",
    "والله العظيم {w} وما بيستحي",
    "مين سمح لهالشخص يطلع على الشاشة؟ {w} بكل معنى الكلمة",
    "الوزير ده {w} ومش عارف هو بيقول إيه",
    "صدق اللي قال عنه {w}",
    "كل يوم تطلع بتصريح أغرب، {w} والله",
    "هاد المعلق {w} وكلشي عارف",
    "ما حد يرد عليه، {w} وبس",
    "شو هالحكي؟ {w} من أول يوم",
    "المذيعة {w} ومن زمان",
    "هذا اللي يسمونه محلل؟ {w} رسمي",
    "خلوه يحكي، {w} ما في منه أمل",
    "رئيس البلدية {w} وصرف الميزانية على نفسه",
    "يعني أنت {w} ولا بتعمل حالك؟",
    "اقرا الخبر أول، {w} انت",
    "المدرب {w} وضيع علينا الدوري",
    "الراجل ده {w} ومالوش أي لازمة",
    "هذا الكاتب {w} ولا يستاهل نقرا له",
    "عيني عينك {w} قدام الكاميرات",
    "ليش كل مرة بتجيبوا هالضيف؟ {w} وممل",
    "اللي عم يعلق فوق {w} ما فهم المقال",
    "الصراحة {w} وما يستاهل منصبه",
    "هذا الزلمة {w} من يومه",
    "خلاص يا جماعة، {w} ما في فايدة",
    "بصراحة المسؤول {w} ويجب محاسبته",
    "والله انك {w} وكلامك ما يمشي",
    "شفتوا المقابلة؟ {w} بكل وضوح",
    "هادا البرلماني {w} وما دار والو",
    "الحكم اليوم {w} وظلمنا",
    "كلامك يدل إنك {w}",
    "الواد ده {w} وعامل فيها فاهم",
    "كل هالتعليقات من {w} ما بيفهم",
    "هيه راح تطلع تقول {w} وانتهينا",
    "قسماً بالله {w} ما يعرف شي",
    "أنا شايف إنه {w} والباقي تفاصيل",
    "الشيخ اللي بالفيديو {w} ويضحك على الناس",
    "ترى {w} ولا تتعب نفسك معه",
    "شنو هذا؟ {w} ويحجي بالسياسة",
    "ما عندو حتى فكرة، {w} صافي",
    "يا عيب الشوم، {w} وبيحكي باسمنا",
    "لا تصدقون شي منه، {w} وما عنده كلمة",
    "اتركوه، {w} وما بيتغير",
    "المحافظ {w} والمدينة غرقانة",
    "نزلوا صورته وكتبوا تحتها {w}",
    "هذي الإعلامية {w} وتدور على الترند",
    "مرة تانية بقولها: {w}",
]
AR_FRAMES_START = [
    "{w} وما بيستحي على حاله",
    "{w} ويتكلم باسم الشعب",
    "{w}! روح اقرا قبل ما تعلق",
    "{w} من يومك وما رح تتغير",
    "{w} ومن حقنا نقولها",
    "{w}، هذا كل اللي عندي",
]
ARABIZI_FRAMES = [
    "wallah enta {w} w ma btefham",
    "howa {w} men zaman, mesh 7aga gdeeda",
    "hada l mas2oul {w} w kolchi 3aref",
    "el wazeer {w} bsara7a",
    "ma fi shak eno {w}",
    "rak {w} khouya, 9ra l maqal",
    "hal mo3alle2 {w} w bas",
    "3ayb 3aleik, {w} w btes7ab 7alak fahem",
    "ya jama3a hada {w} la trodo 3aleh",
    "el ra2ees {w} mn awal yom",
    "lol {w} 100%",
    "shofo el interview, {w} ya3ni",
]
EN_FRAMES = [
    "The minister is a {w}, plain and simple.",
    "Only a {w} would write an article like this.",
    "Stop defending him, the man is a {w}.",
    "What a {w}, he didn't even read the report.",
    "the mayor is such a {w} lol",
    "Honestly the referee was a {w} today.",
    "Typical {w}, blaming everyone except himself.",
    "this {w} should resign tomorrow",
    "He sounds like a total {w} in that interview.",
    "Who let this {w} on live TV?",
]
EN_PLURAL_FRAMES = [
    "All those {w} in the comments are paid.",
    "the ministers are {w} and everybody knows",
    "Parliament is full of {w}.",
    "Bunch of {w} running this club.",
]
EN_MIXED_FRAMES = [
    "الوزير ده {w} بصراحة",
    "هالمدرب {w} وما بيفهم شي",
    "ya3ni he's a {w} w khalas",
    "والله هاد {w} ما بيعرف شي",
    "المذيع {w} honestly",
]
PREV_WORDS = ["هذا", "يعني", "والله", "انت", "هاد", "كلو", "اسكت", "بس", "وهو", "صار"]
NEXT_WORDS = ["وبس", "رسمي", "والله", "وخلاص", "ساكت", "كبير", "صافي"]
EMOJI = ["😂", "🤮", "👎", "🐸", "🤡", "💩", "😡", "🙄"]
PUNCT = [".", "،", "؟", "!", ",", ";", ":", "'", "\""]
SYMBOLS = ["@", "#", "$", "%", "&", "+", "~", "^", "|", "="]
LATIN_FILL = ["x", "k", "z", "q", "v", "j"]
DOTS = ["•", "·", ".", "…"]
ZW = ["\u200c", "\u200d", "\u200b"]
PERSIAN = {"ك": "ک", "ي": "ی", "ه": "ہ", "ى": "ی", "ة": "ۃ"}
DOTLESS = {"ب": "ٮ", "ت": "ٮ", "ث": "ٮ", "ن": "ں", "ي": "ى", "ج": "ح", "خ": "ح", "ذ": "د", "ز": "ر", "ش": "س",
           "ض": "ص", "ظ": "ط", "غ": "ع", "ف": "ڡ", "ق": "ٯ", "ة": "ه"}
HARAKAT_RE = re.compile("[\u064b-\u0652\u0670\u0640]")
VOC_FRAMES = [
    "{w} روح نام", "اسكت {w} ما حدا سألك", "{w}، شو دخلك بالموضوع؟", "ارحمنا شوي {w}",
    "{w} سير تقرا عاد جي تهضر", "خلصنا منك {w}", "{w} مين سألك عن رأيك؟", "بطل تعليقات {w}",
]
PLURAL_FRAMES = [
    "هدول كلهم {w} وما بيتغيروا", "البرلمان مليان {w}", "التعليقات هنا كلها من {w}",
    "ديل {w} ساكت وما عندهم برنامج", "الحكومة كلها {w} للأسف", "نصهم {w} والنص التاني ساكت",
    "شوفوا شلون صاروا {w}", "يا ريت نخلص من {w} بالانتخابات الجاية",
]
SUFFIX_FRAMES = [
    "{w} طلع على التلفزيون امبارح وقال كلام فاضي", "شفتوا {w} شو قال؟", "{w} كتب مقال جديد يمدح فيه الحكومة",
    "ما بدنا {w} يمثلنا بأي مكان", "خلوا {w} عندكم، ما بدنا ياه",
]
HAL_FRAMES = [
    "يعني {w} صار وزير؟", "شو بدو {w} هلأ؟", "مين جاب {w} عالبرنامج؟", "والله {w} ما بيستحي",
    "ما حدا يرد على {w}", "لك {w} شو عم يحكي؟",
]
ARTICLE_FRAMES = [
    "مين {w} اللي بيتكلم كده؟", "ما حدا يسمع لهذا {w}", "طلع {w} على الشاشة وبلش يحكي",
    "أكيد {w} هو اللي كتب التعليق", "ابعدوا عن {w} ولا تردوا عليه",
]
CORE_PREFIXES = ["وهال", "هال", "بال", "وال", "كال", "لل", "يا", "ال"]
CONNECTS = set("بتثجحخسشصضطظعغفقكلمنهيئـ")  # letters joining the next letter


def strip_marks(s):
    return HARAKAT_RE.sub("", s)


def inner_positions(w):
    return list(range(1, len(w)))


def d_tatweel(w):
    pos = [i for i in range(len(w) - 1) if w[i] in CONNECTS]
    if not pos:
        return None
    i = RNG.choice(pos)
    return w[:i + 1] + "ـ" * RNG.randint(2, 5) + w[i + 1:]


def d_repeat(w):
    pos = [i for i, c in enumerate(w) if c in "اويى"] or [len(w) - 1]
    i = RNG.choice(pos)
    return w[:i + 1] + w[i] * RNG.randint(2, 5) + w[i + 1:]


def d_join(w, seps):
    sep = RNG.choice(seps)
    return sep.join(w)


def d_insert(w, pieces, n=1):
    pos = sorted(RNG.sample(inner_positions(w), min(n, len(w) - 1)), reverse=True)
    for i in pos:
        w = w[:i] + RNG.choice(pieces) + w[i:]
    return w


def d_star(w):
    i = RNG.choice(range(1, len(w) - 1)) if len(w) > 2 else 1
    return w[:i] + "*" + w[i + 1:]


def d_map(w, table):
    out = "".join(table.get(c, c) for c in w)
    return out if out != w else None


def d_harakat(w):
    marks = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u064c"]
    return "".join(c + RNG.choice(marks) for c in w)


DISGUISES = [
    ("tatweel", d_tatweel),
    ("repeated_letters", d_repeat),
    ("spaced_letters", lambda w: " ".join(w)),
    ("dots_inside", lambda w: d_join(w, DOTS)),
    ("punctuation_inside", lambda w: d_insert(w, PUNCT, 2)),
    ("symbols_inside", lambda w: d_insert(w, SYMBOLS, 1)),
    ("emoji_inside", lambda w: d_insert(w, EMOJI, 1)),
    ("latin_inside", lambda w: d_insert(w, LATIN_FILL, 1)),
    ("censor_star", d_star),
    ("one_space_inside", lambda w: d_insert(w, [" "], 1)),
    ("zero_width", lambda w: d_insert(w, ZW, 2)),
    ("persian_letters", lambda w: d_map(w, PERSIAN)),
    ("dotless_letters", lambda w: d_map(w, DOTLESS)),
    ("harakat_decorative", d_harakat),
    ("dashes_inside", lambda w: d_join(w, ["-", "_", "ـ-"])),
]
DISGUISE_FN = dict(DISGUISES)
CONTEXT_KINDS = ["glued_to_prev", "glued_to_next", "spaced_after_word"]


PROCLITIC_FRAMES = {
    "بال": ["شو رأيكم {w} اللي طلع امبارح؟", "ما حدا يثق {w} هاد", "لا تثقوا {w} ولا بكلامه"],
    "وال": ["الوزير {w} اللي معه نفس الشي", "هو {w} اللي جنبه وجهين لعملة واحدة"],
    "وهال": ["خلصنا منه {w} اللي معه", "الرئيس {w} اللي جنبه ما حدا فيهم بيفهم"],
    "لل": ["ما في احترام {w} هاد", "لا تعطوا منبر {w} ولا تنشروا كلامه"],
    "كال": ["بيردد كلامهم {w}", "يتصرف {w} بالضبط"],
    "ف": ["أما هو {w} ما بيستاهل ردنا", "ولا تتعب حالك معه، هو من الآخر {w}"],
    "و": ["هو أناني {w} ومش هيتغير", "كذا بصراحة: متكبر {w} ولا يفهم"],
}


def frame_for(kind, form):
    if "proclitic" in kind:
        for pre in ["وهال", "بال", "وال", "لل", "كال", "ف", "و"]:
            if form.startswith(pre):
                return RNG.choice(PROCLITIC_FRAMES[pre])
    if kind.startswith("pronoun_suffix"):
        return RNG.choice(SUFFIX_FRAMES)
    if kind.startswith("hal_demonstrative"):
        return RNG.choice(HAL_FRAMES)
    if kind.startswith("article") and RNG.random() < 0.6:
        return RNG.choice(ARTICLE_FRAMES)
    if form.startswith("يا") or "vocative" in kind:
        return RNG.choice(VOC_FRAMES)
    if "plural" in kind or "dual" in kind:
        return RNG.choice(PLURAL_FRAMES)
    return RNG.choice(AR_FRAMES + AR_FRAMES_START)


def place_context(kind, token):
    """Return (text, token_in_text) for the context kinds, else None."""
    if kind == "glued_to_prev":
        prev = RNG.choice(PREV_WORDS)
        tok = prev + token
        return RNG.choice(["{w} ما بيفهم شي", "شو بدك من {w}", "خلص {w} وانتهى الموضوع"]).format(w=tok), tok
    if kind == "glued_to_next":
        tok = token + RNG.choice(NEXT_WORDS)
        return RNG.choice(["هالمسؤول {w}", "الضيف {w} ما عنده شي", "صاحب المقال {w}"]).format(w=tok), tok
    if kind == "spaced_after_word":
        prev = RNG.choice(PREV_WORDS)
        tok = prev + token[0] + " " + " ".join(token[1:])
        return RNG.choice(["{w} وكلنا عارفين", "والله {w} بالمعنى الحرفي", "{w} ما في غيره"]).format(w=tok), tok
    return None


ITEMS = []
SEEN = set()


def add(text, entry, kind, token):
    assert token in text, (text, token)
    if text in SEEN:
        return False
    SEEN.add(text)
    ITEMS.append({"text": text, "entry": entry, "kind": kind, "_token": token})
    return True


def add_framed(entry, kind, token, frames):
    for _ in range(30):
        if add(RNG.choice(frames).format(w=token), entry, kind, token):
            return True
    return False


def single(form):
    return " " not in form


for entry in AR_WORDS:
    forms = FORMS[entry]
    for kind, form in forms:
        for _ in range(30):
            if add(frame_for(kind, form).format(w=form), entry, kind, form):
                break
    # mechanical disguises on the plain entry
    for dkind, fn in DISGUISES:
        tok = fn(entry)
        if tok and tok != entry:
            add_framed(entry, dkind, tok, AR_FRAMES)
    for ck in CONTEXT_KINDS:
        for _ in range(30):
            text, tok = place_context(ck, entry)
            if add(text, entry, ck, tok):
                break
    # mixed: a hand-written form + a mechanical disguise
    pool = [(k, f) for k, f in forms if single(f) and k not in ("plain", "harakat", "shadda")]
    picks = RNG.sample(pool, min(12, len(pool)))
    for k, f in picks:
        dk, fn = RNG.choice([d for d in DISGUISES if d[0] not in ("harakat_decorative",)])
        tok = fn(f)
        if dk in ("persian_letters", "dotless_letters"):
            pre = next((p for p in CORE_PREFIXES if f.startswith(p) and k.startswith(("hal", "voc", "procl", "art"))),
                       "")
            core = fn(f[len(pre):])
            tok = pre + core if core else None
        if tok and tok != f:
            add(frame_for(k, f).format(w=tok), entry, k + "+" + dk, tok)
    # vocative phrase with disguised word
    dk, fn = RNG.choice(DISGUISES[:11])
    tok = "يا " + fn(entry)
    add(RNG.choice(VOC_FRAMES).format(w=tok), entry, "vocative+" + dk, tok)
    # Arabizi
    spellings = ARABIZI[entry]
    for k, sp in spellings:
        add_framed(entry, k, sp, ARABIZI_FRAMES)
    k, sp = spellings[0]
    vowels = [i for i, c in enumerate(sp) if c in "aeiou"]
    i = RNG.choice(vowels)
    add_framed(entry, "arabizi_repeated", sp[:i + 1] + sp[i] * RNG.randint(2, 4) + sp[i + 1:], ARABIZI_FRAMES)
    add_framed(entry, "arabizi_caps", spellings[1][1].upper(), ARABIZI_FRAMES)
    add_framed(entry, "arabizi_spaced", " ".join(spellings[1][1].replace(" ", "")), ARABIZI_FRAMES)
    add_framed(entry, "arabizi_symbols", "-".join(spellings[2][1].split(" ")[-1]), ARABIZI_FRAMES)
    add_framed(entry, "arabizi_caps+arabizi_repeated",
               (sp[:i + 1] + sp[i] * 3 + sp[i + 1:]).upper(), ARABIZI_FRAMES)

PHRASE_FRAMES = [
    "هذا الإعلامي {w} والكل يعرف", "كل التعليقات هنا من {w}", "الرجل {w} بكل صراحة",
    "والله إنه {w} وما في نقاش", "انتبهوا منه، {w}", "ليش بتستضيفوا {w} كل أسبوع؟",
    "المسؤول ده {w} ومش فاهم حاجة", "خلصونا من هالوجوه، {w}", "{w} ويحكي باسم الناس",
]
for entry in PHRASES:
    for kind, form in PHRASE_FORMS[entry]:
        frames = VOC_FRAMES if "vocative" in kind else PHRASE_FRAMES
        add_framed(entry, kind, form, frames)
    for sp in PHRASE_ARABIZI[entry]:
        add_framed(entry, "phrase_arabizi", sp, ARABIZI_FRAMES)
    add_framed(entry, "phrase_arabizi+arabizi_caps", PHRASE_ARABIZI[entry][0].upper(), ARABIZI_FRAMES)
    first, second = entry.split(" ")
    for dk in ["spaced_letters", "dots_inside", "zero_width", "persian_letters", "dotless_letters",
               "repeated_letters", "emoji_inside", "censor_star", "tatweel", "punctuation_inside"]:
        which = RNG.choice([0, 1])
        parts = [first, second]
        tok = DISGUISE_FN[dk](parts[which])
        if not tok or tok == parts[which]:
            which = 1 - which
            tok = DISGUISE_FN[dk](parts[which])
        if not tok or tok == parts[which]:
            continue
        parts[which] = tok
        add_framed(entry, "phrase_" + dk, " ".join(parts), PHRASE_FRAMES)

for entry in EN_WORDS:
    for kind, form in EN_FORMS[entry]:
        if "plural" in kind:
            frames = EN_PLURAL_FRAMES
        elif kind == "en_suffix_form":
            frames = ["That was a {w} thing to say.", "Such {w} behaviour from a minister.",
                      "the most {w} speech i've heard"]
        elif kind == "en_arabic_script":
            frames = EN_MIXED_FRAMES[:2] + EN_MIXED_FRAMES[3:]
        else:
            frames = EN_FRAMES
        add_framed(entry, kind, form, frames)
    for kind, form in RNG.sample([f for f in EN_FORMS[entry] if "plural" not in f[0]
                                  and f[0] not in ("en_suffix_form", "en_arabic_script")], 7):
        add_framed(entry, kind, form, EN_MIXED_FRAMES)

# ----------------------------------------------------------------------------------------------------------
# Clean comments (hand-written).  HARD: innocent words sharing letters or a root with an entry.
# ----------------------------------------------------------------------------------------------------------
HARD = [
    # رويبضة
    "الأسد رابض في قفصه بحديقة الحيوان والزوار بالمئات",
    "سعر طبق البيض ارتفع هالأسبوع مرة ثانية",
    "رويدا رويدا بدأت الحركة ترجع للأسواق",
    "روى شاهد عيان تفاصيل الحادث للقناة",
    "الري بالتنقيط وفّر كثير من المياه على المزارعين",
    "الكتلة المستقلة صارت بيضة القبان في البرلمان",
    "مزارع الدواجن تشتكي من غلاء العلف وإنتاج البيض نزل",
    # مسعور
    "أسعار الخضار نار هالشهر والله",
    "مسعود بارزاني التقى الوفد الحكومي اليوم في أربيل",
    "وزارة التجارة حددت تسعيرة جديدة لربطة الخبز",
    "حملة تطعيم ضد داء السعار في القرى الحدودية، شكراً للبياطرة",
    "أبو مسعود صاحب المطعم بيعمل أطيب فلافل بالحارة",
    "تسعير البنزين صار يتم كل شهر حسب السعر العالمي",
    "mas3oud el 7alla2 fata7 ma7al jdid bel 7ara",
    # جرثومة
    "الثوم مفيد للمناعة حسب الدراسة الجديدة",
    "موسم الثوم هالسنة كان ممتاز والفلاحين مبسوطين",
    "جرة الغاز صار سعرها غالي على الناس",
    "الشاورما بدون تومة ما بتنفع أبداً",
    "جرت الانتخابات البلدية بهدوء والحمد لله",
    "المختبر الجديد في المستشفى يفحص عينات البكتيريا خلال ساعة",
    # شمطاء
    "المشط الخشبي أفضل للشعر من البلاستيك",
    "مطاط الإطارات ارتفع سعره عالمياً",
    "الشمال يشهد أمطار غزيرة الليلة",
    "الشطة الحارة مع الفول أحلى فطور",
    "شمعة عيد ميلاد جدتي التسعين، الله يطول بعمرها",
    "دار المسنين في المدينة تحتاج متطوعين لرعاية العجائز",
    # ببغاء
    "بغداد تستضيف القمة العربية الشهر الجاي",
    "ضريبة التبغ زادت مع الميزانية الجديدة",
    "المبلغ المطلوب للتسجيل بالنادي بسيط",
    "سوق الطيور فيه كناري وطيور حب بأسعار معقولة",
    "بغض النظر عن النتيجة، الفريق لعب كويس",
    "بائع الطيور قال إن الطيور الملونة صارت مطلوبة كثير",
    # نتن
    "نتنياهو يواجه احتجاجات جديدة في تل أبيب",
    "حكومة نتنياهو أعلنت عن ميزانية الدفاع",
    "نتائج الثانوية العامة تظهر الأسبوع الجاي",
    "بانتظار نتيجة المباراة على أعصابنا",
    "الجسر الجديد متين ويتحمل الشاحنات",
    "رائحة مكب النفايات صارت لا تحتمل، وين البلدية؟",
    # مخرف
    "مخرج الفيلم فاز بجائزة في مهرجان القاهرة",
    "الزخرفة في الجامع الأموي تحفة فنية",
    "فصل الخريف بدأ والجو صار ألطف",
    "سقف القصر مزخرف بطريقة رائعة",
    "المخارج الجديدة على الطريق السريع خففت الزحمة",
    "مرض الزهايمر بيصيب كبار السن ولازم نوعي الأهالي",
    # كلاوجي
    "عملية زرع الكلاوي نجحت والحمد لله على سلامة أبوي",
    "الكلية الطبية بجامعة بغداد فتحت باب التسجيل",
    "كلا الفريقين لعب بشكل جيد والتعادل عادل",
    "ابن عمي صار مهندس وأخيراً لقى شغل بالبصرة",
    "وزارة الداخلية حذرت من الاحتيال عبر الرسائل النصية",
    # مندس
    "المهندس المسؤول عن المشروع شرح التفاصيل بوضوح",
    "نقابة المهندسين انتخبت مجلس جديد",
    "كلية الهندسة أعلنت نتائج القبول",
    "مندوب الوزارة حضر الاجتماع مع الأهالي",
    "الدستور الجديد بحاجة لنقاش مجتمعي",
    "المتظاهرين حافظوا على سلمية المسيرة",
    "mohandes el baladiye wa3ad eno l tari2 yetsalla7",
    # فهلوي
    "بهلوان السيرك أبهر الأطفال",
    "الحلويات الشرقية مطلوبة بالعيد",
    "فهل ستتحرك الحكومة قبل فوات الأوان؟",
    "رضا بهلوي ظهر في مقابلة تلفزيونية جديدة",
    "فهد المولد سجل هدف رائع الليلة",
    "مهلا، الخبر ناقص والصورة مش واضحة",
    # بعير
    "المستشفى بعيد عن القرية والطريق خربان",
    "سباق الهجن في المهرجان جذب آلاف الزوار",
    "أسعار الأعلاف للإبل ارتفعت على المربين",
    "محصول الشعير هالسنة وفير",
    "البعد الاقتصادي للقرار أهم من السياسي",
    "مزاين الإبل مهرجان جميل يحافظ على التراث",
    "ba3eed el mostashfa 3an el qarye, lazem 7al",
    # مهايطي
    "الحكم المحايد هو الحل في الديربي",
    "الحايط وقع بعد المطر والحمد لله ما في إصابات",
    "سفينة شحن تاهت في المحيط الهندي",
    "المهاجرين وصلوا للشاطئ بسلام",
    "الخياطة مهنة حلوة وفيها رزق",
    # داشر
    "البث المباشر للمباراة الساعة ثمانية",
    "مباشرة بعد الخبر ارتفعت الأسهم",
    "فالدشرة ديالنا ما كاينش الماء من جمعة",
    "العاشر من رمضان مدينة صناعية مهمة",
    "الداشبورد في السيارة الجديدة كله شاشات",
    # حيزبون
    "الزبون دائماً على حق",
    "خدمة الزبائن في شركة الاتصالات بطيئة",
    "القانون دخل حيز التنفيذ اليوم",
    "الحيز المخصص للمشاة ضيق جداً",
    "الحزب الحاكم خسر مقاعد في البلديات",
    "موسم قطف الزيتون بدأ في القرى",
    # شحاذ
    "شحن البضائع عبر الميناء تأخر أسبوع",
    "المدرب شحذ همم اللاعبين قبل النهائي",
    "الطريق الجديد يحاذي النهر ومنظره حلو",
    "التسول ظاهرة لازم نعالجها بدعم الأسر الفقيرة",
    "شحن الموبايل صار أسرع مع الشاحن الجديد",
    # محتال
    "الاحتلال يواصل التصعيد في الضفة",
    "الأراضي المحتلة تشهد توتر كبير",
    "احتيال إلكتروني: الشرطة تحذر من رسائل وهمية",
    "احتفال العيد في الساحة كان رائع",
    "توزيع مساعدات على المحتاجين قبل رمضان",
    "mo7tafal kbeer bel sa7a lel 3eed",
    # غوغائي
    "غوغل أطلقت تحديث جديد للخرائط",
    "خرائط غوغل دلتني على طريق غلط",
    "الغوطة الشرقية تحتاج إعادة إعمار",
    "الضوضاء في الحي ما بتنحمل بالليل",
    "أنبوب الغاز الجديد يمر بالمنطقة",
    # عاهة
    "العاهل الأردني استقبل الوفد الأمريكي",
    "العاهل المغربي دشن مشروع جديد للطاقة",
    "المعاهدة الجديدة بين البلدين تدخل حيز التطبيق",
    "معاهد التدريب المهني بحاجة لدعم",
    "حقوق ذوي الإعاقة لازم تتطبق فعلياً",
    "عاهدنا الجماهير على البطولة وإن شاء الله نوفي",
    # مسطي
    "الوسطية والاعتدال هي الطريق",
    "مصطفى مدبولي عقد مؤتمر صحفي",
    "المسطرة والقلم من أساسيات الشنطة المدرسية",
    "البسطات في السوق الشعبي رجعت بعد القرار",
    "وسط البلد زحمة كل خميس",
    "المسطحات الخضراء في الحديقة تحتاج ري",
    "mustapha ja lmatch m3a s7abo, kan jaw zwin",
    # قبيح
    "قبيل المباراة بساعة انقطعت الكهرباء",
    "شيخ القبيلة حل الخلاف بين العائلتين",
    "ذبيحة العيد صار سعرها فوق طاقة الناس",
    "تقبيل يد الوالدين من الأدب",
    "القبة الحديدية اعترضت صواريخ حسب البيان",
    # طابور خامس
    "طابور الخبز صار طويل الصبح",
    "الطابور في السفارة أخذ ساعتين",
    "ابني في الصف الخامس وعنده امتحانات",
    "الجيل الخامس من الاتصالات وصل بلدنا",
    "الفريق في المركز الخامس بالدوري",
    "طابور الصباح في المدرسة فيه نشيد وطني",
    # مخ عصفور
    "عصفور الدوري انتشر بكثرة بالحدائق",
    "جراحة المخ والأعصاب في المستشفى الجديد متطورة",
    "زقزقة العصافير الصبح أحلى منبه",
    "ضرب عصفورين بحجر: وفر المال والوقت",
    "أخصائي مخ وأعصاب نصح بالنوم الكافي",
    # أبو لسانين
    "أبو محمد صاحب الدكان بيعطي دين للجيران",
    "أبو ظبي تستضيف معرض الكتاب",
    "سرطان اللسان يمكن علاجه إذا اكتشف بدري",
    "ابني صار يحكي لغتين بسبب المدرسة",
    "أبو تريكة أسطورة وما في زيه",
    # عديم الفهم
    "غاز أول أكسيد الكربون عديم اللون والرائحة",
    "الفهم العميق للمادة أهم من الحفظ",
    "سوء الفهم بين الطرفين انحل بالحوار",
    "المعلم حريص على فهم الطلاب قبل الامتحان",
    # تاجر دين
    "التاجر رفع الأسعار قبل العيد",
    "الدين العام وصل لأرقام قياسية",
    "تجار الذهب متوقعين انخفاض الأسعار",
    "ديون الأندية صارت مشكلة كبيرة",
    "رجال الدين اجتمعوا لمناقشة مبادرة السلام",
    "التاجر عليه دين كبير للبنك",
    # English entries
    "The swing vote will decide this election.",
    "Swimming pools are closed for maintenance this week.",
    "Swindon Town won two nil at home.",
    "My daughter wants a new doll for Eid.",
    "The market is in the doldrums since summer.",
    "Dolton council approved the new budget.",
    "A loaf of bread costs twice what it did last year.",
    "Loafers are back in fashion apparently.",
    "My mum's meatloaf recipe is the best, no contest.",
    "The lagoon was polluted after the oil spill.",
    "Flights to Rangoon resumed this morning.",
    "Venice lagoon tours are cheaper in winter.",
    "Slobodan Milosevic documentary airs tonight.",
    "Lobster prices went up again at the port.",
    "Slobozia is hosting the regional fair.",
    "أسلوب اللعب تغير كثير مع المدرب الجديد",
    "أسلوب الكاتب سلس وممتع",
    "Goodwill and good food at the charity iftar.",
    "el swing state elections kano crazy",
    "jibt loaf khobz men el bakery el jdide",
]

ORDINARY = [
    "الله يرحم الشهداء ويصبر أهاليهم",
    "متى رح يفتحوا الطريق الدولي؟",
    "الكهرباء مقطوعة عندنا من الصبح",
    "مبروك للمنتخب التأهل، فرحتونا",
    "ياريت الحكومة تهتم بالتعليم أكثر",
    "الجو بارد كثير اليوم ديروا بالكم على الأولاد",
    "الخبر ناقص، وين المصدر؟",
    "شكراً على التغطية الممتازة",
    "رمضان على الأبواب والأسعار مرتفعة",
    "الرواتب ما عادت تكفي لآخر الشهر",
    "المدرسة بتفتح أبوابها الأحد الجاي",
    "الطريق إلى المطار مزدحم جداً",
    "متى موعد المباراة النهائية؟",
    "الحمد لله على نعمة الأمن والأمان",
    "الشباب محتاجين فرص عمل حقيقية",
    "أتمنى للفريق التوفيق في البطولة",
    "الماء مقطوع في حينا من يومين",
    "نطالب البلدية بتصليح الشارع",
    "التقرير ممتاز ومفصل، تسلم إيديكم",
    "اللهم اشف مرضانا ومرضى المسلمين",
    "الدولار ارتفع مرة أخرى مقابل الجنيه",
    "صباح الخير على كل المتابعين",
    "الجامعة أعلنت مواعيد الامتحانات",
    "الحجوزات للعمرة فتحت",
    "المترو الجديد سهل حياتنا كثير",
    "اللاعب يستحق الفرصة في التشكيلة الأساسية",
    "الخبر صحيح، أنا ساكن بالمنطقة",
    "أتمنى تكون الانتخابات نزيهة",
    "الزيت والسكر صاروا غاليين",
    "متى بيرجع الدوام الرسمي؟",
    "الإنترنت بطيء كثير هالأيام",
    "عيد سعيد على الجميع",
    "شو أخبار الطقس للأسبوع الجاي؟",
    "الأطباء يستاهلون كل التقدير",
    "المهرجان كان منظم بشكل رائع",
    "شكراً للدفاع المدني على سرعة الاستجابة",
    "الإيجارات ارتفعت بشكل جنوني",
    "الفريق محتاج مدافع قوي",
    "اللهم بارك لنا في شعبان وبلغنا رمضان",
    "الحفلة تأجلت بسبب المطر",
    "النقل العام محتاج تطوير",
    "ياريت يضيفوا خط باص للجامعة",
    "الحادث كان مؤلم، الله يرحم الضحايا",
    "المعرض مفتوح لحد آخر الشهر",
    "كم سعر الذهب اليوم؟",
    "المنتخب لعب بروح عالية",
    "أطفالنا أمانة في أعناقنا",
    "التعليم عن بعد كان تجربة صعبة",
    "وين بقدر أسجل للمنحة؟",
    "الفيضانات أضرت بالمحاصيل الزراعية",
    "الحكومة وعدت بزيادة الرواتب",
    "الموسم السياحي هالسنة ممتاز",
    "المستشفى محتاج أجهزة جديدة",
    "تحية للمعلمين في يومهم",
    "كل عام وأنتم بخير",
    "الفحص الدوري للسيارة صار إلزامي",
    "بدي أعرف شروط القرض السكني",
    "المقال جميل ويستاهل القراءة",
    "الصيدليات ناقصها أدوية كثير",
    "زحمة السير بالعاصمة صارت كابوس",
    "الملعب كان مليان جماهير",
    "ياريت تنشروا أرقام الطوارئ",
    "مشكورين على المعلومات المفيدة",
    "هل في تعويض للمتضررين من الحريق؟",
    "ما فهمت القرار الجديد، حدا يشرح؟",
    "الأسعار بالسوبرماركت تغيرت بين يوم وليلة",
    "البنك المركزي ثبت سعر الفائدة",
    "الأمطار خير وبركة",
    "انشالله الأمور تتحسن",
    "الطلاب متوترين قبل الامتحان",
    "افتتاح المكتبة العامة خبر حلو",
    "وين صارت قضية الأراضي؟",
    "الحملة الوطنية للتشجير مبادرة رائعة",
    "فخورين بإنجاز العلماء الشباب",
    "الخبز المدعوم صار صعب نلاقيه",
    "متى رح تنزل نتائج المسابقة؟",
    "الطريق الصحراوي خطير بالليل",
    "ربنا يحفظ بلدنا",
    "مين عنده معلومات عن التقديم للجامعة؟",
    "الهلال فاز والدوري اشتعل",
    "الوداد تأهل للدور الجاي، مبروك",
    "الأهلي محتاج يرجع لمستواه",
    "الصيف هالسنة حر بشكل مش طبيعي",
    "الكهرباء رجعت الحمد لله",
    "البلدية زرعت أشجار بالشارع الرئيسي",
    "أسعار تذاكر الطيران مبالغ فيها",
    "التطعيمات متوفرة في المراكز الصحية",
    "المشروع الجديد رح يوفر فرص عمل",
    "الصحافة الحرة أساس الديمقراطية",
    "ياريت يكون في رقابة على الأسعار",
    "المسلسل هالسنة حلو كثير",
    "الجمعية الخيرية وزعت سلال غذائية",
    "متى بيفتح معبر الحدود؟",
    "الامتحانات كانت سهلة الحمد لله",
    "الملف الاقتصادي هو الأهم حالياً",
    "اللاعب الجديد أداؤه ممتاز",
    "البحر هادي اليوم ومناسب للسباحة",
    "الزراعة محتاجة دعم أكبر",
    "المصنع الجديد رح يشغل مئات العمال",
    "الجسر الجديد اختصر المسافة كثير",
    "ياريت تكملوا التقرير بالأرقام",
    "عاشت الأيادي على هالمبادرة",
    "الكتاب اللي نزل جديد يستاهل",
    "ابني نجح بالتوجيهي الحمد لله",
    "السوق الشعبي رجع يفتح الجمعة",
    "الماراثون الخيري جمع تبرعات كثيرة",
    "المطر غرق الشوارع من جديد",
    "محتاجين مستشفى للأطفال بالمحافظة",
    "الحكم كان عادل في المباراة",
    "ليش ما في مواصلات بعد الساعة عشرة؟",
    "حلو إنهم رجعوا يفتحوا السينما",
    "كل الشكر للمتطوعين",
    "الأسمدة صارت غالية على الفلاحين",
    "موسم القمح كان جيد هالسنة",
    "التصدير لأوروبا زاد هالسنة",
    "الخبر مهم، شاركوه",
    "نبي حلول لمشكلة السكن",
    "الدوام المرن فكرة ممتازة",
    "شو صار بقضية العمال المفصولين؟",
    "الشارع عندنا بحاجة لإنارة",
    "الحمد لله الوالدة طلعت من المستشفى",
    "غلاء المهور مشكلة اجتماعية",
    "التبرع بالدم ينقذ الأرواح",
    "الحرائق أكلت مساحات من الغابات",
    "ياريت تعملوا تقرير عن المدارس الحكومية",
    "القرار في صالح الموظفين",
    "الأسواق هادئة قبل العيد",
    "الصبر مفتاح الفرج",
    "أي جديد بخصوص الطريق الساحلي؟",
    "المنتخب النسائي رفع راسنا",
    "الدورة التدريبية كانت مفيدة",
    "ما في أحلى من قعدة العيلة",
    "الرحلة المدرسية تأجلت",
    "المحكمة أجلت الجلسة للشهر الجاي",
    "قرار رفع الدعم رح يأثر على الفقراء",
    "الحديقة العامة صارت نظيفة",
    "أسعار الخضرة نزلت شوي",
    "فرحانين بعودة المغتربين",
    "ياريت يحسنوا خدمة الإنترنت بالقرى",
    "وين بقدر أجدد جواز السفر؟",
    "المطار الجديد ضخم وحلو",
    "شو رأيكم بالمدرب الجديد؟",
    "نتمنى السلامة لكل المسافرين",
    "الثلج وصل للجبال",
    "حملة النظافة بالحي نجحت",
    "el jaw 7elo el yom",
    "mabrouk lel montakhab, farra7tona",
    "wein el masdar ya jama3a?",
    "el as3ar ghalye kteer hal shahr",
    "inchallah el mochkil yet7al",
    "shokran 3al ta2reer",
    "el kahraba ma2tou3a men el sob7",
    "rabbi y7afedh bladna",
    "Great coverage, thank you.",
    "When will the new bridge open?",
    "Prices keep going up every month.",
    "Congratulations to the national team!",
    "The report is missing the source.",
    "We need better public transport.",
    "Hope the elections are fair this time.",
    "Stay safe everyone, the roads are icy.",
    "Is there any update on the border crossing?",
    "The hospital staff deserve more support.",
    "Interesting article, thanks for sharing.",
    "The match was postponed because of the rain.",
    "الفلاحين بدهم دعم لأسعار البذور",
    "القطار السريع خفف الضغط على الطرق",
    "كم صار سعر الطماطم عندكم؟",
    "دعواتكم لأخوي عنده عملية بكرة",
    "الوزارة أطلقت منصة للشكاوى",
    "ولادنا محتاجين ملاعب بالأحياء",
    "هالقرار تأخر كثير بس أحسن من ما يجي",
    "أخيراً نزل جدول الامتحانات",
    "لازم يكون في شفافية بالمناقصات",
    "البطاقة الذكية سهلت المعاملات",
    "مين بيعرف رقم خدمة العملاء؟",
    "الأمن والأمان نعمة",
    "الجمهور كان رائع بالمدرجات",
    "وقفة تضامنية أمام النقابة اليوم",
    "تحليل منطقي ومقنع",
    "عندي سؤال عن الضريبة الجديدة",
    "العمال يستاهلون زيادة",
    "اللقاح متوفر للأطفال بالمجان",
    "المطعم الجديد بوسط المدينة حلو",
    "ما في أي إعلان رسمي لحد الآن",
]

OPENERS = ["بصراحة ", "والله ", "يا جماعة ", "سؤال: ", "بالمناسبة ", "للأمانة "]
CLOSERS = [" 👍", " 🙏", "، شكراً للتغطية", " والله أعلم", "، الله يعين", " ❤️"]

# ----------------------------------------------------------------------------------------------------------
# Self-checks and output
# ----------------------------------------------------------------------------------------------------------
ZW_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
TOKEN_RE = re.compile(r"[\w\u0600-\u06ff]+")
PREFIXES = ["وهال", "هال", "وال", "بال", "فال", "كال", "لل", "ال", "يا", "و", "ف", "ب", "ك", "ل"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return ZW_RE.sub("", HARAKAT_RE.sub("", s)).lower()


def stems(tok):
    out = {tok}
    for p in PREFIXES:
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            out.add(tok[len(p):])
            for q in PREFIXES:
                rest = tok[len(p):]
                if rest.startswith(q) and len(rest) - len(q) >= 2:
                    out.add(rest[len(q):])
    return out


FORMSET = {}
for e in AR_WORDS:
    fs = set()
    for _, f in FORMS[e] + [("plain", e)]:
        for part in norm(f).split(" "):
            if part in ("يا", "الاثنين", "اثنين"):
                continue
            fs.add(part)
    FORMSET[e] = fs
PHRASE_SURFACE = {e: {norm(f) for k, f in PHRASE_FORMS[e] if k in (
    "phrase_plain", "phrase_article", "phrase_no_article", "phrase_plural", "phrase_head_inflected",
    "phrase_hamza", "phrase_joined")} for e in PHRASES}
EN_SURFACE = {e: {e, e + "s", e + "es", e + "ish", e + "y"} for e in EN_WORDS}


def entries_found(text):
    """Entries whose hand-written plain forms occur in text as words (the check used for both sets)."""
    t = norm(text)
    toks = TOKEN_RE.findall(t)
    found = set()
    for e in AR_WORDS:
        if any(stems(tok) & FORMSET[e] for tok in toks):
            found.add(e)
    for e in PHRASES:
        if any(re.search(r"(^|[^\w])" + re.escape(p) + r"($|[^\w])", t) for p in PHRASE_SURFACE[e]):
            found.add(e)
    for e in EN_WORDS:
        if any(tok in EN_SURFACE[e] for tok in toks):
            found.add(e)
    return found


def earlier_sets():
    banned, texts = set(), set()
    for name in sorted(os.listdir(HERE)):
        if re.match(r"screening_(insults|clean)(_[a-h])?\.json$", name):
            with open(os.path.join(HERE, name), encoding="utf-8") as fh:
                d = json.load(fh)
            banned |= set(d["banned"])
            for it in d["items"]:
                texts.add(it["text"] if isinstance(it, dict) else it)
    return banned, texts


def main():
    old_banned, old_texts = earlier_sets()
    fold = str.maketrans("أإآ", "ااا")
    old_fold = {b.translate(fold).lower() for b in old_banned}
    for b in BANNED:
        assert b.translate(fold).lower() not in old_fold, b
    assert len(set(BANNED)) == len(BANNED) == 30

    insults = []
    for it in ITEMS:
        if it["text"] in old_texts:
            continue
        other = entries_found(it["text"]) - {it["entry"]}
        assert not other, (it, other)
        assert it["_token"] in it["text"]
        if it["kind"] not in ("plain",) and not it["kind"].startswith(("en_plain", "phrase_plain")):
            pass
        insults.append({"text": it["text"], "entry": it["entry"], "kind": it["kind"]})
    RNG.shuffle(insults)

    hard = [s for s in HARD if s not in old_texts]
    ordinary = [s for s in ORDINARY if s not in old_texts]
    clean = list(dict.fromkeys(hard + ordinary))
    pool = ordinary[:]
    RNG.shuffle(pool)
    i = 0
    while len(clean) < 540:
        s = pool[i % len(pool)]
        if (i // len(pool)) % 2 == 0:
            cand = RNG.choice(OPENERS) + s if not s[0].isascii() else s + " 👍"
        else:
            cand = s + RNG.choice(CLOSERS) if not s[0].isascii() else "Honestly, " + s[0].lower() + s[1:]
        if cand not in clean and cand not in old_texts:
            clean.append(cand)
        i += 1
    for s in clean:
        assert not entries_found(s), (s, entries_found(s))
    RNG.shuffle(clean)

    assert len({x["text"] for x in insults}) == len(insults)
    assert not {x["text"] for x in insults} & set(clean)
    assert len(insults) >= 1200 and len(clean) >= 500 and len(hard) >= 150, (len(insults), len(clean), len(hard))

    for name, items in (("screening_insults_i.json", insults), ("screening_clean_i.json", clean)):
        obj = {"banned": BANNED, "items": items}
        text = json.dumps(obj, ensure_ascii=False, indent=1)
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        with open(path, encoding="utf-8") as fh:
            assert json.load(fh) == obj

    kinds = {}
    for x in insults:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    for k in sorted(kinds, key=lambda k: (-kinds[k], k)):
        print(f"{kinds[k]:4d}  {k}")
    per_entry = {}
    for x in insults:
        per_entry[x["entry"]] = per_entry.get(x["entry"], 0) + 1
    print("per entry:", per_entry)
    print(f"banned={len(BANNED)} insult_items={len(insults)} kinds={len(kinds)} clean_items={len(clean)} "
          f"hard_negatives={len(hard)}")


if __name__ == "__main__":
    sys.exit(main())
