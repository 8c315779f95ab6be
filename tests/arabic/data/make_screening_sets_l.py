"""Make screening set "l": screening_insults_l.json and screening_clean_l.json (blind set).

Set "l", blind.  Written 2026-12-08 by a helper session, within a 50-minute budget, that read no matcher code.
What it read: only the earlier data files tests/arabic/data/screening_insults*.json and screening_clean*.json
(sets a-k: to copy the JSON shape and the per-item "kind" labels, and to avoid every banned entry, every word of
those entries and every text used by those sets) and, for format, JSON shapes and self-checks only, the
generator tests/arabic/data/make_screening_sets_k.py.  It did not open anything under nashra/, any other test
.py file, the README, bench/ or docs/, did not import the nashra package and never ran the matcher or a test.
The JSON files keep exactly the shape of the k files ({"banned": [...], "items": [...]}), which carry no
self-description, so this description lives only here.

Method
------
* The banned list (16 Arabic single words from Egyptian, Levantine, Gulf, Iraqi, Sudanese and Maghrebi usage;
  6 Arabic phrases of two and three words: five curses and one political insult; 8 English words) is
  hand-written below; none of them is in the banned lists of sets a-k, none contains (as a word) a single-word
  entry of those lists, and no entry word is a substring of an old single-word entry or contains one (checked
  at run time against those files when present).
* Every inflection (article, Maghrebi l- article, proclitics, glued vocative, hal- demonstrative, pronoun
  suffixes, feminine, dual, sound/broken plural, elative, ta/ha, alif maqsura, hamza, dialect consonants
  ق>گ/ج/ء, ج>چ, ك>گ, harakat, shadda), every Arabizi spelling (digits 2 3 5 7 8 9 for letters, vowel variants,
  ch/sh/kh/gh/g/q/k variants), every phrase variant (pronoun suffixes, word order changed, a word inserted
  between the phrase words, joined, dialect spellings) and every English variant (incl. English typed in
  Arabic letters) is hand-written in this file.
* Character-level disguises (tatweel, repeated letters, letters spaced out, dots, dashes, punctuation,
  symbols, emoji or Latin letters between letters, censoring star, one inner space, zero-width characters,
  bidi marks, Persian letters, dotless letters, decorative harakat, glue to the previous or next word, the
  insult inside a longer glued word) are applied mechanically to hand-written forms; a seeded
  random.Random(20261208) chooses forms, frames, positions and separators.  Mixed kinds are labelled "a+b".
* Comment frames (MSA, Egyptian, Levantine, Gulf, Iraqi, Sudanese, Maghrebi, Arabizi, English, mixed) are
  hand-written and new.
* Clean comments are hand-written: ordinary news comments in MSA and dialects plus hard negatives (innocent
  words, names, places and English words sharing letters, a root or a Latin skeleton with an entry, e.g.
  حلوان/نجيب/حلول, مفعول/فحوص, حنجرة/جوري/Hungary, عروة/عرض/Errata, مسخن/تسخين/مسح, ضرائب/صراط (= dotless
  ضراط)/darat, حبق/بقية/hamad, مفاهيم/مقهى/مفهوم, لوتس/لوتو/looting/Lotus, قوات/قادة/قواعد/قوافل, عربانة/العربية/
  بنجر, مرافعة/رفع/مرفأ, شمسي/الشماس/شمسية, بركان/بركة/Berkane, بوجدور/أبو جاد/وجدة, بوخريص/أبو خنجر/نونة,
  خراب/بيتكم/بيتك بيتك, تبادل/تبارك/لكل, منك نتعلم/لله الحمد, انقطاع/عمرو دياب/الله يطول عمرك, الكولا/الخراج/
  kol sana, أجندة الحكومة/وزارة الخارجية/صاحب المطعم, dip/ship/diplomats, toss-up/Tossa/tossed, nutmeg/jobless/
  donut, blockchain/roadblock, plonk/Planck/Plunkett, Ding Liren/dinghy/fruit bats, Mark Twain/two-way/Twitter/
  tweet, Bellingham/Belle and Sebastian/"the school bell ended").  Short ordinary comments get a hand-written
  opener or closer so the clean set reaches its size.
* Self-checks (as in the k generator): each insult item contains its disguised token; no clean item contains,
  as a word after stripping harakat/tatweel/proclitics, any hand-written form of any entry, nor a phrase entry
  form, nor an English entry (case-insensitive, with s/es/ed/ing); no insult item contains a second entry;
  no item of either file contains, as a word, a single-word entry of sets a-k; texts are unique and none
  repeats a text of sets a-k; no kind holds more than 3 % of the insult items; JSON (UTF-8, ensure_ascii=False,
  indent=1) reads back identical; sizes are checked (>= 1300 insult items, >= 250 kinds, >= 520 clean items,
  >= 160 hard negatives).  Extra checks beyond the k generator: no entry word is a substring of an old
  single-word entry or contains one, and no item contains a phrase entry of sets a-k.

Counts: 30 banned entries (16 Arabic words, 6 Arabic phrases, 8 English), 1534 insult items in 340 kind labels
(largest kind 21 items, 1.4 %), 540 clean items of which 195 are hand-written hard negatives (the rest: 182
hand-written ordinary comments and 163 copies of some of them with a hand-written opener or closer added).
About 300 insult items are Arabizi / Arabic in Latin letters, 34 English typed in Arabic letters, 45 phrase
items with the phrase words reordered or interrupted, 40 with the insult inside a longer glued word.
Known deliberate edge: the clean item "The school bell ended the morning session" has the Latin skeleton
"bellended" across two words.

Run from this folder:  python3 make_screening_sets_l.py
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
    "حلنجي",    # Egyptian: con man, slippery trickster
    "مفعوص",    # Egyptian: squashed runt, a nobody
    "حنجوري",   # Egyptian: loudmouth, all talk
    "عرة",      # Egyptian: disgrace, lowlife
    "مسخم",     # Levantine: soot-blackened wretch
    "ضراط",     # Levantine/Egyptian: farter, blowhard
    "حمبقي",    # Gulf: fool, idiot
    "مفهي",     # Gulf: absent-minded fool
    "لوتي",     # Iraqi: crook, thug, swindler
    "قواد",     # Iraqi/MSA: pimp
    "عربنجي",   # Iraqi: cart driver, vulgar boor
    "مرفعين",   # Sudanese: hyena, predator
    "شماسي",    # Sudanese: street vagrant
    "بركاك",    # Moroccan/Algerian: snitch
    "بوجادي",   # Moroccan: naive greenhorn, bumpkin
    "بوخنونة",  # Moroccan/Algerian: snot-nose
]
PHRASES = ["يخرب بيتك", "تبا لك", "منك لله", "يقطع عمرك", "كول خرا", "صاحب أجندة خارجية"]
EN_WORDS = ["dipshit", "tosser", "nutjob", "blockhead", "plonker", "dingbat", "twat", "bellend"]
BANNED = AR_WORDS + PHRASES + EN_WORDS

# ----------------------------------------------------------------------------------------------------------
# Hand-written forms of the Arabic single words: entry -> list of (kind, form)
# ----------------------------------------------------------------------------------------------------------
FORMS = {
    "حلنجي": [
        ("plain", "حلنجي"), ("article", "الحلنجي"), ("proclitic_article", "والحلنجي"),
        ("proclitic_article", "للحلنجي"), ("vocative", "يا حلنجي"), ("vocative_glued", "ياحلنجي"),
        ("hal_demonstrative", "هالحلنجي"), ("feminine", "حلنجية"), ("feminine+ta_as_ha", "حلنجيه"),
        ("sound_plural", "حلنجيين"), ("article+sound_plural", "الحلنجية"), ("dialect_consonant", "حلنچي"),
        ("alif_maqsura", "حلنجى"), ("harakat", "حَلَنْجِي"), ("proclitic", "وحلنجي"), ("shadda", "حلنجيّ"),
        ("dialect_spelling", "حلانجي"),
    ],
    "مفعوص": [
        ("plain", "مفعوص"), ("article", "المفعوص"), ("proclitic_article", "والمفعوص"),
        ("proclitic_article", "كالمفعوص"), ("vocative", "يا مفعوص"), ("vocative_glued", "يامفعوص"),
        ("hal_demonstrative", "هالمفعوص"), ("feminine", "مفعوصة"), ("feminine+ta_as_ha", "مفعوصه"),
        ("sound_plural", "مفعوصين"), ("article+sound_plural", "المفعوصين"), ("harakat", "مَفْعُوص"),
        ("dialect_consonant", "مفعوس"), ("proclitic", "ومفعوص"), ("repeated_vowel", "مفعووص"),
        ("dual", "مفعوصين الاتنين"),
    ],
    "حنجوري": [
        ("plain", "حنجوري"), ("article", "الحنجوري"), ("proclitic_article", "والحنجوري"),
        ("vocative", "يا حنجوري"), ("vocative_glued", "ياحنجوري"), ("hal_demonstrative", "هالحنجوري"),
        ("feminine", "حنجورية"), ("sound_plural", "حنجوريين"), ("article+sound_plural", "الحنجورية"),
        ("alif_maqsura", "حنجورى"), ("harakat", "حَنْجُورِي"), ("proclitic", "فحنجوري"),
        ("dialect_spelling", "حنچوري"), ("shadda", "حنجوريّ"), ("proclitic_article", "بالحنجوري"),
    ],
    "عرة": [
        ("plain", "عرة"), ("ta_as_ha", "عره"), ("article", "العرة"), ("article+ta_as_ha", "العره"),
        ("proclitic_article", "والعرة"), ("vocative", "يا عرة"), ("vocative_glued", "ياعرة"),
        ("vocative_glued+ta_as_ha", "ياعره"), ("hal_demonstrative", "هالعرة"), ("shadda", "عرّة"),
        ("harakat", "عُرَّة"), ("proclitic", "وعرة"), ("pronoun_suffix", "عرتهم"), ("sound_plural", "عرات"),
        ("shadda+ta_as_ha", "عرّه"),
    ],
    "مسخم": [
        ("plain", "مسخم"), ("article", "المسخم"), ("proclitic_article", "والمسخم"), ("vocative", "يا مسخم"),
        ("vocative_glued", "يامسخم"), ("hal_demonstrative", "هالمسخم"), ("feminine", "مسخمة"),
        ("feminine+ta_as_ha", "مسخمه"), ("sound_plural", "مسخمين"), ("article+sound_plural", "المسخمين"),
        ("shadda", "مسخّم"), ("harakat", "مْسَخَّم"), ("proclitic", "ومسخم"), ("proclitic_article", "للمسخم"),
        ("dialect_consonant", "مصخم"),
    ],
    "ضراط": [
        ("plain", "ضراط"), ("article", "الضراط"), ("proclitic_article", "والضراط"), ("vocative", "يا ضراط"),
        ("vocative_glued", "ياضراط"), ("hal_demonstrative", "هالضراط"), ("shadda", "ضرّاط"),
        ("feminine", "ضراطة"), ("sound_plural", "ضراطين"), ("article+sound_plural", "الضراطين"),
        ("dialect_consonant", "ظراط"), ("harakat", "ضَرَّاط"),
        ("proclitic", "وضراط"), ("elative", "أضرط"),
    ],
    "حمبقي": [
        ("plain", "حمبقي"), ("article", "الحمبقي"), ("proclitic_article", "والحمبقي"),
        ("vocative", "يا حمبقي"), ("vocative_glued", "ياحمبقي"), ("hal_demonstrative", "هالحمبقي"),
        ("feminine", "حمبقية"), ("sound_plural", "حمبقيين"), ("dialect_consonant", "حمبگي"),
        ("article+dialect_consonant", "الحمبگي"), ("dialect_consonant", "حمبجي"), ("alif_maqsura", "حمبقى"),
        ("harakat", "حَمْبَقِي"), ("proclitic", "وحمبقي"), ("spelling_variant", "حنبقي"),
        ("proclitic_article", "كالحمبقي"),
    ],
    "مفهي": [
        ("plain", "مفهي"), ("article", "المفهي"), ("proclitic_article", "والمفهي"), ("vocative", "يا مفهي"),
        ("vocative_glued", "يامفهي"), ("hal_demonstrative", "هالمفهي"), ("feminine", "مفهية"),
        ("feminine+ta_as_ha", "مفهيه"), ("sound_plural", "مفهيين"), ("alif_maqsura", "مفهى"),
        ("shadda", "مفهّي"), ("harakat", "مْفَهِّي"), ("proclitic", "ومفهي"), ("proclitic_article", "للمفهي"),
    ],
    "لوتي": [
        ("plain", "لوتي"), ("article", "اللوتي"), ("proclitic_article", "واللوتي"), ("vocative", "يا لوتي"),
        ("vocative_glued", "يالوتي"), ("hal_demonstrative", "هاللوتي"), ("broken_plural", "لواتية"),
        ("article+broken_plural", "اللواتية"), ("alif_maqsura", "لوتى"), ("harakat", "لُوتِي"),
        ("proclitic", "ولوتي"), ("feminine", "لوتية"), ("shadda", "لوتيّ"), ("vocative_glued+alif_maqsura", "يالوتى"),
    ],
    "قواد": [
        ("plain", "قواد"), ("article", "القواد"), ("proclitic_article", "والقواد"), ("vocative", "يا قواد"),
        ("vocative_glued", "ياقواد"), ("hal_demonstrative", "هالقواد"), ("shadda", "قوّاد"),
        ("dialect_consonant", "گواد"), ("article+dialect_consonant", "الگواد"), ("dialect_consonant", "كواد"),
        ("vocative_glued+dialect_consonant", "ياگواد"), ("sound_plural", "قوادين"),
        ("dialect_consonant+sound_plural", "گوادين"), ("feminine", "قوادة"), ("harakat", "قَوَّاد"),
        ("proclitic", "وقواد"), ("dialect_consonant", "أواد"),
    ],
    "عربنجي": [
        ("plain", "عربنجي"), ("article", "العربنجي"), ("proclitic_article", "والعربنجي"),
        ("vocative", "يا عربنجي"), ("vocative_glued", "ياعربنجي"), ("hal_demonstrative", "هالعربنجي"),
        ("dialect_consonant", "عربنچي"), ("article+dialect_consonant", "العربنچي"),
        ("sound_plural", "عربنجية"), ("dialect_consonant+sound_plural", "عربنچية"), ("alif_maqsura", "عربنجى"),
        ("harakat", "عَرَبَنْجِي"), ("proclitic", "وعربنجي"), ("spelling_variant", "عربانجي"),
        ("spelling_variant", "عربانچي"),
    ],
    "مرفعين": [
        ("plain", "مرفعين"), ("article", "المرفعين"), ("proclitic_article", "والمرفعين"),
        ("vocative", "يا مرفعين"), ("vocative_glued", "يامرفعين"), ("hal_demonstrative", "هالمرفعين"),
        ("broken_plural", "مرافعين"), ("article+broken_plural", "المرافعين"), ("harakat", "مَرْفَعِين"),
        ("proclitic", "ومرفعين"), ("proclitic_article", "كالمرفعين"), ("pronoun_suffix", "مرفعينهم"),
        ("feminine", "مرفعينة"), ("proclitic_article", "للمرفعين"),
    ],
    "شماسي": [
        ("plain", "شماسي"), ("article", "الشماسي"), ("proclitic_article", "والشماسي"),
        ("vocative", "يا شماسي"), ("vocative_glued", "ياشماسي"), ("hal_demonstrative", "هالشماسي"),
        ("collective", "شماسة"), ("article+collective", "الشماسة"), ("collective+ta_as_ha", "شماسه"),
        ("alif_maqsura", "شماسى"), ("shadda", "شمّاسي"), ("harakat", "شَمَّاسِي"), ("proclitic", "وشماسي"),
        ("dialect_spelling", "شماشي"),
    ],
    "بركاك": [
        ("plain", "بركاك"), ("article", "البركاك"), ("maghrebi_article", "لبركاك"), ("vocative", "يا بركاك"),
        ("vocative_glued", "يابركاك"), ("hal_demonstrative", "هالبركاك"), ("dialect_consonant", "برگاگ"),
        ("maghrebi_article+dialect_consonant", "لبرگاگ"), ("sound_plural", "بركاكة"),
        ("maghrebi_article+sound_plural", "لبركاكة"), ("dialect_consonant+sound_plural", "برگاگة"),
        ("shadda", "برّكاك"),
        ("harakat", "بَرْكَاك"), ("proclitic", "وبركاك"), ("dialect_consonant", "برقاق"),
    ],
    "بوجادي": [
        ("plain", "بوجادي"), ("article", "البوجادي"), ("maghrebi_article", "لبوجادي"),
        ("vocative", "يا بوجادي"), ("vocative_glued", "يابوجادي"), ("hal_demonstrative", "هالبوجادي"),
        ("broken_plural", "بوجاديين"), ("feminine", "بوجادية"), ("maghrebi_article+feminine", "لبوجادية"),
        ("alif_maqsura", "بوجادى"), ("harakat", "بُوجَادِي"), ("proclitic", "وبوجادي"),
        ("spelling_variant", "بو جادي"), ("dialect_consonant", "بوگادي"),
    ],
    "بوخنونة": [
        ("plain", "بوخنونة"), ("ta_as_ha", "بوخنونه"), ("article", "البوخنونة"),
        ("maghrebi_article", "لبوخنونة"), ("vocative", "يا بوخنونة"), ("vocative_glued", "يابوخنونة"),
        ("hal_demonstrative", "هالبوخنونة"), ("spelling_variant", "بو خنونة"), ("harakat", "بُوخْنُونَة"),
        ("proclitic", "وبوخنونة"), ("feminine", "بوخنونية"), ("spelling_variant", "بخنونة"),
        ("vocative_glued+ta_as_ha", "يابوخنونه"),
    ],
}

# Arabizi / Arabic in Latin letters: digits for letters and vowel, ch/sh/kh/gh/g/q variants.
ARABIZI = {
    "حلنجي": [("arabizi_digits", "7alangi"), ("arabizi_digits+vowel_variant", "7alanji"),
              ("arabizi_letters", "halangy"), ("arabizi_vowel_variant", "helengi"),
              ("arabizi_article", "el 7alangi"), ("arabizi_ch_for_j", "7alanchi")],
    "مفعوص": [("arabizi_digits", "mafa3os"), ("arabizi_digits+vowel_variant", "maf3ous"),
              ("arabizi_digits+vowel_variant", "mef3oos"), ("arabizi_letters", "mafaos"),
              ("arabizi_article", "el maf3ous"), ("arabizi_digit_9_for_s", "maf3ou9")],
    "حنجوري": [("arabizi_digits", "7angoury"), ("arabizi_digits+vowel_variant", "7ungoori"),
               ("arabizi_letters", "hanjouri"), ("arabizi_vowel_variant", "hangoory"),
               ("arabizi_article", "el 7angouri"), ("arabizi_ch_for_j", "7anchouri")],
    "عرة": [("arabizi_digits", "3erra"), ("arabizi_digits+vowel_variant", "3orra"),
            ("arabizi_letters", "erra"), ("arabizi_vowel_variant", "3ora"),
            ("arabizi_article", "el 3erra"), ("arabizi_digits+ha_ending", "3erah")],
    "مسخم": [("arabizi_digits", "msa5am"), ("arabizi_kh", "msakham"), ("arabizi_kh+vowel_variant", "mesakhkhem"),
             ("arabizi_digits+vowel_variant", "m5akham"), ("arabizi_article", "el msa5am"),
             ("arabizi_digits", "msa55am")],
    "ضراط": [("arabizi_letters", "darrat"), ("arabizi_dh", "dharrat"), ("arabizi_digits", "9'arra6"),
             ("arabizi_vowel_variant", "drraat"), ("arabizi_article", "el darrat"),
             ("arabizi_digits", "6arrat")],
    "حمبقي": [("arabizi_digits", "7amba8i"), ("arabizi_g_for_q", "7ambagi"), ("arabizi_letters", "hambagi"),
              ("arabizi_q", "hambaqi"), ("arabizi_article", "el 7ambagi"), ("arabizi_digits+vowel_variant", "7ambe8y")],
    "مفهي": [("arabizi_letters", "mfahhi"), ("arabizi_vowel_variant", "mefahi"), ("arabizi_letters", "mfahy"),
             ("arabizi_vowel_variant", "mufahhee"), ("arabizi_article", "el mfahhi"),
             ("arabizi_ie", "mfahhie")],
    "لوتي": [("arabizi_letters", "looti"), ("arabizi_vowel_variant", "louti"), ("arabizi_vowel_variant", "lowti"),
             ("arabizi_digit_6_for_t", "lo6i"), ("arabizi_article", "el looti"), ("arabizi_y_ending", "lootee")],
    "قواد": [("arabizi_g_for_q", "gawwad"), ("arabizi_digit_2_for_q", "2awwad"), ("arabizi_q", "qawwad"),
             ("arabizi_k_for_q", "kawad"), ("arabizi_digit_8_for_q", "8wad"), ("arabizi_article", "el gawwad"),
             ("arabizi_g_for_q+vowel_variant", "gowwad")],
    "عربنجي": [("arabizi_digits", "3arabanchi"), ("arabizi_letters", "arabanchi"),
               ("arabizi_digits+vowel_variant", "3arbanji"), ("arabizi_digits+no_vowels", "3rbnchi"),
               ("arabizi_article", "el 3arabanchi"), ("arabizi_tch", "3arbantchi")],
    "مرفعين": [("arabizi_digits", "marfa3een"), ("arabizi_letters", "marfaeen"),
               ("arabizi_digits+vowel_variant", "murfa3in"), ("arabizi_digits+vowel_variant", "merfa3een"),
               ("arabizi_article", "el marfa3in"), ("arabizi_apostrophe_ain", "marfa'een")],
    "شماسي": [("arabizi_sh", "shammasi"), ("arabizi_ch", "chamassi"), ("arabizi_sh+no_vowels", "shmmasi"),
              ("arabizi_sh+vowel_variant", "shamasy"), ("arabizi_article", "el shammasi"),
              ("arabizi_digit_9_for_s", "shamma9i")],
    "بركاك": [("arabizi_letters", "berkak"), ("arabizi_g", "bergag"), ("arabizi_g+vowel_variant", "barrgag"),
              ("arabizi_vowel_variant", "birkak"), ("arabizi_article", "l berkak"), ("arabizi_digit_8", "ber8a8")],
    "بوجادي": [("arabizi_letters", "boujadi"), ("arabizi_vowel_variant", "bojadi"), ("arabizi_g", "bougadi"),
               ("arabizi_dj", "boudjadi"), ("arabizi_article", "l boujadi"), ("arabizi_y_ending", "boujady")],
    "بوخنونة": [("arabizi_kh", "boukhnouna"), ("arabizi_digits", "bo5nona"), ("arabizi_digits", "bou5nouna"),
                ("arabizi_kh+vowel_variant", "bukhnuna"), ("arabizi_article", "l boukhnouna"),
                ("arabizi_h_for_kh", "bouhnouna")],
}

# Phrase forms: (kind, form, frame group).  Frame groups: c2 = curse at the reader, c3 = at a third person,
# c3p = at several people, c3f = at a woman, cx = the phrase already names its target,
# pred = predicate about a person, predp = about several people, predf = about a woman.
PHRASE_FORMS = {
    "يخرب بيتك": [
        ("phrase_plain", "يخرب بيتك", "c2"), ("phrase_pronoun_suffix", "يخرب بيته", "c3"),
        ("phrase_pronoun_suffix", "يخرب بيتهم", "c3p"), ("phrase_pronoun_suffix", "يخرب بيتكم", "c2"),
        ("phrase_pronoun_suffix", "يخرب بيتها", "c3f"), ("phrase_joined_egyptian", "يخربيتك", "c2"),
        ("phrase_joined_egyptian", "يخربيته", "c3"), ("phrase_dialect_suffix", "يخرب بيتكو", "c2"),
        ("phrase_dialect_suffix", "يخرب بيتچ", "c3f"), ("phrase_feminine_suffix", "يخرب بيتكي", "c2"),
        ("phrase_with_particle", "الله يخرب بيتك", "c2"), ("phrase_word_inserted", "يخرب الله بيتك", "c2"),
        ("phrase_word_order+word_inserted", "خرب الله بيتك", "c2"), ("phrase_plural_object", "يخرب بيوتكم", "c2"),
        ("phrase_harakat", "يِخْرِب بيتَك", "c2"), ("phrase_extended", "يخرب بيتك وبيت اللي خلفوك", "c2"),
        ("phrase_hashtag", "#يخرب_بيتك", "c2"), ("phrase_word_inserted", "يخرب بيت بيتك", "c2"),
    ],
    "تبا لك": [
        ("phrase_plain", "تبا لك", "c2"), ("phrase_tanwin", "تباً لك", "c2"), ("phrase_tanwin", "تبًا لك", "c2"),
        ("phrase_pronoun_suffix", "تبا له", "c3"), ("phrase_pronoun_suffix", "تبا لهم", "c3p"),
        ("phrase_pronoun_suffix", "تبا لكم", "c2"), ("phrase_pronoun_suffix", "تبا لها", "c3f"),
        ("phrase_joined", "تبالك", "c2"), ("phrase_word_inserted", "تبا ثم تبا لك", "c2"),
        ("phrase_object_noun", "تبا للوزير", "cx"), ("phrase_object_noun", "تبا لحكومة العار", "cx"),
        ("phrase_with_particle", "فتبا لك", "c2"), ("phrase_feminine_suffix", "تبا لكي", "c2"),
        ("phrase_hashtag", "#تبا_لك", "c2"),
        ("phrase_alif_maqsura", "تبى لك", "c2"), ("phrase_extended", "تبا لك ولأمثالك", "c2"),
    ],
    "منك لله": [
        ("phrase_plain", "منك لله", "c2"), ("phrase_pronoun_suffix", "منه لله", "c3"),
        ("phrase_pronoun_suffix", "منهم لله", "c3p"), ("phrase_pronoun_suffix", "منكم لله", "c2"),
        ("phrase_pronoun_suffix", "منها لله", "c3f"), ("phrase_dialect_suffix", "منكو لله", "c2"),
        ("phrase_ta_marbuta", "منك للة", "c2"), ("phrase_shadda", "منك للّه", "c2"),
        ("phrase_word_inserted", "منك ومن حكومتك لله", "c2"), ("phrase_word_inserted", "منه ومن أمثاله لله", "c3"),
        ("phrase_word_inserted", "منك انت لله", "c2"), ("phrase_joined", "منكلله", "c2"),
        ("phrase_feminine_suffix", "منكي لله", "c2"), ("phrase_hashtag", "#منك_لله", "c2"),
        ("phrase_with_particle", "روح منك لله", "c2"), ("phrase_extended", "منك لله يا شيخ", "c2"),
        ("phrase_harakat", "مِنَّك لِلَّه", "c2"),
    ],
    "يقطع عمرك": [
        ("phrase_plain", "يقطع عمرك", "c2"), ("phrase_pronoun_suffix", "يقطع عمره", "c3"),
        ("phrase_pronoun_suffix", "يقطع عمرهم", "c3p"), ("phrase_pronoun_suffix", "يقطع عمركم", "c2"),
        ("phrase_pronoun_suffix", "يقطع عمرها", "c3f"), ("phrase_dialect_consonant", "يئطع عمرك", "c2"),
        ("phrase_dialect_consonant", "يگطع عمرك", "c2"), ("phrase_dialect_consonant", "يجطع عمرك", "c2"),
        ("phrase_with_particle", "الله يقطع عمرك", "c2"), ("phrase_word_inserted", "يقطع الله عمرك", "c2"),
        ("phrase_word_order+word_inserted", "قطع الله عمرك", "c2"), ("phrase_joined", "يقطععمرك", "c2"),
        ("phrase_feminine_suffix", "يقطع عمرِك", "c2"), ("phrase_dialect_suffix", "يقطع عمرچ", "c3f"),
        ("phrase_hashtag", "#يقطع_عمرك", "c2"), ("phrase_word_order", "عمرك يقطعه ربنا", "c2"),
        ("phrase_spelling_variant", "يقطع عومرك", "c2"),
    ],
    "كول خرا": [
        ("phrase_plain", "كول خرا", "c2"), ("phrase_msa_imperative", "كل خرا", "c2"),
        ("phrase_alif_maqsura", "كول خرى", "c2"), ("phrase_hamza", "كول خراء", "c2"),
        ("phrase_feminine", "كلي خرا", "c2"), ("phrase_plural", "كلوا خرا", "c2"), ("phrase_plural", "كولو خرا", "c2"),
        ("phrase_third_person", "خليه ياكل خرا", "c3"), ("phrase_with_particle", "روح كول خرا", "c2"),
        ("phrase_word_inserted", "كول شوية خرا", "c2"), ("phrase_word_inserted", "كول هالخرا", "c2"),
        ("phrase_joined", "كولخرا", "c2"), ("phrase_hashtag", "#كول_خرا", "c2"),
        ("phrase_repeated_letters", "كوول خرااا", "c2"), ("phrase_dialect_spelling", "كول خره", "c2"),
        ("phrase_harakat", "كُول خَرَا", "c2"),
    ],
    "صاحب أجندة خارجية": [
        ("phrase_plain", "صاحب أجندة خارجية", "pred"), ("phrase_hamza", "صاحب اجندة خارجية", "pred"),
        ("phrase_ta_as_ha", "صاحب اجنده خارجيه", "pred"), ("phrase_plural_object", "صاحب أجندات خارجية", "pred"),
        ("phrase_plural", "أصحاب أجندات خارجية", "predp"), ("phrase_plural+hamza", "اصحاب اجندات خارجية", "predp"),
        ("phrase_article", "صاحب الأجندة الخارجية", "pred"), ("phrase_feminine", "صاحبة أجندة خارجية", "predf"),
        ("phrase_word_inserted", "صاحب أجندة سياسية خارجية", "pred"),
        ("phrase_word_inserted", "صاحب أجندة مشبوهة خارجية", "pred"),
        ("phrase_word_order", "أجندة خارجية صاحبها", "ord"), ("phrase_spelling_variant", "صاحب أجندا خارجية", "pred"),
        ("phrase_hashtag", "#صاحب_أجندة_خارجية", "pred"), ("phrase_proclitic", "وصاحب أجندة خارجية", "pred"),
        ("phrase_vocative", "يا صاحب الأجندة الخارجية", "voc"),
        ("phrase_dialect_spelling", "صاحب أجندة خارجيّة", "pred"),
    ],
}

PHRASE_ARABIZI = {
    "يخرب بيتك": [("phrase_arabizi_kh", "yekhreb beitak"), ("phrase_arabizi_digits", "ye5rab betak"),
                  ("phrase_arabizi_vowel_variant", "yikhrib baytak"), ("phrase_arabizi_joined", "ye5rebeetak"),
                  ("phrase_arabizi_no_vowels", "y5rb btk")],
    "تبا لك": [("phrase_arabizi", "taban lak"), ("phrase_arabizi_vowel_variant", "tabban lek"),
               ("phrase_arabizi_no_vowels", "tbn lk"), ("phrase_arabizi_plural", "taban lakom"),
               ("phrase_arabizi_joined", "tabalak")],
    "منك لله": [("phrase_arabizi", "mennak lellah"), ("phrase_arabizi_vowel_variant", "minak lilah"),
                ("phrase_arabizi_no_vowels", "mnk llh"), ("phrase_arabizi_plural", "menko lellah"),
                ("phrase_arabizi_joined", "mennaklellah")],
    "يقطع عمرك": [("phrase_arabizi_digits", "yi2ta3 3omrak"), ("phrase_arabizi_g_for_q", "yegta3 3omrak"),
                  ("phrase_arabizi_k_for_q", "yekta3 omrak"), ("phrase_arabizi_digit_8", "ye8ta3 3omrak"),
                  ("phrase_arabizi_no_vowels", "y2t3 3mrk")],
    "كول خرا": [("phrase_arabizi_kh", "kol khara"), ("phrase_arabizi_digits", "kool 5ara"),
                ("phrase_arabizi_vowel_variant", "kul khra"), ("phrase_arabizi_digits+vowel_variant", "koul 5raa"),
                ("phrase_arabizi_joined", "kol5ara")],
    "صاحب أجندة خارجية": [("phrase_arabizi_digits", "sa7eb ajenda 5arjeyye"),
                          ("phrase_arabizi_kh", "saheb agenda kharjiya"),
                          ("phrase_arabizi_vowel_variant", "sa7ib ajinda kharijiya"),
                          ("phrase_arabizi_plural", "as7ab ajendat 5arjiya"),
                          ("phrase_arabizi_digit_7_apostrophe", "sa7eb ajenda 7'arjeya")],
}

EN_FORMS = {
    "dipshit": [
        ("en_plain", "dipshit"), ("en_plural", "dipshits"), ("en_capitalised", "DIPSHIT"),
        ("en_capitalised", "Dipshit"),
        ("en_leet", "d1psh1t"), ("en_leet", "dip$hit"), ("en_symbols", "dip*hit"), ("en_symbols", "d.i.p.s.h.i.t"),
        ("en_spaced", "d i p s h i t"), ("en_hyphen", "dip-shit"), ("en_split", "dip shit"),
        ("en_doubled_letters", "diiipshit"), ("en_soundalike", "dipshite"), ("en_homoglyph", "dipѕhit"),
        ("en_fullwidth", "ｄｉｐｓｈｉｔ"), ("en_zero_width", "dip\u200bshit"), ("en_camelcase", "DipShit"),
        ("en_arabic_script", "دبشيت"), ("en_arabic_script", "دب شت"), ("en_arabic_script+article", "الدبشيت"),
    ],
    "tosser": [
        ("en_plain", "tosser"), ("en_plural", "tossers"), ("en_capitalised", "TOSSER"), ("en_capitalised", "Tosser"),
        ("en_leet", "t0ss3r"), ("en_leet", "to$$er"), ("en_symbols", "t*sser"), ("en_symbols", "t.o.s.s.e.r"),
        ("en_spaced", "t o s s e r"), ("en_hyphen", "toss-er"), ("en_doubled_letters", "tooosser"),
        ("en_soundalike", "tossur"), ("en_missing_letter", "toser"), ("en_homoglyph", "tоsser"),
        ("en_fullwidth", "ｔｏｓｓｅｒ"), ("en_zero_width", "tos\u200cser"), ("en_plural+en_capitalised", "TOSSERS"),
        ("en_arabic_script", "توسر"), ("en_arabic_script", "طوسر"), ("en_arabic_script+vocative", "يا توسر"),
    ],
    "nutjob": [
        ("en_plain", "nutjob"), ("en_plural", "nutjobs"), ("en_capitalised", "NUTJOB"), ("en_capitalised", "Nutjob"),
        ("en_leet", "nu7j0b"), ("en_leet", "nutj0b"), ("en_symbols", "nut*job"), ("en_symbols", "n.u.t.j.o.b"),
        ("en_spaced", "n u t j o b"), ("en_hyphen", "nut-job"), ("en_split", "nut job"),
        ("en_doubled_letters", "nuuutjob"), ("en_soundalike", "nutjobb"), ("en_homoglyph", "nutjоb"),
        ("en_fullwidth", "ｎｕｔｊｏｂ"), ("en_zero_width", "nut\u200djob"), ("en_camelcase", "NutJob"),
        ("en_arabic_script", "نت جوب"), ("en_arabic_script", "نتجوب"), ("en_plural+en_leet", "nutj0bs"),
    ],
    "blockhead": [
        ("en_plain", "blockhead"), ("en_plural", "blockheads"), ("en_capitalised", "BLOCKHEAD"),
        ("en_capitalised", "Blockhead"), ("en_leet", "bl0ckh34d"), ("en_leet", "blockh3ad"),
        ("en_symbols", "block*head"), ("en_symbols", "b.l.o.c.k.h.e.a.d"), ("en_spaced", "b l o c k h e a d"),
        ("en_hyphen", "block-head"), ("en_split", "block head"), ("en_doubled_letters", "bloooockhead"),
        ("en_soundalike", "blokhead"), ("en_homoglyph", "blоckhead"), ("en_fullwidth", "ｂｌｏｃｋｈｅａｄ"),
        ("en_zero_width", "block\u200bhead"), ("en_camelcase", "BlockHead"), ("en_suffix_form", "blockheaded"),
        ("en_arabic_script", "بلوك هيد"), ("en_arabic_script", "بلوكهد"),
    ],
    "plonker": [
        ("en_plain", "plonker"), ("en_plural", "plonkers"), ("en_capitalised", "PLONKER"),
        ("en_capitalised", "Plonker"),
        ("en_leet", "pl0nk3r"), ("en_leet", "plonk3r"), ("en_symbols", "pl*nker"), ("en_symbols", "p.l.o.n.k.e.r"),
        ("en_spaced", "p l o n k e r"), ("en_hyphen", "plon-ker"), ("en_doubled_letters", "plooonker"),
        ("en_soundalike", "plonka"), ("en_missing_letter", "ploner"), ("en_homoglyph", "рlonker"),
        ("en_fullwidth", "ｐｌｏｎｋｅｒ"), ("en_zero_width", "plon\u200bker"), ("en_camelcase", "PlonKer"),
        ("en_arabic_script", "بلونكر"), ("en_arabic_script", "پلونكر"), ("en_plural+en_capitalised", "PLONKERS"),
    ],
    "dingbat": [
        ("en_plain", "dingbat"), ("en_plural", "dingbats"), ("en_capitalised", "DINGBAT"),
        ("en_capitalised", "Dingbat"),
        ("en_leet", "d1ngb4t"), ("en_leet", "dingb@t"), ("en_symbols", "ding*bat"), ("en_symbols", "d.i.n.g.b.a.t"),
        ("en_spaced", "d i n g b a t"), ("en_hyphen", "ding-bat"), ("en_split", "ding bat"),
        ("en_doubled_letters", "diiingbat"), ("en_soundalike", "dingbatt"), ("en_homoglyph", "dіngbat"),
        ("en_fullwidth", "ｄｉｎｇｂａｔ"), ("en_zero_width", "ding\u200cbat"), ("en_camelcase", "DingBat"),
        ("en_arabic_script", "دينغ بات"), ("en_arabic_script", "دنجبات"), ("en_plural+en_leet", "d1ngbats"),
    ],
    "twat": [
        ("en_plain", "twat"), ("en_plural", "twats"), ("en_capitalised", "TWAT"), ("en_capitalised", "Twat"),
        ("en_leet", "tw4t"), ("en_leet", "7wat"), ("en_symbols", "tw*t"), ("en_symbols", "t.w.a.t"),
        ("en_spaced", "t w a t"), ("en_hyphen", "tw-at"), ("en_doubled_letters", "twaaat"),
        ("en_soundalike", "twatt"), ("en_homoglyph", "twаt"), ("en_fullwidth", "ｔｗａｔ"),
        ("en_zero_width", "tw\u200bat"), ("en_suffix_form", "twatty"), ("en_arabic_script", "توات"),
        ("en_arabic_script", "تووات"), ("en_plural+en_capitalised", "TWATS"),
    ],
    "bellend": [
        ("en_plain", "bellend"), ("en_plural", "bellends"), ("en_capitalised", "BELLEND"),
        ("en_capitalised", "Bellend"),
        ("en_leet", "b3ll3nd"), ("en_leet", "be11end"), ("en_symbols", "bell*end"), ("en_symbols", "b.e.l.l.e.n.d"),
        ("en_spaced", "b e l l e n d"), ("en_hyphen", "bell-end"), ("en_doubled_letters", "belllend"),
        ("en_soundalike", "belend"), ("en_homoglyph", "bеllend"), ("en_fullwidth", "ｂｅｌｌｅｎｄ"),
        ("en_zero_width", "bell\u200dend"), ("en_camelcase", "BellEnd"), ("en_arabic_script", "بيل إند"),
        ("en_arabic_script", "بيلند"), ("en_plural+en_leet", "b3llends"),
    ],
}

# ----------------------------------------------------------------------------------------------------------
# Comment frames (hand-written, new).  {w} is the disguised token.
# ----------------------------------------------------------------------------------------------------------
AR_FRAMES = [
    "رئيس النادي {w} وباع أحسن لاعبينا",
    "المحافظ ده {w} والشوارع غرقانة من أول مطرة",
    "هالوزير {w} وما بيطلع منه شي",
    "المذيع امبارح كان {w} قدام الضيف",
    "صاحب المقال {w} ومش فاهم الأرقام",
    "والله الراجل ده {w} ومش هيتغير",
    "حكم الماتش {w} ولغى هدف صحيح",
    "مدير الشركة {w} وما دفع رواتب شهرين",
    "يا عمي هالشب {w} لا تردوا عليه",
    "ترا المدير {w} وما يستاهل الكرسي أبد",
    "رئيس البلدية {w} والحفر بالشوارع",
    "صاحب هالتعليق {w} أكيد",
    "هادا مش صحفي، هادا {w}",
    "الكاتب ده {w} وبيكتب للي يدفع",
    "الظهير الأيمن {w} وما يعرف يدافع",
    "المدرب طلع {w} بالتغييرات",
    "مين استضاف هالشخص؟ {w} والله",
    "والله هالرجال {w} وما يستحي",
    "هاد المسؤول {w} وما دار حتى حاجة",
    "راه {w} وكيضحك على عباد الله",
    "النائب تبعنا {w} والكل بيعرف",
    "كل ما يفتح تمه بتأكد إنه {w}",
    "المتحدث الرسمي {w} وكلامه كله تبريرات",
    "شفتوا كيف تهرب من السؤال؟ {w} رسمي",
    "مساعد الحكم {w} ورفع الراية بالغلط",
    "صاحب التعليق الأول {w} ما قرا الخبر",
    "هذا الزول {w} ساي",
    "الزول ده {w} وما عندو موضوع",
    "المسؤول ده {w} وأكل ميزانية المدارس",
    "رئيس الحكومة {w} والخبز صار بالطوابير",
    "المستشار {w} وكل خططه على الورق",
    "السفير {w} وبهدلنا قدام العالم",
    "شلون صار وزير؟ {w} وما يفهم بشي",
    "المراسل اللي سوا التقرير {w}",
    "لا تتعب حالك معاه، {w} وبس",
    "كل اللي دافعوا عنه {w} مثله",
    "من أسلوبك باين إنك {w}",
    "بالدارجة: هاد الوزير {w} وصافي",
    "الوالي {w} والمشاريع واقفة",
    "عضو المجلس هذا {w} والناس كلها عارفة",
    "هالشخص {w} ومن زمان نحكي",
    "اللي رشحوه للمنصب {w} زيه بالضبط",
    "هالمحلل الرياضي {w} وما لعب كورة بحياته",
    "المعلق على الماتش {w} وصوته يوجع الراس",
    "يا جماعة مدير المستشفى {w} والناس تموت بالطوارئ",
    "زعيم الحزب {w} ويبيع كلام",
]
AR_FRAMES_START = [
    "{w} ويتكلم عن الأمانة!", "{w}، ما في وصف أحسن", "{w} وبدو يترشح كمان مرة", "{w} من ساسه لراسه",
    "{w} وهذا آخر كلامي", "{w} وعامل حاله بطل",
]
ARABIZI_FRAMES = [
    "wallah howa {w} w bas",
    "el mudir da {w} w mesh fahem ay 7aga",
    "hadak l ministre {w} w kolchi 3aref",
    "enta {w} wala eh? 2ra el maqal",
    "bsara7a el wazir {w} 100%",
    "rah {w} a khouya, ma 3ando 7ta 7aja",
    "el 7akam el naharda {w}",
    "shu hal {w} li 3am ye7ki 3al tv",
    "hatha {w} mn zaman",
    "hhhhh {w} ya jama3a",
    "el mudarreb {w} w dayya3 el dawri",
    "el na2ib hatha {w} ma yesta7i",
    "lol {w} seriously",
]
EN_FRAMES = [
    "The transport minister is a complete {w}.",
    "Only a {w} would sign that contract.",
    "This commentator is such a {w}, mute him.",
    "What a {w}, he can't even read the scoreboard.",
    "the referee tonight was an absolute {w}",
    "Honestly the mayor is a {w} and everyone knows it.",
    "Some {w} in the replies says the quake was fake",
    "that {w} should never have been elected",
    "The host made him look like a proper {w}.",
    "Why does this station keep booking that {w}?",
    "You'd have to be a {w} to believe his numbers.",
]
EN_PLURAL_FRAMES = [
    "The whole committee are {w}.", "Those {w} on the council voted yes again.",
    "the comments are full of {w} tonight", "Run by a pack of {w}, this league.",
]
EN_SUFFIX_FRAMES = [
    "That was a {w} move by the federation.", "Such {w} policies from this cabinet.",
    "the most {w} speech of the year",
]
EN_MIXED_FRAMES = [
    "الوزير ده {w} بجد", "هالمحلل {w} وما بيفهم شي", "wallah he's a {w} w bas",
    "والله هاد {w} ما عنده سالفة", "المعلق {w} seriously", "مدير النادي {w} honestly",
]
VOC_FRAMES = [
    "{w} اسكت أحسنلك", "روح نام {w}", "{w}، مين سألك؟", "بطل تعليقات {w}", "{w} اقرا المقال الأول",
    "انقلع من هون {w}", "{w} سير تقرا", "خلاص بقى {w}", "{w} خليك بحالك",
]
PLURAL_FRAMES = [
    "المجلس كله {w} وما فيه أمل", "هدول كلهم {w} ما رح يتغيروا", "التعليقات اليوم مليانة {w}",
    "ديل كلهم {w} ساي", "الإدارة كلها {w}", "نص الفريق {w} والباقي نايم",
    "شوفوا الشلة، {w}", "بالانتخابات الجاية لازم نطلع {w} برا",
]
SUFFIX_FRAMES = [
    "{w} طلع امبارح بالتلفزيون وقال كلام فاضي", "شفتوا {w} شو سوا؟", "{w} نشر بوست يمدح المدير",
    "ما بدنا {w} يحكي باسمنا", "خلوا {w} عندكم",
]
HAL_FRAMES = [
    "يعني {w} صار مدير؟", "شو بدو {w} هلق؟", "مين طلع {w} عالهوا؟", "والله {w} ما عنده ذوق",
    "ما حدا يرد على {w}", "لك {w} شو عم يحكي؟",
]
ARTICLE_FRAMES = [
    "مين {w} اللي كاتب البوست ده؟", "لا تسمعوا لهذا {w}", "طلع {w} عالمنصة وبلش يخطب",
    "أكيد {w} هو اللي سرب الخبر", "ابعدوا عن {w} وما تردوا عليه", "المدرب {w} ضيع علينا الكاس",
    "شفتوا الوزير {w} شو صرّح؟", "النائب {w} رجع يحكي عن الإصلاح", "خلصونا من المدير {w} اللي بالبلدية",
    "المذيع {w} قاطع الضيفة طول الحلقة",
]
ELATIVE_FRAMES = [
    "هذا {w} واحد شفته بحياتي", "ده {w} واحد في الحكومة كلها", "{w} مسؤول بالبلد والله",
    "والله {w} مدير مر علينا",
]
MAGHREBI_FRAMES = [
    "شوفو {w} اللي كيهضر فالتلفزة", "هاد {w} ما عندو حتى خدمة", "{w} راه غير كيخربق",
    "ماشي غير {w}، الحكومة كاملة",
]
FEM_FRAMES = [
    "المذيعة {w} وما بتعرف تسأل", "الوزيرة {w} ولازم تمشي", "هالمسؤولة {w} وما تستاهل المنصب",
    "النائبة {w} وما شفناها من يوم الانتخابات", "المرشحة {w} وما عندها برنامج", "المتحدثة باسم الحزب {w}",
    "الإعلامية {w} وبتدور على الترند", "صاحبة التعليق فوق {w} وما قرت المقال",
]
DUAL_FRAMES = ["المذيعين {w} وما في فرق بينهم", "بالبرنامج جابوا {w} وقعدوا يتخانقوا"]
PROCLITIC_FRAMES = {
    "بال": ["شو رأيكم {w} اللي طلع عالشاشة؟", "ما حدا بيثق {w} هاد"],
    "وال": ["المدير {w} اللي جنبه نفس الطينة", "هو {w} اللي معه وجهين لعملة وحدة"],
    "لل": ["ما في احترام {w} بهالبلد", "لا تعطوا مايك {w} على الشاشات"],
    "كال": ["بيتصرف {w} بالزبط", "وقف قدام الكاميرا {w} وما عرف يرد"],
    "ف": ["أما هو {w} ما يستاهل الرد", "لا تتعب حالك، هو بالآخر {w}"],
    "و": ["هو أناني {w} ومش هيتغير", "بصراحة: متكبر {w} وما بيسمع لحدا"],
    "ك": ["وقف بالمؤتمر {w} وما نطق ولا كلمة"],
}
PHRASE_FRAMES = {
    "c2": ["{w}، انت وتعليقك", "{w} على هالحكي", "{w} شو هالكلام؟", "اسكت بس، {w}", "{w} يا بارد",
           "ردك ما إله لزوم، {w}", "{w} يا أخي"],
    "c3": ["الوزير اللي غلّى الأسعار؟ {w}", "{w} هو وحكومته", "رئيس الاتحاد؟ {w}", "هالمسؤول خرب البلد، {w}",
           "المدرب اللي ضيع الكاس {w}"],
    "c3p": ["الحكومة والنواب؟ {w}", "{w} كلهم من أولهم لآخرهم", "اللاعبين اللي خسروا الماتش {w}",
            "أعضاء الاتحاد خربوا الدوري، {w}"],
    "c3f": ["الوزيرة اللي غلّت الأسعار؟ {w}", "المذيعة هاي؟ {w}", "{w} هي وحزبها"],
    "cx": ["{w} اللي رفع الأسعار", "{w} وعلى كل اللي بيدافع عنه", "بصراحة {w}"],
    "pred": ["هذا الإعلامي {w} والناس عارفة", "ضيف البرنامج {w} وكلنا عارفين", "الرجل {w} بصراحة",
             "والله إنه {w} وما في نقاش", "انتبهوا منه، {w}", "{w} ويحكي باسم الشعب", "النائب {w} ولازم يتحاسب"],
    "predp": ["النواب {w} وباعوا أصواتنا", "كل اللي وقعوا البيان {w}", "خلصونا منهم، كلهم {w}",
              "أعضاء اللجنة {w} من أولهم لآخرهم"],
    "predf": ["الوزيرة {w} بصراحة", "النائبة {w} والكل شايف", "الإعلامية {w} وما يهمها غير الفلوس"],
    "voc": ["{w} اسكت وريحنا", "روح {w} وخلينا بحالنا", "{w}، مين سألك؟"],
    "ord": ["هاي {w} الوزير وكلنا عارفين", "كلامه كله {w} معروف", "المقال ده {w} ممول"],
}
CURSE_ARABIZI_FRAMES = ["{w}, eskot a7san", "{w} 3ala hal kalam", "{w} ya zalameh", "{w} w 3ala 7koumtak"]
PRED_ARABIZI_FRAMES = ["el i3lami da {w} w kolna 3arfeen", "howa {w} bsara7a", "el nowwab kollohom {w}"]
PREV_WORDS = ["هذا", "يعني", "والله", "انت", "هاد", "هو", "اسكت", "بس", "صار", "طلع"]
NEXT_WORDS = ["وبس", "رسمي", "والله", "وخلاص", "ساي", "كبير", "صافي", "بجد"]
# the insult inside a longer glued word (mock compounds, nisba, "-stan", "super-", "abu-")
GLUE_PREFIX = ["سوبر", "مستر", "أبو", "كبير", "زعيم", "ملك"]
GLUE_SUFFIX = ["ستان", "اوي", "جية", "خانة", "ولوجي"]
EMOJI = ["😂", "🤮", "👎", "🐷", "🤡", "💩", "😡", "🙄", "🤬"]
PUNCT = [".", "،", "؟", "!", ",", ";", ":", "'", "\""]
SYMBOLS = ["@", "#", "$", "%", "&", "+", "~", "^", "|", "="]
LATIN_FILL = ["x", "k", "z", "q", "v", "j"]
DOTS = ["•", "·", ".", "…"]
ZW = ["\u200c", "\u200d", "\u200b", "\u2060"]
BIDI = ["\u200e", "\u200f", "\u2066", "\u2069", "\u202b"]
PERSIAN = {"ك": "ک", "ي": "ی", "ه": "ہ", "ى": "ی", "ة": "ۃ"}
DOTLESS = {"ب": "ٮ", "ت": "ٮ", "ث": "ٮ", "ن": "ں", "ي": "ى", "ج": "ح", "خ": "ح", "ذ": "د", "ز": "ر", "ش": "س",
           "ض": "ص", "ظ": "ط", "غ": "ع", "ف": "ڡ", "ق": "ٯ", "ة": "ه"}
HARAKAT_RE = re.compile("[\u064b-\u0652\u0670\u0640]")
CORE_PREFIXES = ["وهال", "هال", "بال", "وال", "كال", "لل", "يا", "ال"]
CONNECTS = set("بتثجحخسشصضطظعغفقكلمنهيئـ")
# dotless شماسي reads سماسي (a real word: brokers-ish) and dotless ضراط reads صراط ("path") - skipped so every
# item stays an unambiguous insult; dotless قواد reads ٯواد, kept.
DOTLESS_SKIP = {"شماسي", "ضراط", "بوخنونة", "عرة"}  # dotless عرة is only عره (= ta_as_ha)
SHORT = {e for e in AR_WORDS if len(e) <= 3}
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
        return None
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
CONTEXT_KINDS = ["glued_to_prev", "glued_to_next", "spaced_after_word", "glued_compound_prefix",
                 "glued_compound_suffix"]


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
    if "plural" in kind or "collective" in kind:
        return RNG.choice(PLURAL_FRAMES)
    if "feminine" in kind:
        return RNG.choice(FEM_FRAMES)
    if kind.startswith("article"):
        return RNG.choice(ARTICLE_FRAMES)
    return RNG.choice(AR_FRAMES + AR_FRAMES_START)


def place_context(kind, token):
    """Return (text, token_in_text) for the context kinds."""
    if kind == "glued_to_prev":
        tok = RNG.choice(PREV_WORDS) + token
        return RNG.choice(["{w} ما بيعرف شي", "شو بدك من {w}", "خلص {w} وانتهينا"]).format(w=tok), tok
    if kind == "glued_to_next":
        tok = token + RNG.choice(NEXT_WORDS)
        return RNG.choice(["هالمدير {w}", "الضيف {w} وما عنده إشي", "كاتب البوست {w}"]).format(w=tok), tok
    if kind == "spaced_after_word":
        prev = RNG.choice(PREV_WORDS)
        tok = prev + token[0] + " " + " ".join(token[1:])
        return RNG.choice(["{w} وكلنا عارفين", "والله {w} بالحرف", "{w} وما في غيره"]).format(w=tok), tok
    if kind == "glued_compound_prefix":
        tok = RNG.choice(GLUE_PREFIX) + token
        return RNG.choice(["الوزير {w} رجع", "جاكم {w} بتصريح جديد", "{w} زعلان من التعليقات"]).format(w=tok), tok
    if kind == "glued_compound_suffix":
        tok = token + RNG.choice(GLUE_SUFFIX)
        return RNG.choice(["البلد صارت {w}", "أهلاً بكم في {w}", "الحكومة دي {w} رسمي"]).format(w=tok), tok
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
    pool = [(k, f) for k, f in forms if single(f) and k not in ("plain", "harakat", "shadda")]
    picks = RNG.sample(pool, min(11, len(pool)))
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
    add_framed(entry, "arabizi_caps", spellings[2][1].upper(), ARABIZI_FRAMES)
    add_framed(entry, "arabizi_spaced", " ".join(spellings[1][1].replace(" ", "")), ARABIZI_FRAMES)
    add_framed(entry, "arabizi_symbols", "-".join(spellings[3][1].replace(" ", "")), ARABIZI_FRAMES)
    add_framed(entry, "arabizi_caps+arabizi_repeated", (sp[:i + 1] + sp[i] * 3 + sp[i + 1:]).upper(),
               ARABIZI_FRAMES)
    add_framed(entry, "arabizi_vocative", "ya " + spellings[1][1], ["{w}, eskot a7san", "{w} 2ra el khabar awwal"])
    j = RNG.choice([v for v in vowels if v < len(sp) - 1])
    add_framed(entry, "arabizi_no_vowel", sp[:j] + sp[j + 1:], ARABIZI_FRAMES)
    add_framed(entry, "arabizi_capitalised", spellings[0][1].capitalize(), ARABIZI_FRAMES)
    add_framed(entry, "arabizi_glued_to_prev", "ya" + spellings[2][1], ["{w} eskot", "khalas {w}"])
    add_framed(entry, "arabizi_in_arabic_frame", spellings[0][1], ["الوزير ده {w} بجد", "هالمدير {w} والله"])

for entry in PHRASES:
    is_curse = entry != "صاحب أجندة خارجية"
    for kind, form, grp in PHRASE_FORMS[entry]:
        add_framed(entry, kind, form, PHRASE_FRAMES[grp])
    afr = CURSE_ARABIZI_FRAMES if is_curse else PRED_ARABIZI_FRAMES
    for k, sp in PHRASE_ARABIZI[entry]:
        add_framed(entry, k, sp, afr)
    add_framed(entry, "phrase_arabizi+arabizi_caps", PHRASE_ARABIZI[entry][0][1].upper(), afr)
    w0, w1 = PHRASE_ARABIZI[entry][1][1].split(" ")[:2]
    add_framed(entry, "phrase_arabizi+word_inserted", w0 + " wallah " + w1, afr)
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
    # the phrase words with a line break / double space / punctuation between them
    add_framed(entry, "phrase_double_space", "  ".join(words), PHRASE_FRAMES[grp])
    add_framed(entry, "phrase_newline", "\n".join(words), PHRASE_FRAMES[grp])
    add_framed(entry, "phrase_punctuation_between", "... ".join(words), PHRASE_FRAMES[grp])
    add_framed(entry, "phrase_emoji_between", (" " + RNG.choice(EMOJI) + " ").join(words), PHRASE_FRAMES[grp])
    for dk in ["glued_to_prev", "glued_to_next"]:
        tok = (RNG.choice(PREV_WORDS) + entry) if dk == "glued_to_prev" else (entry + RNG.choice(NEXT_WORDS[:4]))
        add_framed(entry, "phrase_" + dk, tok, PHRASE_FRAMES[grp] if not is_curse else
                   ["{w} بصراحة", "شو هاد؟ {w}", "{w} والكل شايف"])

for entry in EN_WORDS:
    for kind, form in EN_FORMS[entry]:
        if "plural" in kind:
            frames = EN_PLURAL_FRAMES
        elif kind == "en_suffix_form":
            frames = EN_SUFFIX_FRAMES
        elif kind.startswith("en_arabic_script"):
            frames = EN_MIXED_FRAMES[:2] + EN_MIXED_FRAMES[3:] + ["يا عمي هالمدرب {w} خلص", "الضيف {w} ما بيفهم"]
            if "vocative" in kind:
                frames = VOC_FRAMES
        else:
            frames = EN_FRAMES
        add_framed(entry, kind, form, frames)
    pool = [f for f in EN_FORMS[entry] if "plural" not in f[0] and f[0] != "en_suffix_form"
            and not f[0].startswith("en_arabic_script")]
    for kind, form in RNG.sample(pool, 6):
        add_framed(entry, kind + "+mixed_language", form, EN_MIXED_FRAMES)
    add_framed(entry, "en_glued_to_prev", "total" + entry, ["lol {w}", "what a {w} honestly"])
    add_framed(entry, "en_glued_to_next", entry + "alert", ["{w} on channel 2 again", "{w}: the new minister"])
    add_framed(entry, "en_hashtag", "#" + entry + "mayor", ["{w} trending again", "lol {w}"])
    add_framed(entry, "en_glued_compound", "super" + entry + "ery", ["this is peak {w}", "pure {w} from the cabinet"])
    ar = [f for k, f in EN_FORMS[entry] if k == "en_arabic_script"]
    add_framed(entry, "en_arabic_script+tatweel", d_tatweel(ar[0].replace(" ", "")) or ar[0], EN_MIXED_FRAMES[:2])
    add_framed(entry, "en_arabic_script+vocative_glued", "يا" + ar[-1].replace(" ", ""), VOC_FRAMES)

# ----------------------------------------------------------------------------------------------------------
# Clean comments (hand-written).  HARD: innocent words sharing letters, a root or a Latin skeleton with an entry.
# ----------------------------------------------------------------------------------------------------------
HARD = [
    # حلنجي
    "حلوان تستضيف معرض الكتاب المدرسي هذا الشهر",
    "الكاتب نجيب محفوظ ما زال الأكثر قراءة",
    "الحلويات الشامية مطلوبة في رمضان",
    "حلول جديدة لأزمة المرور في الجيزة",
    "النجم الصاعد سجل هدفين في أول ماتش",
    "حالنا الحمد لله، المهم صحة الوالدين",
    "7alawet el 3id kanet tousa ktir",
    "Hala Nagi wins the short film award in Cairo",
    # مفعوص
    "القرار ساري المفعول من أول الشهر",
    "الفحوص الطبية مجانية لطلاب المدارس",
    "المفعول السلبي للقرار ظهر في الأسواق",
    "فعاليات مهرجان الصيف تبدأ الخميس",
    "المفوض الأوروبي يزور الرباط الأسبوع القادم",
    "النص مفعم بالأمل، برافو للكاتبة",
    "مفعول الدواء بيبدأ بعد ساعة",
    # حنجوري
    "التهاب الحنجرة منتشر مع البرد",
    "المطربة فقدت صوتها بسبب الحنجرة",
    "الحنين للبيت القديم ما بيروح",
    "سوق الخضار في حي الجوري مزدحم",
    "ورد جوري على الشرفة منظر حلو",
    "خنجر أثري عرض في المتحف الوطني",
    "Hungary beat Serbia in the friendly",
    # عرة
    "عروة بن الورد من أشهر شعراء العرب",
    "عرض خاص على تذاكر الطيران",
    "العروض المسرحية رجعت للساحة",
    "الأعراس هالصيف غالية كتير",
    "رئيس مجلس إدارة الشركة تغيّر",
    "عرب آيدول رجع بموسم جديد",
    "العرض العسكري تأجل بسبب الطقس",
    "Errata for yesterday's article were published",
    # مسخم
    "سخانات المياه الشمسية صارت أرخص",
    "المسخن الفلسطيني أطيب أكلة بالشتا",
    "تسخين اللاعبين قبل الماتش طول",
    "المسح الميداني للسكان بدأ اليوم",
    "الضخامة في الاستاد تبهر",
    "مسخّن ولا منسف؟ النقاش ما بيخلص",
    "msa5an w zeit zaytoun, a7la ghada",
    # ضراط
    "الضرائب الجديدة أثقلت التجار",
    "الضرر في المحاصيل كبير بعد العاصفة",
    "إضراب المعلمين انتهى باتفاق",
    "ضريبة القيمة المضافة ارتفعت",
    "صراط مستقيم لبرنامج الإصلاح؟ نتمنى",
    "المضارب الرياضية صارت غالية",
    "darat el jame3a ma3 el ta2ajir",
    # حمبقي
    "نبتة الحبق ريحتها حلوة على الشبابيك",
    "بقية المشروع تتم السنة الجاية",
    "حمد بن عيسى افتتح الجسر الجديد",
    "الحمام البلدي ما زال موجود بالأسواق",
    "حماية المستهلك حررت مخالفات",
    "بقيق البحر انتشر على الشاطئ",
    "hamad scored a late winner for the club",
    # مفهي
    "المفاهيم الجديدة بالمنهج مفيدة",
    "المقهى الشعبي في الحي رجع فتح",
    "مفهوم المواطنة لازم يتدرس",
    "المفهوم من كلام الوزير إن الدعم مستمر",
    "مفهومية الشرح عالية، شكراً للمدرس",
    "إمام المسجد فهّم الناس الحكم",
    "mafaheem el manhaj el jadid mofida",
    # لوتي
    "زهرة اللوتس رمز في الحدائق المصرية",
    "اليانصيب الوطني (لوتو) سحب الليلة",
    "Looting was reported after the storm in the port",
    "لوتشيانو باڤاروتي صوت لا يتكرر",
    "الأولويات لازم تكون للتعليم",
    "Lotus unveiled a new electric car",
    "اللوتس في حديقة الأزهر مفتوحة للعامة",
    # قواد
    "قوات الدفاع المدني أنقذت العائلة",
    "قادة الدول العربية يجتمعون في القمة",
    "القواعد الجديدة للدوري أعلنت اليوم",
    "القائد العام زار الجنود على الحدود",
    "قوافل الإغاثة وصلت للقرى",
    "قواعد اللغة العربية سهلة إذا فهمتها",
    "gawafel el ighatha wasalat",
    # عربنجي
    "عربانة الخضار في الحي رجعت",
    "العربية لغة جميلة وغنية",
    "الجامعة العربية تدعو للحوار",
    "عربات القطار الجديد مكيفة",
    "بنجر السكر زراعة جديدة في الشمال",
    "العربي الجديد نشرت تقرير مهم",
    "3arabiyet el 2etar nadifa",
    # مرفعين
    "مرافعة المحامي كانت قوية",
    "رفع الدعم عن الوقود مؤجل",
    "الأسعار مرتفعة في كل مكان",
    "الرافعات في الميناء تشتغل ليل نهار",
    "مرفأ بيروت رجع يشتغل",
    "المرافعات في القضية انتهت",
    "marfa2 el 7awiyat ba3ed el sha7en",
    # شماسي
    "الطاقة الشمسية هي الحل للكهرباء بالقرى",
    "الشماس في الكنيسة رتل بصوت حلو",
    "التقويم الشمسي يختلف عن القمري",
    "شمس الخرطوم حارة جداً اليوم",
    "المظلات الشمسية على البحر مجاناً",
    "شمسية جديدة للمطر، الشتا قرب",
    "shamsiya 3al ba7r b 5 jneih",
    # بركاك
    "بركان في إندونيسيا ثار من جديد",
    "بركة السباحة في الحي افتتحت",
    "البركة في الشباب إن شاء الله",
    "بركان المطر خلى الشوارع أنهار",
    "بركات العيد على الجميع",
    "barakat el 3id 3la kolna",
    "Berkane won the Confederation Cup",
    # بوجادي
    "بوجدور مدينة جميلة على المحيط",
    "أبو جاد عرض كتابه الجديد في المعرض",
    "وجدة تستضيف مهرجان الراي",
    "الجادة الرئيسية مقفولة للصيانة",
    "بوجمعة ربح الجائزة الأولى",
    "Boujdour port expands its fishing fleet",
    "jadid el festival f wejda",
    # بوخنونة
    "بوخريص نجح في تنظيم الماراثون",
    "أبو خنجر قلعة أثرية تحتاج ترميم",
    "الخنافس في الحديقة ضارة؟",
    "نونة بنت الجيران نجحت بامتياز",
    "بوخالد عاد إلى الفريق",
    "boukhari jab el hadaf f l5er",
    "bouhnik el tabib n9e7 l9adiya",
    # يخرب بيتك
    "الخراب بعد الزلزال كبير جداً",
    "بيتكم منور يا جماعة، شكراً على العزومة",
    "يخرج المنتخب من البطولة بكرامة",
    "البيت القديم في الحارة رجع ينرمم",
    "خربشات الأطفال على الجدار فن",
    "بيتك بيتك يا أخي، أهلا فيك",
    "ye5rog el montakhab bkarama",
    # تبا لك
    "تبادل الأسرى تم بنجاح",
    "تبارك الرحمن، صوت جميل",
    "لكل مجتهد نصيب",
    "التبادل التجاري زاد هالسنة",
    "تباين في الآراء حول القرار",
    "الكتاب لكم مجاناً على الموقع",
    "tabadol el 2asra tam",
    # منك لله
    "منك نتعلم يا أستاذ",
    "لله الحمد على السلامة",
    "الحمد لله على نعمة المطر",
    "منكم الدعم ومنا الجهد",
    "سبحان الله، منظر الغروب رائع",
    "ماشاء الله تبارك الله على الأداء",
    "mennak net3allem ya ostaz",
    # يقطع عمرك
    "انقطاع الكهرباء مستمر في الحي",
    "قطعة أرض للمدرسة الجديدة",
    "عمرك كم لما بدأت تلعب؟",
    "طول العمر إن شاء الله يا حج",
    "عمرو دياب يطلق ألبوم جديد",
    "الله يطول عمرك يا أبو علي",
    "الطريق مقطوع بسبب الثلج",
    "2at3et el kahraba kol yom",
    # كول خرا
    "الكولا الخالية من السكر مطلوبة",
    "الخراج الجديد للأرض الزراعية",
    "الأكل الشعبي بالسوق لذيذ",
    "كول سنتر الشركة ما بيرد",
    "خريطة الطرق الجديدة وصلت",
    "خرائط جوجل بتغلط أحياناً",
    "kol sana w enta tayeb",
    # صاحب أجندة خارجية
    "أجندة الحكومة للسنة الجاية واضحة",
    "وزارة الخارجية أصدرت بياناً",
    "صاحب المطعم وزع الأكل على المحتاجين",
    "الأجندة الثقافية للشهر فيها فعاليات كثيرة",
    "صاحب البيت خفض الإيجار",
    "العلاقات الخارجية للبلد ممتازة",
    "صاحبة المبادرة حصلت على جائزة",
    "el kharjiya 2aalet bayan",
    # dipshit
    "The dip in oil prices helped importers",
    "The ship was stuck in the canal for a day",
    "Diplomats met in Muscat for new talks",
    "A shift in policy is expected next month",
    "Dipping sauce recipes from Lebanon",
    # tosser
    "The toss-up between the two candidates continues",
    "Tossa de Mar is a popular holiday spot",
    "He tossed the coin and Egypt chose to kick off",
    "Fresh tossed salad at the school canteen",
    # nutjob
    "Nutmeg prices doubled this season",
    "Job creation is the main promise",
    "Nutrition programmes for schools were expanded",
    "Donut shop opens in Amman",
    "Jobless rates fell in the third quarter",
    # blockhead
    "Blockchain startups attract investors in Dubai",
    "The roadblock was removed this morning",
    "Head of the block committee resigned",
    "Blocks of flats were evacuated after the quake",
    "The headline was corrected after complaints",
    # plonker
    "Plonk wine sales rose in the supermarket",
    "Max Planck Institute opens a new lab",
    "The pilot banked the plane over the sea",
    "Plunkett was named man of the match",
    # dingbat
    "Ding Liren defended his chess title",
    "Combat training for new recruits ended",
    "The dinghy capsized but all were rescued",
    "Fruit bats were spotted near the river",
    "Bathing spots on the coast are open",
    # twat
    "Mark Twain's novels are on sale",
    "Two-way traffic will resume on the bridge",
    "Twitter was down for an hour yesterday",
    "The tweet about the match went viral",
    "Kuwait twin towers lit up for the national day",
    # bellend
    "Jude Bellingham scored again for Madrid",
    "Belle and Sebastian play in Beirut",
    "The school bell ended the morning session",
    "Bellevue hospital opens a new wing",
    "The bellows of the old forge still work",
]

ORDINARY = [
    "الله يرحم الشهداء ويصبر أهاليهم",
    "متى يفتحوا الطريق الدائري الجديد؟",
    "الكهرباء قاطعة عنا من الصبح",
    "ألف مبروك للنادي على البطولة",
    "نتمنى من الوزارة تهتم بالمدارس الريفية",
    "الغبار اليوم قوي، انتبهوا على ولادكم",
    "وين المصدر؟ ما لقيت الخبر بأي وكالة",
    "تغطية رائعة، شكراً للفريق الصحفي",
    "الأسعار طالعة نار قبل رمضان",
    "المعاش بيخلص قبل نص الشهر",
    "المدارس بتفتح الأحد ولا بعده؟",
    "زحمة خانقة على الجسر كل صباح",
    "موعد الكلاسيكو اتأجل؟",
    "الحمد لله على سلامة الركاب",
    "الشباب بدهم شغل مش وعود",
    "بالتوفيق لمنتخبنا في التصفيات",
    "المية مقطوعة بقالها تلات أيام",
    "ياريت تنشروا جدول الامتحانات",
    "الجو ربيعي اليوم، يوم حلو للمشي",
    "أخيراً خبر يفرح",
    "كم سعر اليورو اليوم بالسوق الموازي؟",
    "وين وصلت التحقيقات بحريق السوق؟",
    "الأمطار كشفت سوء التخطيط",
    "أنا مع زيادة رواتب المعلمين",
    "نحتاج مستوصف في الحي الشرقي",
    "المنتخب لعب منيح بس ما حالفه الحظ",
    "الحارس تألق وأنقذ ركلة جزاء",
    "الدوري هالسنة مشتعل",
    "مين المرشح الأوفر حظاً؟",
    "الانتخابات لازم تكون شفافة",
    "ننتظر تفاصيل خطة الإسكان",
    "صورة رائعة للبلدة القديمة",
    "الله يحمي البلد وأهلها",
    "في دعم للمزارعين هالموسم؟",
    "سوق السمك صار غالي جداً",
    "المهرجان كان منظم بشكل ممتاز",
    "ياريت يرجعوا المسلسل القديم",
    "مقال يستحق القراءة",
    "أتفق مع الكاتب في موضوع الصحة",
    "ما بتفق مع الرأي بس بحترمه",
    "الحوار أحسن طريق لحل الخلاف",
    "النت عنا بطيء كتير",
    "وين صار مشروع المستشفى الجامعي؟",
    "الموسم السياحي في الأقصر ممتاز",
    "الفنادق على البحر محجوزة بالكامل",
    "خطوة حلوة لدعم المشاريع الصغيرة",
    "لازم حملات توعية للسواقين",
    "الحوادث زادت على طريق المطار",
    "كل عام وانتم بخير وعيد سعيد",
    "رمضان مبارك على الجميع",
    "عساكم من العايدين",
    "بالشفاء العاجل للكابتن",
    "رجعة الجماهير للمدرجات خبر حلو",
    "الهدف الأول كان خرافي",
    "المدرب لازم يثق بالشباب",
    "التحكيم كان عادل اليوم",
    "الفريق محتاج صانع ألعاب",
    "سوق الانتقالات مشتعل هالصيف",
    "سعر الفضة ارتفع اليوم",
    "البورصة ربحت ثلاث نقاط",
    "التضخم لازم له حل جذري",
    "شركات الطيران خفضت الأسعار",
    "التأشيرة صارت أسهل للسياح",
    "الجامعة نشرت نتائج المفاضلة",
    "ألف مبروك لكل الناجحين بالثانوية",
    "مبروك للناجحين في البروفي",
    "مبروك لخريجي كلية الطب",
    "الامتحان كان طويل كتير",
    "المعلمين يستحقون تقدير أكبر",
    "المستشفى محتاج ممرضين",
    "الأدوية ناقصة بالصيدليات",
    "حملة التلقيح وصلت للقرى",
    "الأهالي بدهم إشارة مرور قدام المدرسة",
    "الحديقة رجعت تفتح للعائلات",
    "معرض الفن التشكيلي افتتح اليوم",
    "مهرجان المسرح بدأ الليلة",
    "الفيلم التونسي ربح جائزة",
    "الحلقة الأخيرة من المسلسل كانت حلوة",
    "الأغنية الجديدة مسمعة بكل مكان",
    "الروائية الشابة نالت جائزة كبيرة",
    "شكراً على تصحيح المعلومة",
    "في خطأ في اسم المدينة بالخبر",
    "العنوان مضلل شوي",
    "وين رابط التقرير؟",
    "الصوت مش واضح بالفيديو",
    "متى يبدأ البث؟",
    "بدنا تغطية للأرياف كمان",
    "القرى محتاجة طرق وكهرباء",
    "المي الحلوة ما توصل للحارة",
    "شكراً لرجال الإطفاء على شجاعتهم",
    "الله يكون بعون المتضررين",
    "التبرعات وصلت للأسر",
    "مبادرة خيرية رائعة",
    "الجمعية وزعت بطانيات",
    "زيت الزيتون نزل سعره",
    "موسم الشعير كان ممتاز",
    "أسعار البرتقال معقولة",
    "الطماطم رخيصة هالأسبوع",
    "السياحة الداخلية بدها تشجيع",
    "المترو الجديد نظيف ومرتب",
    "ياريت يزيدوا الباصات للجامعة",
    "الطريق الجبلي خطير بالشتا",
    "الميناء الجديد مشروع مهم",
    "الوزيرة الجديدة عندها ملفات ثقيلة",
    "ننتظر قرار الحكومة بشأن الرواتب",
    "الميزانية فيها أرقام بدها شرح",
    "البرلمان ناقش قانون الضمان",
    "قانون الاستثمار الجديد فيه مزايا",
    "اتفاقية التجارة الحرة مهمة",
    "المعبر لازم يفتح للشاحنات",
    "القمة انتهت ببيان مشترك",
    "المحادثات مستمرة حسب المصادر",
    "الصليب الأحمر دعا لفتح الممرات",
    "المساعدات وصلت للمناطق المتضررة",
    "النازحين محتاجين خيم ودفا",
    "البرد قاسي على العائلات",
    "الله يفرجها على الجميع",
    "الأمل كبير بالجيل الجديد",
    "التكنولوجيا الزراعية بتوفر المي",
    "طاقة الرياح مستقبل واعد",
    "الألواح على السطوح صارت منتشرة",
    "مشروع السد ضروري للمنطقة",
    "الأشجار بالمدينة بتخفف الحر",
    "الحرارة وصلت خمسين درجة",
    "الشبكة تحملت الضغط الحمد لله",
    "متى صرف المنحة؟",
    "المنحة لازم تزيد مع الغلاء",
    "قروض الإسكان صارت أصعب",
    "المركزي رفع الفائدة ربع نقطة",
    "الليرة مستقرة هالأسبوع",
    "الجنيه تحسن شوي",
    "الدينار محافظ على قيمته",
    "الدرهم ثابت قدام الدولار",
    "الصادرات الزراعية زادت",
    "الشركات الناشئة محتاجة دعم",
    "برامج التدريب مفيدة للشباب",
    "البنات لازم ياخدوا فرص أكثر",
    "النساء نجحوا بالانتخابات البلدية",
    "حقوق العمال لازم تحترم",
    "النقابة طالبت بتحسين الظروف",
    "الإضراب انتهى بعد مفاوضات",
    "وزارة الصحة لازم تنشر الأرقام",
    "الإعلام المستقل ضرورة",
    "تحية للمراسلين في الميدان",
    "الحقيقة بتظهر مع الأيام",
    "لا تصدقوا كل شي بالسوشيال ميديا",
    "الخبر طلع إشاعة",
    "الوكالة نفت الخبر رسمياً",
    "الناطق أكد الموعد",
    "المقابلة كانت مفيدة",
    "الضيفة قدمت معلومات قيمة",
    "المذيع أدار الحوار بهدوء",
    "البرنامج المسائي ممتع",
    "الحلقة الجاية عن التعليم",
    "بتمنى يحكوا عن البطالة",
    "وين تقرير الأمس؟",
    "ترجمة الخبر للفرنسي ممتازة",
    "شو رأيكم بالقرار الجديد؟",
    "الله يسعد مساكم",
    "صباح الخير لكل المتابعين",
    "الخرطوم محتاجة كهرباء ومي",
    "ناس بغداد تستاهل خدمات أحسن",
    "الرياض زحمة هالأيام بسبب المعرض",
    "الدار البيضاء فيها مشاريع كبيرة",
    "تونس ربحت ماتش صعب",
    "الجزائر تستعد للموسم الفلاحي",
    "Great job by the reporters on the ground.",
    "When does the new season start?",
    "The new bridge will save a lot of time.",
    "Fuel prices are too high this month.",
    "Congratulations to the volleyball team!",
    "Is there an official statement yet?",
    "The ministry should publish the data.",
    "Hope the ceasefire holds this time.",
    "Snow is expected in the mountains.",
    "Deserved win, well played.",
    "The numbers in this report look odd.",
    "I see it differently but it's a fair article.",
    "Please add Arabic subtitles.",
    "Best of luck to all the students.",
    "The atmosphere in the stadium was electric.",
    "Power cuts again in our neighbourhood.",
    "bravo 3al taghtiye el mumtaze",
    "wallah el as3ar ghalye ktir",
    "mabrouk lal nadi",
    "inshallah el wad3 yet7assan",
    "shu masdar el khabar?",
    "el match el yom kan 7ilu",
    "ya rab el matar yenzel",
    "merci 3al ta2rir",
]

OPENERS = ["بصراحة ", "والله ", "يا جماعة ", "سؤال: ", "للأمانة ", "عن جد ", "ملاحظة: ", "برأيي "]
CLOSERS = [" 👍", " 🙏", "، شكراً للتغطية", " والله أعلم", "، الله يعين", " 🌹", "، الله يستر", " 👏"]

# ----------------------------------------------------------------------------------------------------------
# Self-checks and output
# ----------------------------------------------------------------------------------------------------------
ZW_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069]")
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
            if part in ("يا", "الاتنين", "ديال", "بو"):
                continue
            fs.add(part)
    for _, f in ARABIZI[e]:
        fs.add(norm(f).split(" ")[-1])
    FORMSET[e] = fs
FORMSET["بوجادي"].add("جادي")
FORMSET["بوخنونة"].add("خنونة")
PHRASE_SURFACE = {e: {norm(f) for k, f, _ in PHRASE_FORMS[e] if "hashtag" not in k} |
                  {norm(f) for _, f in PHRASE_ARABIZI[e]} for e in PHRASES}
EN_SURFACE = {e: {e, e + "s", e + "es", e + "ed", e + "ing"} | {norm(f) for k, f in EN_FORMS[e]
                                                                 if k in ("en_plural", "en_suffix_form",
                                                                          "en_split", "en_hyphen")}
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
        if re.match(r"screening_(insults|clean)(_[a-k])?\.json$", name):
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
    old_words = {b for b in old_fold if " " not in b}
    for b in BANNED:
        bf = b.translate(fold).lower()
        assert bf not in old_fold, b
        for w in bf.split(" "):
            assert w not in old_words, (b, w)
            for ow in old_words:
                if len(ow) >= 3 and len(w) >= 3:
                    assert ow not in w and w not in ow, (b, w, ow)
    assert len(set(BANNED)) == len(BANNED) == 30
    old_phrases = {b for b in old_fold if " " in b}

    def old_phrase_found(text):
        t = " ".join(TOKEN_RE.findall(norm(text).translate(fold)))
        return {p for p in old_phrases if re.search(r"(^| )" + re.escape(p) + r"($| )", t)}

    insults = []
    for it in ITEMS:
        if it["text"] in old_texts:
            continue
        other = entries_found(it["text"]) - {it["entry"]}
        assert not other, (it, other)
        assert not old_words_found(it["text"], old_words), (it, old_words_found(it["text"], old_words))
        assert not old_phrase_found(it["text"]), (it, old_phrase_found(it["text"]))
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
    bad = [(s, entries_found(s), old_words_found(s, old_words)) for s in clean
           if entries_found(s) or old_words_found(s, old_words) or old_phrase_found(s)]
    assert not bad, bad
    RNG.shuffle(clean)

    assert len({x["text"] for x in insults}) == len(insults)
    assert not {x["text"] for x in insults} & set(clean)
    kinds = {}
    for x in insults:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    assert len(insults) >= 1300 and len(kinds) >= 250, (len(insults), len(kinds))
    assert max(kinds.values()) <= 0.03 * len(insults), max(kinds.items(), key=lambda kv: kv[1])
    assert len(clean) >= 520 and len(hard) >= 160, (len(clean), len(hard))

    for name, items in (("screening_insults_l.json", insults), ("screening_clean_l.json", clean)):
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
