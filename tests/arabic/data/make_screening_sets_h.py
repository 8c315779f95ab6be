"""Make screening set "h": screening_insults_h.json and screening_clean_h.json (blind set).

Set "h", blind.  Written on 2026-12-07 by a helper session that read no matcher code (nothing under nashra/),
no earlier screening set or generator (no screening_*.json, no make_screening_sets*.py, no README) and ran no
part of the project.  The only outside input was the list of entries already used by sets a-g, which this set
avoids together with their obvious inflections.

Method
------
* The banned list (20 Arabic words from MSA and Egyptian, Levantine, Gulf, Iraqi, Maghrebi and Sudanese usage,
  5 Arabic two-word phrases, 5 English words) is hand-written below.
* Every inflection (article, proclitics, pronoun suffixes, feminine, sound/broken plural, dual, vocative,
  hamza/ta/ya spellings, harakat, dialect spellings), every Arabizi spelling, every English variant and every
  sentence frame is hand-written in this file and was checked by eye.  No automatic morphology is used.
* Character-level disguises (tatweel, repeated letters, letters spaced or separated by dots, dashes,
  underscores, symbols or punctuation, one inner space, unusual spaces, a line break, zero-width and bidi
  controls, emoji, censoring star, Latin/digit lookalikes, Persian/Urdu letters, presentation forms,
  mathematical Arabic letters, dotless letters, decorative harakat, homoglyphs, full-width Latin) are applied
  mechanically to hand-written base forms; a seeded random.Random only chooses frames, positions and
  separators.  Each such token is checked by undoing the disguise and comparing with its base form.
* Disguises beyond the brief that readers use: dialect consonant spellings (ث>ت, ق>ء/گ, ذ>ز/د, ظ>ز, ص<>س),
  words glued to the previous or next word, the Levantine demonstrative «هال», hashtags joining the entry
  to other words, censoring one letter with «*», a line break inside the word, unusual spaces, Arabic-Indic
  digit lookalikes, dotless letters, mathematical Arabic letters, decorative harakat, Cyrillic/Greek
  homoglyphs and full-width letters in English words.
* Clean comments are hand-written; about a third are hard negatives (same roots with innocent meanings,
  near spellings, names of people, places and clubs, English and Arabizi look-alikes).
* Self-checks: every insult item contains its disguised token, the token differs from the plain entry where
  the kind says so, no other banned entry appears in the item, no clean item contains a banned entry as a
  plain substring after removing harakat/tatweel (case-insensitive for English), texts are unique, and the
  JSON files (UTF-8, ensure_ascii=False, indent=1) read back identical.  Counts per kind are printed.

Run from this folder:  python3 make_screening_sets_h.py
"""

import json
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261207)

# ----------------------------------------------------------------------------------------------------------
# Banned list
# ----------------------------------------------------------------------------------------------------------
AR_WORDS = [
    "أخوت",     # Levantine: idiot
    "مرائي",    # MSA: hypocrite, show-off
    "متأسلم",   # political: fake Islamist
    "مصلحجي",   # Egyptian/Levantine: opportunist
    "بوهالي",   # Moroccan/Algerian: crazy fool
    "وصولي",    # MSA: social climber, opportunist
    "جاموسة",   # Egyptian: buffalo
    "بومة",     # owl: bad omen, ugly
    "مسخرة",    # laughing stock
    "خواف",     # Levantine/Egyptian: coward
    "شفار",     # Moroccan: thief
    "شيات",     # Algerian: bootlicker
    "زعطوط",    # Iraqi/Gulf: brat
    "ملقوف",    # Gulf: nosy busybody
    "كديش",     # Levantine: nag horse
    "هجاص",     # Egyptian: bullshitter
    "فاسد",     # MSA: corrupt
    "عربيد",    # MSA/Levantine: rowdy drunk
    "صعلوك",    # MSA: tramp, lowlife
    "كوز",      # Sudanese political: Islamist regime man
]
PHRASES = ["ثقيل الدم", "بوق النظام", "ذو الوجهين", "ناقص العقل", "ذباب إلكتروني"]
EN_WORDS = ["thug", "crook", "weasel", "dunce", "lackey"]
BANNED = AR_WORDS + PHRASES + EN_WORDS

FEMININE_ENTRIES = {"جاموسة", "بومة"}
POLITICAL = {"متأسلم", "مصلحجي", "وصولي", "شيات", "فاسد", "مرائي", "كوز"}

# ----------------------------------------------------------------------------------------------------------
# Hand-written forms of the Arabic single words
# ----------------------------------------------------------------------------------------------------------
ART = {
    "أخوت": "الأخوت", "مرائي": "المرائي", "متأسلم": "المتأسلم", "مصلحجي": "المصلحجي",
    "بوهالي": "البوهالي", "وصولي": "الوصولي", "جاموسة": "الجاموسة", "بومة": "البومة",
    "مسخرة": "المسخرة", "خواف": "الخواف", "شفار": "الشفار", "شيات": "الشيات", "زعطوط": "الزعطوط",
    "ملقوف": "الملقوف", "كديش": "الكديش", "هجاص": "الهجاص", "فاسد": "الفاسد", "عربيد": "العربيد",
    "صعلوك": "الصعلوك", "كوز": "الكوز",
}
VOC = {
    "أخوت": "يا أخوت", "مرائي": "يا مرائي", "متأسلم": "يا متأسلم", "مصلحجي": "يا مصلحجي",
    "بوهالي": "يا بوهالي", "وصولي": "يا وصولي", "جاموسة": "يا جاموسة", "بومة": "يا بومة",
    "مسخرة": "يا مسخرة", "خواف": "يا خواف", "شفار": "يا شفار", "شيات": "يا شيات", "زعطوط": "يا زعطوط",
    "ملقوف": "يا ملقوف", "كديش": "يا كديش", "هجاص": "يا هجاص", "فاسد": "يا فاسد", "عربيد": "يا عربيد",
    "صعلوك": "يا صعلوك", "كوز": "يا كوز",
}
VOC_GLUED = {
    "أخوت": "ياأخوت", "مرائي": "يامرائي", "متأسلم": "يامتأسلم", "مصلحجي": "يامصلحجي",
    "بوهالي": "يابوهالي", "وصولي": "ياوصولي", "جاموسة": "ياجاموسة", "بومة": "يابومة",
    "مسخرة": "يامسخرة", "خواف": "ياخواف", "شفار": "ياشفار", "شيات": "ياشيات", "زعطوط": "يازعطوط",
    "ملقوف": "ياملقوف", "كديش": "ياكديش", "هجاص": "ياهجاص", "فاسد": "يافاسد", "عربيد": "ياعربيد",
    "صعلوك": "ياصعلوك", "كوز": "ياكوز",
}
HAL = {
    "فاسد": "هالفاسد", "كوز": "هالكوز", "صعلوك": "هالصعلوك", "جاموسة": "هالجاموسة", "بومة": "هالبومة",
    "ملقوف": "هالملقوف", "زعطوط": "هالزعطوط", "كديش": "هالكديش", "أخوت": "هالأخوت", "خواف": "هالخواف",
    "مصلحجي": "هالمصلحجي", "عربيد": "هالعربيد", "مسخرة": "هالمسخرة", "وصولي": "هالوصولي",
    "متأسلم": "هالمتأسلم", "هجاص": "هالهجاص",
}
# fully vowelled forms (hand-written)
VOWELLED = {
    "فاسد": "فَاسِد", "خواف": "خَوَّاف", "شفار": "شَفَّار", "شيات": "شَيَّات", "زعطوط": "زَعْطُوط",
    "ملقوف": "مَلْقُوف", "كديش": "كَدِيش", "هجاص": "هَجَّاص", "كوز": "كُوز", "عربيد": "عِرْبِيد",
    "صعلوك": "صُعْلُوك", "متأسلم": "مُتَأَسْلِم", "مرائي": "مُرَائِي", "وصولي": "وُصُولِيّ",
    "مصلحجي": "مَصْلَحْجِي", "بوهالي": "بُوهَالِي", "جاموسة": "جَامُوسَة", "بومة": "بُومَة",
    "مسخرة": "مَسْخَرَة", "أخوت": "أَخْوَت",
}
PHRASE_VOWELLED = {
    "ثقيل الدم": "ثَقِيلُ الدَّمِ", "بوق النظام": "بُوقُ النِّظَامِ", "ذو الوجهين": "ذُو الوَجْهَيْنِ",
    "ناقص العقل": "نَاقِصُ العَقْلِ", "ذباب إلكتروني": "ذُبَابٌ إِلِكْتْرُونِيٌّ",
}
FEMININE = [
    ("فاسد", "فاسدة", "F"), ("خواف", "خوافة", "F"), ("شيات", "شياتة", "F"), ("متأسلم", "متأسلمة", "F"),
    ("مرائي", "مرائية", "F"), ("وصولي", "وصولية", "F"), ("مصلحجي", "مصلحجية", "F"), ("ملقوف", "ملقوفة", "F"),
    ("زعطوط", "زعطوطة", "F"), ("عربيد", "عربيدة", "F"), ("صعلوك", "صعلوكة", "F"), ("هجاص", "هجاصة", "F"),
    ("بوهالي", "بوهالية", "F"), ("كوز", "كوزة", "F"), ("فاسد", "الفاسدة", "DF"),
]
SOUND_PLURAL = [
    ("فاسد", "فاسدين", "P"), ("فاسد", "الفاسدون", "DP"), ("خواف", "خوافين", "P"), ("شيات", "الشياتين", "DP"),
    ("شيات", "شياتين", "P"), ("متأسلم", "متأسلمين", "P"), ("متأسلم", "المتأسلمون", "DP"),
    ("وصولي", "وصوليين", "P"), ("وصولي", "الوصوليون", "DP"), ("مصلحجي", "مصلحجية", "P"),
    ("مصلحجي", "المصلحجيين", "DP"), ("هجاص", "هجاصين", "P"), ("ملقوف", "ملقوفين", "P"),
    ("مرائي", "المرائين", "DP"), ("خواف", "خوافات", "PF"), ("ملقوف", "ملقوفات", "PF"),
]
BROKEN_PLURAL = [
    ("صعلوك", "صعاليك", "P"), ("صعلوك", "الصعاليك", "DP"), ("كوز", "كيزان", "P"), ("كوز", "الكيزان", "DP"),
    ("ملقوف", "ملاقيف", "P"), ("ملقوف", "الملاقيف", "DP"), ("زعطوط", "زعاطيط", "P"),
    ("زعطوط", "الزعاطيط", "DP"), ("جاموسة", "جواميس", "P"), ("جاموسة", "الجواميس", "DP"),
    ("عربيد", "عرابيد", "P"), ("عربيد", "العرابيد", "DP"), ("فاسد", "فسدة", "P"), ("فاسد", "الفسدة", "DP"),
    ("شفار", "الشفارة", "DP"), ("شفار", "شفارة", "P"),
]
PLURAL_FORMS = {t for _, t, _ in SOUND_PLURAL + BROKEN_PLURAL} | {
    "الفاسدين", "الخوافين", "وصوليين", "فاسدون", "مصلحجية", "المرائين", "الوصوليون", "الشياتين",
}

# ----------------------------------------------------------------------------------------------------------
# Arabizi spellings (hand-written, several regions)
# ----------------------------------------------------------------------------------------------------------
AZ = {
    "فاسد": ["fased", "fasid", "fassed", "faased"],
    "خواف": ["khawaf", "5awaf", "5awwaf", "7'awaf", "khawwaf"],
    "شفار": ["chffar", "cheffar", "chfar", "shaffar"],
    "شيات": ["chiyat", "chiat", "shiyat", "chyat"],
    "زعطوط": ["za3tout", "z3toot", "za3toot", "zatout"],
    "ملقوف": ["mal2oof", "malgoof", "malqoof", "mal8oof", "malgouf"],
    "كديش": ["kdeesh", "kdish", "kadeesh"],
    "هجاص": ["haggas", "hagas", "haggaas"],
    "كوز": ["kooz", "koz", "kouz"],
    "عربيد": ["3arbeed", "3irbid", "arbeed"],
    "صعلوك": ["sa3look", "sa3louk", "9a3look", "sa3lok", "saalook"],
    "متأسلم": ["mt2aslem", "mota2aslem", "mut2aslim", "metaslem"],
    "مرائي": ["mura2i", "moraa2i", "morae2y", "muraai"],
    "وصولي": ["wusooli", "wosoly", "wsouli", "wusuli"],
    "مصلحجي": ["masla7gi", "masla7ji", "maslahgy", "masl7gy"],
    "بوهالي": ["bouhali", "bohali", "bouhaly", "bohaaly"],
    "جاموسة": ["gamousa", "gamosa", "gamoosa", "jamousa"],
    "بومة": ["bouma", "booma", "boomeh", "bomah"],
    "مسخرة": ["mas5ara", "maskhara", "mas5ra", "maskhra", "mas5areh"],
    "أخوت": ["akhwat", "a5wat", "2a5wat", "ekhwat"],
}

# ----------------------------------------------------------------------------------------------------------
# Sentence frames ({w} is the slot)
# ----------------------------------------------------------------------------------------------------------
M_ANY = [
    "اللي كاتب المقال {w} بصراحة، ولا معلومة وحدة صحيحة",
    "هذا الشخص {w} وما عنده سالفة",
    "شو بدك تتوقع؟ الزلمة {w} من أول يوم",
    "أنا متأكد إنه {w} بس عامل حاله بريء",
    "انت {w} وما تستاهل حتى نرد عليك",
    "صاحب التعليق الأول {w} ولا يعرف شيئا عن الموضوع",
    "والله العظيم هذا {w} وما يمثلنا",
    "خويك اللي يكتب بتويتر {w} ترا",
    "ماكو شك إنه {w} ومن زمان",
    "الراجل ده طلع {w} في الآخر",
    "الأخ صاحب التعليق {w} وحابب يلفت الانتباه",
    "يعني معقول؟ واحد {w} يصير مسؤول!",
    "كنت فاكره محترم طلع {w}",
    "شفت المقابلة؟ الرجال {w} صراحة",
    "ها الشخص {w} وحاشر حاله بكل شي",
    "جارنا {w} ويحسب نفسه فاهم كل شي",
    "كل مرة بيطلع بيثبت إنه {w}",
    "هذا اليوتيوبر {w} ويعيش على الجدل",
    "صاحب المحل {w} ويرفع الأسعار على كيفه",
    "الموظف اللي بالشباك {w} وبيعامل الناس من فوق",
    "هو {w} ومش هيتغير",
    "بالمختصر المفيد: {w}",
    "هالبلوغر {w} وكل فيديوهاته استعراض",
    "الزول ده {w} ساكت وما عندو أي فكرة",
    "ولك هاد {w} وبس، خلصونا منه",
]
M_POL = [
    "هذا الوزير {w} ولازم يتحاسب قبل ما يهرب برا البلد",
    "الراجل ده {w} وكلنا عارفين تاريخه كويس",
    "والله هالنائب {w} وما بيستحي على حاله",
    "رئيس البلدية عندنا {w} من يوم ما استلم",
    "المسؤول ديال الجماعة {w} وكلشي عارف هادشي",
    "الزول ده {w} ساكت وما عندو أي برنامج",
    "صاحب هالقناة {w} وعم يضحك علينا كل يوم",
    "هالمذيع {w} وكل يوم بيطلع بقصة جديدة",
    "المسؤول اللي صرّح بهذا الكلام {w} ويجب محاسبته",
    "هذا النايب {w} وكلشي باين عليه",
    "المدير تبعنا {w} وما حدا بيقدر يحكي معه",
    "هذا المسؤول {w} وهو يدري بنفسه",
    "الوزير الجديد مش أحسن من اللي قبله، {w} زيه بالظبط",
    "هالمحافظ {w} والمدينة غرقانة بالنفايات",
    "هذا البرلماني {w} ما يفكر إلا بنفسه",
    "الوالي الجديد {w} وما دار والو",
    "مشكلتنا إنه المسؤول {w} والشعب ساكت",
    "أخونا اللي ماسك الوزارة {w} وبس",
    "المرشح ده {w} وبرنامجه كله وعود فاضية",
    "عضو البرلمان ده {w} وصوته عالي على الفاضي",
    "مدير المدرسة {w} وما بيهمه مستقبل الطلاب",
    "الضيف اللي بالحلقة {w} وما قال شي مفيد",
    "مرشح الحزب {w} والناس صارت تعرف",
    "المحافظ {w} ولا هامه الناس",
    "الإعلامي اللي عمل المقابلة {w} وكان واضح",
    "رئيس الجامعة {w} والطلاب دافعين التمن",
    "هذا المحلل {w}، كل توقعاته طلعت غلط",
]
M_SPORT = [
    "المعلق بتاع ماتش امبارح {w} ومش فاهم حاجة في الكورة",
    "هاد المدرب {w} وخسّرنا الموسم كله",
    "الحكم اليوم كان {w} بكل معنى الكلمة",
    "رئيس النادي {w} وباع أحسن لاعبين عندنا",
    "بصراحة اللاعب ده {w} ومش لازم يلبس قميص المنتخب",
    "حكم الفار اليوم {w} والله",
    "هاد اللاعب {w} وما بيستاهل الراتب اللي بياخده",
    "رئيس الاتحاد {w} والكورة عندنا ماتت بسببه",
    "حارس المرمى {w} وكل كورة بيسيبها تدخل",
]
F_FRAMES = [
    "المذيعة دي {w} ومش عارفة تقرا الخبر صح",
    "هالنائبة {w} وما بتعرف شو عم تحكي",
    "هذه الوزيرة {w} ويجب أن تستقيل",
    "الممثلة اللي طلعت بالبرنامج {w} بصراحة",
    "الست اللي بتعلق فوق {w} ومش فاهمة حاجة",
    "هاي الصحفية {w} وكل مقالاتها مفبركة",
    "المديرة تبعنا {w} والكل زهقان منها",
    "هادي {w} وكلشي عارفها",
    "والله إنها {w} وما تستحي",
    "انتي {w} وما حدا سألك",
    "المرشحة دي {w} ومحدش هيديها صوته",
    "السفيرة {w} وتصريحاتها فضيحة",
    "هالمعلقة {w} وكل تعليقاتها ضد البلد",
    "رئيسة اللجنة {w} ولازم تتغير",
    "صاحبة الحساب ده {w} وبتدور على اللايكات",
    "المقدمة الجديدة {w} والبرنامج باظ من ساعة ما جت",
    "جارتنا {w} وما بتفوّت ولا خبر",
]
P_FRAMES = [
    "كلهم {w} من أولهم لآخرهم",
    "النواب {w} وما همهم إلا الكراسي",
    "الجماعة دول {w} ومش هيتغيروا",
    "هدول {w} وما بيفهموا غير لغة المصاري",
    "المعلقين هنا {w} والله",
    "كل اللي بيدافعوا عنه {w}",
    "أعضاء المجلس {w} والشعب يدفع الثمن",
    "هادو {w} وكلشي باين",
    "ديل {w} ساكت وما بيتغيروا",
    "هذولا {w} ولا تصدقونهم",
    "هذوله {w} ماكو أمل بيهم",
    "يا جماعة هدول الناس {w} لا تصدقوهم",
    "الأحزاب كلها {w} وما في حدا أحسن من حدا",
    "نصهم {w} والنص التاني ساكت",
    "كانوا وما زالوا {w}",
    "بصراحة هم {w} والموضوع مش محتاج تفكير",
    "أغلب اللي بالحكومة {w}",
    "لاعبين المنتخب {w} ولازم يتغيروا كلهم",
]
PF_FRAMES = [
    "المذيعات دول {w} ومش فاهمين حاجة",
    "هالنائبات {w} وما بيعرفوا شو عم يحكوا",
    "كلهن {w} من أولهن لآخرهن",
    "الجارات عندنا {w} والله",
]
D_FRAMES = [
    "شوفوا {w} كيف عم يبرر للحكومة",
    "{w} اللي كتب المقال ما عنده أي دليل",
    "مين سمح لهذا {w} يطلع على الشاشة؟",
    "ما حد يسمع لهذا {w}",
    "خلوا {w} يحكي لحاله",
    "مين {w} ده اللي بيتكلم كده؟",
    "هاد {w} لازم يتحاسب",
    "صدقوني {w} هذا راح يهرب بالمصاري",
    "{w} ده لازم يمشي النهارده قبل بكرة",
    "حد يفهم {w} هذا إنه غلطان",
    "ليش معطين {w} هذا منبر؟",
    "{w} هذا ما يعرف يتكلم جملة وحدة صح",
    "وصل {w} للمنصب بالواسطة",
    "ما بدنا {w} يمثلنا بأي مكان",
    "طلع {w} على التلفزيون وقعد يتفلسف",
    "شفتوا {w} شو كتب اليوم؟",
]
DF_FRAMES = [
    "شوفوا {w} دي بتقول إيه",
    "{w} اللي في البرنامج مش فاهمة حاجة",
    "هاي {w} لازم تنطرد من القناة",
    "ما حدا يسمع لهاي {w}",
    "{w} هذه لا تمثل إلا نفسها",
    "طلعت {w} تاني على الشاشة، قفلت التلفزيون",
    "مين جاب {w} دي للبرنامج؟",
    "{w} اللي ماسكة الوزارة ما عملت شي",
]
DP_FRAMES = [
    "{w} خربوا البلد",
    "الله لا يسامح {w} كلهم",
    "{w} رح يطلعوا يبرروا هلق",
    "ما في أمل طول ما {w} ماسكين البلد",
    "{w} ما يشبعون",
    "اتفرجوا على {w} وهم بيصفقوا",
    "وين {w} اللي كانوا بيدافعوا عنه امبارح؟",
    "{w} هم سبب كل المصايب",
    "يا ريت {w} يفهموا إنه الناس صحيت",
    "{w} مالين التعليقات تحت كل خبر",
]
V_FRAMES = [
    "{w}، روح اقرا الخبر قبل ما تعلق",
    "اسكت {w} ما حدا سألك",
    "{w} مين سألك عن رأيك؟",
    "بلا هالحكي {w}",
    "{w} عيب عليك تكتب هيك",
    "{w} انت فاكر الناس مش فاهمة؟",
    "روح نام {w}",
    "خلص {w} ما في حدا مصدقك",
    "{w} يلا روح من هون",
    "هههههه {w} والله ضحكتني",
    "اقعد ساكت {w}",
    "{w} خلك بحالك",
    "{w} سير تقرا عاد جي تهضر",
    "{w} شنو هذا الحچي؟",
    "ارجع لمكانك {w}",
    "{w} كفاية بقى",
]
VF_FRAMES = [
    "{w} انتي مش فاهمة حاجة",
    "اسكتي {w}",
    "{w} روحي شوفي شغلك",
    "{w} ما حدا سألك رأيك",
    "بكفي {w}، الناس زهقت منك",
    "{w} وين كنتي لما البلد كانت بتغرق؟",
]
VP_FRAMES = [
    "{w} ارحلوا عنا",
    "{w} بكفي ضحك على الناس",
    "{w} البلد مش ملككم",
    "روحوا {w}، الشعب صحي",
    "{w} متى بتشبعون؟",
    "{w} حلّوا عن سمانا",
]
H_FRAMES = [
    "{w} شو عم يحكي؟",
    "مين جاب {w} عالشاشة؟",
    "شو بدو {w} بعد؟",
    "والله {w} ما بيستحي",
    "{w} لازم حدا يوقفه عند حده",
    "ما بقى فينا نتحمل {w}",
    "يعني {w} صار وزير؟",
    "{w} خرب البلد وقاعد يتفلسف",
    "كل يوم بيطلع {w} بتصريح جديد",
]
HF_FRAMES = [
    "{w} شو عم تحكي؟",
    "مين جاب {w} عالتلفزيون؟",
    "{w} ما بتستحي أبدا",
    "ما بقى فينا نتحمل {w}",
]
# token glued to the next word (missing space after it)
GN_M = [
    "الوزير ده {w}ومش هيتغير مهما حصل",
    "والله هالنائب {w}وما بيستحي",
    "المدرب {w}وخسّرنا الموسم",
    "هذا المسؤول {w}ويعرف إنه محمي",
    "رئيس البلدية {w}والكل ساكت",
    "اللي كتب التعليق {w}ومحدش رد عليه",
    "بصراحة هو {w}ومن زمان",
    "المعلق {w}وصوته بيوجع الراس",
    "هذا النايب {w}وما دار والو",
    "المذيع {w}وكل الناس عارفة",
    "صاحب الشركة {w}وما دفع رواتب الموظفين",
    "الحكم كان {w}وكلنا شفنا",
]
GN_F = ["المذيعة دي {w}ومش فاهمة حاجة", "الوزيرة {w}ولازم تستقيل", "هالمعلقة {w}وما بتعرف شي"]
# token glued to the previous word (missing space before it); the token is a definite form
GP_M = [
    "ما حدا بيسمع لهذا{w} غير جماعته",
    "شوفوا هاد{w} كيف عم يبرر",
    "طلع علينا{w} بتصريح جديد",
    "مين جاب هذا{w} للبرنامج؟",
    "وين كان هذا{w} لما البلد غرقت؟",
    "سكّروا الميكروفون على{w} خلص",
    "ما بدنا نسمع من{w} ولا كلمة",
    "ابعدوا عن{w} ولا تردوا عليه",
    "كل يوم بنصحى على{w} بيحكي",
    "خلوا هاد{w} يحكي لحاله",
    "مع{w} ما بينفع الحكي",
]
GP_F = ["مين جاب هاي{w} عالشاشة؟", "شوفوا هاي{w} شو عم تقول", "وين كانت هاي{w} من زمان؟"]
HASH_FRAMES = [
    "نفس الوجوه ونفس الكلام كل يوم {w}",
    "قرار جديد بدون أي دراسة {w}",
    "خلص بقى، زهقنا {w}",
    "شوفوا المقابلة وقولولي رأيكم {w}",
    "{w} ترند اليوم وبيستاهل",
    "ما حدا طايقه بالبلد كلها {w}",
    "كل تصريح أسوأ من اللي قبله {w}",
    "والله ما بقى فينا {w}",
    "ردوا عليه بالهاشتاغ {w}",
    "{w} 😂😂",
]
PH = {
    "ثقيل الدم": [
        "المذيع الجديد {w} وما بيضحك حدا",
        "والله هالممثل {w} والمسلسل خسر بسببه",
        "الضيف اللي كان بالبرنامج {w} بشكل مش طبيعي",
        "المعلق ده {w} وبيحاول يعمل نفسه مضحك",
        "جارنا {w} ويحسب نفسه خفيف",
        "كل ما يطلع هالإعلامي بحس إنه {w} أكثر",
        "بصراحة المقدم {w} وما عنده حضور",
        "هذا الكوميدي {w}، ما ضحكت ولا مرة",
        "الفنان ده {w} ومش عارف ليه بيجيبوه",
        "مدير القناة {w} ويفرض نفسه على الناس",
    ],
    "بوق النظام": [
        "الصحفي ده {w} وكل مقالاته مدح في الحكومة",
        "هذا الإعلامي {w} من زمان",
        "لا تصدقوا هالمذيع، هو {w}",
        "المحلل اللي طلع امبارح {w} وبس",
        "رئيس التحرير {w} والجريدة كلها تبعه",
        "الكاتب {w} ولا يكتب إلا اللي ينطلب منه",
        "صاحب القناة {w} والكل عارف مين بيموله",
        "هذا الشيخ {w} ويفتي حسب الطلب",
        "النائب {w} ومواقفه محفوظة قبل ما يحكي",
        "كل يوم بيطلع {w} يبرر الغلاء",
    ],
    "ذو الوجهين": [
        "النائب {w} مرة مع الشعب ومرة ضده",
        "صاحبنا {w}، يقول كلام الصبح وعكسه بالليل",
        "هذا المسؤول {w} ولا تثقوا بكلامه",
        "الوزير {w} وكل يوم بموقف",
        "رئيس الحزب {w} وما عنده موقف ثابت",
        "هاد المحلل {w}، قبل الماتش شي وبعده شي",
        "الإعلامي ده {w} وبيلف مع الريح",
        "والله إنه {w} وباين من تصريحاته",
        "المدرب {w} قدام الإعلام يمدح اللاعبين ووراهم يبيعهم",
        "هذا السياسي {w} ويتلون حسب المصلحة",
    ],
    "ناقص العقل": [
        "اللي بيصدق هالكلام {w}",
        "هذا المسؤول {w} وقراراته بتثبت هالشي",
        "المعلق اللي فوق {w} والله",
        "واحد {w} بيحكم بلد كاملة!",
        "الراجل ده {w} ومش عارف هو بيقول إيه",
        "ما في حدا بيعمل هيك إلا واحد {w}",
        "هالنائب {w} وكل يوم بفضيحة",
        "صاحب الفكرة {w} أكيد",
        "الزول ده {w} ساكت",
        "هذا الشخص {w} ولا تعطونه وجه",
    ],
    "ذباب إلكتروني": [
        "التعليقات هنا كلها {w} مدفوع",
        "هدول {w} ما تردوا عليهم",
        "الحسابات اللي بتمدح الوزير {w} وبس",
        "كل اللي بيهاجموا اللاعب {w}",
        "الترند ده عامله {w} مش ناس حقيقيين",
        "انتبهوا، نص الحسابات هنا {w}",
        "هذولا {w} يشتغلون بالساعة",
        "الهاشتاغ طالع بفضل {w} مش بفضل الناس",
        "ما في ولا حساب حقيقي، كله {w}",
        "الردود اللي تحت {w} من نفس الجهة",
    ],
}
PH_DEF = [
    "{w} نزل بقوة على الخبر",
    "شغل {w} واضح بالتعليقات",
    "ما تصدقوا {w}",
    "{w} هاجم اللاعب من أول الموسم",
    "كل ترند هنا وراه {w}",
    "تجاهلوا {w} وما تردوا عليه",
]
AZ_M = [
    "wallah el wazir da {w} w kolena 3arfeen",
    "hal na2eb {w} w ma bye5jal",
    "el mo3alle2 {w} bjad, ma byefham shi bel football",
    "howa {w} men zaman, mesh 7aga gdeeda",
    "enta {w} w ma btefham",
    "ana shayef eno {w} w bas",
    "el kateb da {w} sara7a 😂",
    "rah {w} w kolchi 3aref",
    "hada {w} bla chak",
    "el zol da {w} saket",
    "hatha {w} ma 3indah salfa",
    "lol el 7akam el yom kan {w}",
    "el modeer taba3na {w} w ma 7ada by2dar y7ki ma3o",
    "sara7a el la3eeb da {w} w lazem yemshi",
    "la2 ya 3amm, el ra2ees {w} rasmi",
    "ma fi shak eno {w}",
    "wallahi hal mas2oul {w} w kel el nas 3arfe",
    "ra2ees el baladiye {w} men awwal yom",
]
AZ_F = [
    "el modee3a di {w} w mesh 3arfa te2ra el 5abar",
    "hal na2ibe {w} w ma bta3ref shu 3am t2ool",
    "hiya {w} men zaman",
    "enti {w} w ma 7ada s2alek",
    "el set di {w} bgad",
    "hadi {w} w kolchi 3aref",
]
AZ_P = [
    "kolhom {w} men awelhom l a5erhom",
    "homa {w} w mesh hayetghayaro",
    "hadol {w} w bas",
    "el nowab {w} ma yhemmhom gher el karasi",
    "dol {w} ya gama3a",
    "hadou {w} w kolchi bayen",
    "el comments hena kollaha {w}",
]
AZ_D = [
    "shoufo {w} kif 3am ybarrer",
    "{w} elli katab el ma2al ma 3ando dalil",
    "ma 7ada yesma3 la {w}",
    "{w} da lazem yemshi el naharda",
    "khallu {w} y7ki la 7alo",
    "wein {w} elli kan y2ool ghair heik?",
]
AZ_DF = [
    "shoufo {w} di bet2ool eh",
    "{w} elli fel barnameg mesh fahma 7aga",
    "ma 7ada yesma3 la hay {w}",
]
AZ_DP = [
    "{w} 5arrabo el balad",
    "ma fi amal tool ma {w} maskin el balad",
    "{w} malyin el comments",
]
AZ_V = [
    "{w} ro7 nam",
    "eskot {w}, 7ad sa2lak?",
    "{w} sir t9ra 3ad aji thder",
    "khalas {w} ma 7ada msadd2ak",
    "{w} inta fakerna mesh fahmeen?",
    "hhhhh {w} d7aktni",
    "{w} 5allik b 7alak",
]
AZ_VF = ["{w} enti mesh fahma 7aga", "eskoti {w}", "{w} ro7i shoufi shoghlek"]
EN_N = [
    "This minister is a total {w}, honestly.",
    "What a {w}, he sold the club's best players.",
    "The guy in the video is a {w} and everyone knows it.",
    "Only a {w} would write an article like this.",
    "He's nothing but a {w} with a microphone.",
    "Typical {w}, blaming everyone except himself.",
    "lol this commentator is such a {w}",
    "الوزير ده {w} بصراحة",
    "هالمدرب {w} وما بيفهم شي",
    "The mayor is a {w}, period.",
    "Stop defending him, the man is a {w}.",
    "Sorry but the referee was a complete {w} today.",
    "ya3ni he's a {w} w khalas",
    "this {w} should resign tomorrow",
    "والله انه {w} وما يستحي",
    "Honestly the new coach is a {w} and we all see it.",
    "Our MP is a {w} and he'll be re-elected anyway, sadly.",
]
EN_P = [
    "These {w} are running the country into the ground.",
    "The whole board are {w}.",
    "Bunch of {w} in parliament, nothing changes.",
    "كلهم {w} من أولهم لآخرهم",
    "All those {w} in the comments are paid.",
    "Vote them out, they're {w}.",
    "the ministers are {w} and everybody knows",
    "Surrounded by {w}, no wonder the club is sinking.",
]
EN_ADJ = [
    "Such {w} behaviour from the police yesterday.",
    "What a {w} move by the minister.",
    "That was a really {w} thing to say on live TV.",
    "The whole campaign felt {w} from day one.",
    "Very {w} of him to deny it now.",
    "بصراحة تصرف {w} من الإدارة",
]
EN_ING = [
    "Stop {w} out of your promises.",
    "He keeps {w} around every question.",
    "Classic politician, {w} out of the debate again.",
]
EN_ED = [
    "He {w} out of the debate at the last minute.",
    "The minister {w} his way out of the scandal.",
    "They {w} out of the deal, as usual.",
]
FRAMES = {
    "F": F_FRAMES, "P": P_FRAMES, "PF": PF_FRAMES, "D": D_FRAMES, "DF": DF_FRAMES, "DP": DP_FRAMES,
    "V": V_FRAMES, "VF": VF_FRAMES, "VP": VP_FRAMES, "H": H_FRAMES, "HF": HF_FRAMES, "GN": GN_M, "GNF": GN_F,
    "GP": GP_M, "GPF": GP_F, "HASH": HASH_FRAMES, "PHD": PH_DEF,
    "AZ_M": AZ_M, "AZ_F": AZ_F, "AZ_P": AZ_P, "AZ_D": AZ_D, "AZ_DF": AZ_DF, "AZ_DP": AZ_DP, "AZ_V": AZ_V,
    "AZ_VF": AZ_VF, "EN_N": EN_N, "EN_P": EN_P, "EN_ADJ": EN_ADJ, "EN_ING": EN_ING, "EN_ED": EN_ED,
}
for _p, _fr in PH.items():
    FRAMES["PH:" + _p] = _fr


def frames_for(slot, entry):
    if slot == "M":
        return M_ANY + M_POL if entry in POLITICAL else M_ANY + M_POL + M_SPORT
    return FRAMES[slot]


# ----------------------------------------------------------------------------------------------------------
# Item bookkeeping
# ----------------------------------------------------------------------------------------------------------
ITEMS = []
SEEN = set()
FAILS = []
CURSOR = {}


def check(cond, msg):
    if not cond:
        FAILS.append(msg)


def add(kind, entry, token, text, ok=True):
    check(entry in BANNED, f"{kind}: entry not banned: {entry}")
    check(token in text, f"{kind}: token not in text: {token!r} / {text!r}")
    check(ok, f"{kind}: disguise check failed for {token!r} ({entry})")
    if kind not in ("plain", "phrase_plain", "en_plain"):
        check(token != entry, f"{kind}: token equals the plain entry: {token!r}")
    check(text not in SEEN, f"duplicate text: {text!r}")
    SEEN.add(text)
    ITEMS.append({"text": text, "entry": entry, "kind": kind, "_token": token})


def put(kind, entry, token, slot, ok=True):
    frames = frames_for(slot, entry)
    key = (slot, entry in POLITICAL)
    start = CURSOR.get(key, RNG.randrange(len(frames)))
    for k in range(len(frames)):
        frame = frames[(start + k) % len(frames)]
        text = frame.replace("{w}", token)
        if text not in SEEN:
            CURSOR[key] = (start + k + 1 + RNG.randrange(3)) % len(frames)
            add(kind, entry, token, text, ok)
            return
    raise ValueError(f"no free frame for {kind} {token!r} in slot {slot}")


def sent(kind, entry, token, template, ok=True):
    add(kind, entry, token, template.replace("{w}", token), ok)


def gslot(entry, form):
    fem = entry in FEMININE_ENTRIES
    return {"plain": "F" if fem else "M", "art": "DF" if fem else "D", "voc": "VF" if fem else "V"}[form]


def pslot(entry):
    return "PH:" + entry


def az_slot(entry, form="plain"):
    fem = entry in FEMININE_ENTRIES
    return {"plain": "AZ_F" if fem else "AZ_M", "art": "AZ_DF" if fem else "AZ_D",
            "voc": "AZ_VF" if fem else "AZ_V"}[form]


# ----------------------------------------------------------------------------------------------------------
# Character tables and mechanical transforms
# ----------------------------------------------------------------------------------------------------------
TATWEEL = "\u0640"
MARKS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}
MARK_LIST = ["\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"]
AR_LETTERS = {chr(c) for c in range(0x0621, 0x064B)} - {TATWEEL}
NON_LEFT_JOINING = set("اأإآدذرزوؤةءى")
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u061c"]
ODD_SPACES = ["\u00a0", "\u202f", "\u2009", "\u200a", "\u2002", "\u3000"]
EMOJI = ["😂", "🤡", "😡", "🙄", "🤮", "👎", "💩", "🔥", "😤", "🐃", "🦉", "🤣", "😏"]
DOTS = [".", "·", "•", ".."]
DASHES = ["-", "–", "—"]
SYMBOLS = ["*", "/", "|", "+", "~", "^", "°", "'"]
PUNCT = [",", "،", "؛", ":", "!", "?", "؟"]
EN_SYMBOLS = ["*", "#", "@", "!", "$", "%", "^", "~", "+"]
LATIN_LOOK = {"ا": ["l", "I"], "ه": ["o"], "ة": ["ö"], "ع": ["ɛ"]}
LATIN_BACK = {"l": "ا", "I": "ا", "o": "ه", "ö": "ة", "ɛ": "ع"}
DIGIT_LOOK = {"ا": ["١", "1"], "ه": ["٥"]}
DIGIT_BACK = {"١": "ا", "1": "ا", "٥": "ه"}
PERSIAN = {"ك": ["ک"], "ي": ["ی"], "ه": ["ہ"], "ة": ["ۃ", "ە", "ه\u200d"]}
PERSIAN_BACK = {"ک": "ك", "ی": "ي", "ہ": "ه", "ۃ": "ة", "ە": "ة", "گ": "ك"}
DOTLESS_BACK = {"ٮ": "بتثن", "ں": "ن", "ى": "ي", "ڡ": "ف", "ٯ": "ق"}
HOMOGLYPH = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "c": "\u0441", "y": "\u0443", "u": "\u03c5",
             "k": "\u03ba"}
HOMOGLYPH_BACK = {v: k for k, v in HOMOGLYPH.items()}
# Arabic presentation forms B: letter -> (isolated code point, number of forms); order iso, fin, ini, med
PRES = {
    "ء": (0xFE80, 1), "آ": (0xFE81, 2), "أ": (0xFE83, 2), "ؤ": (0xFE85, 2), "إ": (0xFE87, 2),
    "ئ": (0xFE89, 4), "ا": (0xFE8D, 2), "ب": (0xFE8F, 4), "ة": (0xFE93, 2), "ت": (0xFE95, 4),
    "ث": (0xFE99, 4), "ج": (0xFE9D, 4), "ح": (0xFEA1, 4), "خ": (0xFEA5, 4), "د": (0xFEA9, 2),
    "ذ": (0xFEAB, 2), "ر": (0xFEAD, 2), "ز": (0xFEAF, 2), "س": (0xFEB1, 4), "ش": (0xFEB5, 4),
    "ص": (0xFEB9, 4), "ض": (0xFEBD, 4), "ط": (0xFEC1, 4), "ظ": (0xFEC5, 4), "ع": (0xFEC9, 4),
    "غ": (0xFECD, 4), "ف": (0xFED1, 4), "ق": (0xFED5, 4), "ك": (0xFED9, 4), "ل": (0xFEDD, 4),
    "م": (0xFEE1, 4), "ن": (0xFEE5, 4), "ه": (0xFEE9, 4), "و": (0xFEED, 2), "ى": (0xFEEF, 2),
    "ي": (0xFEF1, 4),
}
LAM_ALEF = {"آ": 0xFEF5, "أ": 0xFEF7, "إ": 0xFEF9, "ا": 0xFEFB}
# Arabic mathematical alphabetic symbols (plain, non-joining series)
MATH = {
    "ا": 0x1EE00, "ب": 0x1EE01, "ج": 0x1EE02, "د": 0x1EE03, "و": 0x1EE05, "ز": 0x1EE06, "ح": 0x1EE07,
    "ط": 0x1EE08, "ي": 0x1EE09, "ك": 0x1EE0A, "ل": 0x1EE0B, "م": 0x1EE0C, "ن": 0x1EE0D, "س": 0x1EE0E,
    "ع": 0x1EE0F, "ف": 0x1EE10, "ص": 0x1EE11, "ق": 0x1EE12, "ر": 0x1EE13, "ش": 0x1EE14, "ت": 0x1EE15,
    "ث": 0x1EE16, "خ": 0x1EE17, "ذ": 0x1EE18, "ض": 0x1EE19, "ظ": 0x1EE1A, "غ": 0x1EE1B,
}


def gaps(word):
    """Inner positions 1..len-1 (between two characters)."""
    return list(range(1, len(word)))


def insert_at(word, positions, chooser):
    out = []
    for i, ch in enumerate(word):
        if i in positions:
            out.append(chooser())
        out.append(ch)
    return "".join(out)


def t_tatweel(word):
    cands = [i for i in range(len(word) - 1)
             if word[i] in AR_LETTERS and word[i] not in NON_LEFT_JOINING and word[i + 1] in AR_LETTERS]
    chosen = set(RNG.sample(cands, min(len(cands), RNG.choice([1, 1, 2]))))
    out = []
    for i, ch in enumerate(word):
        out.append(ch)
        if i in chosen:
            out.append(TATWEEL * RNG.randint(1, 5))
    return "".join(out)


def t_repeat(word, vowels="اوي"):
    cands = [i for i, ch in enumerate(word) if ch in vowels and i > 0] or [len(word) - 1]
    i = RNG.choice(cands)
    return word[:i] + word[i] * RNG.randint(3, 6) + word[i + 1:]


def t_join(word, seps, uniform=True):
    sep = RNG.choice(seps)
    out = word[0]
    for ch in word[1:]:
        out += (sep if uniform else RNG.choice(seps)) + ch
    return out


def t_spaced(word):
    return " ".join(word)


def t_insert(word, chars, k=None):
    k = k or RNG.choice([1, 1, 2])
    pos = set(RNG.sample(gaps(word), min(k, len(word) - 1)))
    return insert_at(word, pos, lambda: RNG.choice(chars))


def t_one_space(word):
    return t_insert(word, [" "], 1)


def t_censor(word):
    i = RNG.randrange(1, len(word) - 1)
    n = 2 if len(word) >= 6 and i < len(word) - 2 and RNG.random() < 0.3 else 1
    return word[:i] + "*" * n + word[i + n:]


def t_map_some(word, table, k=None):
    cands = [i for i, ch in enumerate(word) if ch in table]
    k = k or RNG.choice([1, 2])
    chosen = set(RNG.sample(cands, min(k, len(cands))))
    return "".join(RNG.choice(table[ch]) if i in chosen else ch for i, ch in enumerate(word))


def t_persian(word):
    return "".join(RNG.choice(PERSIAN[ch]) if ch in PERSIAN else ch for ch in word)


def t_dotless(word):
    out = []
    for i, ch in enumerate(word):
        last = i == len(word) - 1 or word[i + 1] == " "
        if ch in "بتث":
            out.append("ٮ")
        elif ch == "ن":
            out.append("ں" if last else "ٮ")
        elif ch == "ي" and not last:
            out.append("ى")
        elif ch == "ف":
            out.append("ڡ")
        elif ch == "ق":
            out.append("ٯ")
        else:
            out.append(ch)
    return "".join(out)


def joins_left(ch):
    return ch in PRES and PRES[ch][1] == 4


def joins_right(ch):
    return ch in PRES and PRES[ch][1] >= 2


def t_pres(word):
    out = []
    i = 0
    while i < len(word):
        ch = word[i]
        prev = word[i - 1] if i > 0 else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        connect_prev = bool(prev) and joins_left(prev) and joins_right(ch)
        if ch == "ل" and nxt in LAM_ALEF:
            out.append(chr(LAM_ALEF[nxt] + (1 if connect_prev else 0)))
            i += 2
            continue
        if ch not in PRES:
            out.append(ch)
            i += 1
            continue
        base, n = PRES[ch]
        connect_next = joins_left(ch) and bool(nxt) and joins_right(nxt)
        if n == 4:
            idx = 3 if connect_prev and connect_next else 1 if connect_prev else 2 if connect_next else 0
        elif n == 2:
            idx = 1 if connect_prev else 0
        else:
            idx = 0
        out.append(chr(base + idx))
        i += 1
    return "".join(out)


def t_math(word):
    return "".join(chr(MATH[ch]) if ch in MATH else ch for ch in word)


def t_deco(word):
    out = []
    for ch in word:
        out.append(ch)
        if ch in AR_LETTERS:
            out.append(RNG.choice(MARK_LIST))
            if RNG.random() < 0.25:
                out.append(RNG.choice(MARK_LIST))
    return "".join(out)


def t_partial(vowelled):
    idx = [i for i, ch in enumerate(vowelled) if ch in MARKS]
    keep = set(RNG.sample(idx, max(1, len(idx) // 2)))
    return "".join(ch for i, ch in enumerate(vowelled) if ch not in MARKS or i in keep)


def t_tatweel_vowelled(vowelled):
    clusters = []
    for ch in vowelled:
        if ch in MARKS and clusters:
            clusters[-1] += ch
        else:
            clusters.append(ch)
    cands = [i for i in range(len(clusters) - 1)
             if clusters[i][0] in AR_LETTERS and clusters[i][0] not in NON_LEFT_JOINING
             and clusters[i + 1][0] in AR_LETTERS]
    i = RNG.choice(cands)
    clusters[i] += TATWEEL * RNG.randint(1, 4)
    return "".join(clusters)


def t_fullwidth(word):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in word)


def strip_marks(s):
    return "".join(ch for ch in s if ch not in MARKS and ch != TATWEEL)


def remove(s, chars):
    for ch in sorted(chars, key=len, reverse=True):
        s = s.replace(ch, "")
    return s


def collapse(s):
    return re.sub(r"(.)\1+", r"\1", s)


def map_back(s, table):
    return "".join(table.get(ch, ch) for ch in s)


UNDO = {
    "tatweel": lambda s: s.replace(TATWEEL, ""),
    "spaced": lambda s: s.replace(" ", ""),
    "dots": lambda s: remove(s, DOTS),
    "dashes": lambda s: remove(s, DASHES),
    "underscores": lambda s: s.replace("_", ""),
    "symbols": lambda s: remove(s, SYMBOLS),
    "punct": lambda s: remove(s, PUNCT),
    "zw": lambda s: remove(s, ZW),
    "bidi": lambda s: remove(s, BIDI),
    "odd_space": lambda s: remove(s, ODD_SPACES),
    "newline": lambda s: s.replace("\n", ""),
    "emoji": lambda s: remove(s, EMOJI),
    "latin": lambda s: map_back(s, LATIN_BACK),
    "digit": lambda s: map_back(s, DIGIT_BACK),
    "persian": lambda s: map_back(s.replace("ه\u200d", "ة"), PERSIAN_BACK),
    "nfkc": lambda s: unicodedata.normalize("NFKC", s),
    "marks": strip_marks,
    "lower": lambda s: s.lower(),
    "homoglyph": lambda s: map_back(s, HOMOGLYPH_BACK),
    "en_symbols": lambda s: remove(s, EN_SYMBOLS),
    "hyphen": lambda s: s.replace("-", ""),
    "en_dots": lambda s: s.replace(".", ""),
}


def undone(token, chain):
    for name in reversed(chain):
        token = UNDO[name](token)
    return token


def ok_censor(token, base):
    diff = [i for i in range(len(base)) if token[i] != base[i]] if len(token) == len(base) else None
    return bool(diff) and all(token[i] == "*" for i in diff) and 0 not in diff and len(base) - 1 not in diff


def ok_dotless(token, base):
    if len(token) != len(base) or token == base:
        return False
    return all(t == b or (t in DOTLESS_BACK and b in DOTLESS_BACK[t]) for t, b in zip(token, base, strict=True))


HAMZA_LETTERS = "أإآؤئء"
HAMZA_SEATS = "اأإآءؤئيىو"


def hamza_ok(token, base):
    """Same length; every difference is a hamza letter of the base written on another seat or bare."""
    if len(token) != len(base) or token == base:
        return False
    return all(b in HAMZA_LETTERS and t in HAMZA_SEATS for t, b in zip(token, base, strict=True) if t != b)


def hamza_bases(entry):
    if entry == "ذباب إلكتروني":
        return (entry, "الذباب الإلكتروني")
    return (entry, ART[entry])


def ok_repeat(token, base):
    return len(token) > len(base) and collapse(token) == collapse(base)


def one_deletion(token, base):
    return len(token) == len(base) - 1 and any(base[:i] + base[i + 1:] == token for i in range(len(base)))


def one_swap(token, base):
    return len(token) == len(base) and any(
        base[:i] + base[i + 1] + base[i] + base[i + 2:] == token for i in range(len(base) - 1))


# ----------------------------------------------------------------------------------------------------------
# Pools for mechanical kinds
# ----------------------------------------------------------------------------------------------------------
def ar_pool(n, forms=("plain", "art", "voc"), words=None):
    """n (entry, base, prefix, slot) tuples cycling through the words and forms."""
    words = list(words or AR_WORDS)
    RNG.shuffle(words)
    out = []
    i = 0
    while len(out) < n:
        w = words[i % len(words)]
        form = forms[(i // len(words) + i) % len(forms)]
        if form == "plain":
            out.append((w, w, "", gslot(w, "plain")))
        elif form == "art":
            out.append((w, ART[w], "", gslot(w, "art")))
        else:
            out.append((w, w, "يا ", gslot(w, "voc")))
        i += 1
    return out


def mech(kind, fn, chain, n=15, forms=("plain", "art", "voc"), words=None, verify=None):
    for entry, base, prefix, slot in ar_pool(n, forms, words):
        core = fn(base)
        if verify:
            ok = verify(core, base)
        else:
            ok = core != base and undone(core, chain) == base
        put(kind, entry, prefix + core, slot, ok)


def has_any(word, chars):
    return any(ch in word for ch in chars)


# ----------------------------------------------------------------------------------------------------------
# Arabic single words: hand-written inflections
# ----------------------------------------------------------------------------------------------------------
def build_arabic_hand():
    for w in AR_WORDS:
        put("plain", w, w, gslot(w, "plain"), True)
    for w in AR_WORDS:
        put("article", w, ART[w], gslot(w, "art"), ART[w] == "ال" + w)
    for w in RNG.sample(AR_WORDS, 15):
        slot = "GPF" if w in FEMININE_ENTRIES else "GP"
        frames = FRAMES[slot]
        frame = frames[RNG.randrange(len(frames))]
        text = frame.replace("{w}", ART[w])
        while text in SEEN:
            frame = frames[RNG.randrange(len(frames))]
            text = frame.replace("{w}", ART[w])
        add("glued_to_prev", w, ART[w], text, re.search("[\u0621-\u064a]" + re.escape(ART[w]), text) is not None)
    for w, tok in HAL.items():
        put("hal_demonstrative", w, tok, "HF" if w in FEMININE_ENTRIES else "H", tok == "هال" + w)
    for w in RNG.sample(AR_WORDS, 15):
        slot = "GNF" if w in FEMININE_ENTRIES else "GN"
        frames = FRAMES[slot]
        text = frames[RNG.randrange(len(frames))].replace("{w}", w)
        while text in SEEN:
            text = frames[RNG.randrange(len(frames))].replace("{w}", w)
        add("glued_to_next", w, w + "و", text, re.search(re.escape(w) + "و[\u0621-\u064a]", text) is not None)

    proclitic = [
        ("فاسد", "وفاسد", "ما قدّم شي للبلد {w} كمان، ليش لسا بمنصبه؟"),
        ("كديش", "فكديش", "واللي بيصدق هالحكي {w} بلا مؤاخذة"),
        ("هجاص", "بهجاص", "ما منوثق {w} متله ولا بوعوده"),
        ("ملقوف", "لملقوف", "هذا الكلام موجه {w} ما عنده شغل غير خصوصيات الناس"),
        ("جاموسة", "كجاموسة", "قاعد على الكرسي {w} وما بيتحرك من مكتبه"),
        ("متأسلم", "ومتأسلم", "بيرفع شعارات دينية {w} من الدرجة الأولى"),
        ("خواف", "وخواف", "طول عمره يهرب من المواجهة {w}، ما بيواجه حدا"),
        ("كوز", "لكوز", "ما تدي صوتك {w} تاني، جربناهم ثلاثين سنة"),
        ("عربيد", "بعربيد", "الحي ابتلى {w} بيسهر ويكسر كل ليلة"),
        ("زعطوط", "كزعطوط", "يتصرف {w} مو كرئيس نادي"),
        ("وصولي", "ووصولي", "غيّر موقفه عشر مرات {w} لأبعد حد"),
        ("مصلحجي", "فمصلحجي", "إذا بيدافع عن القرار {w} وعنده شي من وراه"),
        ("شيات", "وشيات", "صحفي {w} وكلشي عارف"),
        ("بومة", "لبومة", "ما حدا يسمع {w} متلها كل يوم بتبشرنا بالخراب"),
        ("مرائي", "ومرائي", "بيصلي قدام الكاميرات {w}، والناس عارفة"),
        ("مسخرة", "لمسخرة", "حوّلوا الدوري {w} بقراراتهم"),
        ("بوهالي", "وبوهالي", "غير كيهضر بلا معنى {w}"),
        ("أخوت", "وأخوت", "ما بيعرف يحكي جملة {w} بكل شي"),
        ("شفار", "كشفار", "كيتصرف {w} ماشي كمسؤول"),
        ("صعلوك", "فصعلوك", "أما اللي بيشتم الناس {w} ما بيستاهل ردنا"),
    ]
    for e, tok, tpl in proclitic:
        sent("proclitic", e, tok, tpl, tok[1:] == e and tok[0] in "وفبلك")
    proclitic_article = [
        ("فاسد", "والفاسد", "المسؤول {w} صاروا نفس الشي بهالبلد"),
        ("كوز", "فالكوز", "{w} ما بيتغير مهما غيّر جلده"),
        ("صعلوك", "بالصعلوك", "شو رأيكم {w} اللي صار رئيس بلدية؟"),
        ("ملقوف", "عالملقوف", "ردي {w} اللي بيسأل عن راتبي: مالك دخل"),
        ("زعطوط", "للزعطوط", "ليش عطوا المنصب {w} هذا؟"),
        ("جاموسة", "كالجاموسة", "قاعد {w} ولا بيتحرك من مكتبه"),
        ("متأسلم", "بالمتأسلم", "ما في ثقة {w} اللي بيتاجر بالشعارات"),
        ("هجاص", "والهجاص", "المذيع {w} اللي معه ضيعوا وقتنا"),
        ("عربيد", "للعربيد", "ليش الشرطة ما بتحط حد {w} اللي بالحارة؟"),
        ("مصلحجي", "فالمصلحجي", "{w} بيلحق مصلحته وين ما كانت"),
        ("شيات", "بالشيات", "الجريدة مليانة {w} والمداحين"),
        ("بومة", "عالبومة", "لا تردوا {w} اللي كل يوم بتنعي البلد"),
        ("خواف", "والخواف", "المدرب {w} اللي جنبه ما عملوا ولا تبديل"),
        ("وصولي", "للوصولي", "ما حدا بيعطي صوته {w} هذا"),
        ("مرائي", "بالمرائي", "شو بدك {w} اللي بيتصور وهو عم يوزع معونات"),
        ("أخوت", "والأخوت", "هو {w} اللي معه بيفكروا الناس نايمة"),
        ("مسخرة", "فالمسخرة", "{w} اللي صارت بالبرلمان امبارح ما بتنحكى"),
        ("كديش", "عالكديش", "لا تضيعوا وقتكم {w} هاد"),
    ]
    for e, tok, tpl in proclitic_article:
        sent("proclitic_article", e, tok, tpl, tok.endswith(e) and ("ال" + e in tok or "لل" + e in tok))
    suffix = [
        ("كوز", "كوزهم", "{w} الكبير طلع على التلفزيون يبرر"),
        ("فاسد", "فاسدهم", "{w} الصغير صار وزير"),
        ("صعلوك", "صعلوكهم", "{w} اللي عامل حاله زعيم ما بيعرف يكتب جملة"),
        ("زعطوط", "زعطوطكم", "{w} اللي بالبرلمان شنو يفتهم بالسياسة؟"),
        ("ملقوف", "ملقوفكم", "{w} اللي يسأل عن رواتب الناس خلوه يهدأ"),
        ("جاموسة", "جاموستكم", "{w} اللي على الشاشة مش عارفة تنطق جملة"),
        ("بومة", "بومتهم", "{w} بتطلع كل ليلة تبشرنا بالخراب"),
        ("شيات", "شياتهم", "{w} كتب مقال جديد يمدح فيه الحكومة"),
        ("مصلحجي", "مصلحجيك", "{w} اللي بتدافع عنه باعك بأول فرصة"),
        ("كديش", "كديشك", "{w} هاد ما بيفهم شي بالسياسة"),
        ("هجاص", "هجاصها", "القناة و{w} ما بيتعبوا من الكلام الفاضي"),
        ("عربيد", "عربيدها", "الحارة كلها بتعرف {w} وما حدا بيحكي"),
        ("مسخرة", "مسخرتكم", "{w} انكشفت قدام العالم"),
        ("متأسلم", "متأسلمهم", "{w} الأول طلع يفتي بالاقتصاد"),
        ("صعلوك", "صعلوكها", "الحكومة و{w} اللي بيحكي باسمها ما عندهم حل"),
        ("خواف", "خوافكم", "{w} هرب من المناظرة زي كل مرة"),
    ]
    for e, tok, tpl in suffix:
        stem = e[:-1] + "ت" if e.endswith("ة") else e
        sent("pronoun_suffix", e, tok, tpl, tok.startswith(stem) and tok[len(stem):] in ("ه", "ها", "هم", "ك", "كم"))
    SUFFIX_TEMPLATES.extend(suffix)
    for e, tok, slot in FEMININE:
        put("feminine", e, tok, slot, tok.endswith("ة") and e in tok)
    for e, tok, slot in SOUND_PLURAL:
        put("sound_plural", e, tok, slot, e[:3] in tok and tok[-2:] in ("ين", "ون", "ات", "ية"))
    for e, tok, slot in BROKEN_PLURAL:
        put("broken_plural", e, tok, slot, tok not in (e, ART[e]))
    dual = [
        ("فاسد", "فاسدان", "الوزيران {w} والكل يعرف ذلك"),
        ("صعلوك", "صعلوكان", "المرشحان {w} لا يملكان أي برنامج"),
        ("بومة", "بومتان", "المذيعتان {w} تنعيان كل شيء"),
        ("خواف", "خوافان", "اللاعبان {w} أمام المرمى، ولا تسديدة وحدة"),
        ("متأسلم", "متأسلمان", "الناطقان باسم الحزب {w} بامتياز"),
        ("مرائي", "مرائيان", "المسؤولان {w} يبتسمان للكاميرا فقط"),
        ("وصولي", "وصوليان", "المديران {w} لا يهمهما إلا المنصب"),
        ("مصلحجي", "مصلحجيان", "الشريكان {w} وكل واحد يغني على ليلاه"),
        ("هجاص", "هجاصان", "الضيفان {w} وما قالوا معلومة وحدة"),
        ("ملقوف", "ملقوفان", "الجاران {w} ويسألان عن كل شي"),
        ("زعطوط", "زعطوطان", "المعلقان {w} ما يفهمون بالكورة"),
        ("جاموسة", "جاموستين", "شفت الاتنين دول؟ {w} قاعدين على الكراسي"),
        ("كوز", "كوزان", "المسؤولان {w} من أيام النظام السابق"),
        ("شيات", "شياتان", "الصحفيان {w} لا يكتبان إلا المديح"),
        ("عربيد", "عربيدان", "النائبان {w} وفضائحهما بالجرايد"),
        ("كديش", "كديشين", "هالاتنين {w} ما بيفهموا شي"),
    ]
    for e, tok, tpl in dual:
        sent("dual", e, tok, tpl, tok[-2:] in ("ان", "ين"))
    for w in RNG.sample(AR_WORDS, 15):
        put("vocative", w, VOC[w], gslot(w, "voc"), VOC[w] == "يا " + w)
    for w in RNG.sample(AR_WORDS, 15):
        put("vocative_glued", w, VOC_GLUED[w], gslot(w, "voc"), VOC_GLUED[w] == "يا" + w)

    hamza = [
        ("أخوت", "اخوت", "M"), ("أخوت", "إخوت", "M"), ("أخوت", "آخوت", "M"), ("أخوت", "الاخوت", "D"),
        ("أخوت", "اخوت", "M"), ("مرائي", "مرايي", "M"), ("مرائي", "مراءي", "M"), ("مرائي", "المرايي", "D"),
        ("متأسلم", "متاسلم", "M"), ("متأسلم", "المتاسلم", "D"), ("متأسلم", "متءسلم", "M"),
        ("متأسلم", "متإسلم", "M"), ("ذباب إلكتروني", "ذباب الكتروني", pslot("ذباب إلكتروني")),
        ("ذباب إلكتروني", "ذباب ألكتروني", pslot("ذباب إلكتروني")),
        ("ذباب إلكتروني", "الذباب الالكتروني", "PHD"),
    ]
    for e, tok, slot in hamza:
        put("hamza", e, tok, slot, any(hamza_ok(tok, b) for b in hamza_bases(e)))
    ta = [("جاموسة", "جاموسه", "F"), ("جاموسة", "الجاموسه", "DF"), ("بومة", "بومه", "F"), ("بومة", "البومه", "DF"),
          ("مسخرة", "مسخره", "M"), ("مسخرة", "المسخره", "D")]
    for i in range(15):
        e, tok, slot = ta[i % len(ta)]
        put("ta_as_ha", e, tok, slot, tok.endswith("ه") and tok[:-1] + "ة" in (e, ART[e]))
    am = [("مصلحجي", "مصلحجى", "M"), ("مصلحجي", "المصلحجى", "D"), ("وصولي", "وصولى", "M"),
          ("وصولي", "الوصولى", "D"), ("بوهالي", "بوهالى", "M"), ("بوهالي", "البوهالى", "D"),
          ("مرائي", "مرائى", "M"), ("مرائي", "المرائى", "D"),
          ("ذباب إلكتروني", "ذباب إلكترونى", pslot("ذباب إلكتروني")),
          ("ذباب إلكتروني", "الذباب الإلكترونى", "PHD")]
    for i in range(15):
        e, tok, slot = am[i % len(am)]
        put("alif_maqsura", e, tok, slot, tok.endswith("ى") and tok[:-1] + "ي" in hamza_bases(e))
    for w in AR_WORDS:
        put("harakat", w, VOWELLED[w], gslot(w, "plain"), strip_marks(VOWELLED[w]) == w)
    for w in RNG.sample(AR_WORDS, 15):
        tok = t_partial(VOWELLED[w])
        put("harakat_partial", w, tok, gslot(w, "plain"), strip_marks(tok) == w and tok != w)
    shadda = [
        ("خواف", "خوّاف", "M"), ("شفار", "شفّار", "M"), ("شيات", "شيّات", "M"), ("هجاص", "هجّاص", "M"),
        ("وصولي", "وصوليّ", "M"), ("مصلحجي", "مصلحجيّ", "M"), ("شفار", "الشّفّار", "D"),
        ("شيات", "الشّيّات", "D"), ("صعلوك", "الصّعلوك", "D"), ("زعطوط", "الزّعطوط", "D"),
        ("خواف", "الخوّاف", "D"), ("هجاص", "الهجّاص", "D"), ("بومة", "بومّة", "F"), ("ملقوف", "ملقّوف", "M"),
        ("فاسد", "فاسّد", "M"),
    ]
    for e, tok, slot in shadda:
        put("shadda", e, tok, slot, "\u0651" in tok and strip_marks(tok) in (e, ART[e]))
    sukun = [
        ("زعطوط", "زعْطوط", "M"), ("ملقوف", "ملْقوف", "M"), ("مصلحجي", "مصْلحْجي", "M"), ("مسخرة", "مسْخرة", "M"),
        ("صعلوك", "صعْلوك", "M"), ("عربيد", "عرْبيد", "M"), ("متأسلم", "متأسْلم", "M"), ("أخوت", "أخْوت", "M"),
        ("متأسلم", "المتأسْلم", "D"), ("صعلوك", "الصعْلوك", "D"), ("ملقوف", "الملْقوف", "D"),
        ("زعطوط", "الزعْطوط", "D"),
    ]
    for e, tok, slot in sukun:
        put("sukun", e, tok, slot, "\u0652" in tok and strip_marks(tok) in (e, ART[e]))
    dialect = [
        ("ثقيل الدم", "تقيل الدم"), ("ثقيل الدم", "تئيل الدم"), ("ثقيل الدم", "تقيل الدم"),
        ("ذو الوجهين", "زو الوجهين"), ("ذو الوجهين", "زو الوجهين"), ("ذباب إلكتروني", "دباب إلكتروني"),
        ("ذباب إلكتروني", "زباب إلكتروني"), ("ناقص العقل", "ناقص العئل"), ("ناقص العقل", "ناقص العئل"),
        ("بوق النظام", "بوء النظام"), ("بوق النظام", "بوق النزام"), ("ملقوف", "ملگوف"), ("صعلوك", "سعلوك"),
        ("هجاص", "هجاس"), ("مسخرة", "مصخرة"), ("مسخرة", "المصخرة"), ("صعلوك", "السعلوك"),
    ]
    for e, tok in dialect:
        slot = pslot(e) if e in PHRASES else ("D" if tok.startswith("ال") else "M")
        base = ART[e] if tok.startswith("ال") and e in ART else e
        diffs = sum(1 for a, b in zip(tok, base, strict=False) if a != b)
        put("dialect_consonant", e, tok, slot, len(tok) == len(base) and 1 <= diffs <= 2)
    hashtags = [
        ("فاسد", "#الوزير_الفاسد"), ("خواف", "#المدرب_الخواف"), ("كوز", "#ارحل_يا_كوز"),
        ("صعلوك", "#النائب_الصعلوك"), ("ملقوف", "#الجار_الملقوف"), ("شيات", "#الصحفي_الشيات"),
        ("هجاص", "#المحلل_الهجاص"), ("زعطوط", "#المعلق_الزعطوط"), ("مصلحجي", "#الإعلامي_المصلحجي"),
        ("متأسلم", "#الشيخ_المتأسلم"), ("وصولي", "#المرشح_الوصولي"), ("بومة", "#المذيعة_البومة"),
        ("مسخرة", "#مسخرة_البرلمان"), ("كديش", "#الكديش_ما_بيفهم"), ("بوهالي", "#البوهالي_ديال_الجماعة"),
        ("عربيد", "#عربيد_الحارة"),
    ]
    for e, tok in hashtags:
        put("hashtag_word", e, tok, "HASH", tok.startswith("#") and e in tok and " " not in tok)


SUFFIX_TEMPLATES = []


# ----------------------------------------------------------------------------------------------------------
# Arabic single words: mechanical disguises
# ----------------------------------------------------------------------------------------------------------
def build_arabic_mech():
    mech("tatweel", t_tatweel, ["tatweel"])
    mech("repeated_letters", t_repeat, [], verify=ok_repeat)
    mech("spaced_letters", t_spaced, ["spaced"], forms=("plain", "voc"))
    mech("dots_inside", lambda w: t_join(w, DOTS), ["dots"])
    mech("dashes_inside", lambda w: t_join(w, DASHES), ["dashes"])
    mech("underscores_inside", lambda w: t_join(w, ["_"]), ["underscores"])
    mech("symbols_inside", lambda w: t_join(w, SYMBOLS, uniform=RNG.random() < 0.5), ["symbols"])
    mech("punctuation_inside", lambda w: t_insert(w, PUNCT), ["punct"])
    mech("one_space_inside", t_one_space, ["spaced"], forms=("plain", "art"))
    mech("zero_width", lambda w: t_insert(w, ZW), ["zw"])
    mech("bidi_controls", lambda w: t_insert(w, BIDI), ["bidi"])
    mech("unusual_spaces", lambda w: t_insert(w, ODD_SPACES, 1), ["odd_space"])
    mech("newline_inside", lambda w: t_insert(w, ["\n"], 1), ["newline"], n=10, forms=("plain",))
    mech("emoji_inside", lambda w: t_insert(w, EMOJI), ["emoji"])
    mech("censor_star", t_censor, [], words=[w for w in AR_WORDS if len(w) >= 4], forms=("plain", "voc"),
         verify=ok_censor)
    mech("latin_lookalike", lambda w: t_map_some(w, LATIN_LOOK), ["latin"],
         words=[w for w in AR_WORDS if has_any(w, LATIN_LOOK)], forms=("plain", "voc"))
    mech("digit_lookalike", lambda w: t_map_some(w, DIGIT_LOOK), ["digit"],
         words=[w for w in AR_WORDS if has_any(w, DIGIT_LOOK)])
    mech("persian_letters", t_persian, ["persian"], words=[w for w in AR_WORDS if has_any(w, PERSIAN)])
    mech("presentation_forms", t_pres, ["nfkc"])
    mech("math_arabic_letters", t_math, ["nfkc"], words=[w for w in AR_WORDS if all(ch in MATH for ch in w)],
         forms=("plain", "art"))
    mech("dotless_letters", t_dotless, [], words=[w for w in AR_WORDS if t_dotless(w) != w],
         forms=("plain", "art"), verify=ok_dotless)
    mech("harakat_decorative", t_deco, ["marks"], forms=("plain", "voc"))


# ----------------------------------------------------------------------------------------------------------
# Arabizi
# ----------------------------------------------------------------------------------------------------------
def build_arabizi():
    with_digits = [(e, s) for e in AR_WORDS for s in AZ[e] if re.search(r"[0-9]", s)]
    letters_only = [(e, s) for e in AR_WORDS for s in AZ[e] if not re.search(r"[0-9]", s)]
    for kind, pool in (("arabizi_digits", with_digits), ("arabizi_letters", letters_only)):
        RNG.shuffle(pool)
        chosen, used = [], set()
        for e, s in pool:          # one spelling per entry first, then more
            if e not in used:
                chosen.append((e, s))
                used.add(e)
        chosen += [p for p in pool if p not in chosen]
        for e, s in chosen[:16]:
            put(kind, e, s, az_slot(e), s.isascii() and (bool(re.search(r"[0-9]", s)) == (kind == "arabizi_digits")))
    article = [
        ("فاسد", "el fased"), ("فاسد", "il-fased"), ("فاسد", "elfased"), ("كوز", "el kooz"), ("شفار", "l'chffar"),
        ("خواف", "el 5awaf"), ("أخوت", "il a5wat"), ("زعطوط", "el za3tout"), ("ملقوف", "al malgoof"),
        ("ملقوف", "el mal2oof"), ("جاموسة", "el gamousa"), ("بومة", "el bouma"), ("مسخرة", "el mas5ara"),
        ("بوهالي", "lbouhali"), ("مصلحجي", "el masla7gi"), ("صعلوك", "al sa3look"), ("عربيد", "el 3arbeed"),
    ]
    for e, tok in article:
        m = re.match(r"^(el|il|al|l)[ \-']?(.+)$", tok)
        put("arabizi_article", e, tok, az_slot(e, "art"), bool(m) and m.group(2) in AZ[e])
    caps = [
        ("فاسد", "FASED"), ("فاسد", "Fased"), ("كوز", "KOOZ"), ("كوز", "Kooz"), ("صعلوك", "Sa3look"),
        ("صعلوك", "SA3LOOK"), ("زعطوط", "ZA3tout"), ("ملقوف", "MAL2OOF"), ("هجاص", "Haggas"),
        ("جاموسة", "GAMOUSA"), ("بومة", "Bouma"), ("مسخرة", "MAS5ARA"), ("أخوت", "A5WAT"), ("شفار", "Chffar"),
        ("بوهالي", "BOUHALI"), ("مصلحجي", "Masla7gi"), ("خواف", "5AWAF"),
    ]
    for e, tok in caps:
        put("arabizi_caps", e, tok, az_slot(e), tok.lower() in AZ[e] and tok != tok.lower())
    spelled = {e: AZ[e][0] for e in AR_WORDS}
    words = list(AR_WORDS)
    RNG.shuffle(words)
    for e in words[:15]:
        tok = " ".join(spelled[e])
        put("arabizi_spaced", e, tok, az_slot(e), tok.replace(" ", "") == spelled[e])
    for e in words[5:20]:
        s = RNG.choice(AZ[e])
        tok = t_repeat(s, vowels="aeiou")
        put("arabizi_repeated", e, tok, az_slot(e), ok_repeat(tok, s))
    for e in words[:10] + words[12:17]:
        s = RNG.choice(AZ[e])
        tok = t_join(s, [".", "-", "*", "_"])
        put("arabizi_symbols", e, tok, az_slot(e), re.sub(r"[.\-*_]", "", tok) == s)
    vocative = [
        ("فاسد", "ya fased"), ("فاسد", "yafased"), ("كوز", "ya kooz"), ("زعطوط", "ya za3tout"),
        ("ملقوف", "ya mal2oof"), ("ملقوف", "ya malgoof"), ("هجاص", "ya haggas"), ("جاموسة", "ya gamousa"),
        ("بومة", "ya bouma"), ("أخوت", "ya a5wat"), ("بوهالي", "a lbouhali"), ("شفار", "a chffar"),
        ("شيات", "ya chiyat"), ("خواف", "ya 5awaf"), ("كديش", "ya kdeesh"), ("عربيد", "ya 3arbeed"),
        ("صعلوك", "yasa3look"),
    ]
    for e, tok in vocative:
        core = re.sub(r"^(ya ?|a l?)", "", tok)
        put("arabizi_vocative", e, tok, az_slot(e, "voc"), core in AZ[e])
    inflected = [
        ("فاسد", "fasdin", "AZ_P"), ("فاسد", "fasdeen", "AZ_P"), ("فاسد", "fasda", "AZ_F"), ("كوز", "kizan", "AZ_P"),
        ("كوز", "el kizan", "AZ_DP"), ("صعلوك", "sa3alik", "AZ_P"), ("ملقوف", "malageef", "AZ_P"),
        ("ملقوف", "mal2oofa", "AZ_F"), ("زعطوط", "za3ateet", "AZ_P"), ("جاموسة", "gawamees", "AZ_P"),
        ("خواف", "5awafeen", "AZ_P"), ("شيات", "chiyatin", "AZ_P"), ("شفار", "chfara", "AZ_P"),
        ("مصلحجي", "masla7geya", "AZ_P"), ("هجاص", "haggaseen", "AZ_P"), ("متأسلم", "mota2aslemeen", "AZ_P"),
        ("وصولي", "wusooliyeen", "AZ_P"),
    ]
    for e, tok, slot in inflected:
        put("arabizi_inflected", e, tok, slot, tok.isascii() and tok not in AZ[e])


# ----------------------------------------------------------------------------------------------------------
# Phrases
# ----------------------------------------------------------------------------------------------------------
def build_phrases():
    for p in PHRASES:
        for _ in range(3):
            put("phrase_plain", p, p, pslot(p), True)
    for p in PHRASES:
        for _ in range(3):
            tok = p.replace(" ", "")
            put("phrase_joined", p, tok, pslot(p), " " not in tok)
    for p in PHRASES:
        for _ in range(3):
            tok = p.replace(" ", RNG.choice(["-", "-", "–"]))
            put("phrase_hyphen", p, tok, pslot(p), tok.replace("–", " ").replace("-", " ") == p)
    hashtags = ["#ثقيل_الدم", "#بوق_النظام", "#ذو_الوجهين", "#ناقص_العقل", "#ذباب_إلكتروني"]
    for p, tok in zip(PHRASES, hashtags, strict=True):
        for _ in range(3):
            put("phrase_hashtag", p, tok, "HASH", tok[1:].replace("_", " ") == p)
    head = [
        ("ثقيل الدم", "ثقيلة الدم", "المذيعة دي {w} وما بتضحك حدا"),
        ("ثقيل الدم", "ثقلاء الدم", "ضيوف البرنامج كلهم {w}"),
        ("ثقيل الدم", "ثقيلين الدم", "الممثلين الجداد {w} والمسلسل وقع"),
        ("ثقيل الدم", "ثقيلي الدم", "ما بحب البرامج اللي بتجيب ضيوف {w}"),
        ("بوق النظام", "أبواق النظام", "{w} طلعوا كلهم بنفس الجملة"),
        ("بوق النظام", "بوقا النظام", "المذيعان {w} ولا يخفيان ذلك"),
        ("ذو الوجهين", "ذات الوجهين", "الوزيرة {w} غيرت رأيها للمرة الثالثة"),
        ("ذو الوجهين", "ذا الوجهين", "لا تصدقوا {w} هذا"),
        ("ذو الوجهين", "ذي الوجهين", "تعبنا من هذا النائب {w}"),
        ("ذو الوجهين", "ذوي الوجهين", "البرلمان مليان بالسياسيين {w}"),
        ("ناقص العقل", "ناقصة العقل", "المرشحة دي {w} وتصريحاتها بتثبت"),
        ("ناقص العقل", "ناقصي العقل", "القرار ده ما يطلعش غير من {w}"),
        ("ناقص العقل", "ناقصين العقل", "هدول {w} ما بيعرفوا شو عم يعملوا"),
        ("ذباب إلكتروني", "ذبابة إلكترونية", "هذا الحساب {w} واضحة"),
        ("ذباب إلكتروني", "ذبابهم الإلكتروني", "{w} نزل على التعليقات من الصبح"),
    ]
    for p, tok, tpl in head:
        sent("phrase_head_inflected", p, tok, tpl, tok.split()[-1] in (p.split()[-1], "إلكترونية", "الإلكتروني")
             and tok.split()[0] != p.split()[0])
    no_art = [
        ("ثقيل الدم", "ثقيل دم", "المقدم ده {w} بشكل مش طبيعي"),
        ("ثقيل الدم", "ثقيل دم", "والله إنه {w} وما بينطاق"),
        ("ثقيل الدم", "ثقيل دم", "الضيف {w} ومش مضحك خالص"),
        ("ثقيل الدم", "ثقيل دم", "{w} وعامل حاله نجم"),
        ("بوق النظام", "بوق نظام", "هذا مش صحفي، هذا {w}"),
        ("بوق النظام", "بوق نظام", "أي واحد بيبرر القمع هو {w} وبس"),
        ("بوق النظام", "بوق نظام", "صار {w} بعد ما كان معارض"),
        ("بوق النظام", "بوق نظام", "لا تتابعوا قناته، {w} رسمي"),
        ("ذو الوجهين", "ذو وجهين", "السياسي ده {w}"),
        ("ذو الوجهين", "ذو وجهين", "طلع {w} زي ما توقعت"),
        ("ذو الوجهين", "ذو وجهين", "كل واحد فيهم {w}"),
        ("ذو الوجهين", "ذو وجهين", "النائب {w} وما بيتأمنله"),
        ("ناقص العقل", "ناقص عقل", "واحد {w} بيصدق هالإشاعة"),
        ("ناقص العقل", "ناقص عقل", "المعلق ده {w}"),
        ("ناقص العقل", "ناقص عقل", "هذا الشخص {w} وفاضي"),
        ("ناقص العقل", "ناقص عقل", "ما بيعمل هيك إلا {w}"),
    ]
    for p, tok, tpl in no_art:
        h, c = p.split()
        sent("phrase_no_article", p, tok, tpl, tok == h + " " + c[2:])
    procl = [
        ("ثقيل الدم", "وثقيل الدم", "المذيع مغرور {w} كمان"),
        ("ثقيل الدم", "لثقيل الدم", "ما في حدا بيضحك {w} هذا"),
        ("ثقيل الدم", "بثقيل الدم", "ابتلينا {w} هذا كل ليلة على الشاشة"),
        ("بوق النظام", "لبوق النظام", "لا تعطوا مشاهدات {w}"),
        ("بوق النظام", "وبوق النظام", "المذيع {w} اللي معه ضيعوا الحلقة"),
        ("بوق النظام", "كبوق النظام", "بيكتب {w} مش كصحفي"),
        ("ذو الوجهين", "وذو الوجهين", "النائب متقلب {w} من زمان"),
        ("ذو الوجهين", "لذي الوجهين", "لا تعطي صوتك {w}"),
        ("ذو الوجهين", "فذو الوجهين", "أما النائب {w} ولا يمكن الوثوق به"),
        ("ناقص العقل", "وناقص العقل", "القرار ما بيطلع إلا من واحد متهور {w}"),
        ("ناقص العقل", "لناقص العقل", "ما تسمعوا {w} هذا"),
        ("ناقص العقل", "بناقص العقل", "شو بدك {w} اللي بيكتب هيك"),
        ("ذباب إلكتروني", "والذباب الإلكتروني", "الحكومة {w} تبعها نزلوا بقوة اليوم"),
        ("ذباب إلكتروني", "للذباب الإلكتروني", "لا تردوا على التعليقات، اتركوها {w}"),
        ("ذباب إلكتروني", "بالذباب الإلكتروني", "الصفحة مليانة {w}"),
        ("ذباب إلكتروني", "كذباب إلكتروني", "بيشتغلوا {w} لصالح الحزب"),
    ]
    for p, tok, tpl in procl:
        sent("phrase_proclitic", p, tok, tpl, tok[0] in "وفبلك" and tok.split()[-1].endswith(p.split()[-1][2:]))
    voc = [
        ("ثقيل الدم", "يا ثقيل الدم", "V"), ("ثقيل الدم", "يا ثقيل الدم", "V"), ("ثقيل الدم", "ياثقيل الدم", "V"),
        ("بوق النظام", "يا بوق النظام", "V"), ("بوق النظام", "يا بوق النظام", "V"),
        ("بوق النظام", "يابوق النظام", "V"), ("ذو الوجهين", "يا ذا الوجهين", "V"),
        ("ذو الوجهين", "ياذا الوجهين", "V"), ("ناقص العقل", "يا ناقص العقل", "V"),
        ("ناقص العقل", "يا ناقص العقل", "V"), ("ناقص العقل", "ياناقص العقل", "V"),
        ("ذباب إلكتروني", "يا ذباب إلكتروني", "VP"), ("ذباب إلكتروني", "ياذباب إلكتروني", "VP"),
        ("ذو الوجهين", "يا ذا الوجهين", "V"), ("ذباب إلكتروني", "يا ذباب إلكتروني", "VP"),
    ]
    for p, tok, slot in voc:
        put("phrase_vocative", p, tok, slot, tok.startswith("يا") and tok.endswith(p.split()[-1]))
    az = [
        ("ثقيل الدم", "t2eel el dam", "AZ_M"), ("ثقيل الدم", "ti2il eldamm", "AZ_M"),
        ("ثقيل الدم", "tqeel al dam", "AZ_M"), ("ثقيل الدم", "th8eel el dam", "AZ_M"),
        ("بوق النظام", "bou2 el nizam", "AZ_M"), ("بوق النظام", "boo2 elnezam", "AZ_M"),
        ("بوق النظام", "bouq al nitham", "AZ_M"), ("بوق النظام", "abwa2 el nizam", "AZ_P"),
        ("ذو الوجهين", "zu el wajhein", "AZ_M"), ("ذو الوجهين", "dhu al wajhayn", "AZ_M"),
        ("ذو الوجهين", "thu alwajhain", "AZ_M"), ("ناقص العقل", "na2es el 3a2l", "AZ_M"),
        ("ناقص العقل", "na2is 3a2l", "AZ_M"), ("ناقص العقل", "naqis al 3aql", "AZ_M"),
        ("ذباب إلكتروني", "zobab elektroni", "AZ_P"), ("ذباب إلكتروني", "dhubab electroni", "AZ_P"),
        ("ذباب إلكتروني", "dobban electroni", "AZ_P"),
    ]
    for p, tok, slot in az:
        put("phrase_arabizi", p, tok, slot, tok.isascii())
    for p in PHRASES:
        put("phrase_harakat", p, PHRASE_VOWELLED[p], pslot(p), strip_marks(PHRASE_VOWELLED[p]) == p)
    for p in PHRASES + PHRASES:
        tok = t_partial(PHRASE_VOWELLED[p])
        put("phrase_harakat", p, tok, pslot(p), strip_marks(tok) == p and tok != p)
    for p in PHRASES * 3:
        tok = t_tatweel(p)
        put("phrase_tatweel", p, tok, pslot(p), UNDO["tatweel"](tok) == p and tok != p)
    for p in PHRASES * 3:
        tok = " ".join(t_insert(w, ZW) for w in p.split())
        put("phrase_zero_width", p, tok, pslot(p), UNDO["zw"](tok) == p and tok != p)
    for p in PHRASES * 3:
        tok = RNG.choice(["  ", "   ", " / "]).join(" ".join(w) for w in p.split())
        put("phrase_spaced_letters", p, tok, pslot(p), tok.replace(" ", "").replace("/", "") == p.replace(" ", ""))


# ----------------------------------------------------------------------------------------------------------
# English
# ----------------------------------------------------------------------------------------------------------
EN_PLURALS = {"thug": "thugs", "crook": "crooks", "weasel": "weasels", "dunce": "dunces", "lackey": "lackeys"}


def build_english():
    for w in EN_WORDS * 3:
        put("en_plain", w, w, "EN_N", True)
    caps = [("thug", "Thug"), ("thug", "THUG"), ("thug", "ThUg"), ("crook", "Crook"), ("crook", "CROOK"),
            ("crook", "CrOoK"), ("weasel", "Weasel"), ("weasel", "WEASEL"), ("weasel", "wEaSeL"),
            ("dunce", "Dunce"), ("dunce", "DUNCE"), ("dunce", "DuNcE"), ("lackey", "Lackey"),
            ("lackey", "LACKEY"), ("lackey", "LaCkEy")]
    for e, tok in caps:
        put("en_capitalised", e, tok, "EN_N", tok.lower() == e and tok != e)
    leet = [("thug", "7hug"), ("thug", "thvg"), ("thug", "+hug"), ("thug", "th|_|g"), ("crook", "cr00k"),
            ("crook", "cr0ok"), ("crook", "(rook"), ("weasel", "w3asel"), ("weasel", "we@sel"),
            ("weasel", "wea$el"), ("dunce", "dunc3"), ("dunce", "d|_|nce"), ("dunce", "dvnce"),
            ("lackey", "l4ckey"), ("lackey", "lack3y"), ("lackey", "1ackey")]
    for e, tok in leet:
        put("en_leet", e, tok, "EN_N", tok != e and (not tok.isalpha() or tok.replace("v", "u") == e))
    for e in EN_WORDS * 3:
        tok = t_insert(e, EN_SYMBOLS)
        put("en_symbols", e, tok, "EN_N", UNDO["en_symbols"](tok) == e and tok != e)
    for e in EN_WORDS * 3:
        tok = " ".join(e)
        put("en_spaced", e, tok, "EN_N", tok.replace(" ", "") == e)
    for e in EN_WORDS * 2:
        tok = ".".join(e)
        put("en_dots", e, tok, "EN_N", tok.replace(".", "") == e)
    doubled = [("thug", "thugg"), ("thug", "thhug"), ("thug", "thuuug"), ("crook", "crooook"), ("crook", "crookk"),
               ("crook", "ccrook"), ("weasel", "weaaasel"), ("weasel", "weasell"), ("weasel", "weassel"),
               ("dunce", "duncee"), ("dunce", "dunnce"), ("dunce", "dunnnce"), ("lackey", "lackeyyy"),
               ("lackey", "lacckey"), ("lackey", "lackkey")]
    for e, tok in doubled:
        put("en_doubled_letters", e, tok, "EN_N", ok_repeat(tok, e) or (len(tok) > len(e) and collapse(tok) == e))
    missing = [("crook", "crok"), ("crook", "crok"), ("weasel", "weasl"), ("weasel", "wesel"), ("weasel", "weasl"),
               ("dunce", "dunc"), ("dunce", "dnce"), ("lackey", "lacky"), ("lackey", "lakey"), ("lackey", "lckey"),
               ("lackey", "lacke"), ("thug", "thg"), ("dunce", "dnce")]
    for e, tok in missing:
        put("en_missing_letter", e, tok, "EN_N", one_deletion(tok, e))
    swapped = [("thug", "tuhg"), ("thug", "thgu"), ("thug", "htug"), ("crook", "corok"), ("crook", "croko"),
               ("crook", "rcook"), ("weasel", "waesel"), ("weasel", "weasle"), ("weasel", "wesael"),
               ("dunce", "dnuce"), ("dunce", "dunec"), ("dunce", "udnce"), ("lackey", "lakcey"),
               ("lackey", "lackye"), ("lackey", "alckey")]
    for e, tok in swapped:
        put("en_swapped_letters", e, tok, "EN_N", one_swap(tok, e))
    for e in EN_WORDS * 3:
        tok = t_insert(e, ["-"], 1)
        put("en_hyphen", e, tok, "EN_N", tok.replace("-", "") == e)
    for e in EN_WORDS * 3:
        put("en_plural", e, EN_PLURALS[e], "EN_P", EN_PLURALS[e].startswith(e))
    suffix = [("thug", "thuggish", "EN_ADJ"), ("thug", "thuggish", "EN_ADJ"), ("thug", "thuggy", "EN_ADJ"),
              ("crook", "crooked", "EN_ADJ"), ("crook", "crooked", "EN_ADJ"), ("crook", "crookish", "EN_ADJ"),
              ("weasel", "weaselly", "EN_ADJ"), ("weasel", "weasely", "EN_ADJ"), ("weasel", "weaseling", "EN_ING"),
              ("weasel", "weaselling", "EN_ING"), ("weasel", "weaseled", "EN_ED"), ("weasel", "weaselled", "EN_ED"),
              ("dunce", "duncish", "EN_ADJ"), ("lackey", "lackeyish", "EN_ADJ")]
    for e, tok, slot in suffix:
        put("en_suffix_form", e, tok, slot, tok.startswith(e[:4]) and tok != e)
    sound = [("thug", "thugh"), ("crook", "krook"), ("crook", "crewk"), ("crook", "kruk"), ("weasel", "weezel"),
             ("weasel", "weazel"), ("weasel", "weesel"), ("weasel", "weasal"), ("dunce", "dunse"),
             ("dunce", "dunse"), ("lackey", "lakkey"), ("lackey", "lackie"), ("lackey", "lakki"),
             ("thug", "thugh")]
    for e, tok in sound:
        put("en_soundalike", e, tok, "EN_N", tok != e and tok.isalpha())
    for e in EN_WORDS * 3:
        tok = t_map_some(e, {k: [v] for k, v in HOMOGLYPH.items()})
        put("en_homoglyph", e, tok, "EN_N", UNDO["homoglyph"](tok) == e and tok != e)
    for e in EN_WORDS * 2:
        tok = t_fullwidth(RNG.choice([e, e.upper(), e.capitalize()]))
        put("en_fullwidth", e, tok, "EN_N", UNDO["nfkc"](tok).lower() == e and tok != e)
    for e in EN_WORDS * 2:
        tok = t_insert(e, ZW)
        put("en_zero_width", e, tok, "EN_N", UNDO["zw"](tok) == e and tok != e)


# ----------------------------------------------------------------------------------------------------------
# Combinations of two (or three) disguises
# ----------------------------------------------------------------------------------------------------------
def build_combos():
    mech("article+tatweel", t_tatweel, ["tatweel"], n=12, forms=("art",))
    for entry, _base, _, slot in ar_pool(12, forms=("plain",)):
        glued = VOC_GLUED[entry]
        core = glued[:2] + t_repeat(glued[2:])
        put("vocative_glued+repeated", entry, core, "VF" if slot == "F" else "V",
            ok_repeat(core, glued) and core.startswith("يا"))
    fem_ha = [("فاسد", "فاسده"), ("خواف", "خوافه"), ("ملقوف", "ملقوفه"), ("متأسلم", "متأسلمه"), ("مرائي", "مرائيه"),
              ("وصولي", "وصوليه"), ("عربيد", "عربيده"), ("هجاص", "هجاصه"), ("شيات", "شياته"), ("زعطوط", "زعطوطه"),
              ("صعلوك", "صعلوكه"), ("مصلحجي", "مصلحجيه"), ("بوهالي", "بوهاليه")]
    for e, tok in fem_ha:
        put("feminine+ta_as_ha", e, tok, "F", tok == e + "ه")
    pl_h = [("فاسد", "الفَاسِدِينَ", "DP"), ("متأسلم", "مُتَأَسْلِمِين", "P"), ("وصولي", "الوُصُولِيُّون", "DP"),
            ("خواف", "خَوَّافِين", "P"), ("شيات", "الشَّيَّاتِين", "DP"), ("هجاص", "هَجَّاصِين", "P"),
            ("ملقوف", "مَلْقُوفِين", "P"), ("مرائي", "المُرَائِين", "DP"), ("مصلحجي", "مَصْلَحْجِيَّة", "P"),
            ("فاسد", "فَاسِدُون", "P"), ("خواف", "الخَوَّافِين", "DP"), ("وصولي", "وُصُولِيِّين", "P")]
    for e, tok, slot in pl_h:
        put("sound_plural+harakat", e, tok, slot, strip_marks(tok) in PLURAL_FORMS and tok != strip_marks(tok))
    for entry, base, _, slot in ar_pool(12, forms=("plain",)):
        core = t_insert(t_spaced(base), ZW, 2)
        put("spaced_letters+zero_width", entry, core, slot, undone(core, ["spaced", "zw"]) == base)
    az_cr = [("فاسد", "FASEEEED"), ("كوز", "KOOOOOZ"), ("صعلوك", "SA3LOOOOK"), ("زعطوط", "ZA3TOOOOT"),
             ("ملقوف", "MAL2OOOOF"), ("هجاص", "HAGGAAAAS"), ("جاموسة", "GAMOOOOSA"), ("بومة", "BOUMAAAA"),
             ("مسخرة", "MAS5ARAAAA"), ("خواف", "KHAWWAAAF"), ("شفار", "CHFFAAAAR"), ("بوهالي", "BOUHALIIII"),
             ("عربيد", "3ARBEEEEED")]
    for e, tok in az_cr:
        put("arabizi_caps+arabizi_repeated", e, tok, az_slot(e),
            tok == tok.upper() and any(collapse(tok.lower()) == collapse(s) for s in AZ[e]))
    for e, pl, slot in [b for b in BROKEN_PLURAL if has_any(b[1], PERSIAN)][:12]:
        tok = t_persian(pl)
        put("broken_plural+persian_letters", e, tok, slot, UNDO["persian"](tok) == pl and tok != pl)
    hz_am = [("مرائي", "مرايى", "M"), ("مرائي", "مراءى", "M"), ("مرائي", "المرايى", "D"), ("مرائي", "مرايى", "M"),
             ("ذباب إلكتروني", "ذباب الكترونى", pslot("ذباب إلكتروني")), ("ذباب إلكتروني", "الذباب الالكترونى", "PHD"),
             ("ذباب إلكتروني", "ذباب ألكترونى", pslot("ذباب إلكتروني")),
             ("ذباب إلكتروني", "ذباب الكترونى", pslot("ذباب إلكتروني")),
             ("ذباب إلكتروني", "الذباب الالكترونى", "PHD"), ("مرائي", "المراءى", "D")]
    for e, tok, slot in hz_am:
        put("hamza+alif_maqsura", e, tok, slot,
            tok.endswith("ى") and any(hamza_ok(tok[:-1] + "ي", b) for b in hamza_bases(e)))
    for entry, base, _, slot in ar_pool(12, forms=("voc",)):
        core = t_spaced(base)
        put("vocative+spaced_letters", entry, "يا " + core, slot, core.replace(" ", "") == base)
    mech("article+dots_inside", lambda w: t_join(w, DOTS), ["dots"], n=12, forms=("art",))
    for e, tok, tpl in SUFFIX_TEMPLATES[:10]:
        core = t_tatweel(tok)
        sent("pronoun_suffix+tatweel", e, core, tpl, UNDO["tatweel"](core) == tok and core != tok)
    leet_caps = [("thug", "7HUG"), ("thug", "THU6"), ("thug", "+HUG"), ("crook", "CR00K"), ("crook", "KR00K"),
                 ("crook", "(R00K"), ("weasel", "W3ASEL"), ("weasel", "WE@SEL"), ("weasel", "W3A$3L"),
                 ("dunce", "DUNC3"), ("dunce", "DVNCE"), ("lackey", "L4CKEY"), ("lackey", "LACK3Y"),
                 ("lackey", "1ACKEY")]
    for e, tok in leet_caps:
        put("en_leet+en_capitalised", e, tok, "EN_N",
            tok == tok.upper() and (not tok.isalpha() or tok.lower().replace("v", "u") == e))
    pl_leet = [("thug", "thugz"), ("thug", "7hugs"), ("thug", "thvgs"), ("crook", "cr00ks"), ("crook", "cr0okz"),
               ("weasel", "w3asels"), ("weasel", "weasel$"), ("dunce", "dunc3s"), ("dunce", "dvnces"),
               ("lackey", "l4ckeys"), ("lackey", "lackeyz"), ("lackey", "1ackeys")]
    for e, tok in pl_leet:
        put("en_plural+en_leet", e, tok, "EN_P", tok[-1] in "sz$" and tok not in (e, EN_PLURALS[e]))
    hh = [("#ذباب_الكتروني", "HASH")] * 3 + [("#الذباب_الالكتروني", "HASH")] * 3 + [
        ("#ذباب_ألكتروني", "HASH")] * 2 + [("#ذباب_اليكتروني", "HASH")] * 2
    for tok, slot in hh:
        put("phrase_hashtag+hamza", "ذباب إلكتروني", tok, slot, tok.startswith("#") and "إ" not in tok)
    az_caps = [("ثقيل الدم", "T2EEL EL DAM"), ("بوق النظام", "Bou2 El Nizam"), ("ذو الوجهين", "ZU EL WAJHEIN"),
               ("ناقص العقل", "Na2es El 3a2l"), ("ذباب إلكتروني", "ZOBAB ELEKTRONI"), ("ثقيل الدم", "T2eel El Dam"),
               ("بوق النظام", "BOUQ AL NIZAM"), ("ناقص العقل", "NA2IS 3A2L"), ("ذباب إلكتروني", "Thubab Electroni"),
               ("ذو الوجهين", "DHU AL WAJHAYN")]
    for p, tok in az_caps:
        put("phrase_arabizi+arabizi_caps", p, tok, "AZ_P" if p == "ذباب إلكتروني" else "AZ_M",
            tok.isascii() and tok != tok.lower())
    dv = [("ثقيل الدم", "يا تقيل الدم"), ("ثقيل الدم", "يا تئيل الدم"), ("ذو الوجهين", "يا زو الوجهين"),
          ("ناقص العقل", "يا ناقص العئل"), ("بوق النظام", "يا بوء النظام"), ("بوق النظام", "يا بوق النزام"),
          ("صعلوك", "يا سعلوك"), ("ملقوف", "يا ملگوف"), ("هجاص", "يا هجاس"), ("مسخرة", "يا مصخرة")]
    for e, tok in dv:
        core = tok[3:]
        put("dialect_consonant+vocative", e, tok, "V",
            len(core) == len(e) and 1 <= sum(a != b for a, b in zip(core, e, strict=False)) <= 2)
    mech("presentation_forms+article", t_pres, ["nfkc"], n=12, forms=("art",))
    mech("bidi_controls+zero_width", lambda w: t_insert(t_insert(w, BIDI, 1), ZW, 1), ["bidi", "zw"], n=12,
         forms=("plain", "voc"))
    mech("latin_lookalike+tatweel", lambda w: t_tatweel(t_map_some(w, LATIN_LOOK, 1)), ["latin", "tatweel"], n=10,
         forms=("plain",), words=[w for w in AR_WORDS if has_any(w, LATIN_LOOK) and len(w) >= 4])
    fem_v = [("فاسد", "يافاسدة"), ("خواف", "ياخوافة"), ("ملقوف", "ياملقوفة"), ("متأسلم", "يامتأسلمة"),
             ("شيات", "ياشياتة"), ("عربيد", "ياعربيدة"), ("زعطوط", "يازعطوطة"), ("هجاص", "ياهجاصة"),
             ("مرائي", "يامرائية"), ("وصولي", "ياوصولية"), ("مصلحجي", "يامصلحجية"), ("كوز", "ياكوزة")]
    for e, tok in fem_v:
        put("feminine+vocative_glued", e, tok, "VF", tok == "يا" + e + "ة")
    for e in EN_WORDS * 2:
        tok = " ".join(e.upper())
        put("en_spaced+en_capitalised", e, tok, "EN_N", tok.replace(" ", "").lower() == e)
    for e in EN_WORDS * 2:
        pl = EN_PLURALS[e]
        tok = t_insert(pl, ["-"], 1)
        put("en_hyphen+en_plural", e, tok, "EN_P", tok.replace("-", "") == pl)
    spv = [("فاسد", "يا فاسدين"), ("متأسلم", "يا متأسلمين"), ("شيات", "يا شياتين"), ("خواف", "يا خوافين"),
           ("وصولي", "يا وصوليين"), ("هجاص", "يا هجاصين"), ("ملقوف", "يا ملقوفين"), ("مصلحجي", "يا مصلحجية"),
           ("مرائي", "يا مرائين")]
    for e, tok in spv:
        put("sound_plural+vocative", e, tok, "VP", tok.startswith("يا ") and tok[3:] in PLURAL_FORMS | {"مرائين"})
    bpv = [("كوز", "يا كيزان"), ("صعلوك", "يا صعاليك"), ("عربيد", "يا عرابيد"), ("زعطوط", "يا زعاطيط"),
           ("ملقوف", "يا ملاقيف"), ("جاموسة", "يا جواميس"), ("فاسد", "يا فسدة"), ("شفار", "يا شفارة"),
           ("كوز", "يا كيزان")]
    for e, tok in bpv:
        put("broken_plural+vocative", e, tok, "VP", tok.startswith("يا ") and tok[3:] in PLURAL_FORMS)
    tv = [("جاموسة", "ياجاموسه", "VF"), ("بومة", "يابومه", "VF"), ("مسخرة", "يامسخره", "V")] * 3
    for e, tok, slot in tv:
        put("ta_as_ha+vocative_glued", e, tok, slot, tok == "يا" + e[:-1] + "ه")
    for w in RNG.sample(AR_WORDS, 10):
        tok = t_tatweel_vowelled(VOWELLED[w])
        put("harakat+tatweel", w, tok, gslot(w, "plain"), strip_marks(tok) == w and TATWEEL in tok)
    pat = [
        ("جاموسة", "والجاموسه", "المذيع {w} اللي معه ما فهموا السؤال"),
        ("مسخرة", "بالمسخره", "شو رأيكم {w} اللي صارت بالجلسة؟"),
        ("بومة", "للبومه", "ليش عطيتوا المايك {w} هاي؟"),
        ("مسخرة", "عالمسخره", "اتفرجوا {w} اللي عاملينها بالدوري"),
        ("جاموسة", "كالجاموسه", "قاعدة {w} قدام الكاميرا وما بتحكي"),
        ("مسخرة", "فالمسخره", "{w} ما خلصت لسا، استنوا الحلقة الجاية"),
        ("بومة", "والبومه", "القناة {w} اللي عندها بيبشروا بالخراب كل يوم"),
        ("بومة", "بالبومه", "شو بدكم {w} اللي كل يوم بتطلع تنعي؟"),
        ("جاموسة", "للجاموسه", "مين عطى الميكروفون {w} دي؟"),
        ("مسخرة", "والمسخره", "الجلسة {w} اللي صارت فيها فضحتنا"),
        ("جاموسة", "عالجاموسه", "لا تردوا {w} اللي بالبرنامج"),
    ]
    for e, tok, tpl in pat:
        sent("proclitic_article+ta_as_ha", e, tok, tpl,
             tok.endswith(e[:-1] + "ه") and ("ال" + e[:-1] in tok or "لل" + e[:-1] in tok))


# ----------------------------------------------------------------------------------------------------------
# Clean comments
# ----------------------------------------------------------------------------------------------------------
CLEAN_GENERAL = [
    # politics
    "الانتخابات البلدية بعد شهرين، إن شاء الله تكون نزيهة",
    "الحكومة لازم توضح خطتها للرواتب قبل نهاية السنة",
    "أتمنى البرلمان يناقش قانون الإيجارات بجدية",
    "المفاوضات لسا ما وصلت لنتيجة حسب الخبر",
    "الوزير وعد بتحسين الكهربا بالصيف، خلينا نشوف",
    "الميزانية الجديدة فيها زيادة لقطاع الصحة وهذا شي منيح",
    "نتمنى السلام لكل الشعوب العربية",
    "مين عنده رابط البيان الرسمي كامل؟",
    "المظاهرات كانت سلمية والحمد لله ما صار شي",
    "القرار يحتاج دراسة أكثر قبل التطبيق",
    "الدعم لازم يوصل للناس اللي محتاجة فعلا",
    "رئيس الوزراء زار المحافظة اليوم وافتتح مستشفى جديد",
    "الحكومة الجديدة قدامها ملفات صعبة كتير",
    "يا ريت يهتموا بالتعليم أكثر من أي شي تاني",
    "الشباب محتاج فرص عمل مش وعود",
    "التصويت حق وواجب، انزلوا صوتوا",
    "البرلمان صادق على الاتفاقية بالأغلبية",
    "الخبر ناقصه تفاصيل، مين المصدر؟",
    "أتمنى الحوار الوطني يطلع بنتيجة المرة دي",
    "السفير استلم مهامه رسميا امبارح",
    "المعارضة طالبت بجلسة استماع علنية",
    "القانون الجديد للإيجارات هيأثر على ملايين الأسر",
    "تعديل الدستور محتاج استفتاء شعبي",
    "البلدية وعدت بتصليح الطرقات قبل الشتا",
    "الهدنة صامدة لحد الآن الحمد لله",
    "المؤتمر الصحفي كان طويل بس مفيد",
    "الوزارة فتحت باب التقديم على الإسكان الاجتماعي",
    "الله يحمي البلد ويبعد عنها الفتن",
    "ننتظر نتائج التحقيق قبل ما نحكم على حدا",
    "قرار رفع الحد الأدنى للأجور خطوة كويسة",
    "ليش ما في نقل مباشر لجلسة البرلمان؟",
    "مرشحنا في الدائرة عنده برنامج واضح للشباب",
    "الاتحاد الأوروبي أعلن عن مساعدات جديدة",
    "القمة العربية الجاية هتكون في أي بلد؟",
    "الإصلاح الاقتصادي محتاج وقت، بس لازم يحس فيه المواطن",
    "هل في حدا بيعرف إذا الدوام الرسمي رح يتغير برمضان؟",
    "الله يرحم شهداء الوطن",
    "حسب الدستور الرئيس عنده ولايتين بس",
    "المجلس البلدي لازم يسمع لمطالب السكان",
    "الحكومة أعلنت إن الانتخابات رح تكون بموعدها",
    # football
    "مبروك للأهلي، ماتش كبير من أوله لآخره",
    "الحارس اليوم كان رجل المباراة بلا منازع",
    "الدوري هالسنة نار، أربع فرق على القمة",
    "محتاجين مهاجم صريح في الميركاتو الجاي",
    "ضربة الجزاء كانت صحيحة، الفار ما غلط",
    "الوداد والرجاء ديربي هاد الأسبوع، الله يجيب الخير",
    "الترجي دار ماتش كبير ف رادس",
    "المنتخب تأهل لكأس العالم، ألف مبروك لكل الشعب",
    "الجماهير كانت الرقم الصعب اليوم",
    "المدرب غيّر الخطة في الشوط الثاني وربحنا",
    "الهلال والنصر، مين بياخذ الدوري برأيكم؟",
    "الزوراء والقوة الجوية ديربي بغداد، يا ريت يكون ماتش نظيف",
    "المريخ والهلال ماتش القمة السوداني الليلة",
    "اللاعب الجديد عنده مهارة عالية بس محتاج وقت",
    "الإصابة أبعدته ثلاث أسابيع، الله يشفيه",
    "أحسن هدف بالجولة كان هدف الدقيقة الأخيرة",
    "الملعب كان مليان رغم البرد",
    "تبديل ممتاز من المدرب في الدقيقة سبعين",
    "يا رب نكسب الكأس السنة دي",
    "الدفاع كان متماسك والوسط سيطر على المباراة",
    "الحكم أدار الماتش بشكل جيد",
    "الكورة مكسب وخسارة، المهم نتعلم من الأخطاء",
    "متى بيبلش الدوري الجديد؟",
    "مبابي ولا هالاند، مين الأحسن برأيكم؟",
    "ريال مدريد رجع بالنتيجة في آخر ربع ساعة، فريق ما ييأس",
    "برشلونة محتاج يرتب دفاعه قبل دوري الأبطال",
    "التذاكر خلصت في ساعة، الجمهور متعطش",
    "اللاعب المصري في الدوري الإنجليزي شرفنا",
    "كأس أمم أفريقيا الجاية هتكون قوية",
    "الجولة الجاية فيها مواجهة مباشرة على الصدارة",
    "الركنية الأخيرة كانت ممكن تغير كل شي",
    "لاعب الوسط عمل مجهود جبار طول الماتش",
    "شباب النادي لازم ياخدوا فرصة مع الفريق الأول",
    "الأولمبي عندنا فيه مواهب رائعة",
    "التعادل خارج الأرض نتيجة مقبولة",
    "الجمهور غنى للنادي بعد الخسارة، احترام",
    "الكرة النسائية بتتطور بسرعة عندنا",
    "التحكيم المحلي محتاج تطوير، بس الماتش كان حلو",
    "يا جماعة مين عارف القناة اللي بتنقل الماتش؟",
    "الحارس الاحتياطي لعب أحسن من الأساسي",
    "رحت الملعب مع ابني لأول مرة، كانت تجربة حلوة",
    "فرحة الفوز بالدوري ما بتتوصف",
    "الإعارة أفادت اللاعب كتير",
    "الميركاتو الشتوي لازم يكون فيه صفقات نوعية",
    "ماتش الدرجة الثانية كان أحلى من ماتشات الممتاز",
    # prices and economy
    "الأسعار نار والراتب ما بيكفي لنص الشهر",
    "كيلو البندورة صار بسعر كيلو اللحمة زمان",
    "البنزين زاد تاني، ربنا يستر",
    "الإيجارات طلعت بشكل جنوني في العاصمة",
    "الدولار نزل شوي اليوم، الله يديمها",
    "أسعار الذهب وصلت لأرقام قياسية",
    "الخبز لازم يبقى مدعوم، هاد أكل الفقير",
    "العيد جاي والأسعار بالسما",
    "فاتورة الكهربا جاتني ضعف الشهر الماضي",
    "أسعار الأدوية لازم تتراقب",
    "التخفيضات في المولات مش حقيقية نص الوقت",
    "الغاز المنزلي انقطع والأسعار في السوق السودا عالية",
    "الجنيه محتاج استقرار عشان الناس ترتاح",
    "الدينار حافظ على قيمته هالشهر",
    "السيارات المستعملة غليت أكثر من الجديدة",
    "أسعار الشقق خلت الشباب ما يقدرو يتزوجو",
    "الضريبة الجديدة على المشتريات من الإنترنت مش مفهومة",
    "البطاطا نزل سعرها الحمد لله",
    "زيت الزيتون السنة دي غالي بسبب قلة المحصول",
    "المواصلات زادت والطلاب بيعانوا",
    "أسعار تذاكر الطيران للصيف خيالية",
    "الفواكه صارت رفاهية",
    "الفطور برمضان صار يكلف كثير",
    "البنك المركزي رفع الفائدة مرة تانية",
    "البورصة طلعت اليوم بعد أسبوع أحمر",
    "سعر الصرف بالسوق الموازي غير عن الرسمي",
    "اللحوم المستوردة أرخص من البلدي بكتير",
    "مصاريف المدارس الخاصة زادت ٢٠٪",
    "الفلاحين بيشتكوا من غلاء الأسمدة",
    "أسعار الخضار بالسوق الشعبي أحسن من السوبرماركت",
    "الدخل ثابت والمصاريف بتزيد كل شهر",
    "تخفيض الجمارك على السيارات الكهربائية خبر حلو",
    "السياحة رجعت تنشط والحمد لله",
    "مين بيعرف سعر كيلو السكر اليوم؟",
    "المعاش ما بيكفي أدوية الوالد",
    "الاستثمار في الطاقة الشمسية مستقبل البلد",
    "سعر الأرز زاد بعد قرار وقف التصدير",
    "تكلفة المعيشة في الخليج زادت كمان",
    "ربنا يعين أصحاب الدخل المحدود",
    "الأسواق زحمة قبل العيد بس الشراء قليل",
    # weather
    "الجو اليوم حلو كتير، ربيع حقيقي",
    "مطر غزير الليلة، الله يجعله مطر خير",
    "الحرارة وصلت ٤٧ درجة، الله يعين العمال",
    "عاصفة ترابية من الصبح، سكروا الشبابيك",
    "الثلج نزل على الجبال، المنظر تحفة",
    "الأرصاد بتقول في موجة برد جاية",
    "الرطوبة عالية والجو خانق",
    "ضباب كثيف على الطريق السريع، انتبهوا",
    "الصيف السنة دي أطول من العادة",
    "الحمد لله على نعمة المطر، السدود امتلأت",
    "البحر هايج اليوم، بلاش سباحة",
    "الشتا هالسنة قاسي على الناس بالمخيمات",
    "يا ريت المدارس تعطل بكرة بسبب العاصفة",
    "درجات الحرارة بتنزل بالليل كتير، ديروا بالكم",
    "الغيوم كثيرة بس ما في مطر",
    "الجو معتدل، مناسب للرحلات",
    "أحلى شي ريحة الأرض بعد أول شتوة",
    "الفيضانات بالجنوب صعبة، الله يحمي الناس",
    "الصقيع أثر على محصول الحمضيات",
    "موجة الحر جاية نهاية الأسبوع",
    "السما صافية والنجوم واضحة الليلة",
    "الرياح قوية على الساحل",
    "انقطاع الكهربا مع الحر ما بينحمل",
    "خريف هادي وجميل هالسنة",
    "البرد داخل بالعظم اليوم",
    "الطقس في الشمال ممطر وفي الجنوب مشمس",
    "الحمد لله الموسم المطري كان جيد",
    "التكييف شغال من الصبح لليل",
    "درجة الحرارة بالصحرا بالليل بتنزل تحت الصفر",
    "حد عنده فكرة عن الطقس يوم الجمعة؟",
    # religion
    "رمضان كريم وكل عام وأنتم بخير",
    "الله يتقبل صيامكم وقيامكم",
    "عيد مبارك على الأمة الإسلامية",
    "الصلاة على النبي، ربنا يفرجها",
    "خطبة الجمعة كانت عن صلة الرحم، كلام جميل",
    "اللهم اشف مرضانا ومرضى المسلمين",
    "ميلاد مجيد لكل إخواننا المسيحيين",
    "الحج السنة دي بتكلفة أعلى، ربنا يكتبها لكل مشتاق",
    "ليلة القدر خير من ألف شهر، الله يبلغنا إياها",
    "الزكاة لازم توصل للمحتاجين الحقيقيين",
    "الله يرحمه كان رجل طيب ومحبوب من الكل",
    "الجامع بحينا عامل دروس تحفيظ للأطفال",
    "تقبل الله منا ومنكم صالح الأعمال",
    "اللهم ارحم موتانا وموتى المسلمين",
    "أجمل شي صلاة التراويح بالجامع الكبير",
    "الكنيسة والجامع جنب بعض بحارتنا من مية سنة",
    "جمعة مباركة يا أحباب",
    "سبحان الله، الصبر مفتاح الفرج",
    "إن شاء الله يكون عام خير علينا كلنا",
    "موعد صلاة العيد الساعة كم عندكم؟",
    "ربنا يهدينا جميعا للطريق الصح",
    "الصدقة بتدفع البلاء",
    "الإمام تبعنا صوته جميل بالقرآن",
    "كل سنة وانتو طيبين بمناسبة المولد النبوي",
    "اللهم بارك لنا في رجب وشعبان وبلغنا رمضان",
    "الدعاء للوالدين من أعظم البر",
    "عمرة رمضان حلم أتمنى يتحقق",
    "الحمد لله على كل حال",
    "مبادرة إفطار صائم بالحي كانت رائعة",
    "زيارة المرضى من أحب الأعمال",
    # family
    "ابني نجح في البكالوريا الحمد لله، فرحة ما بعدها فرحة",
    "أمي طبخت كسكسي اليوم، ما في أطيب من أكل الأم",
    "ربنا يخليلكم أولادكم ويحفظهم",
    "جدتي عمرها تسعين ولسا بتحكي قصص زمان",
    "الزواج صار صعب بسبب التكاليف",
    "الأطفال محتاجين وقت مع أهلهم أكثر من الموبايل",
    "بنتي بدأت المدرسة اليوم، وأنا اللي بكيت مش هي",
    "الله يرحم أبوي، كان دايما يقول العلم سلاح",
    "اجتمعنا كلنا عند بيت جدي بالعيد",
    "مبروك للعروسين، الله يتمم على خير",
    "المواليد الجدد يحتاجون تطعيمات بمواعيدها",
    "أخوي الكبير رجع من الغربة بعد خمس سنين",
    "خالتي عاملة أطيب كنافة بالعيلة",
    "الله يحفظ ولادنا من كل شر",
    "التربية صارت أصعب مع السوشيال ميديا",
    "عيد ميلاد ابني الخامس بكرة، عاملينله حفلة صغيرة",
    "بر الوالدين ما بيتعوض",
    "بيت العيلة الكبير فيه ريحة الذكريات",
    "ولادي بيحبوا الرسم أكثر من الرياضة",
    "زوجتي بتشتغل بالمستشفى وشغلها متعب كتير",
    "الحمد لله الوالدة طلعت من المستشفى",
    "أحلى شي لمة العيلة على الفطور برمضان",
    "عمي بيحكي عن أيام زمان والبلد قبل خمسين سنة",
    "الأطفال اليوم أشطر منا بكثير بالتكنولوجيا",
    "نصيحة للأهل: احكوا مع ولادكم كل يوم",
    "حفيدي تعلم يمشي اليوم، الله يحفظه",
    "السفر مع الأطفال مغامرة حقيقية",
    "الطلاق بيأثر على الأطفال، لازم الأهل ينتبهوا",
    "أختي الصغيرة تخرجت من كلية الطب",
    "البيت صار هادي بعد ما الولاد تزوجوا",
    "يا رب تجمعنا بالأحباب قريب",
    "الجيران عندنا متل العيلة",
    "الحماة عندي طيبة والله",
    "كل جمعة بنروح عند ستي على الغدا",
    "ابن أختي نجح بامتياز، فخورين فيه",
    # tech
    "التحديث الجديد للتطبيق فيه مشاكل كتير",
    "الإنترنت عندنا بطيء جدا من أسبوع",
    "مين جرب الموبايل الجديد؟ البطارية كيف؟",
    "الذكاء الاصطناعي رح يغير سوق الشغل",
    "لازم نحمي بياناتنا الشخصية على السوشيال ميديا",
    "اللابتوب عم يسخن كتير، شو الحل؟",
    "الشبكة الخامسة وصلت لمدينتنا أخيرا",
    "التعليم عن بعد محتاج إنترنت أقوى",
    "نسيت كلمة السر وما عم يوصلني كود التحقق",
    "الألعاب الإلكترونية صارت صناعة كبيرة",
    "الموقع ما بيفتح عندي من الصبح",
    "تطبيق البنك الجديد سهل ومرتب",
    "الشحن السريع بيضر البطارية ولا لا؟",
    "في حد عنده تجربة مع السيارات الكهربائية؟",
    "الشركات الناشئة العربية بتتطور بسرعة",
    "برمجة التطبيقات صارت مطلوبة كتير",
    "احذروا من الروابط المشبوهة على الواتساب",
    "الساعة الذكية مفيدة للرياضة",
    "الشاشة انكسرت وتصليحها بنص سعر الموبايل",
    "الكاميرا بالموبايل الجديد خرافية",
    "الحكومة الإلكترونية وفرت علينا وقت كتير",
    "الواي فاي بالمطار مجاني وسريع",
    "مين بيعرف برنامج مجاني لتعديل الفيديو؟",
    "التسوق أونلاين صار أسهل من الأسواق",
    "الطابعة عطلانة قبل الامتحان بيوم، يا حظي",
    "المحفظة الرقمية صارت بكل المحلات",
    "ابني يتعلم برمجة بعمر عشر سنين",
    "الروبوتات بالمصانع رح تقلل الأخطاء",
    "الهاكرز استهدفوا موقع الوزارة امبارح",
    "الكمبيوتر القديم لسا شغال متل الساعة",
    "اشتريت سماعات بلوتوث بسعر حلو",
    "المنصة التعليمية الجديدة مفيدة للطلاب",
    "الهوية الرقمية خطوة مهمة",
    "السوشيال ميديا صارت المصدر الأول للأخبار للأسف",
    "الموبايل صار جزء من الجسم",
    # dialect chatter
    "شو الأخبار يا شباب؟ في حدا من طرابلس هون؟",
    "إزيكم يا جماعة، حد عارف الطريق فاضي ولا زحمة؟",
    "شلونكم يا ربع؟ الجو عندكم شلون؟",
    "وش السالفة؟ ليش الكل يتكلم عن هالخبر؟",
    "واش كاين شي جديد على الطريق السيار؟",
    "كيفكن؟ اشتقنا للشام وأيامها",
    "يا زول الخبر ده صحيح؟",
    "بزاف ديال الناس ما عرفوش القرار الجديد",
    "هلا والله، منورين الصفحة",
    "ياخي الدنيا زحمة اليوم بشكل مش طبيعي",
    "معليش يا جماعة، مين عنده رقم البلدية؟",
    "والله اشتقنا لأيام زمان وقعدة القهوة",
    "يعطيكم العافية على التغطية",
    "تسلم يا أستاذ على المعلومة",
    "هسة وصلني الخبر، شنو صار بالضبط؟",
    "خويا الله يعطيك الصحة على المقال",
    "كاين شي واحد عندو معلومات على المباراة؟",
    "الحين وش صار على الموضوع؟",
    "ايش رأيكم نروح البحر الجمعة؟",
    "يلا الله يسهل، نشوفكم عالخير",
    "بالنسبة لي الموضوع مش مستاهل كل هالنقاش",
    "بدي روح عالسوق بس الطريق مسكرة",
    "يا حبيبي على هالصور، البلد بتجنن",
    "عادي يا شباب، الأمور بتتحسن إن شاء الله",
    "ربي يسهل على الجميع",
    "شكون اللي صور الفيديو؟ تبارك الله عليه",
    "طيب يا جماعة حد يعرف الفرن اللي جنب الجامع لسا فاتح؟",
    "والله الخبر فرحني، أخيرا شي منيح",
    "تعبنا من الزحمة كل يوم الصبح",
    "هاي الصورة بتذكرني بضيعتنا",
    "يا جماعة الخير، نبهوا بعض على الطريق",
    "ما عليه، الجايات أكثر من الرايحات",
    "ان شاء الله خير، المهم الصحة",
    "راني في الطريق للدزاير، الزحمة كبيرة",
    "باهي برشا، شكرا على الخبر",
    "يا ولد الخبر هذا من وين؟",
    "الناس كلها طالعة للكورنيش اليوم",
    "أنا من البصرة والجو عدنا نار",
    "اللي عندو معلومة يكتبها هنا الله يجازيه",
    "زين سويتوا إنكم نشرتوا الخبر",
    "يا سلام على البلد وناسها الطيبين",
    "في حدا رايح عالضيعة بكرة؟",
    "الله يوفق الجميع ويسهل أمورهم",
    "حاجة حلوة إنكم بتنشروا أخبار المحافظات",
    "برشا ناس ما سمعوش بالخبر هذا",
    # English
    "Great article, thanks for the update.",
    "Does anyone know when the road will reopen?",
    "Congratulations to the national team, what a performance!",
    "Prices in this city are getting out of hand.",
    "The weather was lovely this weekend.",
    "I hope the new hospital opens on time.",
    "Ramadan Mubarak to everyone celebrating.",
    "The referee had a solid game tonight.",
    "Please fix the comment section on mobile, it keeps crashing.",
    "My kids loved the science festival downtown.",
    "Is the metro running during the holiday?",
    "Solid analysis, but I'd like to see the data source.",
    "The new stadium looks amazing.",
    "Rent is eating half my salary these days.",
    "Well played by the young striker, he has a bright future.",
    "Any update on the exam results?",
    "Traffic on the ring road was terrible this morning.",
    "Thanks for covering local news, we need more of this.",
    "The festival was well organised this year.",
    "Stay safe everyone, the storm is coming tonight.",
    "I disagree with the minister but respect the decision.",
    "The coach made smart substitutions in the second half.",
    "Electricity prices should be reviewed.",
    "Beautiful photos of the old city!",
    "Eid Mubarak from Toronto to all the family back home.",
    "Can we get an English version of the full report?",
    "Good luck to all the students sitting exams tomorrow.",
    "The bakery on our street is still the best in town.",
    "Interesting interview, the guest made some fair points.",
    "Glad to see the park finally cleaned up.",
    # Arabizi
    "mabrook lel ahly, match gamed gedan",
    "el gaw el naharda 7elw awi",
    "shu el akhbar ya shabab? fi 7ada men beirut hon?",
    "wallah el as3ar nar, el ratib ma byekfi",
    "inshallah el montakhab yet2ahal",
    "ramadan kareem lel kol",
    "fin kayn had lmatch? chi wa7ed 3ando link?",
    "3id mubarak w kol 3am w ento b5eir",
    "el net 3andi ba6ee2 men osboo3",
    "ya jama3a el tari2 msakkara 3and el jisr",
    "el 7arass kan ra2e3 el yom",
    "barsha nas ma sm3ouch bel 5abar",
    "sa7 lsanek, kalam mazboot",
    "wesh raykom f had l9arar?",
    "shlonkom ya rab3? el jaw 3indkom shlon?",
    "el binzeen ghili kteer hal shahr",
    "allah yer7amo kan ensan tayyeb",
    "mabrouk lel 3arsan, allah ytamem 3ala 5eir",
    "bukra fi mtar 7asab el ar9ad",
    "ana ma3ak bel ra2i, lazem ykoun fi 7al",
    "el madrasa 3amlet 7afla 7elwa lel wlad",
    "hala wallah, menawreen",
    "el modarreb 3amal taghyeer mazboot fel shoot el tani",
    "ya rab nekseb el kas",
    "3andi so2al: el dawam byetghayar b ramadan?",
    "el dawla lazem tehtam bel ta3leem",
    "7elw el report, shukran",
    "ma3lesh ya shabab, ta2akhart 3al live",
    "el mobile el gedid camerto ra2e3a",
    "lmatch dyal lyoum kan zwin bzaf",
    "yalla ya shabab, kolna wara el montakhab",
    "3ala fekra, el tathkara b kam?",
    "el mo7afaza 3amlet tasli7 lel tor2at",
    "allah y7ami el balad w ahlha",
    "wallahi el gaw 3andena bard mot",
]

CLEAN_HARD = [
    # فاسد
    "مكافحة الفساد لازم تبدأ من فوق مش من الموظف الصغير",
    "تقرير هيئة النزاهة عن الفساد الإداري طلع اليوم، حد قراه؟",
    "الحليب فسد بسبب انقطاع الكهربا طول الليل",
    "لا تخلوا السياسة تفسد علاقتنا كجيران",
    "الفاصل الإعلاني طوّل أكثر من الماتش نفسه",
    "الخضار بتفسد بسرعة بالصيف إذا ما انحطت بالبراد",
    "mawdou3 el fasad bel baladiye lazem yenfata7 b shafafiye",
    "مؤشر مدركات الفساد حط بلدنا بمرتبة متأخرة",
    # خواف
    "أنا خايف على ولادي من البرد هالشتوية",
    "المخاوف من ارتفاع الأسعار بعد رمضان في محلها",
    "في تخوف عند المستثمرين من القرار الجديد",
    "سعر الخواتم الدهب طار، الله يعين اللي بدهم يتزوجوا",
    "ما تخافش، الامتحان كان سهل السنة دي",
    "5ayef 3al wlad men el bard, lazem el madares tsakker bakkir",
    "خوفي إن الدوري يتلغى زي السنة اللي فاتت",
    # شفار
    "الشفافية في صرف الميزانية هي أول مطلب للشارع",
    "نتمنى الشفاء العاجل للاعب بعد الإصابة القوية",
    "التطبيق الجديد فيه تشفير كامل للرسائل",
    "السفارة فتحت باب المواعيد للتأشيرات",
    "شفت الماتش البارح؟ الدفاع كان مزيان",
    "شفرة الموس غليت هي كمان، كلشي غلا",
    "chafafiya f sarf lflous hiya lmatloub",
    # شيات
    "شيء مؤسف اللي صار للعائلة، الله يصبرهم",
    "في أشياء كثيرة لازم تتغير بالنظام الصحي",
    "الشياكة مش في الهدوم الغالية، الشياكة ذوق",
    "كاس شاي بالنعناع بعد الغدا وخلاص",
    "الشتات الفلسطيني بيتابع الانتخابات باهتمام",
    "chi haja mzyana f had lmatch, ljomhour kan wa3er",
    "شيت الإكسل فيه كل الأرقام للي حابب يراجع",
    # زعطوط
    "منقوشة زعتر مع كاسة شاي وبلّش النهار",
    "الزعيم فاز الليلة وتصدر الدوري بجدارة",
    "ليش زعلان؟ الماتش لسا ما خلص",
    "za3tar w zeit, akl el fa2ir w el ghani",
    "أسعار العطور الفرنسية نزلت بالتخفيضات",
    "الزعتر البري بالجبل ريحته بتجنن",
    # ملقوف
    "ملفوف محشي عند ستي يوم الجمعة، ما في أطيب",
    "اللاعب موقوف مباراتين بسبب البطاقة الحمراء",
    "الطقس مقلوب هالسنة، شمس بكانون ومطر بأيار",
    "مقلوبة الباذنجان على الغدا اليوم، يا سلام",
    "malfouf w kousa ma7shi 3al ghada",
    "اتطلبت مني ملفات كتير عشان أجدد الرخصة",
    "الملف ده محتاج توقيع المدير قبل الخميس",
    # كديش
    "قديش حق كيلو البندورة اليوم؟ صار نار",
    "قديش بدنا نستنى لتفتح الطريق؟",
    "2adeesh sa3r el benzin hala2?",
    "زيارة دير القديس شربل كانت حلوة كتير",
    "تكدس السيارات على الأوتوستراد من الصبح",
    "adesh el saa3a 3andkon?",
    # هجاص
    "سعر الإجاص هالسنة نار، الكيلو صار بتلاتة دنانير",
    "الهاجس الأمني مسيطر على قرارات الحكومة",
    "عندي هواجس من امتحان بكرة، ادعولي",
    "الهجوم عندنا قوي بس الدفاع محتاج شغل",
    "7agz el tazaker fata7 el naharda 3al site",
    "رحلة العمرة للحجاز بالباص أرخص من الطيارة",
    # كوز
    "فوز مستحق للأهلي والجمهور كان رائع",
    "كيلو الموز بكام النهارده؟",
    "ركزوا على الامتحانات يا ولاد، الموبايل بعدين",
    "الكنوز الأثرية اللي اتكشفت في الأقصر تحفة",
    "fooz kbeer lel hilal el leila",
    "كيس الرز زاد سعره مرة تانية",
    "التركيز في الشوط الثاني كان أحسن بكتير",
    # عربيد
    "اللغة العربية لازم تتدرس صح في المدارس",
    "العربية بتاعتي عطلت تاني على الطريق الدائري",
    "أحمد عرابي زعيم وطني محدش يقدر ينكر دوره",
    "كأس العرب كانت بطولة ممتعة",
    "3arabeyti 3atlana w el mekaneeki mesh mawgood",
    "عربات القطار الجديدة نظيفة ومكيفة",
    "عربي ولا إنجليزي؟ ابني محتار يختار أي قسم",
    # صعلوك
    "سلوك اللاعب بعد الماتش كان محترم جدا",
    "الصعود للدوري الممتاز حلم كل جمهور النادي",
    "صعوبة الامتحان السنة دي كانت مبالغ فيها",
    "أهل الصعيد ناس طيبين وكرام",
    "so3oud el nady lel momtaz ba2a 2orayeb",
    "السلوكيات في الشارع محتاجة حملات توعية",
    # متأسلم
    "متأسف على التأخير، كان في زحمة على الجسر",
    "المسلمين في كل العالم بيستقبلوا رمضان بفرحة",
    "اللاعب إسلام جاب هدف عالمي امبارح",
    "متألم كتير من ركبتي من يوم الماتش",
    "الفريق ما استسلم لحد الدقيقة تسعين",
    "متأكد إن الحكم غلط في ضربة الجزاء",
    "mot2asef bas ma 2dert aji 3al 3ers",
    "تسلم إيدك على الأكلة الحلوة دي",
    # مرائي
    "مرآة السيارة انكسرت في الموقف",
    "الإعلام المرئي والمسموع لازم يتطور",
    "رأيي إن المدرب لازم يعطي الشباب فرصة",
    "آراء الجمهور منقسمة حول صفقة المهاجم الجديد",
    "محل المرايا اللي بالسوق عامل تخفيضات",
    "mraya jdida lel 7ammam b nos el se3r",
    "المحتوى المرئي على يوتيوب صار أهم من التلفزيون",
    # وصولي
    "وصول الطائرة تأخر ساعتين بسبب الضباب",
    "حصولي على الفيزا أخد ست شهور",
    "الوصول للمطار صار صعب بسبب التحويلات",
    "أصول الشركة اتباعت بأقل من قيمتها",
    "wusool el shi7na kan bel wa2t el marra di",
    "من وصولنا للفندق والمطر ما وقف",
    # مصلحجي
    "مصلحة الضرائب مددت موعد تقديم الإقرارات",
    "محمد صلاح سجل هدفين النهارده",
    "تصليح العربية كلفني نص المرتب",
    "المصلحة العامة فوق كل اعتبار",
    "المصالح الحكومية مقفولة يوم الخميس",
    "masla7et el dara2eb 3amla ta2seet lel mota2akhereen",
    "قاسم أمين كان مصلح اجتماعي سابق لعصره",
    # بوهالي
    "أهالي الحي طالبوا بإصلاح الطريق",
    "الأهالي تجمعوا قدام البلدية من الصبح",
    "عمي بوعلام فتح حانوت جديد في الحومة",
    "الهلال فاز بالديربي بهدف نظيف",
    "ahali el 7ay 3amlin mobadra lel tashjeer",
    "الهالة حول القمر كانت واضحة الليلة",
    # جاموسة
    "سعر كيلو لحمة الجاموس وصل لأرقام خيالية",
    "اشتريت قاموس إنجليزي جديد لابني",
    "جامعة القاهرة أعلنت نتيجة التنسيق",
    "الناموس كتير السنة دي، حد يعرف حل؟",
    "gamous baladi a7san men el mostawrad",
    "لبن الجاموس أحسن للجبنة القريش",
    "nateget el gam3a tel3et el naharda",
    # بومة
    "نومة العصر بعد الغدا ما في أحلى منها",
    "يوم الجمعة الجو هيكون حار",
    "ألبوم عمرو دياب الجديد نزل امبارح",
    "اشتريت كوتشي بوما من التخفيضات",
    "Puma just released the new national team kit.",
    "noma 7elwa ba3d el shoghl",
    "طائر البوم بيصطاد بالليل وبيساعد الفلاحين",
    # مسخرة
    "السخرية من الناس على السوشيال ميديا صارت موضة",
    "طبختلنا ستي مسخن بزيت زيتون جديد",
    "الماسكارا دي ما بتسيحش خالص",
    "لازم نسخّر التكنولوجيا لخدمة التعليم",
    "سخرية القدر إن الهدف جه في الدقيقة الأخيرة",
    "msakhan w zeit zeitoun, 3azeema 3and sitti",
    "This mascara is the best one I've tried so far.",
    # أخوت
    "أخواتي البنات رايحين على العرس الليلة",
    "إخوتي كلهم بالغربة والعيد صار ناقص",
    "يا إخوة، في حد يعرف موعد صلاة العيد؟",
    "الأخوة بين اللاعبين واضحة بالملعب",
    "akhawati w e5wati kelhom msafrin",
    "الإخوة المعلقين، ياريت نلتزم بالموضوع",
    # ثقيل الدم
    "ضغط الدم عند أبوي عالي، الله يشفيه",
    "المذيع ده خفيف الدم بجد وبيضحكني",
    "الأكل الدسم ثقيل على المعدة بالليل",
    "حملة التبرع بالدم في الجامعة بكرة",
    "الملاكم بطل العالم في الوزن الثقيل",
    "5afeef el dam el mosalsal da",
    "فصيلة الدم O سالب نادرة، اللي عنده يتبرع",
    # بوق النظام
    "نظام الدوري الجديد ظالم للأندية الصغيرة",
    "خلصنا الشغل بوقت قياسي الحمد لله",
    "النظام الغذائي الصحي أهم من الرياضة",
    "صوت البوق في المدرجات كان عالي جدا",
    "تحديث نظام التشغيل نزل للموبايلات",
    "nizam el dawri el gedid mesh 3adel",
    "البوقالات في رمضان عادة جزائرية جميلة",
    # ذو الوجهين
    "شهر ذو الحجة بدأ، الله يتقبل من الحجاج",
    "المدرب الجديد ذو خبرة كبيرة في أفريقيا",
    "القرار له وجهين، واحد حلو وواحد صعب",
    "السفر بين الوجهين القبلي والبحري صار أسهل",
    "ذو القعدة خلص والعيد قرب",
    "عملة بوجهين: الغلاء وقلة الرواتب",
    # ناقص العقل
    "الفريق ناقص لاعبين بسبب الإصابات",
    "العقل السليم في الجسم السليم",
    "الشوربة ناقصة ملح شوية بس طعمها حلو",
    "العقل زينة يا جماعة، فكروا قبل ما تصوتوا",
    "ما في شي ناقص، العقل هو اللي بيقرر بالآخر",
    "el fare2 na2es la3eebein bsabab el esabat",
    # ذباب إلكتروني
    "الذباب كتير هالصيف بسبب الحر",
    "البريد الإلكتروني للجامعة ما بيشتغل من امبارح",
    "الدفع الإلكتروني صار متاح بكل المحلات",
    "رش المبيدات ضد الذباب والبعوض بالحي",
    "التوقيع الإلكتروني وفر علينا مشاوير كتير",
    "الموقع الإلكتروني للوزارة تحدث أخيرا",
    # English look-alikes
    "Though the match was late, the fans stayed till the end.",
    "He gave me a thumbs up after the goal.",
    "Thursday's derby is going to be huge.",
    "We won the tug of war at the school festival.",
    "The ball hit the post with a loud thud.",
    "My grandmother used to cook maqluba every Friday.",
    "Brooklyn is crazy expensive now.",
    "The frogs croak all night near the river.",
    "My mum started a crochet class at the community centre.",
    "The rook is my favourite chess piece.",
    "Diesel prices went up again this week.",
    "The kids painted on an easel at school today.",
    "Measles cases are rising, please vaccinate your kids.",
    "A wheel came off the bus on the highway, thank God nobody was hurt.",
    "Dance classes for kids start next month.",
    "Duncan Ferguson was a legend at Everton.",
    "The dunes in Merzouga are beautiful at sunset.",
    "One ounce of gold costs a fortune now.",
    "Dundee won the derby on Saturday.",
    "Lucky goal in the last minute, but we'll take it.",
    "Ice hockey is getting popular in the Gulf.",
    "The jockey won the big race in Dubai.",
    "The team is lacking a real striker.",
    "Ron Weasley was always my favourite character.",
    "The Lakers lost again last night.",
]


# ----------------------------------------------------------------------------------------------------------
# Checks and output
# ----------------------------------------------------------------------------------------------------------
STRONG = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه",
                        "ک": "ك", "ی": "ي", "گ": "ك"})
INVISIBLE = set(ZW) | set(BIDI)


def norm_plain(s):
    return strip_marks(s).lower()


def norm_strong(s):
    s = "".join(ch for ch in strip_marks(s) if ch not in INVISIBLE)
    return s.translate(STRONG).lower()


def final_checks(clean):
    banned_plain = [norm_plain(b) for b in BANNED]
    banned_strong = [norm_strong(b) for b in BANNED]
    check(len(set(BANNED)) == len(BANNED), "banned list has duplicates")
    for it in ITEMS:
        rest = norm_strong(it["text"].replace(it["_token"], " "))
        others = [b for b, bs in zip(BANNED, banned_strong, strict=True) if bs in rest]
        check(not others, f"item contains another banned entry {others}: {it['text']!r}")
    strong_hits = []
    for c in clean:
        plain_hits = [b for b, bp in zip(BANNED, banned_plain, strict=True) if bp in norm_plain(c)]
        check(not plain_hits, f"clean item contains {plain_hits}: {c!r}")
        if any(bs in norm_strong(c) for bs in banned_strong):
            strong_hits.append(c)
    check(len(set(clean)) == len(clean), "duplicate clean items")
    check(not set(clean) & SEEN, "a clean item is also an insult item")
    return strong_hits


def write(name, obj):
    path = HERE / name
    text = json.dumps(obj, ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")
    check(json.loads(path.read_text(encoding="utf-8")) == obj, f"{name} does not read back identical")


def table_checks():
    names = {4: ["ISOLATED", "FINAL", "INITIAL", "MEDIAL"], 2: ["ISOLATED", "FINAL"], 1: ["ISOLATED"]}
    for letter, (base, n) in PRES.items():
        for k in range(n):
            ch = chr(base + k)
            check(unicodedata.normalize("NFKC", ch) == letter and names[n][k] in unicodedata.name(ch),
                  f"presentation table wrong for {letter} form {k}")
    for letter, cp in MATH.items():
        ch = chr(cp)
        check(unicodedata.normalize("NFKC", ch) == letter and "MATHEMATICAL" in unicodedata.name(ch),
              f"math table wrong for {letter}")


def main():
    table_checks()
    build_arabic_hand()
    build_arabic_mech()
    build_arabizi()
    build_phrases()
    build_english()
    build_combos()
    clean = CLEAN_GENERAL + CLEAN_HARD
    strong_hits = final_checks(clean)
    counts = {}
    for it in ITEMS:
        counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    for kind, n in counts.items():
        check(n >= 8, f"kind {kind} has only {n} items")
    combos = [k for k in counts if "+" in k]
    check(len(combos) >= 15, "fewer than 15 combination kinds")
    check(len(ITEMS) >= 1000, f"only {len(ITEMS)} insult items")
    check(len(clean) >= 500, f"only {len(clean)} clean items")
    check(len(CLEAN_HARD) >= 0.3 * len(clean), "hard negatives are less than 30% of the clean items")
    check(set(it["entry"] for it in ITEMS) == set(BANNED), "some banned entry has no item")
    if FAILS:
        for f in FAILS[:50]:
            print("FAIL:", f)
        raise SystemExit(f"{len(FAILS)} check(s) failed; nothing written")
    items = [{"text": it["text"], "entry": it["entry"], "kind": it["kind"]} for it in ITEMS]
    RNG.shuffle(items)
    clean_out = list(clean)
    RNG.shuffle(clean_out)
    write("screening_insults_h.json", {"banned": BANNED, "items": items})
    write("screening_clean_h.json", {"banned": BANNED, "items": clean_out})
    if FAILS:
        raise SystemExit("; ".join(FAILS))
    print("kind counts:")
    for kind in sorted(counts):
        print(f"  {kind:38s} {counts[kind]}")
    per_entry = {}
    for it in ITEMS:
        per_entry[it["entry"]] = per_entry.get(it["entry"], 0) + 1
    print("items per entry:", ", ".join(f"{e}={per_entry[e]}" for e in BANNED))
    print(f"insult items: {len(items)}  kinds: {len(counts)}  combination kinds: {len(combos)}")
    print(f"clean items: {len(clean_out)}  hard negatives: {len(CLEAN_HARD)} "
          f"({100 * len(CLEAN_HARD) / len(clean_out):.0f}%)")
    print(f"clean items that match an entry only after hamza/ta/ya folding (intended hard negatives): "
          f"{len(strong_hits)}")
    for c in strong_hits:
        print("   ", c)


if __name__ == "__main__":
    main()
