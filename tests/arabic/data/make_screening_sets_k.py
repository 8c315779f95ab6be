"""Make screening set "k": screening_insults_k.json and screening_clean_k.json (blind set).

Set "k", blind.  Written by a helper session within a 45-minute budget.  What it read: only the earlier data
files tests/arabic/data/screening_insults*.json and screening_clean*.json (sets a-j: to copy the JSON shape and
the per-item "kind" labels, and to avoid every banned entry, every word of those entries and every text used by
those sets) and, for format only, the generator tests/arabic/data/make_screening_sets_j.py.  It did not open
anything under nashra/, any other test .py file, the README, bench/ or docs/, did not import the nashra package
and never ran the matcher.

Method
------
* The banned list (16 Arabic single words from Egyptian, Levantine, Gulf, Iraqi, Sudanese and Maghrebi usage,
  one of them a sectarian slur; 6 Arabic phrases of two and three words, curses and a political insult;
  8 English words) is hand-written below; none of them is in the banned lists of sets a-j and none contains a
  word of those lists (checked at run time against those files when present).
* Every inflection (article, Maghrebi l- article, proclitics, glued vocative, hal- demonstrative, pronoun
  suffixes, feminine, dual, sound/broken plural, collective, elative, ta/ha, alif maqsura, hamza added,
  dialect consonants ك>گ/چ, ط>ت, س>ص, ض>ظ, ق>گ/ج, ط>ت in phrases, harakat, shadda) and every Arabizi and English
  variant is hand-written in this file.
* Character-level disguises (tatweel, repeated letters, letters spaced out, dots, dashes, punctuation, symbols,
  emoji or Latin letters between letters, censoring star, one inner space, zero-width characters, bidi marks,
  Persian/Urdu letters, dotless letters, decorative harakat, glue to the previous or next word, letters
  spaced out right after another word) are applied mechanically to hand-written forms; a seeded
  random.Random(20261219) chooses forms, frames, positions and separators.  Mixed kinds are labelled "a+b".
* Comment frames (MSA, Egyptian, Levantine, Gulf, Iraqi, Sudanese, Maghrebi, Arabizi, English, mixed) are
  hand-written and new.
* Clean comments are hand-written: ordinary news comments plus hard negatives (innocent words, names and
  Latin skeletons sharing letters or a root with an entry: العفن/معفى/muffin, غسل/جلسة/غلاء, مرمى/مرمطة/
  marathon, زنك/زخم, سرب/صربيا/روبوت/sorbet, السودان/مسودة, فسيلة/فيصل/فشل/fossil, عائشة/هيئة/هاي شو,
  العتوم/العطوي/محتوى, الشروق/شريكي/Cherokee, جزيرة كيش/quiche, برهان/برهوم/البرهان, ليمون/ميمون,
  رافض/الرافدين/الرافعي/الرياضي, شكاوى/حكام, هامش/حامل/إهمال/Hamlet, طازج/طوز خورماتو, تفوق عليك/تفويض,
  عكس/كسب/Kos, بياع الخضرة/مبيعات, عساك بخير/عساكر, الله يوفقك/الله لا يهينك, bone density/Meath head coach/
  bootloader/Fukushima/shiitake/lame duck/numbness ...).  Short ordinary comments get a hand-written opener
  or closer so the clean set reaches its size.
* Self-checks: each insult item contains its disguised token; no clean item contains, as a word after
  stripping harakat/tatweel/proclitics, any hand-written form of any entry, nor a phrase entry form, nor an
  English entry (case-insensitive, with s/es/ed/ing); no insult item contains a second entry; no item of
  either file contains, as a word, a single-word entry of sets a-j; texts are unique and none repeats a text
  of sets a-j; no kind holds more than 3 % of the insult items; JSON (UTF-8, ensure_ascii=False, indent=1)
  reads back identical; sizes are checked (>= 1250 insult items, >= 200 kinds, >= 520 clean items, >= 160
  hard negatives).

Counts: 30 banned entries (16 Arabic words, 6 Arabic phrases, 8 English), 1368 insult items in 297 kind
labels (largest kind 29 items, 2.1 %), 540 clean items of which 196 are hand-written hard negatives (the rest:
185 hand-written ordinary comments and copies of some of them with a hand-written opener or closer added).
No insult item or clean item contains, as a word, an entry of sets a-j.

Run from this folder:  python3 make_screening_sets_k.py
"""

import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20261219)

AR_WORDS = [
    "معفن",     # Egyptian/Levantine: rotten lowlife
    "غلس",      # Egyptian: obnoxious pest
    "مرمطون",   # Egyptian: kitchen boy, lackey, dogsbody
    "زنخ",      # Levantine: rancid, repulsive
    "سربوت",    # Gulf (Kuwait/Bahrain): lowlife, good-for-nothing
    "مسودن",    # Gulf: crazy, unhinged
    "فسل",      # Najdi/Gulf: vile, worthless
    "هايشة",    # Iraqi: cow (of a person)
    "عتوي",     # Iraqi: tomcat, thief, sly crook
    "شروكي",    # Iraqi: regional/ethnic slur against southerners
    "كيشة",     # Sudanese: dim-witted oaf
    "برهوش",    # Moroccan/Algerian: brat, punk
    "ميبون",    # Tunisian: vulgar homophobic slur
    "رافضي",    # sectarian slur against Shia
    "شكام",     # Algerian/Moroccan: snitch, informer
    "هامل",     # Levantine: worthless loafer
]
PHRASES = ["طز فيك", "تفو عليك", "كس أختك", "بياع وطن", "عساك بالماحي", "الله لا يوفقك"]
EN_WORDS = ["bonehead", "knucklehead", "bootlicker", "fuckwit", "shithead", "lamebrain", "meathead", "numbnuts"]
BANNED = AR_WORDS + PHRASES + EN_WORDS

# ----------------------------------------------------------------------------------------------------------
# Hand-written forms of the Arabic single words: entry -> list of (kind, form)
# ----------------------------------------------------------------------------------------------------------
FORMS = {
    "معفن": [
        ("plain", "معفن"), ("article", "المعفن"), ("proclitic_article", "والمعفن"), ("proclitic_article", "كالمعفن"),
        ("vocative", "يا معفن"), ("vocative_glued", "يامعفن"), ("hal_demonstrative", "هالمعفن"),
        ("feminine", "معفنة"), ("feminine+ta_as_ha", "معفنه"), ("sound_plural", "معفنين"),
        ("article+sound_plural", "المعفنين"), ("shadda", "معفّن"), ("harakat", "مْعَفِّن"), ("elative", "أعفن"),
        ("elative+hamza_dropped", "اعفن"), ("proclitic", "فمعفن"), ("maghrebi_article", "لمعفن"),
    ],
    "غلس": [
        ("plain", "غلس"), ("article", "الغلس"), ("proclitic_article", "والغلس"), ("proclitic_article", "للغلس"),
        ("vocative", "يا غلس"), ("vocative_glued", "ياغلس"), ("hal_demonstrative", "هالغلس"),
        ("feminine", "غلسة"), ("feminine+ta_as_ha", "غلسه"), ("sound_plural", "غلسين"),
        ("article+sound_plural", "الغلسين"), ("harakat", "غِلِس"), ("elative", "أغلس"),
        ("elative+hamza_dropped", "اغلس"), ("proclitic", "وغلس"), ("shadda", "غلّس"),
    ],
    "مرمطون": [
        ("plain", "مرمطون"), ("article", "المرمطون"), ("proclitic_article", "والمرمطون"),
        ("proclitic_article", "للمرمطون"), ("vocative", "يا مرمطون"), ("vocative_glued", "يامرمطون"),
        ("hal_demonstrative", "هالمرمطون"), ("feminine", "مرمطونة"), ("pronoun_suffix", "مرمطونهم"),
        ("pronoun_suffix", "مرمطونها"), ("dialect_consonant", "مرمتون"), ("article+dialect_consonant", "المرمتون"),
        ("harakat", "مَرْمَطُون"), ("proclitic", "ومرمطون"), ("proclitic", "كمرمطون"), ("repeated_vowel", "مرمطوون"),
    ],
    "زنخ": [
        ("plain", "زنخ"), ("article", "الزنخ"), ("proclitic_article", "والزنخ"), ("proclitic_article", "بالزنخ"),
        ("vocative", "يا زنخ"), ("vocative_glued", "يازنخ"), ("hal_demonstrative", "هالزنخ"),
        ("feminine", "زنخة"), ("feminine+ta_as_ha", "زنخه"), ("sound_plural", "زنخين"),
        ("article+feminine", "الزنخة"), ("harakat", "زِنِخ"), ("elative", "أزنخ"), ("elative+hamza_dropped", "ازنخ"),
        ("proclitic", "وزنخ"),
    ],
    "سربوت": [
        ("plain", "سربوت"), ("article", "السربوت"), ("proclitic_article", "والسربوت"),
        ("proclitic_article", "للسربوت"), ("vocative", "يا سربوت"), ("vocative_glued", "ياسربوت"),
        ("hal_demonstrative", "هالسربوت"), ("feminine", "سربوتة"), ("broken_plural", "سرابيت"),
        ("article+broken_plural", "السرابيت"), ("pronoun_suffix", "سرابيتهم"), ("dialect_consonant", "صربوت"),
        ("article+dialect_consonant", "الصربوت"), ("harakat", "سَرْبُوت"), ("proclitic", "وسربوت"),
    ],
    "مسودن": [
        ("plain", "مسودن"), ("article", "المسودن"), ("proclitic_article", "والمسودن"),
        ("proclitic_article", "كالمسودن"), ("vocative", "يا مسودن"), ("vocative_glued", "يامسودن"),
        ("hal_demonstrative", "هالمسودن"), ("feminine", "مسودنة"), ("feminine+ta_as_ha", "مسودنه"),
        ("sound_plural", "مسودنين"), ("article+sound_plural", "المسودنين"), ("harakat", "مْسَوْدِن"),
        ("dialect_consonant", "مصودن"), ("proclitic", "فمسودن"), ("dual", "مسودنين اثنين"),
    ],
    "فسل": [
        ("plain", "فسل"), ("article", "الفسل"), ("proclitic_article", "والفسل"), ("vocative", "يا فسل"),
        ("vocative_glued", "يافسل"), ("hal_demonstrative", "هالفسل"), ("feminine", "فسلة"),
        ("broken_plural", "أفسال"), ("article+broken_plural", "الأفسال"), ("broken_plural+hamza_dropped", "افسال"),
        ("harakat", "فَسْل"), ("elative", "أفسل"), ("elative+hamza_dropped", "افسل"), ("proclitic", "وفسل"),
        ("sound_plural", "فسلين"),
    ],
    "هايشة": [
        ("plain", "هايشة"), ("ta_as_ha", "هايشه"), ("article", "الهايشة"), ("article+ta_as_ha", "الهايشه"),
        ("proclitic_article", "والهايشة"), ("proclitic_article", "كالهايشة"), ("vocative", "يا هايشة"),
        ("vocative_glued", "ياهايشة"), ("hal_demonstrative", "هالهايشة"), ("sound_plural", "هايشات"),
        ("broken_plural", "هوايش"), ("article+broken_plural", "الهوايش"), ("hamza_added", "هائشة"),
        ("harakat", "هَايْشَة"), ("proclitic", "وهايشة"),
    ],
    "عتوي": [
        ("plain", "عتوي"), ("article", "العتوي"), ("proclitic_article", "والعتوي"), ("vocative", "يا عتوي"),
        ("vocative_glued", "ياعتوي"), ("hal_demonstrative", "هالعتوي"), ("alif_maqsura", "عتوى"),
        ("broken_plural", "عتاوي"), ("article+broken_plural", "العتاوي"), ("pronoun_suffix", "عتاويهم"),
        ("shadda", "عتويّ"), ("harakat", "عَتْوِي"), ("proclitic", "وعتوي"), ("article+alif_maqsura", "العتوى"),
        ("proclitic_article", "للعتوي"),
    ],
    "شروكي": [
        ("plain", "شروكي"), ("article", "الشروكي"), ("proclitic_article", "والشروكي"), ("vocative", "يا شروكي"),
        ("vocative_glued", "ياشروكي"), ("hal_demonstrative", "هالشروكي"), ("dialect_consonant", "شروگي"),
        ("dialect_consonant", "شروچي"), ("article+dialect_consonant", "الشروگي"), ("sound_plural", "شروكية"),
        ("article+sound_plural", "الشروكية"), ("broken_plural", "شراكوة"), ("alif_maqsura", "شروكى"),
        ("harakat", "شْرُوكِي"), ("proclitic", "وشروكي"),
    ],
    "كيشة": [
        ("plain", "كيشة"), ("ta_as_ha", "كيشه"), ("article", "الكيشة"), ("article+ta_as_ha", "الكيشه"),
        ("proclitic_article", "والكيشة"), ("vocative", "يا كيشة"), ("vocative_glued", "ياكيشة"),
        ("hal_demonstrative", "هالكيشة"), ("harakat", "كِيشَة"), ("proclitic", "وكيشة"),
        ("sound_plural", "كيشات"), ("proclitic_article", "كالكيشة"), ("vocative_glued+ta_as_ha", "ياكيشه"),
    ],
    "برهوش": [
        ("plain", "برهوش"), ("article", "البرهوش"), ("proclitic_article", "والبرهوش"), ("vocative", "يا برهوش"),
        ("vocative_glued", "يابرهوش"), ("hal_demonstrative", "هالبرهوش"), ("broken_plural", "براهش"),
        ("article+broken_plural", "البراهش"), ("maghrebi_article+broken_plural", "لبراهش"),
        ("feminine", "برهوشة"), ("feminine+ta_as_ha", "برهوشه"), ("harakat", "بَرْهُوش"), ("proclitic", "وبرهوش"),
        ("maghrebi_article", "لبرهوش"),
    ],
    "ميبون": [
        ("plain", "ميبون"), ("article", "الميبون"), ("proclitic_article", "والميبون"), ("vocative", "يا ميبون"),
        ("vocative_glued", "ياميبون"), ("hal_demonstrative", "هالميبون"), ("harakat", "مِيبُون"),
        ("proclitic", "وميبون"), ("maghrebi_article", "لميبون"), ("repeated_vowel", "مييبون"),
        ("proclitic_article", "للميبون"),
    ],
    "رافضي": [
        ("plain", "رافضي"), ("article", "الرافضي"), ("proclitic_article", "والرافضي"),
        ("proclitic_article", "للرافضي"), ("vocative", "يا رافضي"), ("vocative_glued", "يارافضي"),
        ("hal_demonstrative", "هالرافضي"), ("broken_plural", "روافض"), ("article+broken_plural", "الروافض"),
        ("collective", "الرافضة"), ("dialect_consonant", "رافظي"), ("alif_maqsura", "رافضى"),
        ("harakat", "رَافِضِي"), ("proclitic", "ورافضي"), ("shadda", "رافضيّ"),
    ],
    "شكام": [
        ("plain", "شكام"), ("article", "الشكام"), ("proclitic_article", "والشكام"), ("vocative", "يا شكام"),
        ("vocative_glued", "ياشكام"), ("hal_demonstrative", "هالشكام"), ("shadda", "شكّام"),
        ("feminine", "شكامة"), ("sound_plural", "شكامين"), ("article+sound_plural", "الشكامين"),
        ("harakat", "شَكَّام"), ("proclitic", "وشكام"), ("maghrebi_article", "لشكام"),
        ("proclitic_article", "بالشكام"),
    ],
    "هامل": [
        ("plain", "هامل"), ("article", "الهامل"), ("proclitic_article", "والهامل"), ("vocative", "يا هامل"),
        ("vocative_glued", "ياهامل"), ("hal_demonstrative", "هالهامل"), ("feminine", "هاملة"),
        ("feminine+ta_as_ha", "هامله"), ("sound_plural", "هاملين"), ("article+feminine", "الهاملة"),
        ("harakat", "هَامِل"), ("proclitic", "فهامل"), ("proclitic_article", "كالهامل"),
    ],
}

ARABIZI = {
    "معفن": [("arabizi_digits", "m3affen"), ("arabizi_digits", "mo3affan"), ("arabizi_article", "el m3afen")],
    "غلس": [("arabizi_digits", "3'alas"), ("arabizi_letters", "ghales"), ("arabizi_article", "el ghalas")],
    "مرمطون": [("arabizi_letters", "marmatoon"), ("arabizi_letters", "marmaton"), ("arabizi_digits", "marma6oon")],
    "زنخ": [("arabizi_digits", "zane5"), ("arabizi_letters", "zanekh"), ("arabizi_article", "el zinkh")],
    "سربوت": [("arabizi_letters", "sarbout"), ("arabizi_letters", "sarboot"), ("arabizi_article", "el sarbut")],
    "مسودن": [("arabizi_letters", "msawden"), ("arabizi_letters", "mesawden"), ("arabizi_article", "el msawdin")],
    "فسل": [("arabizi_letters", "fesel"), ("arabizi_letters", "fisil"), ("arabizi_article", "el fesel")],
    "هايشة": [("arabizi_letters", "hayshe"), ("arabizi_letters", "haysha"), ("arabizi_article", "el hayshe")],
    "عتوي": [("arabizi_digits", "3atwi"), ("arabizi_digits", "3etwi"), ("arabizi_article", "el 3atwi")],
    "شروكي": [("arabizi_letters", "shroogi"), ("arabizi_letters", "shrougi"), ("arabizi_article", "el shroogi")],
    "كيشة": [("arabizi_letters", "keesha"), ("arabizi_letters", "kisha"), ("arabizi_article", "el keesha")],
    "برهوش": [("arabizi_letters", "berhouch"), ("arabizi_letters", "barhoush"), ("arabizi_article", "l berhouch")],
    "ميبون": [("arabizi_letters", "miboun"), ("arabizi_letters", "mibboun"), ("arabizi_article", "el miboun")],
    "رافضي": [("arabizi_letters", "rafidi"), ("arabizi_digits", "rafe9i"), ("arabizi_article", "el rafdi")],
    "شكام": [("arabizi_letters", "chkam"), ("arabizi_letters", "shakkam"), ("arabizi_article", "l chekkam")],
    "هامل": [("arabizi_letters", "hamel"), ("arabizi_letters", "haamil"), ("arabizi_article", "el hamel")],
}

# Phrase forms: (kind, form, frame group).  Frame groups: c2 = curse at the reader (2nd person), c3 = curse at a
# third person, pred = predicate about a person, predp = about several people, predf = about a woman,
# voc = vocative.
PHRASE_FORMS = {
    "طز فيك": [
        ("phrase_plain", "طز فيك", "c2"), ("phrase_pronoun_suffix", "طز فيه", "c3"),
        ("phrase_pronoun_suffix", "طز فيهم", "c3p"), ("phrase_pronoun_suffix", "طز فيكم", "c2"),
        ("phrase_pronoun_suffix", "طز فيها", "c3f"), ("phrase_spelling_variant", "طظ فيك", "c2"),
        ("phrase_dialect_consonant", "تز فيك", "c2"), ("phrase_dialect_preposition", "طز بيك", "c2"),
        ("phrase_dialect_preposition", "طز عليك", "c2"), ("phrase_joined", "طزفيك", "c2"),
        ("phrase_hashtag", "#طز_فيك", "c2"), ("phrase_hyphen", "طز-فيك", "c2"),
        ("phrase_harakat", "طُزّ فِيك", "c2"), ("phrase_tatweel", "طــــز فيـــك", "c2"),
        ("phrase_repeated_letters", "طززز فيك", "c2"), ("phrase_alif_maqsura", "طز فيكى", "c2"),
        ("phrase_extended", "طز فيك وفي اللي جابك", "c2"),
    ],
    "تفو عليك": [
        ("phrase_plain", "تفو عليك", "c2"), ("phrase_pronoun_suffix", "تفو عليه", "c3"),
        ("phrase_pronoun_suffix", "تفو عليهم", "c3p"), ("phrase_pronoun_suffix", "تفو عليكم", "c2"),
        ("phrase_pronoun_suffix", "تفو عليها", "c3f"), ("phrase_spelling_variant", "تفوه عليك", "c2"),
        ("phrase_spelling_variant", "تفوا عليك", "c2"), ("phrase_repeated_letters", "تفوووو عليك", "c2"),
        ("phrase_short_preposition", "تفو عالوزير", "c3x"), ("phrase_joined", "تفوعليك", "c2"),
        ("phrase_hashtag", "#تفو_عليك", "c2"), ("phrase_hyphen", "تفو-عليك", "c2"),
        ("phrase_harakat", "تْفُو عَلِيك", "c2"), ("phrase_tatweel", "تفـــو عليـــك", "c2"),
        ("phrase_feminine_suffix", "تفو عليكي", "c2"), ("phrase_extended", "تفو عليك وعلى أشكالك", "c2"),
    ],
    "كس أختك": [
        ("phrase_plain", "كس أختك", "c2"), ("phrase_hamza", "كس اختك", "c2"),
        ("phrase_pronoun_suffix", "كس أخته", "c3"), ("phrase_pronoun_suffix", "كس اختهم", "c3p"),
        ("phrase_pronoun_suffix", "كس اختكم", "c2"), ("phrase_dialect_suffix", "كس اختو", "c3"),
        ("phrase_joined", "كساختك", "c2"), ("phrase_hashtag", "#كس_اختك", "c2"),
        ("phrase_hyphen", "كس-اختك", "c2"), ("phrase_harakat", "كُسّ أُخْتَك", "c2"),
        ("phrase_tatweel", "كـــس اخـــتك", "c2"), ("phrase_censor_star", "ك*س اختك", "c2"),
        ("phrase_with_particle", "يلا كس اختك", "c2"), ("phrase_feminine_suffix", "كس اختكي", "c2"),
        ("phrase_spelling_variant", "كص اختك", "c2"),
    ],
    "بياع وطن": [
        ("phrase_plain", "بياع وطن", "pred"), ("phrase_shadda", "بيّاع وطن", "pred"),
        ("phrase_article", "بياع الوطن", "pred"), ("phrase_plural", "بياعين وطن", "predp"),
        ("phrase_plural", "بياعين الوطن", "predp"), ("phrase_head_inflected", "بياعة وطن", "predf"),
        ("phrase_plural", "بياعين أوطان", "predp"), ("phrase_vocative", "يا بياع الوطن", "voc"),
        ("phrase_vocative", "يا بياع وطن", "voc"), ("phrase_hashtag", "#بياع_وطن", "pred"),
        ("phrase_hashtag", "#بياعين_الوطن", "predp"), ("phrase_joined", "بياعوطن", "pred"),
        ("phrase_hyphen", "بياع-وطن", "pred"), ("phrase_harakat", "بَيَّاعُ وَطَن", "pred"),
        ("phrase_tatweel", "بيـــاع وطـــن", "pred"), ("phrase_proclitic", "وبياع وطن", "predproc"),
        ("phrase_hamza", "بائع وطن", "pred"),
    ],
    "عساك بالماحي": [
        ("phrase_plain", "عساك بالماحي", "c2"), ("phrase_pronoun_suffix", "عساه بالماحي", "c3"),
        ("phrase_pronoun_suffix", "عساهم بالماحي", "c3p"), ("phrase_pronoun_suffix", "عساكم بالماحي", "c2"),
        ("phrase_pronoun_suffix", "عساها بالماحي", "c3f"), ("phrase_alif_maqsura", "عساك بالماحى", "c2"),
        ("phrase_split_proclitic", "عساك ب الماحي", "c2"), ("phrase_joined", "عساكبالماحي", "c2"),
        ("phrase_hashtag", "#عساك_بالماحي", "c2"), ("phrase_hyphen", "عساك-بالماحي", "c2"),
        ("phrase_harakat", "عَسَاك بِالْمَاحِي", "c2"), ("phrase_tatweel", "عســـاك بالمـــاحي", "c2"),
        ("phrase_spelling_variant", "عساك في الماحي", "c2"), ("phrase_repeated_letters", "عساك بالماااحي", "c2"),
        ("phrase_head_variant", "عسى بالماحي", "c3"),
    ],
    "الله لا يوفقك": [
        ("phrase_plain", "الله لا يوفقك", "c2"), ("phrase_pronoun_suffix", "الله لا يوفقه", "c3"),
        ("phrase_pronoun_suffix", "الله لا يوفقهم", "c3p"), ("phrase_pronoun_suffix", "الله لا يوفقكم", "c2"),
        ("phrase_pronoun_suffix", "الله لا يوفقها", "c3f"), ("phrase_dialect_consonant", "الله لا يوفگك", "c2"),
        ("phrase_dialect_consonant", "الله لا يوفجك", "c2"), ("phrase_glued_negation", "الله لايوفقك", "c2"),
        ("phrase_joined", "اللهلايوفقك", "c2"), ("phrase_hashtag", "#الله_لا_يوفقك", "c2"),
        ("phrase_hyphen", "الله-لا-يوفقك", "c2"), ("phrase_harakat", "اللّهُ لا يُوَفِّقَك", "c2"),
        ("phrase_tatweel", "الله لا يوفـــقك", "c2"), ("phrase_word_order", "لا وفقك الله", "c2"),
        ("phrase_word_order", "لا يوفقك الله", "c2"),
        ("phrase_kurdish_heh", "اللە لا يوفقك", "c2"),
    ],
}

PHRASE_ARABIZI = {
    "طز فيك": ["tozz feek", "toz fik", "tuz fiik", "tozz fikom"],
    "تفو عليك": ["tfo 3lik", "tfou 3alik", "tfoo 3aleek", "tfu 3lehom"],
    "كس أختك": ["kos o5tak", "kss okhtak", "kus ekhtak", "kos ukhto"],
    "بياع وطن": ["bayya3 watan", "biya3 watan", "bayya3in el watan", "bayyaa3 watan"],
    "عساك بالماحي": ["3asak bel ma7i", "asak bilmahi", "3asah bel ma7i", "3asakum bil ma7i"],
    "الله لا يوفقك": ["allah la ywaf2ak", "alla la ywafgak", "allah la ywafgah", "allah la ywaffqak"],
}

EN_FORMS = {
    "bonehead": [
        ("en_plain", "bonehead"), ("en_plural", "boneheads"), ("en_capitalised", "BONEHEAD"),
        ("en_capitalised", "Bonehead"), ("en_leet", "b0n3h34d"), ("en_leet", "bon3head"), ("en_symbols", "bone*head"),
        ("en_symbols", "b.o.n.e.h.e.a.d"), ("en_spaced", "b o n e h e a d"), ("en_hyphen", "bone-head"),
        ("en_split", "bone head"), ("en_doubled_letters", "boooonehead"), ("en_soundalike", "bonhed"),
        ("en_homoglyph", "bоnehead"), ("en_fullwidth", "ｂｏｎｅｈｅａｄ"), ("en_zero_width", "bone\u200bhead"),
        ("en_plural+en_leet", "b0neheads"), ("en_camelcase", "BoneHead"), ("en_suffix_form", "boneheaded"),
        ("en_arabic_script", "بون هيد"),
    ],
    "knucklehead": [
        ("en_plain", "knucklehead"), ("en_plural", "knuckleheads"), ("en_capitalised", "KNUCKLEHEAD"),
        ("en_capitalised", "Knucklehead"), ("en_leet", "knuckl3h3ad"), ("en_leet", "kn0cklehead"),
        ("en_symbols", "knuckle*head"), ("en_symbols", "k.n.u.c.k.l.e.h.e.a.d"),
        ("en_spaced", "k n u c k l e h e a d"), ("en_hyphen", "knuckle-head"), ("en_split", "knuckle head"),
        ("en_doubled_letters", "knuuucklehead"), ("en_soundalike", "nucklehead"), ("en_missing_letter", "knuclehead"),
        ("en_homoglyph", "knucklеhead"), ("en_fullwidth", "ｋｎｕｃｋｌｅｈｅａｄ"),
        ("en_zero_width", "knuckle\u200chead"), ("en_plural+en_capitalised", "KNUCKLEHEADS"),
        ("en_camelcase", "KnuckleHead"), ("en_suffix_form", "knuckleheaded"),
    ],
    "bootlicker": [
        ("en_plain", "bootlicker"), ("en_plural", "bootlickers"), ("en_capitalised", "BOOTLICKER"),
        ("en_capitalised", "Bootlicker"), ("en_leet", "b00tl1cker"), ("en_leet", "bootlick3r"),
        ("en_symbols", "boot*licker"), ("en_symbols", "b.o.o.t.l.i.c.k.e.r"), ("en_spaced", "b o o t l i c k e r"),
        ("en_hyphen", "boot-licker"), ("en_split", "boot licker"), ("en_doubled_letters", "booootlicker"),
        ("en_soundalike", "bootlikker"), ("en_missing_letter", "bootliker"), ("en_homoglyph", "bootlicкer"),
        ("en_fullwidth", "ｂｏｏｔｌｉｃｋｅｒ"), ("en_zero_width", "boot\u200blicker"),
        ("en_plural+en_leet", "b00tl1ckers"), ("en_suffix_form", "bootlicking"), ("en_camelcase", "BootLicker"),
    ],
    "fuckwit": [
        ("en_plain", "fuckwit"), ("en_plural", "fuckwits"), ("en_capitalised", "FUCKWIT"),
        ("en_capitalised", "Fuckwit"), ("en_leet", "fuckw1t"), ("en_leet", "f0ckw1t"), ("en_symbols", "f*ckwit"),
        ("en_symbols", "f.u.c.k.w.i.t"), ("en_spaced", "f u c k w i t"), ("en_hyphen", "fuck-wit"),
        ("en_split", "fuck wit"), ("en_doubled_letters", "fuuuckwit"), ("en_soundalike", "fukwit"),
        ("en_homoglyph", "fuсkwit"), ("en_fullwidth", "ｆｕｃｋｗｉｔ"), ("en_zero_width", "fuck\u200dwit"),
        ("en_plural+en_symbols", "f*ckwits"), ("en_suffix_form", "fuckwitted"), ("en_censor_vowels", "f_ckw_t"),
    ],
    "shithead": [
        ("en_plain", "shithead"), ("en_plural", "shitheads"), ("en_capitalised", "SHITHEAD"),
        ("en_capitalised", "Shithead"), ("en_leet", "sh1th34d"), ("en_leet", "$hithead"), ("en_symbols", "sh*thead"),
        ("en_symbols", "s.h.i.t.h.e.a.d"), ("en_spaced", "s h i t h e a d"), ("en_hyphen", "shit-head"),
        ("en_split", "shit head"), ("en_doubled_letters", "shiiithead"), ("en_soundalike", "shitheed"),
        ("en_homoglyph", "shіthead"), ("en_fullwidth", "ｓｈｉｔｈｅａｄ"), ("en_zero_width", "shit\u200chead"),
        ("en_plural+en_symbols", "sh!theads"), ("en_camelcase", "ShitHead"), ("en_arabic_script", "شت هيد"),
    ],
    "lamebrain": [
        ("en_plain", "lamebrain"), ("en_plural", "lamebrains"), ("en_capitalised", "LAMEBRAIN"),
        ("en_capitalised", "Lamebrain"), ("en_leet", "l4m3br41n"), ("en_leet", "lamebra1n"),
        ("en_symbols", "lame*brain"), ("en_symbols", "l.a.m.e.b.r.a.i.n"), ("en_spaced", "l a m e b r a i n"),
        ("en_hyphen", "lame-brain"), ("en_split", "lame brain"), ("en_doubled_letters", "laaamebrain"),
        ("en_soundalike", "lamebrane"), ("en_homoglyph", "lamеbrain"), ("en_fullwidth", "ｌａｍｅｂｒａｉｎ"),
        ("en_zero_width", "lame\u200bbrain"), ("en_plural+en_capitalised", "LAMEBRAINS"),
        ("en_suffix_form", "lamebrained"), ("en_camelcase", "LameBrain"),
    ],
    "meathead": [
        ("en_plain", "meathead"), ("en_plural", "meatheads"), ("en_capitalised", "MEATHEAD"),
        ("en_capitalised", "Meathead"), ("en_leet", "m34th34d"), ("en_leet", "meath3ad"), ("en_symbols", "meat*head"),
        ("en_symbols", "m.e.a.t.h.e.a.d"), ("en_spaced", "m e a t h e a d"), ("en_hyphen", "meat-head"),
        ("en_doubled_letters", "meeeathead"), ("en_soundalike", "meethead"), ("en_missing_letter", "methead"),
        ("en_homoglyph", "mеathead"), ("en_fullwidth", "ｍｅａｔｈｅａｄ"), ("en_zero_width", "meat\u200dhead"),
        ("en_plural+en_leet", "m34theads"), ("en_camelcase", "MeatHead"), ("en_arabic_script", "ميت هيد"),
    ],
    "numbnuts": [
        ("en_plain", "numbnuts"), ("en_capitalised", "NUMBNUTS"), ("en_capitalised", "Numbnuts"),
        ("en_leet", "numbnut5"), ("en_leet", "numbnu7s"), ("en_symbols", "numb*nuts"),
        ("en_symbols", "n.u.m.b.n.u.t.s"),
        ("en_spaced", "n u m b n u t s"), ("en_hyphen", "numb-nuts"), ("en_split", "numb nuts"),
        ("en_doubled_letters", "nuuumbnuts"), ("en_soundalike", "numnuts"), ("en_singular", "numbnut"),
        ("en_homoglyph", "numbnutѕ"), ("en_fullwidth", "ｎｕｍｂｎｕｔｓ"), ("en_zero_width", "numb\u200bnuts"),
        ("en_camelcase", "NumbNuts"), ("en_singular+en_capitalised", "NUMBNUT"),
    ],
}

# ----------------------------------------------------------------------------------------------------------
# Comment frames (hand-written).  {w} is the disguised token.
# ----------------------------------------------------------------------------------------------------------
AR_FRAMES = [
    "مدير البلدية {w} والحفر مالية الشوارع",
    "بصراحة هالنائب {w} وما بيمثلنا",
    "المعلق امبارح كان {w} طول الماتش",
    "الكاتب ده {w} ومقاله كله مغالطات",
    "الواد ده {w} ومفيش فايدة فيه",
    "حلفت إنه {w} من أول ما فتح تمه",
    "رئيس الاتحاد {w} وخسرنا بسببه كأس العرب",
    "هالمذيع {w}، كل أسئلته بايخة",
    "يا عمي الرجال {w} خلوه يولي",
    "ترا الوكيل {w} وما يستاهل الكرسي",
    "محافظ المدينة {w} والمجاري طافحة",
    "شو هالتعليق؟ صاحبه {w} أكيد",
    "ده مش محلل سياسي، ده {w}",
    "هالكاتب {w} ويكتب للي يدفع أكثر",
    "الجناح الأيسر {w} وما بيعرف يمرر",
    "الكوتش طلع {w} بالتشكيلة",
    "مين جاب هالضيف؟ {w} بكل معنى الكلمة",
    "والله هذا {w} وما يخجل",
    "هاد البرلماني {w} والله ما دار والو",
    "راه {w} وكيضحك على الناس",
    "النائب عن دائرتنا {w} والكل يعرف",
    "كل ما يحكي بتأكد إنه {w}",
    "مدير الإعلام بالوزارة {w} بصراحة",
    "الناطق الرسمي {w} وكل كلامه تبرير",
    "شفتوا كيف هرب من السؤال؟ {w} رسمي",
    "ما منه رجا، {w} من زمان",
    "الحكم المساعد {w} ورفع الراية غلط",
    "صاحبنا بالتعليق الأول {w} ما قرأ الخبر",
    "والله إنك {w} وما تفهم",
    "انت {w} وتعليقك يفشل",
    "هذا الزول {w} ساكت",
    "الزول ده {w} وما بيعرف حاجة",
    "المسؤول ده {w} وسرق ميزانية الحي",
    "المذيعة جابت ضيف {w} وخلته يحكي ساعة",
    "رئيس الوزراء {w} والأسعار نار",
    "يا جماعة الرجال {w} لا تكبروه",
    "المستشار الاقتصادي {w} وكل خططه خربانة بالأرقام",
    "القنصل {w} وفضحنا بالمؤتمر",
    "مدير المدرسة {w} والأولاد بلا كتب",
    "شلون صار مدير؟ {w} وما يفهم شي",
    "المراسل اللي سوى التقرير {w} بصراحة",
    "لا تضيع وقتك وياه، {w} وبس",
    "كل اللي يدافع عنه {w} مثله",
    "كيف تستضيفون هالـ {w}؟",
    "من كلامك باين إنك {w}",
    "بالدارجة: هاد المسؤول {w} وصافي",
    "الوالي {w} وما دار حتى مشروع",
    "عضو البرلمان هذا {w} والناس عارفاه",
    "هذا الشخص {w} ومن زمان نقول",
    "اللي رشحوه للوزارة {w} زيه",
]
AR_FRAMES_START = [
    "{w} ويحكي عن النزاهة!",
    "{w}، وما عندي وصف غيره",
    "{w} وبدو ولاية ثانية كمان",
    "{w} من فوق لتحت",
    "{w} وهذا رأيي الأخير",
    "{w} وعامل حاله زعيم",
]
ARABIZI_FRAMES = [
    "wallahi howa {w} w khalas",
    "el mas2oul da {w} w mesh fahem 7aga",
    "hadak l wazir {w} w kolchi 3arfou",
    "enta {w} walla eh? e2ra el khabar",
    "bsara7a el ra2ees {w} bel marra",
    "rah {w} a sahbi, ma 3ando walou",
    "el 7akam el yom {w}",
    "shu hal {w} li 3am ye7ki",
    "hatha {w} min zaman",
    "hhhh {w} ya nas",
    "el coach {w} w 5asarna",
    "el na2ib {w} ma yista7i",
]
EN_FRAMES = [
    "The finance minister is a complete {w}.",
    "Only a {w} would approve that budget.",
    "This pundit is such a {w}, change the channel.",
    "What a {w}, he can't read a simple chart.",
    "the linesman today was an absolute {w}",
    "Honestly the governor is a {w} and we all know it.",
    "Some {w} below says the floods were staged lol",
    "that {w} should be nowhere near parliament",
    "She made him look like a total {w} in the interview.",
    "Why does this channel keep inviting that {w}?",
    "You'd have to be a {w} to trust his promises.",
]
EN_PLURAL_FRAMES = [
    "The whole board are {w}.",
    "Those {w} in the council voted for it again.",
    "the replies are full of {w} today",
    "Run by a bunch of {w}, this federation.",
]
EN_SUFFIX_FRAMES = [
    "That was a {w} thing to say at a press conference.",
    "Such {w} decisions from the ministry.",
    "the most {w} statement of the week",
]
EN_MIXED_FRAMES = [
    "الوزير ده {w} بجد",
    "هالمحلل {w} وما بيفهم شي",
    "wallah he is a {w} w bas",
    "والله هاد {w} ما عنده سالفة",
    "المعلق {w} seriously",
    "مدير النادي {w} honestly",
]
VOC_FRAMES = [
    "{w} اسكت وريحنا", "روح نام {w}", "{w}، حد سألك؟", "كفي تعليقات {w}",
    "{w} اقرا الخبر أول", "انقلع {w}", "{w} سير فحالك", "خلاص بقى {w}",
]
PLURAL_FRAMES = [
    "المجلس كله {w} وما فيه رجا", "هدول كلهم {w} ما بيتغيروا", "التعليقات اليوم مليانة {w}",
    "ديل كلهم {w}", "الإدارة من فوق لتحت {w}", "نص اللاعبين {w} والباقي نايمين",
    "شوفوا الجماعة، {w}", "بالانتخابات الجاية لازم نشيل {w}",
]
SUFFIX_FRAMES = [
    "{w} طلع امبارح على التلفزيون وقال كلام فاضي", "شفتوا {w} شو عمل؟", "{w} نشر بيان يمدح المدير",
    "ما بدنا {w} يتكلم باسمنا", "خلوا {w} عندكم",
]
HAL_FRAMES = [
    "يعني {w} صار وزير؟", "شو بدو {w} هلأ؟", "مين طلع {w} على الهوا؟", "والله {w} ما عنده ذوق",
    "لا حدا يرد على {w}", "لك {w} شو عم يحكي؟",
]
ARTICLE_FRAMES = [
    "مين {w} اللي كاتب التعليق ده؟", "لا تسمعوا لهذا {w}", "طلع {w} على المنصة وبلش يخطب",
    "أكيد {w} هو اللي سرب الوثيقة", "ابعدوا عن {w} ولا تردوا عليه", "المدرب {w} ضيع علينا الدوري",
    "شفتوا الوزير {w} شو صرح؟", "النائب {w} رجع يحكي عن الشفافية", "خلصونا من المدير {w} اللي بالبلدية",
    "المذيع {w} قاطع الضيف طول الحلقة",
]
ELATIVE_FRAMES = [
    "هذا {w} واحد شفته بحياتي", "ده {w} لاعب في الفريق كله", "{w} مذيع في القناة والله",
    "والله {w} وزير مر على البلد",
]
MAGHREBI_FRAMES = [
    "شوفو {w} اللي كيهضر فالتلفزة", "هاد {w} ما عندو حتى شغل", "{w} راه غير كيخربق",
    "ماشي غير {w}، الوزير كامل",
]
FEM_FRAMES = [
    "المذيعة {w} وما بتعرف تدير حوار", "الوزيرة {w} ولازم ترحل", "هالمسؤولة {w} وما تستاهل الكرسي",
    "النائبة {w} وما شفناها من الانتخابات", "المرشحة {w} وما عندها أي برنامج", "المتحدثة باسم الوزارة {w}",
    "الإعلامية {w} وتدور على الترند", "صاحبة التعليق فوق {w} وما قرت الخبر",
]
DUAL_FRAMES = ["المذيعين {w} وما في فرق بينهم", "بالبرنامج جابوا {w} وقعدوا يصيحون"]
PROCLITIC_FRAMES = {
    "بال": ["شو رأيكم {w} اللي طلع عالشاشة؟", "ما حدا بيثق {w} هاد"],
    "وال": ["الوزير {w} اللي جنبه نفس العينة", "هو {w} اللي معه وجهين لعملة وحدة"],
    "لل": ["ما في احترام {w} بهالبلد", "لا تعطوا منبر {w} على الشاشات"],
    "كال": ["بيتصرف {w} بالضبط", "وقف قدام الصحفيين {w} وما عرف يرد"],
    "ف": ["أما هو {w} ما يستاهل الرد", "لا تتعب حالك معه، هو بالآخر {w}"],
    "و": ["هو أناني {w} ومش هيتغير", "بصراحة: متكبر {w} وما بيسمع"],
    "ك": ["وقف بالمؤتمر {w} وما نطق ولا كلمة", "بيمشي بالملعب {w} ولا كأنه لاعب"],
}
PHRASE_FRAMES = {
    "c2": ["{w}، انت وتعليقك", "{w} على هالكلام", "{w} شو هالحكي؟", "اسكت بس، {w}", "{w} يا بارد",
           "ردك ما له داعي، {w}"],
    "c3": ["الوزير اللي رفع الأسعار؟ {w}", "{w} هو وحكومته", "رئيس الاتحاد؟ {w}", "هالمسؤول خرب البلد، {w}",
           "المدرب اللي ضيع البطولة {w}"],
    "c3p": ["الحكومة والنواب؟ {w}", "{w} كلهم من أولهم لآخرهم", "اللاعبين اللي خسروا الماتش {w}",
            "أعضاء الاتحاد خربوا الدوري، {w}"],
    "c3f": ["الوزيرة اللي رفعت الأسعار؟ {w}", "المذيعة هاي؟ {w}", "{w} هي وحزبها"],
    "predproc": ["هو متلون {w} وما إله كلمة", "متكبر {w} وفوقها بيحكي عن الكرامة"],
    "c3x": ["{w} اللي رفع الأسعار", "{w} وعلى حكومته"],
    "pred": ["هذا الإعلامي {w} والناس عارفة", "ضيف البرنامج {w} وكلنا عارفين", "الرجل {w} بصراحة",
             "والله إنه {w} وما في نقاش", "انتبهوا منه، {w}", "{w} ويحكي باسم الشعب", "النائب {w} وباع أصواتنا"],
    "predp": ["النواب {w} وباعوا أصواتنا", "كل اللي وقعوا الاتفاقية {w}", "خلصونا منهم، كلهم {w}",
              "أعضاء اللجنة {w} من أولهم لآخرهم"],
    "predf": ["الوزيرة {w} بصراحة", "النائبة {w} وباعت أصواتنا", "الإعلامية {w} وما يهمها غير المصاري"],
    "voc": ["{w} اسكت وريحنا", "روح {w} وخلينا بحالنا", "{w}، حد سألك؟"],
}
CURSE_ARABIZI_FRAMES = ["{w}, eskot a7san", "{w} 3ala hal kalam", "{w} ya zalameh", "{w} w 3ala 7okoumtak"]
PREV_WORDS = ["هذا", "يعني", "والله", "انت", "هاد", "هو", "اسكت", "بس", "صار", "طلع"]
NEXT_WORDS = ["وبس", "رسمي", "والله", "وخلاص", "ساكت", "كبير", "صافي", "بجد"]
EMOJI = ["😂", "🤮", "👎", "🐄", "🤡", "💩", "😡", "🙄", "🐈"]
PUNCT = [".", "،", "؟", "!", ",", ";", ":", "'", "\""]
SYMBOLS = ["@", "#", "$", "%", "&", "+", "~", "^", "|", "="]
LATIN_FILL = ["x", "k", "z", "q", "v", "j"]
DOTS = ["•", "·", ".", "…"]
ZW = ["\u200c", "\u200d", "\u200b"]
BIDI = ["\u200e", "\u200f", "\u2066", "\u2069"]
PERSIAN = {"ك": "ک", "ي": "ی", "ه": "ہ", "ى": "ی", "ة": "ۃ"}
DOTLESS = {"ب": "ٮ", "ت": "ٮ", "ث": "ٮ", "ن": "ں", "ي": "ى", "ج": "ح", "خ": "ح", "ذ": "د", "ز": "ر", "ش": "س",
           "ض": "ص", "ظ": "ط", "غ": "ع", "ف": "ڡ", "ق": "ٯ", "ة": "ه"}
HARAKAT_RE = re.compile("[\u064b-\u0652\u0670\u0640]")
CORE_PREFIXES = ["وهال", "هال", "بال", "وال", "كال", "لل", "يا", "ال"]
CONNECTS = set("بتثجحخسشصضطظعغفقكلمنهيئـ")  # letters joining the next letter
# dotless فسل would read as ڡسل (ok) but dotless شكام reads سكام (no word); dotless غلس gives the rare word
# علس (a kind of wheat) - skipped so the item stays an unambiguous insult.
DOTLESS_SKIP = {"غلس"}
SHORT = {e for e in AR_WORDS if len(e) <= 3}  # no censor star on these (a star would hide a third of the word)
CORE_ONLY = ("persian_letters", "dotless_letters", "censor_star", "one_space_inside")


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
    return RNG.choice(seps).join(w)


def d_insert(w, pieces, n=1):
    pos = sorted(RNG.sample(range(1, len(w)), min(n, len(w) - 1)), reverse=True)
    for i in pos:
        w = w[:i] + RNG.choice(pieces) + w[i:]
    return w


def d_star(w):
    if len(w) <= 3:
        return None  # a starred letter of a 3-letter word leaves too little to read
    i = RNG.choice(range(1, len(w) - 1))
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
    ("bidi_marks", lambda w: d_insert(w, BIDI, 1)),
    ("dashes_inside", lambda w: d_join(w, ["-", "_", "ـ-"])),
    ("persian_letters", lambda w: d_map(w, PERSIAN)),
    ("dotless_letters", lambda w: d_map(w, DOTLESS)),
    ("harakat_decorative", d_harakat),
]
DISGUISE_FN = dict(DISGUISES)
CONTEXT_KINDS = ["glued_to_prev", "glued_to_next", "spaced_after_word"]


def frame_for(kind, form):
    if "proclitic" in kind:
        for pre in ["بال", "وال", "لل", "كال", "ف", "و", "ك"]:
            if form.startswith(pre):
                return RNG.choice(PROCLITIC_FRAMES[pre])
    if kind.startswith("maghrebi_article"):
        return RNG.choice(MAGHREBI_FRAMES)
    if kind.startswith("pronoun_suffix"):
        return RNG.choice(SUFFIX_FRAMES)
    if kind.startswith("hal_demonstrative"):
        return RNG.choice(HAL_FRAMES)
    if kind.startswith("elative"):
        return RNG.choice(ELATIVE_FRAMES)
    if form.startswith("يا") or "vocative" in kind:
        return RNG.choice(VOC_FRAMES)
    if kind.startswith("dual"):
        return RNG.choice(DUAL_FRAMES)
    if "plural" in kind or kind.startswith("collective"):
        return RNG.choice(PLURAL_FRAMES)
    if "feminine" in kind:
        return RNG.choice(FEM_FRAMES)
    if kind.startswith("article"):
        return RNG.choice(ARTICLE_FRAMES)
    return RNG.choice(AR_FRAMES + AR_FRAMES_START)


def place_context(kind, token):
    """Return (text, token_in_text) for the context kinds, else None."""
    if kind == "glued_to_prev":
        tok = RNG.choice(PREV_WORDS) + token
        return RNG.choice(["{w} ما يعرف شي", "شو بدك من {w}", "خلص {w} وانتهى الموضوع"]).format(w=tok), tok
    if kind == "glued_to_next":
        tok = token + RNG.choice(NEXT_WORDS)
        return RNG.choice(["هالمدير {w}", "الضيف {w} وما عنده شي", "كاتب المقال {w}"]).format(w=tok), tok
    if kind == "spaced_after_word":
        prev = RNG.choice(PREV_WORDS)
        tok = prev + token[0] + " " + " ".join(token[1:])
        return RNG.choice(["{w} وكلنا عارفين", "والله {w} بالحرف", "{w} وما في غيره"]).format(w=tok), tok
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
    for _ in range(40):
        if add(RNG.choice(frames).format(w=token), entry, kind, token):
            return True
    return False


def single(form):
    return " " not in form


for entry in AR_WORDS:
    forms = FORMS[entry]
    for kind, form in forms:
        for _ in range(40):
            if add(frame_for(kind, form).format(w=form), entry, kind, form):
                break
    for dkind, fn in DISGUISES:
        if dkind == "dotless_letters" and entry in DOTLESS_SKIP:
            continue
        tok = fn(entry)
        if tok and tok != entry:
            add_framed(entry, dkind, tok, AR_FRAMES)
    for ck in CONTEXT_KINDS:
        for _ in range(40):
            text, tok = place_context(ck, entry)
            if add(text, entry, ck, tok):
                break
    # mixed: a hand-written form + a mechanical disguise
    pool = [(k, f) for k, f in forms if single(f) and k not in ("plain", "harakat", "shadda")]
    picks = RNG.sample(pool, min(12, len(pool)))
    for k, f in picks:
        dk, fn = RNG.choice([d for d in DISGUISES if d[0] != "harakat_decorative"
                             and not (d[0] == "dotless_letters" and entry in DOTLESS_SKIP)
                             and not (d[0] == "censor_star" and entry in SHORT)])
        pre = next((p for p in CORE_PREFIXES if f.startswith(p) and k.startswith(("hal", "voc", "procl", "art"))), "")
        if dk in CORE_ONLY:
            core = fn(f[len(pre):])
            tok = pre + core if core else None
        else:
            tok = fn(f)
        if tok and tok != f:
            add(frame_for(k, f).format(w=tok), entry, k + "+" + dk, tok)
    # vocative with the disguised word
    for dk, fn in RNG.sample([d for d in DISGUISES[:12] if not (d[0] == "censor_star" and entry in SHORT)], 2):
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
    third = spellings[2][1].split(" ")[-1] if spellings[2][0] == "arabizi_article" else spellings[2][1]
    add_framed(entry, "arabizi_symbols", "-".join(third.replace(" ", "")), ARABIZI_FRAMES)
    add_framed(entry, "arabizi_caps+arabizi_repeated", (sp[:i + 1] + sp[i] * 3 + sp[i + 1:]).upper(),
               ARABIZI_FRAMES)
    add_framed(entry, "arabizi_vocative", "ya " + spellings[0][1], ARABIZI_FRAMES[3:4] + ["{w}, eskot a7san"])
    j = RNG.choice([v for v in vowels if v < len(sp) - 1])
    add_framed(entry, "arabizi_no_vowel", sp[:j] + sp[j + 1:], ARABIZI_FRAMES)
    add_framed(entry, "arabizi_capitalised", spellings[0][1].capitalize(), ARABIZI_FRAMES)

for entry in PHRASES:
    for kind, form, grp in PHRASE_FORMS[entry]:
        add_framed(entry, kind, form, PHRASE_FRAMES[grp])
    is_curse = entry != "بياع وطن"
    afr = CURSE_ARABIZI_FRAMES if is_curse else ARABIZI_FRAMES
    for sp in PHRASE_ARABIZI[entry]:
        add_framed(entry, "phrase_arabizi", sp, afr)
    add_framed(entry, "phrase_arabizi+arabizi_caps", PHRASE_ARABIZI[entry][0].upper(), afr)
    add_framed(entry, "phrase_arabizi+arabizi_joined", PHRASE_ARABIZI[entry][1].replace(" ", ""), afr)
    words = entry.split(" ")
    grp = "c2" if is_curse else "pred"
    for dk in ["spaced_letters", "dots_inside", "zero_width", "persian_letters", "dotless_letters",
               "repeated_letters", "emoji_inside", "censor_star", "tatweel", "punctuation_inside",
               "latin_inside", "bidi_marks", "symbols_inside", "dashes_inside"]:
        order = list(range(len(words)))
        RNG.shuffle(order)
        for which in order:
            tok = DISGUISE_FN[dk](words[which])
            if tok and tok != words[which]:
                break
        else:
            continue
        parts = words[:]
        parts[which] = tok
        add_framed(entry, "phrase_" + dk, " ".join(parts), PHRASE_FRAMES[grp])
    for dk in ["glued_to_prev", "glued_to_next"]:
        tok = (RNG.choice(PREV_WORDS) + entry) if dk == "glued_to_prev" else (entry + RNG.choice(NEXT_WORDS[:4]))
        add_framed(entry, "phrase_" + dk, tok, PHRASE_FRAMES[grp] if not is_curse else
                   ["{w} بصراحة", "شو هاد؟ {w}", "{w} والكل شايف"])

for entry in EN_WORDS:
    plural_word = entry == "numbnuts"
    for kind, form in EN_FORMS[entry]:
        if "plural" in kind:
            frames = EN_PLURAL_FRAMES
        elif kind == "en_suffix_form":
            frames = EN_SUFFIX_FRAMES
        elif kind == "en_arabic_script":
            frames = EN_MIXED_FRAMES[:2] + EN_MIXED_FRAMES[3:]
        elif plural_word and "singular" not in kind:
            frames = ["Shut up, {w}.", "Listen {w}, read the article first.", "Oi {w}, the match was fixed?",
                      "nobody asked you {w}", "Sit down {w}, you clearly didn't watch the game."]
        else:
            frames = EN_FRAMES
        add_framed(entry, kind, form, frames)
    pool = [f for f in EN_FORMS[entry] if "plural" not in f[0] and f[0] not in ("en_suffix_form",
                                                                                   "en_arabic_script")]
    for kind, form in RNG.sample(pool, 7):
        add_framed(entry, kind + "+mixed_language", form, EN_MIXED_FRAMES)
    add_framed(entry, "en_glued_to_prev", "such" + entry, ["lol {w}", "what {w} honestly"])
    add_framed(entry, "en_glued_to_next", entry + "alert", ["{w} on channel 4 again", "{w}: the mayor"])
    add_framed(entry, "en_hashtag", "#" + entry + "minister", ["{w} trending again", "lol {w}"])

# ----------------------------------------------------------------------------------------------------------
# Clean comments (hand-written).  HARD: innocent words sharing letters, a root or a Latin skeleton with an entry.
# ----------------------------------------------------------------------------------------------------------
HARD = [
    # معفن
    "ضبط أطنان من الدقيق المصاب بالعفن في مخازن الميناء",
    "المنتجات الزراعية معفاة من الرسوم حتى نهاية العام",
    "تعفن المحاصيل بسبب الأمطار كبد المزارعين خسائر كبيرة",
    "المعين الجديد في مجلس الإدارة سيتولى الملف المالي",
    "مفاعل الضبعة النووي يدخل مرحلة التشغيل التجريبي",
    "the blueberry muffins at the charity sale sold out in an hour",
    "الفنان معن الحايك يحيي حفلة في عمّان الجمعة",
    # غلس
    "غسل الأموال من أخطر الجرائم الاقتصادية",
    "غلاء الأسعار أرهق الأسر قبل رمضان",
    "جلسة البرلمان تأجلت للأسبوع القادم",
    "الغلة هالسنة ممتازة والحمد لله",
    "المنتخب الاسكتلندي يستعد لمواجهة مهمة في غلاسكو",
    "Glass recycling rates went up this year",
    "أغلى صفقة في تاريخ النادي تمت اليوم",
    "5alas el match w rbe7na el dawri",
    # مرمطون
    "أرضية القاعة من المرمر الأبيض",
    "الكرة ارتطمت بالقائم ولم تدخل المرمى",
    "ماراثون القاهرة الدولي يشهد مشاركة قياسية",
    "جائزة مرموقة للكاتبة السودانية الشابة",
    "المرمطة في المواصلات كل يوم لازم تخلص",
    "The marathon route passes by the Corniche this year",
    "الرمان المصري مطلوب في أسواق أوروبا",
    # زنخ
    "أسعار الزنك والنحاس ارتفعت في البورصة",
    "الزخم الشعبي وراء المرشح المستقل كبير",
    "خزان المياه في الحي انفجر من الضغط",
    "شاي بالزنجبيل أحسن شي للبرد",
    "نزاع حدودي قديم بين البلدين يعود للواجهة",
    "Zinc prices climbed for the third week",
    "الزنقة اللي قدام الدار مسدودة بالسيارات",
    # سربوت
    "سرب من الطائرات المسيرة أسقط فوق الحدود",
    "صربيا تتأهل لكأس أوروبا بعد فوز صعب",
    "روبوت جراحي يجري أول عملية في مستشفى الجامعة",
    "the lemon sorbet stand at the festival was the best part",
    "Serbia's coach praised the young squad after the win",
    "الروبوتات هتاخد نص الوظائف في المصانع",
    "تسرب الغاز في المصنع أدى لإخلاء الحي",
    "a robot vacuum caught fire in a flat in Doha, no injuries",
    # مسودن
    "السودان يستضيف مؤتمر المانحين الشهر المقبل",
    "مسودة الدستور الجديد نشرت للنقاش العام",
    "المنتخب السوداني فاز على ضيفه بهدفين",
    "مسودة القانون فيها مواد تحتاج مراجعة",
    "Sudan's ceasefire talks resume in Jeddah",
    "السودانيين في الخارج حولوا مبالغ قياسية",
    "الشارع كله سواد من قلة الإنارة",
    "el sudan 7azin w el nas ta3bana",
    # فسل
    "فسائل النخيل وزعت على المزارعين مجاناً",
    "زراعة فسيلة نخل في كل مدرسة مبادرة حلوة",
    "الأمير فيصل افتتح معرض الكتاب",
    "فشل المفاوضات أعاد التوتر للمنطقة",
    "الفصل الدراسي الثاني يبدأ الأحد",
    "Fossil fuels still dominate the energy mix",
    "وصل الوزير للقرية فسلّم على الأهالي واحداً واحداً",
    "تفاصيل الاتفاق ما زالت سرية",
    "fasl el shita bada w el 7atab ghali",
    # هايشة
    "عائشة بنت الجيران فازت بجائزة القراءة",
    "هيئة الانتخابات أعلنت النتائج الأولية",
    "غلاء المعيشة أكبر هم عند الناس",
    "هايتي تعاني من أزمة إنسانية خانقة",
    "هاي شو القصة؟ الكهرباء مقطوعة من الصبح",
    "العيشة صارت غالية بس الحمد لله",
    "3ayshin ma3 ahalna w mabsoutin",
    # عتوي
    "المهندس خالد العتوم عين مديراً للمشروع",
    "الشيخ سليمان العطوي حضر الاجتماع",
    "محتوى الحلقة كان مفيد جداً",
    "عتبة الفقر ارتفعت حسب التقرير الأخير",
    "المدينة العتيقة في فاس تستقبل السياح",
    "عتاد عسكري جديد وصل للجيش",
    "محتوى المنهج الجديد أحسن من القديم",
    # شروكي
    "جريدة الشروق نشرت تحقيقاً ممتازاً",
    "شريكي بالمحل سافر وأنا ماسك الشغل لحالي",
    "شركة الكهرباء رفعت الأسعار من جديد",
    "The Cherokee Nation elected a new chief",
    "مشروع القطار السريع تأخر سنتين",
    "شروق الشمس على الأهوار منظر ولا أروع",
    "محافظة الشرقية سجلت أعلى نسبة نجاح",
    # كيشة
    "جزيرة كيش الإيرانية تستضيف معرضاً تجارياً",
    "Quiche Lorraine won the cooking show last night",
    "كيس الطحين صار بسعر خيالي",
    "الكاش اختفى من الصرافات يوم العيد",
    "كشك الجرائد في الحي سكّر بعد أربعين سنة",
    "كشف حساب الحكومة بعد مئة يوم",
    "العيشة في الخرطوم صعبة مع انقطاع الكهرباء",
    # برهوش
    "الباحث برهان غليون يكتب مقالاً جديداً",
    "برهوم ابن الجيران نجح بالبكالوريا بمعدل عالي",
    "الجمهور كان مبهور بأداء المنتخب",
    "الناس قاعدة بره في الشارع من الحر",
    "البرهان يلتقي المبعوث الأممي في بورتسودان",
    "Brush fires spread across the hills near Tetouan",
    "البرهنة على الفرضية تحتاج بيانات أكثر",
    # ميبون
    "عصير الليمون البارد في الصيف ما له مثيل",
    "الحاج ميمون فتح محل خضرة جديد",
    "مؤتمر بون للمناخ انتهى بلا اتفاق",
    "رحلة ميمونة للوفد المغربي",
    "Lemon prices doubled at the Tunis market",
    "ميناء بنزرت استقبل باخرة قمح",
    # رافضي
    "الشعب رافض للقرار تماماً",
    "النواب الرافضين للموازنة انسحبوا من الجلسة",
    "الأديب مصطفى صادق الرافعي من أعلام النثر",
    "الرياضي المصري حقق ذهبية في البطولة",
    "رفض الاستئناف وتثبيت الحكم",
    "مصرف الرافدين فتح فروع جديدة في البصرة",
    "The Rafidain Bank opened new branches in Basra",
    "rafd el 2arar kan mutawaqa3",
    # شكام
    "شكاوى المواطنين من انقطاع المياه تزايدت",
    "الحكام الأجانب يديرون مباراة الديربي",
    "أشكال الدعم الحكومي متعددة",
    "شكّك النائب في أرقام الموازنة",
    "chkoun rbe7 el match lbare7?",
    "شكراً جزيلاً للمراسل على تقريره من الحدود",
    "إشكالية السكن لازم تنحل",
    # هامل
    "هامش الربح في القطاع الزراعي قليل",
    "العامل المصري في الخليج يستحق حماية أكبر",
    "الحامل تحتاج رعاية صحية مجانية",
    "إهمال صيانة الطرق سبب الحادث",
    "الملف كامل عند النيابة",
    "Hamlet opens at the national theatre in Amman",
    "mabrouk, mrato 7amel bel tani",
    "الهوامش في الكتاب فيها معلومات مهمة",
    # طز فيك
    "طزاجة الخضار في السوق المركزي ممتازة",
    "خبز طازج كل صباح من الفرن الجديد",
    "قضاء طوز خورماتو شهد انتخابات هادئة",
    "ثقتي فيك كبيرة يا كابتن، رجعنا للدوري",
    "الطازة في السوق أحسن من المجمد",
    "Tuz Khurmatu hospital received new ambulances",
    # تفو عليك
    "المنتخب تفوق على منافسه بثلاثة أهداف",
    "تفويض الحكومة انتهى والبرلمان يناقش البديل",
    "زميلك تفوق عليك بالنتيجة بس انت الأحسن بالملعب",
    "أتمنى تفوز القائمة المستقلة",
    "تفوح رائحة الياسمين في دمشق القديمة",
    "السلام عليكم، متى موعد المباراة؟",
    "التفوق الدراسي لطلاب الريف يستحق التكريم",
    # كس أختك
    "عكس التوقعات، الفريق فاز خارج أرضه",
    "كسر الحصار عن المدينة بعد أسابيع",
    "كسب المحامي القضية بعد سنتين",
    "أختك طلعت الأولى على المدرسة، مبروك",
    "كسوة العيد للأطفال الأيتام وصلت",
    "Ferries to Kos resumed after the storm",
    "kousa ma7shi 3al ghada el yom",
    "كسّاب الجوائز في الدوري هذا الموسم هو الحارس",
    # بياع وطن
    "بياع الخضرة بالحي رفع الأسعار",
    "مبيعات السيارات الكهربائية تضاعفت",
    "حب الوطن ما يحتاج شعارات",
    "بائع متجول يفوز باليانصيب",
    "بياعين الجرايد قلوا كتير",
    "وطن واحد وشعب واحد، مبروك للمنتخب",
    "بياع الكعك في الحارة رجع بعد العيد",
    # عساك بالماحي
    "عساك بخير يا بو محمد، وينك من زمان",
    "عساك على القوة يا بطل",
    "عساكم من عواده يا جماعة",
    "عساكر الحدود أنقذوا عائلة من الغرق",
    "عساك طيب يا أستاذ، متى الحلقة الجاية؟",
    "ابنه عساف فاز بالمسابقة",
    "3asak 3ala el 2owa ya batal",
    # الله لا يوفقك
    "الله يوفقك يا دكتور على هالشرح",
    "الله لا يهينك على المعلومة",
    "الله لا يحرمنا منك يا شيخ",
    "الله يوفقكم في الامتحانات يا طلاب",
    "الله لا يضرك، كلامك عين العقل",
    "التوفيق من الله والاجتهاد منكم",
    "الله لا يغير علينا هالأمان",
    "allah ywaf2ak ya batal",
    # bonehead
    "Bone density screening is now free at public clinics",
    "The new headteacher praised the students' results",
    "A forehead injury kept the striker out for two weeks",
    "Doctors say bone health starts in childhood",
    "The Bonham family donated the land for the school",
    # knucklehead
    "The team will have to knuckle down after this defeat",
    "He threw a knuckleball in the charity match",
    "Knuckles is my son's favourite cartoon character",
    "Headlines today are all about the budget",
    # bootlicker
    "The bootloader update bricked some older phones",
    "Police arrested bootleggers selling fake perfume",
    "Slicker marketing won't fix the economy",
    "Boot camp for new recruits starts in March",
    "Lickety-split delivery is promised by the new postal service",
    # fuckwit
    "Fukushima water release angers fishermen",
    "Fuchs won the regional chess tournament",
    "Witness statements contradict the police report",
    "Wittgenstein's notebooks go on display in Vienna",
    # shithead
    "Shiitake mushroom farming is growing in Jordan",
    "Alfred North Whitehead's books are back in print",
    "The shift head at the factory reported the leak",
    "Shih Tzu wins the dog show in Dubai",
    # lamebrain
    "The lame duck session ends next month",
    "A Lamborghini was seized at the border",
    "Brain drain is hurting the health sector",
    "Lambing season started early on the farms",
    # meathead
    "The Meath head coach resigned after the defeat",
    "Meat prices rose sharply before Eid",
    "Meatball recipe from my grandmother, delicious",
    "Meadows around the lake were flooded",
    # numbnuts
    "The numbers are out and unemployment is down",
    "Numbness in his leg kept the player off the pitch",
    "Doughnuts for all the volunteers this morning",
    "Walnut prices dropped after a good harvest",
    "Coconuts and peanuts exports rose this year",
]

ORDINARY = [
    "الله يرحم الضحايا ويصبر أهاليهم",
    "متى ينتهي مشروع الجسر الجديد؟",
    "الكهرباء تقطع عندنا كل ليلة ساعتين",
    "مبروك للفريق على الصعود",
    "نتمنى الوزارة تهتم بالمدارس في القرى",
    "انتبهوا من الغبار اليوم خاصة كبار السن",
    "شو مصدر الخبر؟ ما لقيته بالوكالة",
    "تقرير ممتاز، شكراً للمراسلين",
    "الأسعار نار قبل العيد",
    "الراتب بيخلص قبل العشرين من الشهر",
    "الدراسة تبدأ الأحد الجاي ولا لا؟",
    "زحمة رهيبة على الطريق الدائري الصبح",
    "موعد الديربي اتغير؟",
    "الحمد لله ما في إصابات بين ركاب الباص",
    "الشباب محتاجين فرص شغل حقيقية",
    "بالتوفيق لمنتخب الشباب في كأس آسيا",
    "المية مقطوعة عندنا من يومين",
    "ياريت تنشروا جدول مواعيد القطارات الجديد",
    "الطقس حلو اليوم، يوم مناسب للبحر",
    "خبر مفرح أخيراً",
    "كم سعر الدولار اليوم في السوق؟",
    "أين وصل التحقيق في حادث المصنع؟",
    "الأمطار كشفت ضعف البنية التحتية",
    "أنا مع رفع الحد الأدنى للأجور",
    "نريد مستشفى في المنطقة الجنوبية",
    "المنتخب لعب كويس بس الحظ ما خدمه",
    "الحارس أنقذ ثلاث كرات خطيرة",
    "الدوري هذا الموسم قوي جداً",
    "مين المرشح الأقوى برأيكم؟",
    "الانتخابات البلدية لازم تكون نزيهة",
    "ننتظر تفاصيل أكثر عن خطة النقل",
    "صورة جميلة للمدينة القديمة",
    "الله يحفظ البلد وأهله",
    "هل في دعم للمزارعين هالسنة؟",
    "سوق الخضار صار غالي كتير",
    "المعرض كان منظم بشكل رائع",
    "ياريت يرجعوا البرنامج القديم",
    "مقال مهم ويستحق القراءة",
    "أتفق مع الكاتب في نقطة التعليم",
    "ما أتفق مع الرأي بس أحترمه",
    "الحوار هو الحل الوحيد",
    "الإنترنت عندنا بطيء جداً",
    "وين صارت قصة الجامعة الجديدة؟",
    "الموسم السياحي بالبتراء هالسنة ممتاز",
    "الفنادق محجوزة بالكامل بالصيف",
    "خطوة ممتازة لدعم الشركات الصغيرة",
    "نحتاج حملات توعية مرورية",
    "الحوادث كثرت على طريق الساحل",
    "كل عام وأنتم بخير وعيدكم مبارك",
    "رمضان كريم على الجميع وتقبل الله صيامكم",
    "عيد مبارك وكل سنة وانتو سالمين",
    "بالشفاء العاجل للاعب",
    "رجوع الجماهير للملاعب خبر حلو",
    "الهدف الثاني كان تحفة",
    "المدرب لازم يعطي فرصة للشباب",
    "التحكيم اليوم كان مقبول",
    "الفريق محتاج مهاجم صريح",
    "الانتقالات الشتوية بدأت بقوة",
    "سعر الذهب نزل اليوم",
    "البورصة خسرت نقطتين",
    "التضخم لازم ينحل بسياسة واضحة",
    "شركات الطيران رفعت أسعار التذاكر",
    "التأشيرة صارت إلكترونية وأسهل",
    "الجامعة أعلنت نتائج القبول",
    "مبروك لكل الناجحين في التوجيهي",
    "مبروك للناجحين في الباكالوريا",
    "مبروك لخريجي الشهادة السودانية",
    "الامتحانات كانت صعبة هالسنة",
    "المعلمين يستاهلون زيادة رواتب",
    "المستشفى الحكومي محتاج أطباء أكثر",
    "الدواء مفقود من الصيدليات",
    "حملة التطعيم ناجحة بالمدارس",
    "الأهالي طالبوا بإنارة الشارع",
    "الحديقة العامة رجعت تفتح",
    "المكتبة الوطنية عاملة أمسية شعرية",
    "مهرجان السينما بدأ الليلة",
    "الفيلم المصري أخد جايزة",
    "المسلسل هالسنة عجبني",
    "الأغنية الجديدة حلوة",
    "الكاتب الكبير نال جائزة الرواية",
    "شكراً على تصحيح الخبر",
    "في غلطة في التاريخ المكتوب",
    "العنوان مش دقيق يا جماعة",
    "وين الرابط للتقرير الكامل؟",
    "الترجمة مش واضحة بالفيديو",
    "متى البث المباشر؟",
    "نبي تغطية أكثر للمحافظات",
    "الناس بالقرى محتاجين طرق",
    "الماي الحلو ما يوصل لبيوتنا",
    "شكراً للدفاع المدني على جهودهم",
    "الله يعين المتضررين من السيول",
    "التبرعات وصلت للعائلات المحتاجة",
    "فكرة الحملة الخيرية ممتازة",
    "الجمعية وزعت سلال غذائية",
    "زيت الزيتون هالسنة غالي",
    "موسم القمح كان جيد",
    "أسعار التمر نزلت بالسوق",
    "الخضرة رخيصة هالأسبوع",
    "السمك في الميناء طازة الصبح بدري",
    "السياحة الداخلية تحتاج دعم",
    "القطار الجديد مريح وسريع",
    "ياريت يزيدوا رحلات الباصات",
    "الطريق الصحراوي محتاج صيانة",
    "المطار الجديد خطوة كبيرة",
    "الوزير الجديد عنده ملفات صعبة",
    "ننتظر قرارات الحكومة بخصوص الدعم",
    "الموازنة فيها أرقام لازم تنشرح",
    "البرلمان ناقش قانون الإيجارات",
    "قانون العمل الجديد فيه إيجابيات",
    "الاتفاق التجاري مع الجيران مهم",
    "الحدود لازم تفتح للتجارة",
    "القمة العربية انتهت ببيان ختامي",
    "المفاوضات مستمرة حسب المصادر",
    "الأمم المتحدة دعت لوقف القتال",
    "الإغاثة وصلت للمناطق المنكوبة",
    "اللاجئين محتاجين دعم أكبر",
    "الشتاء قاسي على المخيمات",
    "الله يفرج عن الناس",
    "الأمل بالشباب كبير",
    "التقنية الجديدة بتساعد المزارعين",
    "الطاقة الشمسية هي المستقبل",
    "الألواح الشمسية صارت أرخص",
    "مشروع تحلية المياه ضروري",
    "التشجير بالمدن مهم ضد الحر",
    "درجات الحرارة قياسية هالصيف",
    "الكهرباء تحملت الضغط الحمد لله",
    "مين بيعرف موعد صرف المعاشات؟",
    "المعاشات لازم تزيد مع الغلاء",
    "القرض السكني صار أصعب",
    "البنك المركزي ثبت الفائدة",
    "الريال مستقر هالفترة",
    "الجنيه نزل من جديد",
    "الدينار حافظ على قيمته",
    "الدرهم قوي مقابل اليورو",
    "الصادرات زادت هالربع",
    "الشركات الناشئة تحتاج تمويل",
    "ريادة الأعمال بالعالم العربي بتكبر",
    "برنامج التدريب المهني مفيد",
    "الشباب لازم يتعلموا برمجة",
    "المرأة لازم تاخد فرص أكثر بالعمل",
    "النساء فازوا بمقاعد أكثر بالبرلمان",
    "حقوق العمال لازم تنحمى",
    "النقابة طالبت بزيادة الأجور",
    "الإضراب انتهى باتفاق",
    "وزارة الصحة لازم توضح الأرقام",
    "الإعلام لازم يكون مستقل",
    "الصحافة الحرة أساس أي إصلاح حقيقي",
    "تحية للصحفيين في الميدان",
    "الحقيقة بتبان مع الوقت",
    "لا تصدقوا الإشاعات قبل التأكد",
    "الخبر طلع مش صحيح",
    "الوكالة الرسمية نفت الخبر",
    "المتحدث الرسمي أكد الموعد",
    "اللقاء كان مفيد وواضح",
    "الضيف أعطى أرقام مهمة",
    "المذيعة أدارت الحوار باحتراف",
    "البرنامج الصباحي ممتع",
    "الحلقة الجاية عن الإسكان",
    "أتمنى يتكلموا عن البطالة",
    "وين تقرير الأسبوع الماضي؟",
    "ترجمة المقال للإنجليزي ممتازة",
    "Great coverage of the elections, thank you.",
    "When is the final being played?",
    "The new metro line is a big improvement.",
    "Prices in the market are crazy this month.",
    "Congratulations to the national handball team!",
    "Is there an official source for this?",
    "The minister should publish the full report.",
    "Hope the talks lead somewhere this time.",
    "Rain is finally coming to the north.",
    "Well deserved win for the club.",
    "The budget numbers don't add up to me.",
    "I disagree with the author but it's a good read.",
    "Please add subtitles to the video.",
    "Good luck to all the students tomorrow.",
    "The stadium was packed, amazing atmosphere.",
    "Electricity cuts again in our area.",
    "bravo 3al tagh6iya",
    "wallah el as3ar nar hal shahr",
    "mabrouk lel montakhab",
    "inshallah el awda3 tet7assan",
    "sa7 el khabar? ma la2eto fel wakala",
    "el match kan 7elo el yom",
    "ya rab tenzel el as3ar shwayy",
    "shukran 3al ta2reer el mofassal",
]

OPENERS = ["بصراحة ", "والله ", "يا جماعة ", "سؤال: ", "للأمانة ", "عن جد ", "ملاحظة: ", "حسب رأيي "]
CLOSERS = [" 👍", " 🙏", "، شكراً للتغطية", " والله أعلم", "، الله يعين", " 🌹", "، الله يستر", " 👏"]

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
            rest = tok[len(p):]
            out.add(rest)
            for q in PREFIXES:
                if rest.startswith(q) and len(rest) - len(q) >= 2:
                    out.add(rest[len(q):])
    return out


FORMSET = {}
for e in AR_WORDS:
    fs = set()
    for _, f in FORMS[e] + [("plain", e)]:
        for part in norm(f).split(" "):
            if part in ("يا", "اثنين"):
                continue
            fs.add(part)
    for _, f in ARABIZI[e]:
        fs.add(norm(f).split(" ")[-1])
    FORMSET[e] = fs
PHRASE_SURFACE = {e: {norm(f) for k, f, _ in PHRASE_FORMS[e] if "hashtag" not in k and "hyphen" not in k
                      and "tatweel" not in k} | {norm(f) for f in PHRASE_ARABIZI[e]} for e in PHRASES}
EN_SURFACE = {e: {e, e + "s", e + "es", e + "ed", e + "ing"} | {norm(f) for k, f in EN_FORMS[e]
                                                                 if k in ("en_plural", "en_suffix_form",
                                                                          "en_split", "en_singular")}
              for e in EN_WORDS}


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
        if any(tok in EN_SURFACE[e] for tok in toks) or any(
                re.search(r"(^|[^\w])" + re.escape(p) + r"($|[^\w])", t) for p in EN_SURFACE[e] if " " in p):
            found.add(e)
    return found


def earlier_sets():
    banned, texts = set(), set()
    for name in sorted(os.listdir(HERE)):
        if re.match(r"screening_(insults|clean)(_[a-j])?\.json$", name):
            with open(os.path.join(HERE, name), encoding="utf-8") as fh:
                d = json.load(fh)
            banned |= set(d["banned"])
            for it in d["items"]:
                texts.add(it["text"] if isinstance(it, dict) else it)
    return banned, texts


def old_words_found(text, old_words):
    toks = TOKEN_RE.findall(norm(text).translate(str.maketrans("أإآ", "ااا")))
    hits = set()
    for tok in toks:
        for s in stems(tok) | {tok}:
            if s in old_words or (s.endswith("s") and s[:-1] in old_words):
                hits.add(s)
    return hits


def main():
    old_banned, old_texts = earlier_sets()
    fold = str.maketrans("أإآ", "ااا")
    old_fold = {b.translate(fold).lower() for b in old_banned}
    old_words = {w for b in old_fold if " " not in b for w in [b]}
    for b in BANNED:
        bf = b.translate(fold).lower()
        assert bf not in old_fold, b
        for w in bf.split(" "):
            assert w not in old_words, (b, w)
        for ow in old_words:
            assert ow not in bf.split(" "), (b, ow)
    assert len(set(BANNED)) == len(BANNED) == 30

    insults = []
    for it in ITEMS:
        if it["text"] in old_texts:
            continue
        other = entries_found(it["text"]) - {it["entry"]}
        assert not other, (it, other)
        assert not old_words_found(it["text"], old_words), (it, old_words_found(it["text"], old_words))
        assert it["_token"] in it["text"]
        insults.append({"text": it["text"], "entry": it["entry"], "kind": it["kind"]})
    RNG.shuffle(insults)

    hard = list(dict.fromkeys(s for s in HARD if s not in old_texts))
    ordinary = list(dict.fromkeys(s for s in ORDINARY if s not in old_texts and s not in hard))
    clean = hard + ordinary
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
        assert not old_words_found(s, old_words), (s, old_words_found(s, old_words))
    RNG.shuffle(clean)

    assert len({x["text"] for x in insults}) == len(insults)
    assert not {x["text"] for x in insults} & set(clean)
    kinds = {}
    for x in insults:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    assert len(insults) >= 1250 and len(kinds) >= 200, (len(insults), len(kinds))
    assert max(kinds.values()) <= 0.03 * len(insults), max(kinds.items(), key=lambda kv: kv[1])
    assert len(clean) >= 520 and len(hard) >= 160, (len(clean), len(hard))

    for name, items in (("screening_insults_k.json", insults), ("screening_clean_k.json", clean)):
        obj = {"banned": BANNED, "items": items}
        text = json.dumps(obj, ensure_ascii=False, indent=1)
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        with open(path, encoding="utf-8") as fh:
            assert json.load(fh) == obj

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
