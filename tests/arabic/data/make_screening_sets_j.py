"""Make screening set "j": screening_insults_j.json and screening_clean_j.json (blind set).

Set "j", blind.  Written by a helper session within a 60-minute budget.  What it read: only the earlier data
files tests/arabic/data/screening_insults*.json and screening_clean*.json (sets a-i: to copy the JSON shape and
the per-item "kind" labels, and to avoid every banned entry and every text used by those sets) and, for format
only, the generator tests/arabic/data/make_screening_sets_i.py.  It did not open anything under nashra/, any
other test .py file, the README, bench/ or docs/, did not import the nashra package and never ran the matcher.

Method
------
* The banned list (16 Arabic single words from Egyptian, Levantine, Jordanian, Gulf, Iraqi and Maghrebi usage
  plus one political word; 6 Arabic phrases of two and three words; 8 English words) is hand-written below;
  none of them is in the banned lists of sets a-i (checked at run time against those files when present).
* Every inflection (article, proclitics, glued vocative, hal- demonstrative, pronoun suffixes, feminine, dual,
  sound/broken plural, elative, ta/ha, alif maqsura, hamza dropped or reseated, dialect consonants ق>ء/گ,
  ط>ت, ص<>س, ج>چ, ك>گ, harakat, shadda) and every Arabizi and English variant is hand-written in this file.
* Character-level disguises (tatweel, repeated letters, letters spaced out, dots, dashes, punctuation, symbols,
  emoji or Latin letters between letters, censoring star, one inner space, zero-width characters, bidi marks,
  Persian/Urdu letters, dotless letters, decorative harakat, glue to the previous or next word, letters
  spaced out right after another word) are applied mechanically to hand-written forms; a seeded
  random.Random(20261208) chooses forms, frames, positions and separators.  Mixed kinds are labelled "a+b".
* Comment frames (MSA, Egyptian, Levantine, Gulf, Iraqi, Maghrebi, Arabizi, English, mixed) are hand-written.
* Clean comments are hand-written: ordinary news comments plus hard negatives (innocent words, names and
  Latin skeletons sharing letters or a root with an entry: خريطة/الخرطوم, أناناس/إنسان, طحينة/زلزال,
  أونلاين/أنطاكية, رخام/رخيم/رخصة, انقطاع/نطاق, نسيج/مسيحي, مكمل/قمل, الجلفة/خليج, مسلخ/ماسح, سلوكي/ملوكي/
  لوكاكو, مجهول/مقبول, زفير/سفري, النفط الخام/خامنئي/برنامج, بوزيد/بوزنيقة, الصهيونية/صهيب, نخوة, الدولار/
  عبد الله, ابن ستين سنة, فلسطين/فلس, الله يرحم أبوك/يعلن, شرفة/بلا شك, halfway/Halifax, douche/duffel bag,
  Humpty/numbers, pillow/hillock/Pollock, Bozize/Bozeman, income/incompatible, overhead/air ahead,
  Dickens/Dick Cheney ...).  A few short ordinary comments get a hand-written opener or closer so the clean
  set reaches its size.
* Self-checks: each insult item contains its disguised token; no clean item contains, as a word after
  stripping harakat/tatweel/proclitics, any hand-written form of any entry, nor a phrase entry form, nor an
  English entry (case-insensitive, with s/es/ish/y); no insult item contains a second entry; texts are unique
  and none repeats a text of sets a-i; JSON (UTF-8, ensure_ascii=False, indent=1) reads back identical; sizes
  are checked (>= 1250 insult items, >= 200 kinds, >= 520 clean items, >= 160 hard negatives).

Counts: 30 banned entries (16 Arabic words, 6 Arabic phrases, 8 English), 1330 insult items in 281 kind
labels, 540 clean items of which 196 are hand-written hard negatives (the rest: 198 hand-written ordinary
comments and copies of some of them with a hand-written opener or closer added).  Note: the Egyptian phrase
entry "ابن ستين كلب" contains the word كلب, which was an entry of set a; no other insult item contains a word
banned by sets a-i, and no clean item does.

Run from this folder:  python3 make_screening_sets_j.py
"""

import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20261208)

AR_WORDS = [
    "خرتيت",    # Egyptian: rhinoceros, fat clumsy brute
    "نسناس",    # Levantine/Egyptian: little monkey, sneaky nobody
    "زلنطحي",   # Egyptian: vagrant, good-for-nothing
    "أونطجي",   # Egyptian: con man, fake
    "رخم",      # Egyptian: obnoxious, insufferable
    "نطع",      # Egyptian: dull, tasteless dolt
    "سحيج",     # Jordanian/Levantine: regime cheerleader
    "مقمل",     # Levantine/Iraqi: lice-ridden, filthy nobody
    "جلف",      # MSA/Gulf: boor
    "ماصخ",     # Gulf: insipid, tasteless
    "لوكي",     # Iraqi: bootlicker, opportunist
    "مهبول",    # Maghrebi/Gulf: crazy fool
    "زوفري",    # Algerian/Moroccan: thug, lowlife
    "خامج",     # Algerian/Moroccan: rotten, filthy
    "بوزبال",   # Moroccan: lowlife, scum
    "متصهين",   # political: Zionised traitor
]
PHRASES = ["عديم النخوة", "عبد الدولار", "ابن ستين كلب", "ما يسوى فلس", "يلعن أبوك", "بلا شرف"]
EN_WORDS = ["halfwit", "douchebag", "numpty", "pillock", "bozo", "nincompoop", "airhead", "dickhead"]
BANNED = AR_WORDS + PHRASES + EN_WORDS

# ----------------------------------------------------------------------------------------------------------
# Hand-written forms of the Arabic single words: entry -> list of (kind, form)
# ----------------------------------------------------------------------------------------------------------
FORMS = {
    "خرتيت": [
        ("plain", "خرتيت"), ("article", "الخرتيت"), ("proclitic_article", "بالخرتيت"),
        ("proclitic_article", "والخرتيت"), ("vocative", "يا خرتيت"), ("vocative_glued", "ياخرتيت"),
        ("hal_demonstrative", "هالخرتيت"), ("feminine", "خرتيتة"), ("feminine+ta_as_ha", "خرتيته"),
        ("broken_plural", "خراتيت"), ("article+broken_plural", "الخراتيت"), ("pronoun_suffix", "خرتيتهم"),
        ("dual", "خرتيتين"), ("harakat", "خَرْتِيت"), ("proclitic", "فخرتيت"), ("proclitic", "كخرتيت"),
    ],
    "نسناس": [
        ("plain", "نسناس"), ("article", "النسناس"), ("proclitic_article", "والنسناس"),
        ("proclitic_article", "كالنسناس"), ("vocative", "يا نسناس"), ("vocative_glued", "يانسناس"),
        ("hal_demonstrative", "هالنسناس"), ("feminine", "نسناسة"), ("feminine+ta_as_ha", "نسناسه"),
        ("broken_plural", "نسانيس"), ("article+broken_plural", "النسانيس"), ("pronoun_suffix", "نسناسهم"),
        ("dialect_consonant", "نصناص"), ("harakat", "نَسْنَاس"), ("dual", "نسناسين"), ("proclitic", "ونسناس"),
    ],
    "زلنطحي": [
        ("plain", "زلنطحي"), ("article", "الزلنطحي"), ("proclitic_article", "بالزلنطحي"),
        ("vocative", "يا زلنطحي"), ("vocative_glued", "يازلنطحي"), ("hal_demonstrative", "هالزلنطحي"),
        ("alif_maqsura", "زلنطحى"), ("article+alif_maqsura", "الزلنطحى"), ("feminine", "زلنطحية"),
        ("sound_plural", "الزلنطحية"), ("sound_plural", "زلنطحيين"), ("pronoun_suffix", "زلنطحيهم"),
        ("dialect_consonant", "زلنتحي"), ("harakat", "زَلَنْطَحِي"), ("shadda", "زلنطحيّ"), ("proclitic", "وزلنطحي"),
    ],
    "أونطجي": [
        ("plain", "أونطجي"), ("hamza_dropped", "اونطجي"), ("hamza_reseated", "إونطجي"),
        ("article", "الأونطجي"), ("article+hamza_dropped", "الاونطجي"), ("proclitic_article", "والأونطجي"),
        ("proclitic_article+hamza_dropped", "بالاونطجي"), ("vocative", "يا أونطجي"),
        ("vocative_glued+hamza_dropped", "يااونطجي"), ("hal_demonstrative", "هالأونطجي"),
        ("alif_maqsura", "أونطجى"), ("feminine", "أونطجية"), ("sound_plural", "الأونطجية"),
        ("dialect_consonant", "أونتجي"), ("dialect_consonant", "أونطچي"), ("harakat", "أُونْطَجِي"),
        ("hamza_dropped+alif_maqsura", "اونطجى"),
    ],
    "رخم": [
        ("plain", "رخم"), ("article", "الرخم"), ("proclitic_article", "والرخم"), ("vocative", "يا رخم"),
        ("vocative_glued", "يارخم"), ("hal_demonstrative", "هالرخم"), ("feminine", "رخمة"),
        ("feminine+ta_as_ha", "رخمه"), ("sound_plural", "رخمين"), ("article+feminine", "الرخمة"),
        ("harakat", "رِخِم"), ("elative", "أرخم"), ("elative+hamza_dropped", "ارخم"), ("proclitic", "فرخم"),
        ("proclitic_article", "بالرخم"),
    ],
    "نطع": [
        ("plain", "نطع"), ("article", "النطع"), ("proclitic_article", "والنطع"), ("vocative", "يا نطع"),
        ("vocative_glued", "يانطع"), ("hal_demonstrative", "هالنطع"), ("feminine", "نطعة"),
        ("feminine+ta_as_ha", "نطعه"), ("sound_plural", "نطعين"), ("harakat", "نِطِع"), ("elative", "أنطع"),
        ("elative+hamza_dropped", "انطع"), ("proclitic", "ونطع"), ("article+feminine", "النطعة"),
        ("proclitic_article", "كالنطع"),
    ],
    "سحيج": [
        ("plain", "سحيج"), ("article", "السحيج"), ("proclitic_article", "والسحيج"),
        ("proclitic_article", "للسحيجة"), ("vocative", "يا سحيج"), ("vocative_glued", "ياسحيج"),
        ("hal_demonstrative", "هالسحيج"), ("sound_plural", "سحيجة"), ("article+sound_plural", "السحيجة"),
        ("sound_plural+ta_as_ha", "سحيجه"), ("sound_plural", "سحيجين"), ("shadda", "سحّيج"),
        ("harakat", "سَحِّيج"), ("dual", "سحيجين اثنين"), ("pronoun_suffix", "سحيجتهم"), ("proclitic", "وسحيج"),
    ],
    "مقمل": [
        ("plain", "مقمل"), ("article", "المقمل"), ("proclitic_article", "والمقمل"), ("vocative", "يا مقمل"),
        ("vocative_glued", "يامقمل"), ("hal_demonstrative", "هالمقمل"), ("feminine", "مقملة"),
        ("feminine+ta_as_ha", "مقمله"), ("sound_plural", "مقملين"), ("article+sound_plural", "المقملين"),
        ("shadda", "مقمّل"), ("harakat", "مْقَمَّل"), ("dialect_consonant", "مأمّل"), ("dialect_consonant", "مگمل"),
        ("proclitic", "فمقمل"), ("dual", "مقملين الاثنين"),
    ],
    "جلف": [
        ("plain", "جلف"), ("article", "الجلف"), ("proclitic_article", "والجلف"), ("proclitic_article", "كالجلف"),
        ("vocative", "يا جلف"), ("vocative_glued", "ياجلف"), ("hal_demonstrative", "هالجلف"),
        ("broken_plural", "أجلاف"), ("article+broken_plural", "الأجلاف"),
        ("broken_plural+hamza_dropped", "اجلاف"), ("feminine", "جلفة"), ("harakat", "جِلْف"),
        ("dual", "جلفين"), ("proclitic", "وجلف"), ("pronoun_suffix", "أجلافهم"),
    ],
    "ماصخ": [
        ("plain", "ماصخ"), ("article", "الماصخ"), ("proclitic_article", "والماصخ"), ("vocative", "يا ماصخ"),
        ("vocative_glued", "ياماصخ"), ("hal_demonstrative", "هالماصخ"), ("feminine", "ماصخة"),
        ("feminine+ta_as_ha", "ماصخه"), ("sound_plural", "ماصخين"), ("article+sound_plural", "الماصخين"),
        ("harakat", "مَاصِخ"), ("dialect_consonant", "ماسخ"), ("proclitic", "فماصخ"),
        ("article+feminine", "الماصخة"), ("proclitic_article", "بالماصخ"),
    ],
    "لوكي": [
        ("plain", "لوكي"), ("article", "اللوكي"), ("proclitic_article", "واللوكي"), ("vocative", "يا لوكي"),
        ("vocative_glued", "يالوكي"), ("hal_demonstrative", "هاللوكي"), ("dialect_consonant", "لوگي"),
        ("article+dialect_consonant", "اللوگي"), ("sound_plural", "لوكية"), ("article+sound_plural", "اللوكية"),
        ("alif_maqsura", "لوكى"), ("harakat", "لُوكِي"), ("shadda", "لوكيّ"), ("proclitic", "ولوكي"),
        ("sound_plural+dialect_consonant", "لوگية"),
    ],
    "مهبول": [
        ("plain", "مهبول"), ("article", "المهبول"), ("proclitic_article", "والمهبول"), ("vocative", "يا مهبول"),
        ("vocative_glued", "يامهبول"), ("hal_demonstrative", "هالمهبول"), ("feminine", "مهبولة"),
        ("feminine+ta_as_ha", "مهبوله"), ("broken_plural", "مهابيل"), ("article+broken_plural", "المهابيل"),
        ("sound_plural", "مهبولين"), ("harakat", "مَهْبُول"), ("proclitic", "فمهبول"),
        ("proclitic_article", "كالمهبول"), ("article+feminine", "المهبولة"),
    ],
    "زوفري": [
        ("plain", "زوفري"), ("article", "الزوفري"), ("proclitic_article", "والزوفري"), ("vocative", "يا زوفري"),
        ("vocative_glued", "يازوفري"), ("hal_demonstrative", "هالزوفري"), ("alif_maqsura", "زوفرى"),
        ("feminine", "زوفرية"), ("sound_plural", "الزوفرية"), ("broken_plural", "زوافرة"),
        ("harakat", "زُوفْرِي"), ("shadda", "زوفريّ"), ("proclitic", "وزوفري"),
        ("article+alif_maqsura", "الزوفرى"), ("proclitic_article", "بالزوفري"),
    ],
    "خامج": [
        ("plain", "خامج"), ("article", "الخامج"), ("proclitic_article", "والخامج"), ("vocative", "يا خامج"),
        ("vocative_glued", "ياخامج"), ("hal_demonstrative", "هالخامج"), ("feminine", "خامجة"),
        ("feminine+ta_as_ha", "خامجه"), ("sound_plural", "خامجين"), ("article+sound_plural", "الخامجين"),
        ("harakat", "خَامِج"), ("proclitic", "فخامج"), ("article+feminine", "الخامجة"),
        ("proclitic_article", "كالخامج"),
    ],
    "بوزبال": [
        ("plain", "بوزبال"), ("article", "البوزبال"), ("proclitic_article", "والبوزبال"),
        ("vocative", "يا بوزبال"), ("vocative_glued", "يابوزبال"), ("split_spelling", "بو زبال"),
        ("vocative+split_spelling", "يا بو زبال"), ("sound_plural", "بوزبالات"), ("feminine", "بوزبالة"),
        ("harakat", "بُوزْبَال"), ("proclitic", "وبوزبال"), ("hamza_added", "أبوزبال"),
        ("proclitic_article", "كالبوزبال"),     ],
    "متصهين": [
        ("plain", "متصهين"), ("article", "المتصهين"), ("proclitic_article", "والمتصهين"),
        ("proclitic_article", "للمتصهينين"), ("vocative", "يا متصهين"), ("vocative_glued", "يامتصهين"),
        ("hal_demonstrative", "هالمتصهين"), ("feminine", "متصهينة"), ("feminine+ta_as_ha", "متصهينه"),
        ("sound_plural", "متصهينين"), ("sound_plural", "المتصهينون"), ("dual", "متصهينان"),
        ("harakat", "مُتَصَهْيِن"), ("proclitic", "ومتصهين"), ("article+feminine", "المتصهينة"),
        ("pronoun_suffix", "متصهينيهم"),
    ],
}

ARABIZI = {
    "خرتيت": [("arabizi_letters", "khartit"), ("arabizi_digits", "5arteet"), ("arabizi_article", "el kharteet")],
    "نسناس": [("arabizi_letters", "nasnas"), ("arabizi_letters", "nesnaas"), ("arabizi_article", "el nasnas")],
    "زلنطحي": [("arabizi_digits", "zalanta7i"), ("arabizi_digits", "zalanTa7y"), ("arabizi_article", "el zalanta7i")],
    "أونطجي": [("arabizi_letters", "ontagy"), ("arabizi_letters", "ontagi"), ("arabizi_article", "el ontagy")],
    "رخم": [("arabizi_digits", "re5em"), ("arabizi_letters", "rekhem"), ("arabizi_letters", "rikhim")],
    "نطع": [("arabizi_digits", "nete3"), ("arabizi_digits", "netee3"), ("arabizi_digits", "ne6e3")],
    "سحيج": [("arabizi_digits", "sa7eej"), ("arabizi_digits", "s7eej"), ("arabizi_digits", "sa77eej")],
    "مقمل": [("arabizi_digits", "m2ammal"), ("arabizi_letters", "mqammal"), ("arabizi_letters", "mgammal")],
    "جلف": [("arabizi_letters", "jelf"), ("arabizi_letters", "jilf"), ("arabizi_article", "el jelf")],
    "ماصخ": [("arabizi_digits", "ma9e5"), ("arabizi_letters", "masekh"), ("arabizi_digits", "maa9i5")],
    "لوكي": [("arabizi_letters", "looki"), ("arabizi_letters", "lugi"), ("arabizi_article", "el lougi")],
    "مهبول": [("arabizi_letters", "mahboul"), ("arabizi_letters", "mehboul"), ("arabizi_article", "el mahbool")],
    "زوفري": [("arabizi_letters", "zoufri"), ("arabizi_letters", "zoufrii"), ("arabizi_article", "le zoufri")],
    "خامج": [("arabizi_letters", "khamej"), ("arabizi_digits", "5amej"), ("arabizi_letters", "khamaj")],
    "بوزبال": [("arabizi_letters", "bouzebal"), ("arabizi_letters", "bouzbal"), ("arabizi_split", "bou zbel")],
    "متصهين": [("arabizi_letters", "mtsahyen"), ("arabizi_letters", "mutasahyin"), ("arabizi_article", "el mtsahyen")],
}

PHRASE_FORMS = {
    "عديم النخوة": [
        ("phrase_plain", "عديم النخوة"), ("phrase_no_article", "عديم نخوة"), ("phrase_ta_as_ha", "عديم النخوه"),
        ("phrase_vocative", "يا عديم النخوة"), ("phrase_head_inflected", "عديمة النخوة"),
        ("phrase_head_inflected", "عديمي النخوة"), ("phrase_head_inflected", "عديمين النخوة"),
        ("phrase_proclitic", "وعديم النخوة"), ("phrase_hashtag", "#عديم_النخوة"),
        ("phrase_joined", "عديمالنخوة"), ("phrase_hyphen", "عديم-النخوة"),
        ("phrase_harakat", "عَدِيمُ النَّخْوَةِ"), ("phrase_tatweel", "عديـــم النخـــوة"),
        ("phrase_head_inflected+phrase_ta_as_ha", "عديمه النخوه"),
    ],
    "عبد الدولار": [
        ("phrase_plain", "عبد الدولار"), ("phrase_no_article", "عبد دولار"), ("phrase_plural", "عبيد الدولار"),
        ("phrase_plural", "عبدة الدولار"), ("phrase_vocative", "يا عبد الدولار"),
        ("phrase_head_inflected", "عبدة دولار"), ("phrase_proclitic", "وعبيد الدولار"),
        ("phrase_hashtag", "#عبيد_الدولار"), ("phrase_joined", "عبدالدولار"), ("phrase_hyphen", "عبد-الدولار"),
        ("phrase_harakat", "عَبْدُ الدُّولَارِ"), ("phrase_tatweel", "عبـــد الدولـــار"),
        ("phrase_spelling_variant", "عبد الدولارات"), ("phrase_spelling_variant", "عبد الدلار"),
    ],
    "ابن ستين كلب": [
        ("phrase_plain", "ابن ستين كلب"), ("phrase_vocative", "يا ابن ستين كلب"),
        ("phrase_vocative", "يابن ستين كلب"), ("phrase_head_inflected", "بنت ستين كلب"),
        ("phrase_head_inflected", "ولاد ستين كلب"), ("phrase_head_inflected", "أولاد ستين كلب"),
        ("phrase_hamza", "إبن ستين كلب"), ("phrase_dialect_consonant", "ابن ستين چلب"),
        ("phrase_hashtag", "#ابن_ستين_كلب"), ("phrase_joined", "ابن ستينكلب"), ("phrase_hyphen", "ابن-ستين-كلب"),
        ("phrase_harakat", "اِبْنُ سِتِّين كَلْب"), ("phrase_tatweel", "ابن ستـــين كلـــب"),
        ("phrase_digits", "ابن 60 كلب"), ("phrase_proclitic", "وابن ستين كلب"),
    ],
    "ما يسوى فلس": [
        ("phrase_plain", "ما يسوى فلس"), ("phrase_head_inflected", "ما تسوى فلس"),
        ("phrase_head_inflected", "ما يسوون فلس"), ("phrase_alif_maqsura", "ما يسوي فلس"),
        ("phrase_spelling_variant", "ما يسوا فلس"), ("phrase_glued_negation", "مايسوى فلس"),
        ("phrase_hashtag", "#ما_يسوى_فلس"), ("phrase_hyphen", "ما-يسوى-فلس"),
        ("phrase_harakat", "مَا يِسْوَى فِلْس"), ("phrase_tatweel", "ما يســوى فلـــس"),
        ("phrase_joined", "مايسوىفلس"), ("phrase_negation_variant", "ما يسوى ولا فلس"),
        ("phrase_head_inflected", "ما يسوى فلسين"),
    ],
    "يلعن أبوك": [
        ("phrase_plain", "يلعن أبوك"), ("phrase_hamza", "يلعن ابوك"), ("phrase_pronoun_suffix", "يلعن أبوه"),
        ("phrase_pronoun_suffix", "يلعن أبوكم"), ("phrase_pronoun_suffix", "يلعن ابوها"),
        ("phrase_pronoun_suffix", "يلعن ابوهم"), ("phrase_proclitic", "الله يلعن أبوك"),
        ("phrase_dialect_metathesis", "ينعل أبوك"), ("phrase_dialect_metathesis", "ينعل ابوكم"),
        ("phrase_hashtag", "#يلعن_ابوك"), ("phrase_joined", "يلعنأبوك"), ("phrase_hyphen", "يلعن-ابوك"),
        ("phrase_harakat", "يِلْعَن أَبُوك"), ("phrase_tatweel", "يلعـــن أبـــوك"),
        ("phrase_spelling_variant", "يلعن بوك"), ("phrase_alif_maqsura", "يلعن أبوكى"),
    ],
    "بلا شرف": [
        ("phrase_plain", "بلا شرف"), ("phrase_vocative", "يا بلا شرف"), ("phrase_joined", "بلاشرف"),
        ("phrase_hashtag", "#بلا_شرف"), ("phrase_hyphen", "بلا-شرف"), ("phrase_harakat", "بِلَا شَرَف"),
        ("phrase_tatweel", "بلا شـــرف"), ("phrase_spelling_variant", "بلى شرف"),
        ("phrase_extended", "بلا شرف ولا كرامة"), ("phrase_partial_harakat", "بلا شرَف"),
        ("phrase_proclitic", "وبلا شرف"),
    ],
}

PHRASE_ARABIZI = {
    "عديم النخوة": ["3adeem el nakhwa", "3adim nakhwa", "3deem el na5weh", "3adeem el nakhweh"],
    "عبد الدولار": ["3abd el dollar", "3abd eldolar", "3abeed el dolar", "3abd el dolaar"],
    "ابن ستين كلب": ["ibn sitteen kalb", "ebn settin kalb", "ya ibn 60 kalb", "ya ibn sittin kalb"],
    "ما يسوى فلس": ["ma yiswa fils", "ma yeswa fles", "mayeswa fils", "ma yswa fils"],
    "يلعن أبوك": ["yel3an abook", "yil3an abouk", "yen3al abook", "yel3an abukom"],
    "بلا شرف": ["bala sharaf", "bla charaf", "bala sharf", "bala sharaf wala karama"],
}

EN_FORMS = {
    "halfwit": [
        ("en_plain", "halfwit"), ("en_plural", "halfwits"), ("en_capitalised", "HALFWIT"),
        ("en_capitalised", "Halfwit"), ("en_leet", "h4lfw1t"), ("en_leet", "ha1fwit"), ("en_symbols", "half*wit"),
        ("en_symbols", "h.a.l.f.w.i.t"), ("en_spaced", "h a l f w i t"), ("en_hyphen", "half-wit"),
        ("en_split", "half wit"), ("en_doubled_letters", "haaalfwit"), ("en_soundalike", "haffwit"),
        ("en_homoglyph", "hаlfwit"), ("en_fullwidth", "ｈａｌｆｗｉｔ"), ("en_zero_width", "half\u200bwit"),
        ("en_plural+en_leet", "h4lfw1ts"), ("en_camelcase", "HalfWit"), ("en_arabic_script", "هاف ويت"),
    ],
    "douchebag": [
        ("en_plain", "douchebag"), ("en_plural", "douchebags"), ("en_capitalised", "DOUCHEBAG"),
        ("en_capitalised", "Douchebag"), ("en_leet", "d0uch3bag"), ("en_leet", "douch3b4g"),
        ("en_symbols", "douche*bag"), ("en_symbols", "d.o.u.c.h.e.b.a.g"), ("en_spaced", "d o u c h e b a g"),
        ("en_hyphen", "douche-bag"), ("en_split", "douche bag"), ("en_doubled_letters", "douuuchebag"),
        ("en_soundalike", "dooshbag"), ("en_soundalike", "douchbag"), ("en_homoglyph", "douchеbag"),
        ("en_fullwidth", "ｄｏｕｃｈｅｂａｇ"), ("en_zero_width", "douche\u200cbag"),
        ("en_plural+en_capitalised", "DOUCHEBAGS"), ("en_suffix_form", "douchebaggy"),
        ("en_camelcase", "DoucheBag"),
    ],
    "numpty": [
        ("en_plain", "numpty"), ("en_plural", "numpties"), ("en_capitalised", "NUMPTY"),
        ("en_capitalised", "Numpty"), ("en_leet", "nump7y"), ("en_leet", "numpt¥"), ("en_symbols", "num*ty"),
        ("en_symbols", "n.u.m.p.t.y"), ("en_spaced", "n u m p t y"), ("en_hyphen", "nump-ty"),
        ("en_doubled_letters", "nummmpty"), ("en_soundalike", "numptie"), ("en_soundalike", "numpity"),
        ("en_homoglyph", "numрty"), ("en_fullwidth", "ｎｕｍｐｔｙ"), ("en_zero_width", "num\u200bpty"),
        ("en_plural+en_capitalised", "NUMPTIES"), ("en_arabic_script", "نمبتي"),
    ],
    "pillock": [
        ("en_plain", "pillock"), ("en_plural", "pillocks"), ("en_capitalised", "PILLOCK"),
        ("en_capitalised", "Pillock"), ("en_leet", "p1ll0ck"), ("en_leet", "pi11ock"), ("en_symbols", "pil*ock"),
        ("en_symbols", "p.i.l.l.o.c.k"), ("en_spaced", "p i l l o c k"), ("en_hyphen", "pill-ock"),
        ("en_doubled_letters", "pilllock"), ("en_soundalike", "pillok"), ("en_missing_letter", "pilock"),
        ("en_homoglyph", "pillоck"), ("en_fullwidth", "ｐｉｌｌｏｃｋ"), ("en_zero_width", "pil\u200block"),
        ("en_plural+en_leet", "p1ll0cks"), ("en_suffix_form", "pillockish"),
    ],
    "bozo": [
        ("en_plain", "bozo"), ("en_plural", "bozos"), ("en_capitalised", "BOZO"), ("en_capitalised", "Bozo"),
        ("en_leet", "b0z0"), ("en_leet", "802o"), ("en_symbols", "b*zo"), ("en_symbols", "b.o.z.o"),
        ("en_spaced", "b o z o"), ("en_hyphen", "bo-zo"), ("en_doubled_letters", "boooozo"),
        ("en_soundalike", "bozoh"), ("en_homoglyph", "bоzо"), ("en_fullwidth", "ｂｏｚｏ"),
        ("en_zero_width", "bo\u200dzo"), ("en_plural+en_leet", "b0z0s"), ("en_plural", "bozoes"),
        ("en_arabic_script", "بوزو"), ("en_suffix_form", "bozoish"),
    ],
    "nincompoop": [
        ("en_plain", "nincompoop"), ("en_plural", "nincompoops"), ("en_capitalised", "NINCOMPOOP"),
        ("en_capitalised", "Nincompoop"), ("en_leet", "n1nc0mp00p"), ("en_leet", "nincomp00p"),
        ("en_symbols", "nincom*oop"), ("en_symbols", "n.i.n.c.o.m.p.o.o.p"), ("en_spaced", "n i n c o m p o o p"),
        ("en_hyphen", "nincom-poop"), ("en_split", "nincom poop"), ("en_doubled_letters", "nincompoooop"),
        ("en_soundalike", "ninkompoop"), ("en_missing_letter", "nincompop"), ("en_homoglyph", "nincоmpoop"),
        ("en_fullwidth", "ｎｉｎｃｏｍｐｏｏｐ"), ("en_zero_width", "ninc\u200bompoop"),
        ("en_plural+en_capitalised", "NINCOMPOOPS"), ("en_camelcase", "NinCompoop"),
    ],
    "airhead": [
        ("en_plain", "airhead"), ("en_plural", "airheads"), ("en_capitalised", "AIRHEAD"),
        ("en_capitalised", "Airhead"), ("en_leet", "a1rh3ad"), ("en_leet", "@irhead"), ("en_symbols", "air*head"),
        ("en_symbols", "a.i.r.h.e.a.d"), ("en_spaced", "a i r h e a d"), ("en_hyphen", "air-head"),
        ("en_doubled_letters", "aiiirhead"), ("en_soundalike", "airhed"), ("en_homoglyph", "аirhead"),
        ("en_fullwidth", "ａｉｒｈｅａｄ"), ("en_zero_width", "air\u200chead"),
        ("en_plural+en_leet", "a1rh3ads"), ("en_camelcase", "AirHead"), ("en_suffix_form", "airheaded"),
    ],
    "dickhead": [
        ("en_plain", "dickhead"), ("en_plural", "dickheads"), ("en_capitalised", "DICKHEAD"),
        ("en_capitalised", "Dickhead"), ("en_leet", "d1ckh3ad"), ("en_leet", "dikh34d"), ("en_symbols", "d*ckhead"),
        ("en_symbols", "d.i.c.k.h.e.a.d"), ("en_spaced", "d i c k h e a d"), ("en_hyphen", "dick-head"),
        ("en_split", "dick head"), ("en_doubled_letters", "diiickhead"), ("en_soundalike", "dikhead"),
        ("en_homoglyph", "dіckhead"), ("en_fullwidth", "ｄｉｃｋｈｅａｄ"), ("en_zero_width", "dick\u200bhead"),
        ("en_plural+en_symbols", "d!ckheads"), ("en_arabic_script", "ديك هيد"), ("en_camelcase", "DickHead"),
    ],
}

# ----------------------------------------------------------------------------------------------------------
# Comment frames (hand-written).  {w} is the disguised token.
# ----------------------------------------------------------------------------------------------------------
AR_FRAMES = [
    "النائب اللي طلع بالبرنامج {w} وما عنده أي فكرة عن الموازنة",
    "الصراحة هالوزير {w} ولازم يستقيل",
    "المعلق الرياضي {w} وكل مباراة بيخربها علينا",
    "اللي كاتب المقال {w} ما قرا ولا رقم",
    "الراجل ده {w} ومحدش بيصدقه",
    "والله العظيم {w} وبيتكلم كأنه فاهم",
    "رئيس النادي {w} وباع أحسن لاعبين عندنا",
    "هالمحلل {w}، كل توقعاته غلط",
    "أقسم بالله {w} وبدو يعلمنا الوطنية",
    "ترى هالمسؤول {w} وما يستاهل منصبه",
    "المحافظ الجديد {w} والشوارع غرقانة",
    "شو بدك بهالحكي؟ صاحب التعليق {w}",
    "ده مش مذيع، ده {w}",
    "هذا الكاتب {w} ويبيع كلام",
    "اللاعب ده {w} ومش بيجري في الملعب",
    "المدرب طلع {w} بالتبديلات اليوم",
    "مين هالضيف؟ {w} والله",
    "بالعراقي: هذا {w} وما يستحي",
    "هاد الواحد {w} وكيقول غير التخربيق",
    "راه {w} وما عندو حتى برنامج",
    "هذاك البرلماني {w} والناس كلها عارفة",
    "كل ما يطلع يحكي أتأكد إنه {w}",
    "الناطق باسم الوزارة {w} بصراحة",
    "المتحدث الرسمي {w} وبيضحك علينا",
    "شوفوا كيف رد على الصحفي، {w} بكل معنى الكلمة",
    "ما في أمل فيه، {w} من يومه",
    "الحكم {w} وسرق الماتش",
    "صاحبنا اللي فوق {w} ما فهم الخبر",
    "والله إنك {w} وتعليقك ما له داعي",
    "أنت {w} وما تعرف شي عن الموضوع",
    "هذا الشخص {w} واضح من كلامه",
    "نايب المنطقة {w} وما شفناه من الانتخابات",
    "عضو المجلس البلدي {w} ونهب الميزانية",
    "المذيعة {w} وما بتعرف تسأل سؤال واحد",
    "رئيس الحكومة {w} والبلد رايحة لورا",
    "يا جماعة الزلمة {w} لا تعطوه أكبر من حجمه",
    "المستشار {w} وكل نصايحه كارثية",
    "السفير {w} وأحرجنا قدام العالم",
    "مدير المستشفى {w} والمرضى بالممرات",
    "شلون صار وزير؟ {w} وما يعرف يقرا",
    "الصحفي اللي عمل المقابلة {w} بصراحة",
    "ما تتعب نفسك معاه، {w} وخلاص",
    "اللي بيدافع عنه هنا {w} زيه",
    "كيف تنشروا تصريحات هالـ {w}؟",
    "كلامك بيقول إنك {w}",
    "بالمغربي: هاد الوزير {w} وصافي",
]
AR_FRAMES_START = [
    "{w} ويتكلم عن الإصلاح!",
    "{w}، ما في كلمة ثانية توصفه",
    "{w} وفوق هيك بدو ينتخبوه",
    "{w} من راسه لرجليه",
    "{w} وهاد رأيي وما رح غيره",
    "{w} وبيعمل حاله بطل",
]
ARABIZI_FRAMES = [
    "wallah howa {w} w bas",
    "el wazir da {w} w ma3rafsh 7aga",
    "hada l ra2is {w} w kolchi 3aref",
    "ya3ni enta {w}? e2ra el maqal awal",
    "sara7a el mo7allel {w} bel marra",
    "rah {w} khoya, ma 3ando 7etta fekra",
    "el 7akam kan {w} el yom",
    "shou hal {w} li 3am yi7ki",
    "howwa {w} men youmo",
    "lol {w} ya jama3a",
    "el modarreb {w} w 5assarna el match",
    "hatha el na2eb {w} ma yist7i",
]
EN_FRAMES = [
    "The minister is a complete {w}.",
    "Only a {w} would sign a deal like that.",
    "This commentator is such a {w}, mute button please.",
    "What a {w}, he got every number wrong.",
    "the ref today was a proper {w}",
    "Honestly the mayor is a {w} and everyone knows it.",
    "Some {w} in the comments thinks this is fake news lol",
    "that {w} should never have been elected",
    "He came across as a total {w} in the debate.",
    "Why do you keep interviewing this {w}?",
    "You're a {w} if you believe his promises.",
]
EN_PLURAL_FRAMES = [
    "The whole cabinet are {w}.",
    "Those {w} in parliament voted for it again.",
    "the comments are full of {w} today",
    "Run by a bunch of {w}, this club.",
]
EN_SUFFIX_FRAMES = [
    "That was a {w} thing to say on live TV.",
    "Such {w} behaviour from an ambassador.",
    "the most {w} interview of the year",
]
EN_MIXED_FRAMES = [
    "الوزير ده {w} بجد",
    "هالمعلق {w} وما بيفهم بالكورة",
    "ya3ni he is a {w} w khalas",
    "والله هاد {w} ما عنده سالفة",
    "المذيع {w} seriously",
    "رئيس النادي {w} honestly",
]
VOC_FRAMES = [
    "{w} اسكت أحسن لك", "روح نام {w}", "{w}، مين طلب رأيك؟", "بطّل تعليقات {w}",
    "{w} روح اقرا الخبر قبل ما تعلق", "حل عنا {w}", "{w} سير تقرا عاد جي تعلق", "كفاية عاد {w}",
]
PLURAL_FRAMES = [
    "البرلمان كله {w} وما فيه أمل", "هدول كلهم {w} ما بيتغيروا", "التعليقات هنا مليانة {w}",
    "ديل {w} ساكت", "الإدارة كلها {w} من فوق لتحت", "نص الفريق {w} والباقي مصابين",
    "شوفوا هالشلة، {w}", "الانتخابات الجاية لازم نخلص من {w}",
]
SUFFIX_FRAMES = [
    "{w} طلع امبارح على الهوا وقال كلام فاضي", "شفتوا {w} شو عمل؟", "{w} نشر بيان جديد يمدح الحكومة",
    "ما بدنا {w} يحكي باسمنا", "خلوا {w} عندكم",
]
HAL_FRAMES = [
    "يعني {w} صار نائب؟", "شو بدو {w} هلق؟", "مين جاب {w} على الشاشة؟", "والله {w} ما عنده دم",
    "لا حدا يرد على {w}", "لك {w} شو عم يخربط؟",
]
ARTICLE_FRAMES = [
    "مين {w} اللي كتب التعليق ده؟", "لا تسمعوا لهذا {w}", "طلع {w} على المسرح وبلش يخطب",
    "أكيد {w} هو اللي سرب الخبر", "ابعدوا عن {w} وما تردوا عليه", "المدرب {w} ضيع علينا الموسم",
    "شفتوا الوزير {w} شو قال؟", "النائب {w} رجع يحكي عن الإصلاح", "خلصونا من المسؤول {w} اللي بالبلدية",
    "المذيع {w} قاطع الضيف عشر مرات",
]
ELATIVE_FRAMES = [
    "هذا {w} واحد شفته بحياتي", "ده {w} لاعب في الدوري كله", "{w} مذيع في القناة بصراحة",
    "والله {w} مسؤول مر علينا",
]
PHRASE_FRAMES = [
    "هذا الإعلامي {w} والناس عارفة", "ضيف البرنامج {w} وكلنا عارفين", "الرجل {w} بصراحة",
    "والله إنه {w} وما في نقاش", "انتبهوا منه، {w}", "رئيس البلدية {w} وما بيهمه غير جيبته",
    "المسؤول ده {w} ومش فاهم حاجة", "اللي كتب التعليق فوق {w}", "{w} ويحكي باسم الشعب",
    "النائب {w} وباع أصواتنا",
]
PHRASE_PLURAL_FRAMES = [
    "كل اللي بيطبلوا هنا {w}", "النواب {w} وباعوا أصواتنا", "الإعلاميين هدول {w} والناس عارفة",
    "خلصونا من هالوجوه، كلهم {w}", "أعضاء المجلس {w} من أولهم لآخرهم",
]
PHRASE_FEM_FRAMES = [
    "المذيعة {w} والناس عارفة", "الوزيرة {w} بصراحة", "النائبة {w} وباعت أصواتنا",
    "انتبهوا منها، {w}", "الإعلامية {w} وما بيهمها غير الترند",
]
PHRASE_PROCLITIC_FRAMES = {
    "وعبيد الدولار": ["الوزير {w} اللي حواليه باعوا البلد", "هو {w} اللي معه ما همهم الشعب"],
}
PHRASE_PLURAL_FORMS = {"عديمي النخوة", "عديمين النخوة", "عبيد الدولار", "عبدة الدولار", "عبدة دولار",
                       "#عبيد_الدولار", "ولاد ستين كلب", "أولاد ستين كلب", "ما يسوون فلس"}
PHRASE_FEM_FORMS = {"عديمة النخوة", "عديمه النخوه", "بنت ستين كلب", "ما تسوى فلس"}
DUAL_FRAMES = [
    "المذيعين {w} وما في فرق بينهم", "شفت بالبرنامج {w} بيتناقروا على الهوا",
    "الوزارة فيها {w} وما حدا بيحاسبهم",
]
FEM_FRAMES = [
    "المذيعة {w} وما بتعرف تسأل سؤال واحد", "الوزيرة {w} ولازم تستقيل", "هالمسؤولة {w} وما بتستاهل منصبها",
    "النائبة {w} وما شفناها من الانتخابات", "المرشحة {w} وما عندها برنامج", "الناطقة باسم الوزارة {w} بصراحة",
    "الإعلامية {w} وبتدور على الترند", "صاحبة التعليق فوق {w} وما قرت الخبر",
]
CURSE_FRAMES = [
    "{w} على هالتصريح", "{w} شو هالحكي؟", "{w} يا شيخ", "{w} ولك حل عنا",
    "المدرب خسرنا الماتش، {w}", "{w} على هالحكومة",
]
CURSE_ARABIZI_FRAMES = ["{w}, skot a7san", "{w} 3ala hal 7aki", "{w} ya zalame", "{w} 3ala hal 7okoume"]
PREV_WORDS = ["هذا", "يعني", "والله", "انت", "هاد", "هو", "اسكت", "بس", "صار", "طلع"]
NEXT_WORDS = ["وبس", "رسمي", "والله", "وخلاص", "ساكت", "كبير", "صافي", "بجد"]
EMOJI = ["😂", "🤮", "👎", "🐒", "🤡", "💩", "😡", "🙄", "🦏"]
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
    ("bidi_marks", lambda w: d_insert(w, BIDI, 1)),
    ("dashes_inside", lambda w: d_join(w, ["-", "_", "ـ-"])),
    ("persian_letters", lambda w: d_map(w, PERSIAN)),
    ("dotless_letters", lambda w: d_map(w, DOTLESS)),
    ("harakat_decorative", d_harakat),
]
DISGUISE_FN = dict(DISGUISES)
DOTLESS_SKIP = {"رخم"}  # dotless رخم would read as the ordinary word رحم (mercy, womb)
CONTEXT_KINDS = ["glued_to_prev", "glued_to_next", "spaced_after_word"]

PROCLITIC_FRAMES = {
    "بال": ["شو رأيكم {w} اللي طلع عالتلفزيون؟", "ما حدا بيثق {w} هاد", "لا تثقوا {w} ولا بوعوده"],
    "وال": ["الوزير {w} اللي جنبه نفس الطينة", "هو {w} اللي معه وجهين لعملة وحدة"],
    "لل": ["ما في احترام {w} بهالبلد", "لا تعطوا منبر {w} على الشاشات"],
    "كال": ["بيتصرف {w} بالضبط", "وقف قدام الكاميرا {w} وما عرف يجاوب"],
    "ف": ["أما هو {w} ما بيستاهل نرد عليه", "لا تتعب حالك معه، هو بالآخر {w}"],
    "و": ["هو أناني {w} ومش هيتغير", "بصراحة: متكبر {w} وما بيفهم"],
    "ك": ["وقف بالمؤتمر {w} وما نطق ولا كلمة", "بيمشي بالملعب {w} ولا كأنه لاعب"],
}


def frame_for(kind, form):
    if "proclitic" in kind:
        for pre in ["بال", "وال", "لل", "كال", "ف", "و", "ك"]:
            if form.startswith(pre):
                return RNG.choice(PROCLITIC_FRAMES[pre])
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
    if "plural" in kind or "dual" in kind:
        return RNG.choice(PLURAL_FRAMES)
    if "feminine" in kind:
        return RNG.choice(FEM_FRAMES)
    if kind.startswith("article"):
        return RNG.choice(ARTICLE_FRAMES)
    return RNG.choice(AR_FRAMES + AR_FRAMES_START)


def place_context(kind, token):
    """Return (text, token_in_text) for the context kinds, else None."""
    if kind == "glued_to_prev":
        prev = RNG.choice([p for p in PREV_WORDS if not (p + token).startswith("بسلوك")])
        tok = prev + token
        return RNG.choice(["{w} ما بيعرف شي", "شو بدك من {w}", "خلص {w} وانتهت القصة"]).format(w=tok), tok
    if kind == "glued_to_next":
        tok = token + RNG.choice(NEXT_WORDS)
        return RNG.choice(["هالمسؤول {w}", "الضيف {w} وما عنده شي", "كاتب الخبر {w}"]).format(w=tok), tok
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
    # mechanical disguises on the plain entry
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
    picks = RNG.sample(pool, min(14, len(pool)))
    for k, f in picks:
        dk, fn = RNG.choice([d for d in DISGUISES if d[0] != "harakat_decorative"
                             and not (d[0] == "dotless_letters" and entry in DOTLESS_SKIP)])
        pre = next((p for p in CORE_PREFIXES if f.startswith(p) and k.startswith(("hal", "voc", "procl", "art"))), "")
        if dk in ("persian_letters", "dotless_letters"):
            core = fn(f[len(pre):])
            tok = pre + core if core else None
        else:
            tok = fn(f)
        if tok and tok != f:
            add(frame_for(k, f).format(w=tok), entry, k + "+" + dk, tok)
    # vocative with the disguised word
    for dk, fn in RNG.sample(DISGUISES[:12], 2):
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
    add_framed(entry, "arabizi_vocative", "ya " + spellings[0][1], ARABIZI_FRAMES[3:4] + ["{w}, skot a7san"])
    j = RNG.choice(vowels)
    add_framed(entry, "arabizi_no_vowel", sp[:j] + sp[j + 1:], ARABIZI_FRAMES)

for entry in PHRASES:
    curse = entry == "يلعن أبوك"
    for kind, form in PHRASE_FORMS[entry]:
        if "vocative" in kind:
            frames = VOC_FRAMES
        elif curse:
            frames = CURSE_FRAMES
        elif form in PHRASE_PROCLITIC_FRAMES:
            frames = PHRASE_PROCLITIC_FRAMES[form]
        elif kind.startswith("phrase_proclitic"):
            frames = ["هو أناني {w} وما إله كلمة", "متكبر {w} وفوقها بيحكي عن الأخلاق"]
        elif form in PHRASE_PLURAL_FORMS:
            frames = PHRASE_PLURAL_FRAMES
        elif form in PHRASE_FEM_FORMS:
            frames = PHRASE_FEM_FRAMES
        else:
            frames = PHRASE_FRAMES
        add_framed(entry, kind, form, frames)
    for sp in PHRASE_ARABIZI[entry]:
        add_framed(entry, "phrase_arabizi", sp, CURSE_ARABIZI_FRAMES if curse else ARABIZI_FRAMES)
    add_framed(entry, "phrase_arabizi+arabizi_caps", PHRASE_ARABIZI[entry][0].upper(),
               CURSE_ARABIZI_FRAMES if curse else ARABIZI_FRAMES)
    words = entry.split(" ")
    for dk in ["spaced_letters", "dots_inside", "zero_width", "persian_letters", "dotless_letters",
               "repeated_letters", "emoji_inside", "censor_star", "tatweel", "punctuation_inside",
               "latin_inside", "bidi_marks"]:
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
        add_framed(entry, "phrase_" + dk, " ".join(parts), CURSE_FRAMES if curse else PHRASE_FRAMES)
    for dk in ["glued_to_prev", "glued_to_next"]:
        tok = (RNG.choice(PREV_WORDS) + entry) if dk == "glued_to_prev" else (entry + RNG.choice(NEXT_WORDS[:4]))
        add_framed(entry, "phrase_" + dk, tok, CURSE_FRAMES if curse else ["{w} بصراحة", "شو هاد؟ {w}",
                                                                           "{w} والكل شايف"])

for entry in EN_WORDS:
    for kind, form in EN_FORMS[entry]:
        if "plural" in kind:
            frames = EN_PLURAL_FRAMES
        elif kind == "en_suffix_form":
            frames = EN_SUFFIX_FRAMES
        elif kind == "en_arabic_script":
            frames = EN_MIXED_FRAMES[:2] + EN_MIXED_FRAMES[3:]
        else:
            frames = EN_FRAMES
        if entry == "airhead":
            frames = [f.replace(" a {w}", " an {w}") for f in frames]
        add_framed(entry, kind, form, frames)
    for kind, form in RNG.sample([f for f in EN_FORMS[entry] if "plural" not in f[0]
                                  and f[0] not in ("en_suffix_form", "en_arabic_script")], 7):
        add_framed(entry, kind + "+mixed_language", form,
                   [f.replace(" a {w}", " an {w}") for f in EN_MIXED_FRAMES] if entry == "airhead" else EN_MIXED_FRAMES)
    add_framed(entry, "en_glued_to_prev", "such" + entry, ["lol {w}", "what {w} honestly"])
    add_framed(entry, "en_glued_to_next", entry + "alert", ["{w} on channel 2 again", "{w}: the minister"])

# ----------------------------------------------------------------------------------------------------------
# Clean comments (hand-written).  HARD: innocent words sharing letters, a root or a Latin skeleton with an entry.
# ----------------------------------------------------------------------------------------------------------
HARD = [
    # خرتيت
    "خريطة الطريق الجديدة للمفاوضات ما فيها أي تفاصيل",
    "ترتيب الدوري تغير بعد الجولة الأخيرة",
    "رحلات الخرطوم رجعت بعد توقف شهرين",
    "حملة لحماية وحيد القرن في كينيا بدعم أممي",
    "تخريب الممتلكات العامة لازم يتعاقب عليه",
    "خرائط الأقمار الصناعية بينت حجم الفيضان",
    "flights to Khartoum resume next week",
    # نسناس
    "سعر الأناناس نزل بالسوق المركزي",
    "حقوق الإنسان لازم تكون أولوية بالدستور الجديد",
    "الناس نسيت الموضوع بعد أسبوع",
    "شاي بالنعناع مع الفطور أحلى شي",
    "الأنسنة في الخطاب الإعلامي مهمة",
    "عصير أناناس ومانجا بالمحل الجديد بسعر حلو",
    "el ananas ghali hal osbou3",
    # زلنطحي
    "الطحينة غليت مع السمسم المستورد",
    "زلزال بقوة خمس درجات ضرب المنطقة الشرقية",
    "مطحنة القمح الجديدة بدأت الإنتاج",
    "سعر كيس الطحين ارتفع من جديد",
    "الزلط في الشارع الجديد اتقشر بعد أول مطرة",
    "الزلابية في رمضان تقليد ما بنستغنى عنه",
    # أونطجي
    "التسجيل أونلاين للجامعة بدأ اليوم",
    "أنطاكية تتعافى ببطء بعد الزلزال",
    "أنطونيو غوتيريش دعا لوقف إطلاق النار",
    "انطلاق مهرجان الموسيقى العربية الليلة",
    "الدفع أونلاين صار أسهل من الطوابير",
    "الروح الوطنية عالية قبل المباراة",
    # رخم
    "الرخام المصري مطلوب في أسواق الخليج",
    "صوت المقرئ رخيم ومريح",
    "رخصة القيادة صار تجديدها إلكتروني",
    "ترخيص المحلات التجارية صار أسرع",
    "الأسعار الرخيصة بالمعرض جذبت الناس",
    "أرضية الجامع رخامية ونظيفة",
    "مصانع الرخام في المنيا محتاجة دعم",
    # نطع
    "انقطاع الكهرباء ساعات طويلة بالصيف",
    "نطاق العمليات اتسع حسب البيان",
    "النطق السليم مهم في تعليم الأطفال",
    "المنطقة الصناعية الجديدة وفرت وظائف",
    "نطحة الكبش أصابت المزارع في ركبته",
    "قطع الغيار صارت غالية كثير",
    "مقاطعة المنتجات أثرت على المبيعات",
    "net3ab men in9i6a3 el kahraba",
    # سحيج
    "النسيج الاجتماعي في البلد قوي رغم الأزمة",
    "سحب الجنسية من المحكومين أثار جدل",
    "المسيحيون احتفلوا بعيد الميلاد في البلدة القديمة",
    "التسجيل لامتحان السواقة صار أونلاين",
    "سياج المدرسة محتاج تصليح",
    "حجاج بيت الله رجعوا بالسلامة",
    "مصانع النسيج في المحلة بترجع تشتغل",
    "kalamak sa7ee7 100%",
    # مقمل
    "المكملات الغذائية لازم تكون تحت إشراف طبي",
    "انتشار القمل في بعض المدارس والوزارة وزعت نشرات توعية",
    "تكميل بناء الجسر تأجل للسنة الجاية",
    "مقابلة المدرب بعد الماتش كانت هادئة",
    "مكمل حديد للحوامل متوفر بالمراكز الصحية",
    "قمر صناعي عربي جديد انطلق اليوم",
    "الشامبو الطبي للأطفال نفد من الصيدليات",
    # جلف
    "الخليج العربي يشهد موجة حر",
    "مصنع جلفار للأدوية وسع إنتاجه",
    "جلسة البرلمان تأجلت للأسبوع الجاي",
    "بطولة الغولف في دبي جمعت نجوم العالم",
    "Gulf Air added new flights to Cairo",
    "the golf course needs more water than the whole village",
    "الخلاف بين الأندية انتهى بالتراضي",
    # ماصخ
    "المسلخ البلدي الجديد مطابق للمواصفات",
    "الماسح الضوئي بالمطار تعطل ساعة",
    "المصانع الصغيرة بحاجة لقروض ميسرة",
    "الصخور سدت الطريق الجبلي بعد المطر",
    "طباعة المصاحف في المجمع بأعلى جودة",
    "مصاريف المدارس ارتفعت هالسنة",
    "el maseh el dawe2i fel matar kan 3atlan",
    # لوكي
    "المشاكل السلوكية عند الأطفال تحتاج صبر",
    "استقبال ملوكي للمنتخب بالمطار",
    "لوكاكو سجل هدفين الليلة",
    "لوكسمبورغ استضافت اجتماع وزراء المالية",
    "اللوك الجديد للاستوديو حلو",
    "العلاج السلوكي المعرفي متوفر بالمستشفى",
    "سلوك الجماهير بالمدرجات كان حضاري",
    "Lukaku scored twice tonight",
    # مهبول
    "القرار مقبول عند أغلب الأطراف",
    "المصير ما زال مجهول للمفقودين",
    "حجم الدمار مهول في المدينة",
    "هبوط اضطراري لطائرة في مطار تونس",
    "قبول الطلاب بالجامعات يبدأ الأحد",
    "mahboub men el jamahir, nchallah yerja3 lel montakhab",
    "المجهول اللي اتصل بالشرطة أنقذ العيلة",
    # زوفري
    "زفير المريض تحسن بعد العلاج",
    "جواز السفر الجديد إلكتروني",
    "الزعفران الإيراني سعره نار",
    "زوار المعرض تجاوزوا المليون",
    "الدكتور زفر زفرة ارتياح بعد نجاح العملية",
    "صفر أهداف في الشوط الأول",
    "Geoffrey covered the match for the BBC",
    # خامج
    "أسعار النفط الخام ارتفعت بعد قرار أوبك",
    "خامنئي ألقى خطاب في طهران",
    "برنامج الدعم الجديد يشمل الأرامل",
    "الفريق في المركز الخامس",
    "الخامات المحلية بتكفي للمصانع",
    "دمج الوزارتين ينتظر موافقة البرلمان",
    "المخيمات في الشتاء محتاجة تدفئة",
    "khamis el jay fi 3otla rasmiya",
    # بوزبال
    "سيدي بوزيد تحتفل بذكرى الثورة",
    "بوزنيقة استضافت جولة الحوار الليبي",
    "الجبال مغطاة بالثلج هالأسبوع",
    "الزبيب المغربي مطلوب بأوروبا",
    "أبوظبي أطلقت مشروع للطاقة الشمسية",
    "عمال النظافة يستاهلون زيادة بالرواتب",
    "Bouzid hospital got new ambulances",
    # متصهين
    "الحركة الصهيونية تأسست في أواخر القرن التاسع عشر حسب الوثائقي",
    "صهيب سجل هدف الفوز بالدقيقة الأخيرة",
    "متصدر الدوري خسر نقطتين",
    "متصل من غزة حكى عن الوضع",
    "الصهر الجديد للعيلة طلع دكتور",
    "المتصفح الجديد أسرع بكثير",
    "أنا متيقن إن المنتخب رح يتأهل",
    # عديم النخوة
    "نخوة أهل الحي ساعدت العائلات المتضررة",
    "غاز عديم اللون والرائحة تسرب بالمصنع",
    "النخيل في الواحة يحتاج ري منتظم",
    "أهل النخوة ما قصروا مع الجيران",
    "المواد عديمة الفائدة لازم تنشال من المنهج",
    # عبد الدولار
    "سعر الدولار استقر اليوم",
    "عبد الله اشترى الدولار قبل ما يطير",
    "عبد الرحمن فاز بجائزة أفضل لاعب",
    "انخفاض الدولار مقابل اليورو",
    "عبد الحليم حافظ ما زال الأكثر استماعاً",
    "عبيد الله سجل الهدف الثاني",
    # ابن ستين كلب
    "جدي ابن ستين سنة وبيمشي كل يوم",
    "بيع ستين كيلو ذهب في المزاد",
    "ابن عمي سافر للدراسة بألمانيا",
    "الستين ريال ما بتكفي للأسبوع",
    "عمره ستين ولسا بيشتغل",
    # ما يسوى فلس
    "فلسطين في القلب دايماً",
    "الدينار الكويتي فيه ألف فلس",
    "الفلسفة رجعت تدرس بالثانوي",
    "التذكرة ما تسوى هالسعر بصراحة",
    "مؤتمر دعم فلسطين بدأ اليوم",
    "الفيلم ما يسوى وقتك، القصة ضعيفة",
    # يلعن أبوك
    "الله يرحم أبوك كان رجال طيب",
    "الوزير يعلن عن خطة جديدة للإسكان",
    "سلملي على أبوك وقله الجمعة عندنا غدا",
    "يلعب أبوك طاولة كل مسا بالقهوة؟",
    "الحكومة تعلن حالة الطوارئ في الجنوب",
    "نعل الحذاء الجديد تفكك بعد أسبوع",
    "ينعم عليك ربي بالصحة",
    "الله يحفظ أبوك ويطول بعمره",
    # بلا شرف
    "بلا شك المنتخب لعب أحسن مباراة",
    "الشرفة بتطل على البحر",
    "شرف الدين سجل هدف رائع",
    "ضيف الشرف بالحفل كان الوزير",
    "تشرفنا بحضوركم الكريم",
    "بلا شرفة ولا حديقة والإيجار نار",
    "بلا شغل ولا مشغلة الشباب قاعدين بالبيت",
    "شرفة الفندق اتهدت من الرياح",
    # halfwit
    "We are halfway through the season.",
    "Halifax beat them at home last night.",
    "Halftime score was one nil.",
    "half with milk, half without, please",
    "The half-time show was great.",
    # douchebag
    "la douche est froide à l'hôtel, mais bon",
    "I left my duffel bag on the bus.",
    "Dushanbe hosts the regional summit.",
    "The baggage hall at the airport was chaos.",
    "Douchy-les-Mines is twinned with our town.",
    # numpty
    "Humpty Dumpty sat on a wall, my kids love it.",
    "the numbers don't add up in this budget",
    "Empty shelves in the supermarket again.",
    "Trumpet player of the year award went to a local musician.",
    "Lumpy roads in the north need repair.",
    # pillock
    "I need a new pillow for my back.",
    "The pillars of the old bridge are cracking.",
    "A Jackson Pollock painting sold for millions.",
    "They climbed the hillock behind the village.",
    "Lock the gate, please, the goats get out.",
    "the padlock on the school gate was broken",
    # bozo
    "Bozize's party rejected the results.",
    "Bozeman is hosting a science fair.",
    "Boza is a popular winter drink in Turkey.",
    "The Bonzo Dog Band reunion was fun.",
    "Boson particle research got new funding.",
    # nincompoop
    "Income tax rules changed this year.",
    "These apps are incompatible with older phones.",
    "Nine companies bid for the port contract.",
    "Compost from the market is given to farmers.",
    "The incomplete stadium is still closed.",
    "the nine o'clock news was late again",
    # airhead
    "Air ahead of the storm felt warm and heavy.",
    "The overhead lines were damaged by the wind.",
    "Airbus head office confirmed the new order.",
    "Air heaters are selling out this winter.",
    "Airhostess training program opens in June.",
    "Hair health products sell well in the Gulf.",
    # dickhead
    "Dickens is still on the school syllabus.",
    "Dick Cheney gave a rare interview.",
    "Headline inflation fell in March.",
    "Emily Dickinson poems translated to Arabic.",
    "Moby Dick is my favourite novel.",
    "The head teacher welcomed the new students.",
]

ORDINARY = [
    "الله يرحم ضحايا الحادث ويشفي المصابين",
    "متى بيخلص مشروع توسعة الطريق؟",
    "الكهرباء بتقطع كل يوم العصر عندنا",
    "ألف مبروك للنادي على البطولة",
    "نتمنى من الوزارة تهتم بالمدارس الريفية",
    "الجو اليوم غبار، انتبهوا على أصحاب الربو",
    "وين المصدر الرسمي للخبر؟",
    "تغطية ممتازة كالعادة، شكراً للفريق",
    "الأسعار قبل رمضان طارت",
    "الراتب بيخلص بنص الشهر",
    "الدوام المدرسي يبدأ السبت الجاي",
    "زحمة خانقة على طريق المطار الصبح",
    "موعد النهائي تغير ولا لسا؟",
    "الحمد لله على السلامة لكل الركاب",
    "الشباب بدهم شغل مش وعود",
    "بالتوفيق للمنتخب في التصفيات",
    "المي مقطوعة من ثلاث أيام",
    "نطالب المحافظة تصلح المجاري قبل الشتاء",
    "تقرير مفصل وواضح، يعطيكم العافية",
    "اللهم اشفِ كل مريض",
    "الجنيه نزل قدام الدولار تاني",
    "مسا الخير للجميع",
    "الجامعة نشرت جدول الامتحانات النهائية",
    "تأشيرات العمرة صارت إلكترونية",
    "خط الباص الجديد وفر علينا وقت",
    "اللاعب الشاب يستاهل فرصة أكبر",
    "أنا من المنطقة والخبر صحيح",
    "بدنا انتخابات شفافة",
    "السكر والرز صاروا بأسعار خيالية",
    "إيمتى يرجع الدوام الحضوري؟",
    "النت عندنا زي السلحفاة",
    "عيدكم مبارك وكل عام وأنتم بخير",
    "شو توقعات الطقس للويكند؟",
    "الممرضين يستاهلوا كل الاحترام",
    "المعرض كان منظم ومرتب",
    "شكراً لرجال الإطفاء على سرعتهم",
    "الإيجارات بالعاصمة صارت فوق طاقة الموظف",
    "الفريق ناقصه رأس حربة",
    "اللهم بلغنا رمضان",
    "الحفل تأجل للأسبوع الجاي بسبب العاصفة",
    "المواصلات العامة بالمدينة محتاجة تطوير",
    "ياريت تزيدوا رحلات القطار للجنوب",
    "الله يصبر أهل الضحايا",
    "المهرجان مستمر لآخر الشهر",
    "كم سعر غرام الذهب عيار ٢١ اليوم؟",
    "المنتخب لعب بروح قتالية",
    "الأطفال أمانة ولازم نحميهم",
    "التعليم الإلكتروني تجربة ما نجحت عندنا",
    "كيف أقدم على منحة الدراسات العليا؟",
    "السيول أتلفت محاصيل القمح",
    "الحكومة وعدت تخفض الضرائب",
    "الموسم السياحي بلش بقوة",
    "المستشفى الحكومي محتاج أطباء",
    "كل التقدير للمعلمين في يومهم العالمي",
    "عساكم من عواده",
    "فحص السيارة السنوي صار أونلاين",
    "شروط قرض الإسكان صعبة كثير",
    "مقال يستاهل القراءة",
    "أدوية الضغط ناقصة في الصيدليات",
    "السير بالعاصمة مشلول من الصبح",
    "المدرجات كانت مليانة عن آخرها",
    "حطوا أرقام الطوارئ بآخر الخبر لو سمحتوا",
    "مشكورين على المعلومة",
    "هل في تعويضات للمزارعين المتضررين؟",
    "مش فاهم القرار، حد يشرح لنا؟",
    "أسعار اللحمة تغيرت بين يوم وليلة",
    "البنك المركزي رفع الفائدة ربع نقطة",
    "الله يكثر الخير والمطر",
    "إن شاء الله الأمور تتحسن قريب",
    "الطلاب قلقانين من امتحان الرياضيات",
    "مكتبة الحي رجعت تفتح أبوابها",
    "وين وصلت قضية التعويضات؟",
    "حملة زراعة مليون شجرة مبادرة حلوة",
    "فخورين بالطالبة اللي فازت بالأولمبياد",
    "الخبز المدعوم صار نادر",
    "النتائج بتطلع إيمتى؟",
    "الطريق الدولي خطر بالضباب",
    "الله يحفظ البلد وأهلها",
    "مين عنده معلومة عن التقديم للكلية الحربية؟",
    "الزمالك كسب والدوري ولع",
    "الرجاء تأهل لنصف النهائي، مبروك للجمهور",
    "النصر محتاج يرجع لمستواه",
    "الصيف هالسنة ما بينطاق من الحر",
    "رجعت الكهرباء الحمد لله",
    "الشارع عندنا صار فيه أشجار وإنارة",
    "أسعار تذاكر الطيران للعيد خيالية",
    "اللقاحات الموسمية متوفرة بالمراكز",
    "المصنع الجديد بيشغل شباب المنطقة",
    "الصحافة المستقلة ضرورية",
    "لازم رقابة على الأسعار في الأسواق",
    "المسلسل الرمضاني هالسنة ممتع",
    "الجمعيات وزعت كسوة العيد على الأيتام",
    "متى يفتح المعبر للمسافرين؟",
    "امتحان العربي كان سهل",
    "الاقتصاد هو الملف الأهم الآن",
    "الحارس الجديد أداؤه ممتاز",
    "البحر هادي والجو حلو للسباحة",
    "الفلاحين محتاجين دعم بالأسمدة",
    "الجسر المعلق اختصر نص ساعة",
    "ياريت تكملوا الخبر بأرقام رسمية",
    "عاشت إيدكم على هالمبادرة",
    "الرواية الجديدة تستاهل القراءة",
    "بنتي نجحت بالبكالوريا الحمد لله",
    "سوق الجمعة رجع يفتح",
    "ماراثون الشباب جمع تبرعات للمستشفى",
    "الأمطار غرقت الأنفاق",
    "محتاجين مستشفى أطفال بالشمال",
    "الحكم أدار المباراة بشكل ممتاز",
    "ليش المواصلات بتوقف الساعة تسعة؟",
    "رجعوا السينمات تفتح بالمولات",
    "شكراً لكل المتطوعين بالحملة",
    "أسعار الأعلاف صارت عبء على المربين",
    "محصول الزيتون هالسنة وفير",
    "الصادرات الزراعية زادت",
    "شاركوا الخبر خلي الناس تعرف",
    "نبي حل لأزمة السكن",
    "العمل عن بعد يوم بالأسبوع فكرة حلوة",
    "شو صار بملف المعلمين المفصولين؟",
    "الحي عندنا بلا إنارة من شهر",
    "الوالد طلع من العناية المركزة الحمد لله",
    "غلاء المعيشة أثر على الزواج",
    "تبرعوا بالدم، في نقص بالبنك",
    "الحرائق وصلت أطراف القرى",
    "ياريت تقرير عن واقع المدارس الحكومية",
    "القرار بصالح المتقاعدين",
    "السوق هادي قبل الموسم",
    "الصبر جميل",
    "أي جديد عن مشروع القطار؟",
    "منتخب السيدات شرفنا",
    "الورشة التدريبية كانت مفيدة جداً",
    "لمة العيلة يوم الجمعة أحلى شي",
    "الرحلة المدرسية انلغت بسبب المطر",
    "المحكمة أجلت النطق بالحكم",
    "رفع الدعم عن المحروقات رح يضر الفقراء",
    "المنتزه الجديد نظيف ومرتب",
    "الخضرة رخصت شوي هالأسبوع",
    "أهلاً بالمغتربين في بلدهم",
    "الإنترنت بالقرى ضعيف كثير",
    "كيف أجدد البطاقة الشخصية؟",
    "المطار الجديد يشرف",
    "شو رأيكم بالتشكيلة؟",
    "سلامة المسافرين أهم شي",
    "الثلج سكّر الطرق الجبلية",
    "حملة النظافة بالشاطئ نجحت",
    "el jaw bared el yom",
    "mabrook lel nadi 3al botola",
    "fein el masdar ya gama3a?",
    "el as3ar nar hal shahr",
    "nchallah el 2azme tkhlas",
    "shokran 3al taghtiya",
    "el kahraba rej3et el 7amdella",
    "allah y7fed el blad",
    "Great reporting, thanks.",
    "When does the new metro line open?",
    "Rent keeps going up every year.",
    "Well done to the national team!",
    "Please add the source for this.",
    "We need more buses in the evening.",
    "Hoping for calm elections this time.",
    "Drive safe, the roads are flooded.",
    "Any news on the border reopening?",
    "Nurses deserve a pay rise.",
    "Useful article, shared it with my family.",
    "The game was delayed by the storm.",
    "مزارعين القمح بدهم سعر عادل",
    "القطار الكهربائي خفف الزحمة",
    "كم سعر كيلو البندورة عندكم؟",
    "ادعولي عندي امتحان بكرة",
    "الوزارة فتحت خط ساخن للشكاوى",
    "الأطفال محتاجين ساحات لعب",
    "القرار متأخر بس أحسن من بلاش",
    "أخيراً نزلت نتيجة المسابقة",
    "الشفافية بالعطاءات الحكومية مطلوبة",
    "الهوية الرقمية سهلت المعاملات",
    "رقم خدمة العملاء ما حدا يرد عليه",
    "الأمان نعمة ما نحس فيها إلا لما نفقدها",
    "الجمهور غنى طول المباراة",
    "وقفة تضامنية مع الأسرى اليوم",
    "تحليل موضوعي ومتوازن",
    "عندي استفسار عن ضريبة القيمة المضافة",
    "عمال المياومة محتاجين ضمان اجتماعي",
    "تطعيم الأطفال مجاني بالمراكز الصحية",
    "المطعم الشعبي بالسوق القديم أكله طيب",
    "لحد الآن ما في بيان رسمي",
    "بالمغرب الأمطار رجعت الأمل للفلاحة",
    "في العراق الكهرباء الوطنية تحسنت شوي",
    "بالخليج الصيف طويل والمكيفات شغالة ليل نهار",
    "في تونس الانتخابات البلدية على الأبواب",
    "الجزائر تأهلت لكأس أفريقيا، مبروك",
    "في لبنان البنزين رجع يتوفر بالمحطات",
    "بالسودان الناس محتاجة مساعدات عاجلة",
    "الأردن فتح معبر جديد للشاحنات",
    "ليبيا تستعد لموسم الحج",
    "في اليمن الأطفال محتاجين مدارس",
    "عمان أطلقت تأشيرة سياحية جديدة",
    "الكويت رفعت ميزانية التعليم",
    "ya rabbi tet7assan el awda3",
    "bravo 3al match el yom",
]

OPENERS = ["بصراحة ", "والله ", "يا جماعة ", "سؤال: ", "للعلم ", "عن جد ", "ملاحظة: "]
CLOSERS = [" 👍", " 🙏", "، شكراً للتغطية", " والله أعلم", "، الله يعين", " 🌹", "، الله يستر"]

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
            if part in ("يا", "الاثنين", "اثنين", "بو"):
                continue
            fs.add(part)
    for _, f in ARABIZI[e]:
        fs.add(norm(f).split(" ")[-1])
    FORMSET[e] = fs
PHRASE_SURFACE = {e: {norm(f) for k, f in PHRASE_FORMS[e] if "hashtag" not in k and "hyphen" not in k
                      and "tatweel" not in k} | {norm(f) for f in PHRASE_ARABIZI[e]} for e in PHRASES}
EN_SURFACE = {e: {e, e + "s", e + "es", e + "ish", e + "y"} | {norm(f) for k, f in EN_FORMS[e]
                                                              if k in ("en_plural", "en_suffix_form")}
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
        if any(tok in EN_SURFACE[e] for tok in toks):
            found.add(e)
    return found


def earlier_sets():
    banned, texts = set(), set()
    for name in sorted(os.listdir(HERE)):
        if re.match(r"screening_(insults|clean)(_[a-i])?\.json$", name):
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
    RNG.shuffle(clean)

    assert len({x["text"] for x in insults}) == len(insults)
    assert not {x["text"] for x in insults} & set(clean)
    kinds = {}
    for x in insults:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    assert len(insults) >= 1250 and len(kinds) >= 200, (len(insults), len(kinds))
    assert len(clean) >= 520 and len(hard) >= 160, (len(clean), len(hard))

    for name, items in (("screening_insults_j.json", insults), ("screening_clean_j.json", clean)):
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
