#!/usr/bin/env python3
"""Blind evaluation set "E" for the Arabic comment-screening matcher.

Run from this folder:   python3 make_screening_sets_e.py

Writes next to itself:
  screening_insults_e.json  {"banned": [...], "items": [{"text", "entry", "kind"}, ...]}
  screening_clean_e.json    {"banned": [...], "items": [str, ...]}

Everything (banned list, word forms, comment frames, clean comments) is
hand-written below.  A seeded random.Random only picks frames, positions
and which disguise variant to use, so the output is reproducible.

"kind" names the disguise; combined disguises are joined with "+".
The script ends with a self-check: no clean comment may contain a banned
entry in any of the plain forms listed here, every frame must be free of
banned words, and each undisguised insult item must contain exactly its own
entry.  This check is only a guard against authoring mistakes.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

SEED = 20250607
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# 1. The moderator's banned list
# ---------------------------------------------------------------------------
# Dialect tags: EG Egyptian, LEV Levantine, GULF Gulf, IQ Iraqi,
# MA Maghrebi (Moroccan/Algerian), MSA standard.  A word tagged MSA may
# appear in any dialect's comment.

SINGLES = OrderedDict()


def word(entry, dial, **kw):
    kw["dial"] = set(dial.split())
    SINGLES[entry] = kw


# Egyptian
word("هلفوت", "EG",
     fem=["هلفوتة"], pl_broken=["هلافيت"], poss=["هلفوتهم"],
     tam=[("هلفوته", "fem")], maq=[("هلافىت", "pl")],
     harakat=["هَلْفُوت", "هَلفُوت"], split=["هلف وت", "هلفو ت"],
     az=["halfout", "helfoot", "Halfoot", "HALFOUT", "halfot"])
word("طرطور", "EG LEV MSA",
     pl_broken=["طراطير"], dual=[("طرطوران", "طرطورين")],
     poss=["طرطورهم", "طرطوركم"], maq=[("طراطىر", "pl")],
     harakat=["طَرْطُور", "طَرطُور"], split=["طرط ور", "طرطو ر"],
     az=["tartour", "tartoor", "Tartour", "TARTOOR"])
word("دلدول", "EG",
     fem=["دلدولة"], pl_broken=["دلاديل"], poss=["دلدولهم", "دلدولكم"],
     tam=[("دلدوله", "fem")],
     harakat=["دَلْدُول", "دِلْدُول"], split=["دلد ول", "دلدو ل"],
     az=["deldoul", "daldool", "Deldool", "deldol"])
word("أرزقي", "EG",
     pl_broken=["أرزقية"],
     hamza=[("ارزقي", "sg"), ("إرزقي", "sg"), ("ارزقية", "pl")],
     maq=[("أرزقى", "sg")],
     harakat=["أَرْزَقِي", "أرْزَقي"], split=["أرزق ي", "أرز قي"],
     az=["arza2i", "arze2y", "Arzaqi", "ARZA2Y"])
word("صايع", "EG LEV",
     fem=["صايعة"], pl_sound=["صايعين"], pl_broken=["صيع"],
     hamza=[("صائع", "sg"), ("صائعين", "pl"), ("صائعة", "fem")],
     tam=[("صايعه", "fem")], maq=[("صاىع", "sg")],
     harakat=["صَايِع", "صايِع"], split=["صاي ع", "صا يع"],
     az=["saye3", "sayi3", "9aye3", "SAYE3", "saaye3"])
# Levantine
word("عكروت", "LEV",
     fem=["عكروتة"], pl_broken=["عكاريت"], poss=["عكروتهم"],
     tam=[("عكروته", "fem")],
     harakat=["عَكْرُوت", "عكرُوت"], split=["عك روت", "عكرو ت"],
     az=["3akrout", "3akroot", "akroot", "3AKROUT"])
word("مسطول", "LEV EG",
     fem=["مسطولة"], pl_sound=["مسطولين"], pl_broken=["مساطيل"],
     dual=[("مسطولان", "مسطولين")], poss=["مسطولكم"],
     tam=[("مسطوله", "fem")], maq=[("مساطىل", "pl")],
     harakat=["مَسْطُول", "مسطُول"], split=["مسط ول", "مسطو ل"],
     az=["mastool", "mastoul", "mas6ool", "MASTOOL", "mastol"])
word("نغل", "LEV IQ",
     fem=["نغلة"], pl_broken=["أنغال", "نغول"], poss=["نغلهم"],
     hamza=[("انغال", "pl")], tam=[("نغله", "fem")],
     harakat=["نَغْل", "نَغَل"], split=["نغ ل", "ن غل"],
     az=["naghl", "na3'l", "Naghl", "NAGHL", "naghel"])
# Gulf / Iraqi
word("جربوع", "GULF LEV",
     fem=["جربوعة"], pl_broken=["جرابيع"], poss=["جربوعهم", "جربوعكم"],
     tam=[("جربوعه", "fem")], maq=[("جرابىع", "pl")],
     harakat=["جَرْبُوع", "جربُوع"], split=["جربو ع", "جرب وع"],
     az=["jarbou3", "jarboo3", "Jarboo3", "JARBOU3"])
word("خبل", "GULF IQ",
     fem=["خبلة"], pl_broken=["خبول", "خبلان"], poss=["خبلكم"],
     tam=[("خبله", "fem")],
     harakat=["خَبَل", "خِبِل"], split=["خب ل", "خ بل"],
     az=["5abal", "khabal", "5bal", "KHABAL", "5ibil"])
word("خايس", "IQ GULF",
     fem=["خايسة"], pl_sound=["خايسين"],
     hamza=[("خائس", "sg"), ("خائسين", "pl")],
     tam=[("خايسه", "fem")], maq=[("خاىس", "sg")],
     harakat=["خَايِس", "خايِس"], split=["خاي س", "خا يس"],
     az=["5ayes", "khayes", "5ayis", "KHAYES"])
# Maghrebi
word("مسخوط", "MA",
     fem=["مسخوطة"], pl_sound=["مسخوطين"], pl_broken=["مساخيط"],
     tam=[("مسخوطه", "fem")],
     harakat=["مَسْخُوط", "مْسَخُوط"], split=["مسخو ط", "مسخ وط"],
     az=["mskhout", "maskhout", "mes5out", "MSKHOUT", "ms5ot"])
word("مكلخ", "MA",
     fem=["مكلخة"], pl_sound=["مكلخين"], tam=[("مكلخه", "fem")],
     harakat=["مْكَلَّخ", "مكلّخ"], split=["مكل خ", "مك لخ"],
     az=["mkelkh", "mkalakh", "mkl5", "MKELKH", "mkalle5"])
word("شلاهبي", "MA",
     pl_broken=["شلاهبية"], maq=[("شلاهبى", "sg")],
     harakat=["شْلَاهْبِي", "شلاهبِي"], split=["شلاه بي", "شلا هبي"],
     az=["chlahbi", "shlahbi", "Chlahbi", "chlehbi"])
# Standard Arabic
word("أفاك", "MSA",
     fem=["أفاكة"], pl_sound=["أفاكون", "أفاكين"],
     dual=[("أفاكان", "أفاكين")], poss=["أفاكهم"],
     hamza=[("افاك", "sg"), ("إفاك", "sg"), ("آفاك", "sg"), ("افاكين", "pl")],
     tam=[("أفاكه", "fem")],
     harakat=["أَفَّاك", "أفّاك"], split=["أفا ك", "أف اك"],
     az=["2affak", "affak", "afak", "AFFAK"])
word("زنيم", "MSA",
     fem=["زنيمة"], dual=[("زنيمان", "زنيمين")], poss=["زنيمهم"],
     tam=[("زنيمه", "fem")], maq=[("زنىم", "sg")],
     harakat=["زَنِيم", "زنِيم"], split=["زني م", "زن يم"],
     az=["zaneem", "zanim", "ZANEEM"])
word("همجي", "MSA EG LEV GULF IQ MA",
     fem=["همجية"], pl_sound=["همجيين", "همجيون"], pl_broken=["همج"],
     dual=[("همجيان", "همجيين")], tam=[("همجيه", "fem")],
     maq=[("همجى", "sg")],
     harakat=["هَمَجِيّ", "هَمَجِي"], split=["همج ي", "هم جي"],
     az=["hamaji", "hamagy", "Hamaji", "HAMAJY"])
word("رعديد", "MSA",
     fem=["رعديدة"], pl_broken=["رعاديد"], dual=[("رعديدان", "رعديدين")],
     tam=[("رعديده", "fem")], maq=[("رعدىد", "sg")],
     harakat=["رِعْدِيد", "رعدِيد"], split=["رعدي د", "رع ديد"],
     az=["ra3deed", "ra3did", "Ra3deed"])
# two grammatically feminine nouns
word("نكرة", "MSA EG LEV GULF IQ MA",
     pl_sound=["نكرات"], dual=[("نكرتان", "نكرتين")],
     tam=[("نكره", "sg")],
     harakat=["نَكِرَة", "نَكِرَةٌ"], split=["نك رة", "نكر ة"],
     az=["nakira", "nakra", "nakera", "NAKIRA"])
word("جيفة", "MSA LEV EG",
     pl_broken=["جيف"], dual=[("جيفتان", "جيفتين")],
     tam=[("جيفه", "sg")], maq=[("جىفة", "sg")],
     harakat=["جِيفَة", "جِيفَةٌ"], split=["جي فة", "جيف ة"],
     az=["jeefa", "jifa", "geefa", "jeefeh", "JEEFA"])
word("لقيط", "MSA GULF LEV",
     fem=["لقيطة"], pl_sound=["لقيطين"], pl_broken=["لقطاء"],
     dual=[("لقيطان", "لقيطين")],
     hamza=[("لقطا", "pl")], tam=[("لقيطه", "fem")], maq=[("لقىط", "sg")],
     harakat=["لَقِيط", "لقِيط"], split=["لق يط", "لقي ط"],
     az=["la8ee6", "laqee6", "lagee6", "laqeet", "LAQEE6"])

PHRASES = OrderedDict()
PHRASES["ابن الجزمة"] = dict(
    dial={"EG"},
    harakat=["ابن الجَزْمَة", "اِبْن الجَزْمَة"],
    split=["ابن الجز مة", "ابن الج زمة"])
PHRASES["قليل الأصل"] = dict(
    dial={"EG", "LEV"},
    harakat=["قَلِيل الأَصْل", "قليل الأَصل"],
    split=["قليل الأص ل", "قلي ل الأصل"])
PHRASES["ماسح جوخ"] = dict(
    dial={"LEV", "MSA"},
    harakat=["مَاسِح جُوخ", "ماسِح جُوخ"],
    split=["ماسح جو خ", "ماس ح جوخ"])

ENGLISH = ["imbecile", "cretin", "twit", "buffoon", "turd"]

BANNED = list(SINGLES) + list(PHRASES) + ENGLISH
ALLD = {"EG", "LEV", "GULF", "IQ", "MA", "MSA"}


def dial_of(entry):
    if entry in SINGLES:
        return SINGLES[entry]["dial"]
    if entry in PHRASES:
        return PHRASES[entry]["dial"]
    return {"ALL"}


# ---------------------------------------------------------------------------
# 2. Comment frames (hand-written).  "DIALECT|text"
#    {X}  the insult word/phrase
#    {VX} the vocative (token already contains يا)
#    {W}  bare word glued to a prefix that is written in the frame itself
# ---------------------------------------------------------------------------

def frames(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        d, t = line.split("|", 1)
        out.append((d.strip(), t.strip()))
    return out


FR = {}
FR["sg"] = frames("""
EG|الوزير ده {X} ومش فاهم أي حاجة في الاقتصاد
EG|والله العظيم الراجل ده {X} وبيضحك علينا
EG|اللي كاتب المقال ده {X} بجد
EG|طول عمره {X} ومحدش بيسمع كلامه
EG|المذيع ده {X} ومش عارف بيقول إيه
EG|هو فاكر نفسه مين؟ ده {X}
EG|بصراحة اللاعب ده {X} ولازم يمشي من النادي
EG|رئيس الحي عندنا {X} والشوارع غرقانة
EG|ده واحد {X} وبيتكلم في اللي ميعرفوش
EG|المحافظ {X} ومش حاسس بالناس خالص
EG|إزاي يخلوا واحد {X} زي ده يمسك الوزارة؟
LEV|هالنائب {X} وما بيفهم شي بالاقتصاد
LEV|والله هاد المسؤول {X} وعم يضحك علينا
LEV|المذيع {X} من أول الحلقة لآخرها
LEV|هيدا واحد {X} وبس عم يحكي
LEV|بصراحة المدرب {X} وخرّب الفريق
LEV|اللي كتب هالمقال {X} وما بيعرف شي
LEV|شو هالحكي؟ هاد زلمة {X}
LEV|رئيس البلدية عنا {X} والطرقات مكسرة
LEV|كل ما يطلع عالشاشة بحس إنه {X}
GULF|هالمسؤول {X} وما يدري وش يسوي
GULF|والله إنه {X} ولا يعرف شي
GULF|هذا المذيع {X} ما عنده سالفة
GULF|اللي كاتب هالتغريدة {X}
GULF|المدرب {X} وضيّع علينا الدوري
GULF|شوفوا هالشخص {X} يتكلم وهو ما يفهم
GULF|ترى هذا {X} لا تصدقونه
IQ|هذا النائب {X} وما يفتهم شي
IQ|والله هذا {X} ديضحك علينا
IQ|المسؤول مالتنا {X} والكهرباء مقطوعة
IQ|هذا المحلل {X} كل يوم طالع بالتلفزيون
IQ|اللي كتب المنشور {X} بصراحة
MA|هاد الوزير {X} وما فاهم والو
MA|والله حتى {X} هاد المسؤول
MA|هاد اليوتيوبر {X} غير كيقلب على البوز
MA|الكوتش {X} وضيع علينا الماتش
MA|راه {X} هاد السيد ومعروف
MA|البرلماني ديالنا {X} ما دار والو
MSA|هذا المسؤول {X} ولا يستحق منصبه
MSA|كاتب المقال {X} يزوّر الحقائق
MSA|إنه {X} يتاجر بآلام الناس
MSA|لا يصدق هذا الكلام إلا {X}
MSA|الرئيس المخلوع كان {X} بامتياز
MSA|المتحدث الرسمي {X} يكذب في كل بيان
MSA|من يدافع عن هذا القرار {X}
MSA|هذا المحلل {X} ولا علاقة له بالسياسة
MSA|المذيع {X} وقناته لا تقل عنه سوءاً
MSA|كل من يبرر قتل الأبرياء {X}
""")
FR["pl"] = frames("""
EG|النواب دول كلهم {X} وبيقبضوا من جيوبنا
EG|اللي بيهللوا للحكومة دول {X}
EG|الجماعة اللي في الاستوديو {X} بجد
EG|المعلقين في الماتش ده {X}
EG|شوية {X} بيتحكموا في البلد
LEV|كلهن {X} وعم يسرقوا البلد
LEV|هالنواب {X} ما بيستاهلوا صوتنا
LEV|شوية {X} عم يحكموا فينا
LEV|هدول مش سياسيين، هدول {X}
GULF|كلهم {X} ولا فيهم خير
GULF|هذولا {X} يبون الفلوس بس
GULF|جماعة الاستوديو {X} ما عندهم سالفة
IQ|كلهم {X} وباكوا البلد
IQ|هذوله {X} ما يستاهلون
MA|كاملين {X} غير كيسرقو
MA|هادو {X} ماشي مسؤولين
MSA|هؤلاء الساسة {X} باعوا الوطن
MSA|المعلقون هنا {X} لا يفقهون شيئاً
MSA|أعضاء المجلس {X} بلا استثناء
MSA|حكامنا {X} لا يستحقون الاحترام
""")
FR["fem"] = frames("""
EG|المذيعة دي {X} ومش عارفة تدير حوار
EG|الممثلة دي {X} وبتدور على الترند
EG|النائبة دي {X} وكلامها كله غلط
LEV|هالمذيعة {X} وما بتعرف تحاور
LEV|هي {X} من زمان وكل الناس بتعرف
LEV|الوزيرة {X} وما إلها علاقة بالملف
GULF|هالمذيعة {X} وما تعرف تسأل
GULF|هذي المشهورة {X} وتبي ترند وبس
IQ|هاي المذيعة {X} وما تفتهم
MA|هاد المذيعة {X} ما فاهمة والو
MA|هادي {X} غير كتقلب على البوز
MSA|هذه الإعلامية {X} تبيع مواقفها لمن يدفع
MSA|النائبة {X} ولا تمثل إلا نفسها
MSA|تلك الوزيرة {X} بكل معنى الكلمة
""")
FR["dual"] = frames("""
MSA|هذان الوزيران {X} لا يصلحان لشيء
MSA|المتحدثان في البرنامج {X} بامتياز
MSA|الرئيسان {X} يتقاسمان الغنائم
MSA|النائبان {X} ولا يمثلان أحداً
MSA|المرشحان للرئاسة {X} بكل وضوح
""")
FR["dual_acc"] = frames("""
MSA|أصبح الوزيران {X} في نظر الجميع
MSA|كان المتحدثان {X} طوال الحلقة
MSA|اعتبر الجمهور المعلقَين {X}
""")
FR["poss"] = frames("""
EG|الريس ده {X} ومبيعملش حاجة من دماغه
EG|ما هو {X} وبيقول اللي يتقاله
LEV|هاد {X} وبينفذ اللي بينقاله
LEV|كل مرة بيطلع {X} عالشاشة وبيعيد نفس الحكي
GULF|هذا {X} يسوي اللي ينقال له
IQ|هذا {X} ينفذ اللي ينطلب منه
MA|هادا غير {X} كيدير اللي قالو ليه
MSA|الرئيس الجديد ليس إلا {X} ينفذ الأوامر
MSA|إنه {X} المفضل منذ سنوات
""")
FR["addr"] = frames("""
EG|اسكت {VX} ومتتكلمش في السياسة
EG|روح نام {VX} أحسن لك
EG|{VX} انت فاهم حاجة أصلاً؟
EG|ابعد عن الموضوع ده {VX}
EG|هو انت مين عشان تتكلم {VX}
LEV|سكوت {VX} وما تحكي بشي ما بتفهم فيه
LEV|روح نام {VX}
LEV|{VX} مين سألك رأيك؟
LEV|حل عنا {VX}
GULF|اسكت {VX} لا تتفلسف
GULF|{VX} وش دخلك بالموضوع؟
GULF|انقلع {VX}
GULF|لا تتكلم عن البلد {VX}
IQ|اسكت {VX} لتحجي
IQ|{VX} شدخلك انت
IQ|روح نام {VX} ولا تتفلسف
MA|سكت {VX} راك ما فاهم والو
MA|{VX} شكون سولك
MA|سير تنعس {VX}
MSA|اصمت {VX}
MSA|أنت آخر من يتكلم عن الشرف {VX}
MSA|{VX} كفاك كذباً على الناس
MSA|اخرس {VX} ولا تزايد علينا
""")
FR["addr_fem"] = frames("""
EG|اسكتي {VX} وبلاش فضايح
LEV|روحي نامي {VX}
GULF|اسكتي {VX} لا تتفلسفين
IQ|اسكتي {VX} لتحجين
MA|سكتي {VX} راكي ما فاهمة والو
MSA|اصمتي {VX}
""")
FR["addr_pl"] = frames("""
EG|اتلموا بقى {VX}
LEV|حلّوا عنا {VX}
GULF|انقلعوا {VX}
IQ|اسكتوا {VX}
MA|سكتو {VX}
MSA|كفاكم كذباً {VX}
""")
FR["alone"] = frames("""
ALL|{X}
ALL|{X} 😂😂
ALL|{X}!!
ALL|{X} وبس
ALL|{X} والله
""")

# prefix frames: the prefix is written in the frame, {W} is the bare word
FR["P:pre_wa"] = frames("""
EG|ده فاسد و{W} ومحدش قادر يكلمه
EG|الراجل ده متكبر و{W} وعامل نفسه فاهم
LEV|هالزلمة كسلان و{W} وما بيعرف يشتغل
LEV|المدير الجديد مغرور و{W} وكلنا ندمانين
GULF|هذا متكبر و{W} ولا يستاهل المنصب
IQ|هذا طماع و{W} ويريد يصير وزير
MA|هاد السيد مغرور و{W} وما كيحشمش
MSA|إنه فاسد و{W} ولا يؤتمن على شيء
MSA|رجل متعجرف و{W} يتحدث باسم الشعب
""")
FR["P:pre_fa"] = frames("""
EG|مفيش أي أمل ف{W} زي ده
EG|كل ما أبص ف{W} زي ده بتعصب
MA|ما عندي حتى ثقة ف{W} بحال هادا
MA|شنو بغيتي تشوف ف{W} بحال هادا؟
MSA|ومن يصدق كلامه ف{W} مثله
MSA|أما من يبرر له ف{W} لا يقل عنه
MSA|ومن صفق له ف{W} أيضاً
""")
FR["P:pre_bi"] = frames("""
MSA|لا تثق ب{W} مثله
MSA|ابتُلينا ب{W} يحكمنا
LEV|شو بدك ب{W} متل هاد
EG|إزاي تثق ب{W} زي ده
GULF|وش تبي ب{W} مثل هذا
IQ|شلون تثق ب{W} مثل هذا
MA|ما تيقش ب{W} بحال هادا
""")
FR["P:pre_li"] = frames("""
LEV|كيف بتسلموا البلد ل{W} متل هاد؟
EG|محدش يسمع ل{W} زي ده
MSA|لا تعطوا منبراً ل{W} مثله
GULF|لا تعطون وجه ل{W} مثله
MSA|كيف يُسلَّم ملف كهذا ل{W}؟
IQ|شلون تنطي المنصب ل{W} مثل هذا
MA|ما تعطيوش الكلمة ل{W} بحال هادا
""")
FR["P:pre_ka"] = frames("""
MSA|تصرف الوزير ك{W} أمام الكاميرات
MSA|يتحدث ك{W} لا يعرف ما يقول
MSA|ظهر في المقابلة ك{W} لا أكثر ولا أقل
MSA|عامل الصحفيين ك{W} متعجرف
MSA|دخل الاجتماع ك{W} وخرج منه كذلك
""")
FR["P:art_al"] = frames("""
EG|شوفوا ال{W} ده بيقول إيه
EG|مين ال{W} اللي كتب الكلام ده
LEV|ال{W} اللي بالحكومة ما بيفهم شي
LEV|مين جاب ال{W} هاد عالتلفزيون
GULF|ال{W} هذا وش يبي؟
GULF|لا تردون على ال{W} اللي فوق
IQ|ال{W} مال البلدية ما سوى شي
MA|ال{W} اللي كيحكم فينا ما دار والو
MSA|ال{W} الذي يرأس اللجنة يجب أن يُحاسب
MSA|لا ترد على ال{W} الذي كتب التعليق
""")
FR["P:pre_wal"] = frames("""
EG|روح انت وال{W} اللي معاك
EG|الحكومة وال{W} اللي ماسك الوزارة
LEV|روح إنت وال{W} صاحبك
LEV|هو وال{W} اللي معه نفس الشي
GULF|إنت وال{W} ربعك ما تفهمون
IQ|انت وال{W} اللي وياك
MA|نتا وال{W} صاحبك بحال بحال
MSA|الحكومة وال{W} الذي يرأسها
""")
FR["P:pre_bal"] = frames("""
LEV|شو بدنا بال{W} هاد
LEV|ما حدا بيثق بال{W} هيدا
EG|احنا مالنا بال{W} ده
EG|محدش يهتم بال{W} ده
GULF|وش لنا بال{W} هذا
IQ|شعلينا بال{W} هذا
MA|ما عندنا ما نديرو بال{W} هادا
MSA|لا تثقوا بال{W}
MSA|ما علاقتنا بال{W} الذي يتكلم باسمنا؟
""")
FR["P:pre_hal"] = frames("""
LEV|هال{W} شو بيفهم بالسياسة؟
LEV|مين جاب هال{W} عالحكومة؟
LEV|بدي أعرف مين انتخب هال{W}
LEV|شو بدو هال{W} منا؟
GULF|هال{W} وش يبي منا
GULF|من وين طلع لنا هال{W}؟
IQ|هال{W} ما يستحي
IQ|منو جاب هال{W} للبرلمان؟
""")
FR["P:pre_3al"] = frames("""
LEV|الحق مش عليه، الحق عال{W} اللي عيّنه
LEV|اللوم كله عال{W} اللي ماسك الوزارة
LEV|تفو عال{W} وعلى اللي بيسمعله
LEV|يا حرام عالبلد، ماشية عال{W} هاد
IQ|العتب عال{W} اللي انتخبه
IQ|الذنب مو عليه، الذنب عال{W} اللي جابه
""")

# Arabizi frames (Latin script)
FR["az_sg"] = frames("""
EG|el wazir da {X} w mesh fahem ay 7aga
EG|howa {X} men zaman ya gama3a
EG|wallahi el mozee3 da {X}
EG|da wa7ed {X} w bass
LEV|hayda {X} w ma bya3ref shi
LEV|wallah hal nayeb {X}
LEV|shu hal 7aki? howe {X}
GULF|hatha {X} ma yedri wesh ysawi
GULF|wallah ennah {X}
GULF|tara hatha {X} la tsad8oona
IQ|hatha {X} ma yefham shi
IQ|wallah hatha el mas2ool {X}
MA|had lwazir {X} ma fahem walo
MA|wallah ila {X} had siyed
MA|rah {X} bla chek
MSA|honestly hatha el shakhs {X}
""")
FR["az_pl"] = frames("""
EG|kollohom {X} w mesh fahmin 7aga
LEV|kellon {X} w 3am yesra2o el balad
GULF|hathola {X} yabon el flous bs
IQ|kollhum {X} w bago el balad
MA|hadou {X} machi mas2oulin
MSA|kollohom {X} bla esthtina2
""")

FR["az_sp"] = [f for f in FR["az_sg"] if "{X} w " not in f[1]]

# English frames
FR["en_sg"] = frames("""
ALL|This guy is a complete {X}, how is he still a minister?
ALL|Only a total {X} would believe this article.
ALL|The referee was an absolute {X} tonight.
ALL|What a massive {X}. Resign already.
ALL|Whoever wrote this headline is a proper {X}
ALL|Honestly the coach is a clueless {X} and everyone knows it
ALL|lol the spokesman is such a pompous {X} smh
ALL|Sit down, you {X}.
ALL|Another smug {X} on TV telling us prices are fine
ALL|The mayor is a useless {X}, nothing ever gets fixed
ALL|Get lost, you {X}!
""")
FR["en_pl"] = frames("""
ALL|These {X} have been running the country for 20 years
ALL|Bunch of {X} in the comments today
ALL|All the pundits on that channel are {X}
ALL|The whole board are {X} and should resign
""")
FR["en_adj"] = frames("""
ALL|That was the most {X} interview I've ever seen
ALL|Such {X} behaviour from a public official
ALL|His {X} comments embarrassed the whole country
""")
FR["en_ing"] = frames("""
ALL|Stop {X} around and do your job, minister
ALL|The whole cabinet is {X} about while prices explode
""")
FR["mix_sg"] = frames("""
EG|الوزير ده {X} رسمي
LEV|والله هالمذيع {X}
GULF|هذا اللاعب {X} حرفياً
EG|المعلق ده {X} بجد
MA|هاد المدرب {X} والله
MSA|كاتب هذا المقال {X} بكل صراحة
""")
FR["mix_pl"] = frames("""
EG|كلهم {X} ومش فارقة
LEV|هدول كلهن {X}
GULF|هذولا {X} والله
""")

# ---------------------------------------------------------------------------
# 3. Disguise helpers
# ---------------------------------------------------------------------------
TATWEEL = "\u0640"
DUAL_JOIN = set("بتثجحخسشصضطظعغفقكلمنهيئى" + "پچگکیڪھہ" + TATWEEL)
AR_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06D5]")


def is_letter(ch):
    return bool(AR_LETTER.match(ch))


def inside(w):
    return [i for i in range(1, len(w)) if is_letter(w[i - 1]) and is_letter(w[i])]


def per_word(token, fn, choose="one"):
    """apply fn to one (random applicable) word of a multi-word token"""
    parts = token.split(" ")
    idx = [i for i, p in enumerate(parts) if len(p) >= 3 and fn(p, probe=True) is not None]
    if not idx:
        return None
    i = rng.choice(idx)
    r = fn(parts[i])
    if r is None:
        return None
    parts[i] = r
    return " ".join(parts)


def t_tatweel(w, probe=False):
    idx = [i for i in inside(w) if w[i - 1] in DUAL_JOIN]
    if not idx:
        return None
    if probe:
        return w
    if rng.random() < 0.45:
        s = ""
        for i, ch in enumerate(w):
            s += ch
            if i + 1 in idx:
                s += TATWEEL
        return s
    i = rng.choice(idx)
    return w[:i] + TATWEEL * rng.randint(1, 6) + w[i:]


def t_repeat(w, probe=False):
    if len(w) < 2:
        return None
    if probe:
        return w
    vow = [i for i, ch in enumerate(w) if ch in "اوي" and i > 0]
    if vow and rng.random() < 0.7:
        i = rng.choice(vow)
    else:
        i = len(w) - 1
        if w[i] == "ة" and rng.random() < 0.6:
            i -= 1
    return w[:i] + w[i] * rng.randint(3, 7) + w[i + 1:]


def t_spaced(token):
    return "   ".join(" ".join(p) for p in token.split(" "))


PUNCT_SEPS = [".", "-", "_", "*", "/", "•", ".", "-", " . ", "+", "~"]


def t_punct(token):
    sep = rng.choice(PUNCT_SEPS)
    return " ".join(sep.join(p) for p in token.split(" "))


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f"]


def t_zw(w, probe=False):
    pos = inside(w)
    if not pos:
        return None
    if probe:
        return w
    k = min(len(pos), rng.choice([1, 1, 2, 3]))
    chosen = sorted(rng.sample(pos, k), reverse=True)
    for i in chosen:
        w = w[:i] + rng.choice(ZW) + w[i:]
    return w


BIDI_SINGLE = ["\u200f", "\u200e", "\u061c", "\u200f\u200f"]
BIDI_PAIRS = [("\u202b", "\u202c"), ("\u202e", "\u202c"), ("\u2067", "\u2069"),
              ("\u2068", "\u2069"), ("\u202a", "\u202c"), ("\u2066", "\u2069")]


def t_bidi(w, probe=False):
    pos = inside(w)
    if not pos:
        return None
    if probe:
        return w
    if rng.random() < 0.5 or len(pos) < 2:
        i = rng.choice(pos)
        return w[:i] + rng.choice(BIDI_SINGLE) + w[i:]
    i, j = sorted(rng.sample(pos, 2))
    a, b = rng.choice(BIDI_PAIRS)
    return w[:i] + a + w[i:j] + b + w[j:]


EMOJI = ["🤡", "💩", "😂", "🙄", "🤬", "👎", "🐑", "😡", "🤦‍♂️", "🤮", "🐍",
         "🤣", "👇", "😤", "🫢", "🙈", "❤️"]


def t_emoji(w, probe=False):
    pos = inside(w)
    if not pos:
        return None
    if probe:
        return w
    i = rng.choice(pos)
    return w[:i] + rng.choice(EMOJI) + w[i:]


PERSIAN = {"ك": ["ک", "ک", "ڪ"], "ي": ["ی"], "ة": ["ۃ", "ە"], "ه": ["ہ", "ھ"], "ى": ["ی"]}
PERSIAN_HAND = [("نكرة", "نکرۃ", "sg"), ("مكلخ", "مکلخ", "sg"), ("جيفة", "جیفۃ", "sg"),
                ("أفاك", "أفاک", "sg"), ("عكروت", "عکروت", "sg"), ("همجي", "ہمجی", "sg")]


def t_persian(w, probe=False):
    pos = [i for i, ch in enumerate(w) if ch in PERSIAN]
    if not pos:
        return None
    if probe:
        return w
    chars = list(w)
    k = rng.randint(1, len(pos))
    for i in rng.sample(pos, k):
        chars[i] = rng.choice(PERSIAN[chars[i]])
    return "".join(chars)


LATIN = {"ا": ["l", "I"], "أ": ["l", "I"], "ه": ["o"], "ة": ["o"]}


def t_latin(w, probe=False):
    pos = [i for i, ch in enumerate(w) if ch in LATIN and not (ch == "ه" and 0 < i < len(w) - 1)]
    if not pos:
        return None
    if probe:
        return w
    i = rng.choice(pos)
    return w[:i] + rng.choice(LATIN[w[i]]) + w[i + 1:]


HARAKA = ["\u064e", "\u064f", "\u0650", "\u0652"]


def t_harakat_random(w, probe=False):
    if probe:
        return w
    out = ""
    added = 0
    for ch in w:
        out += ch
        if is_letter(ch) and rng.random() < 0.65:
            if rng.random() < 0.15:
                out += "\u0651"
            out += rng.choice(HARAKA)
            added += 1
    if not added:
        out = w[0] + "\u064e" + w[1:]
    return out


def _pform(ch, form):
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return ch
    for nm in (name + " " + form + " FORM", name + " ISOLATED FORM"):
        try:
            return unicodedata.lookup(nm)
        except KeyError:
            pass
    return ch


LAM_ALEF = {"ا": "ARABIC LIGATURE LAM WITH ALEF",
            "أ": "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
            "إ": "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
            "آ": "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE"}


def t_present(token, partial=False):
    out_words = []
    for w in token.split(" "):
        res = ""
        i = 0
        n = len(w)
        while i < n:
            ch = w[i]
            prev = w[i - 1] if i > 0 else ""
            pj = bool(prev) and prev in DUAL_JOIN and is_letter(prev)
            if ch == "ل" and i + 1 < n and w[i + 1] in LAM_ALEF:
                nm = LAM_ALEF[w[i + 1]] + (" FINAL FORM" if pj else " ISOLATED FORM")
                res += unicodedata.lookup(nm)
                i += 2
                continue
            nj = ch in DUAL_JOIN and i + 1 < n and is_letter(w[i + 1])
            form = {(True, True): "MEDIAL", (True, False): "FINAL",
                    (False, True): "INITIAL", (False, False): "ISOLATED"}[(pj, nj)]
            res += _pform(ch, form)
            i += 1
        if partial:
            # keep only some letters in presentation form
            mixed = ""
            j = 0
            for _k, ch in enumerate(w):
                mixed += res[j] if (j < len(res) and rng.random() < 0.5) else ch
                j += 1
            res = mixed if len(res) == len(w) else res
        out_words.append(res)
    return " ".join(out_words)


# ---------------------------------------------------------------------------
# 4. Item generation
# ---------------------------------------------------------------------------
ITEMS = []
SEEN = set()


def compatible(frame_d, entry, override):
    if override:        # explicit restriction: only these dialects
        return frame_d in override or frame_d == "ALL"
    d = dial_of(entry)
    if "ALL" in d or frame_d == "ALL":
        return True
    if frame_d in d:
        return True
    if "MSA" in d:      # MSA words travel to every dialect
        return True
    return False


def pick_frame(role, entry, override=None):
    cand = [f for f in FR[role] if compatible(f[0], entry, override)]
    if not cand:
        cand = [f for f in FR[role] if f[0] in ("MSA", "ALL")]
    if not cand:
        return None
    return rng.choice(cand)[1]


def fill(frame, role, token):
    if role.startswith("addr"):
        return frame.replace("{VX}", token)
    if role.startswith("P:"):
        return frame.replace("{W}", token)
    return frame.replace("{X}", token)


def add_item(text, entry, kind):
    assert entry in BANNED, entry
    if text in SEEN:
        return False
    SEEN.add(text)
    ITEMS.append({"text": text, "entry": entry, "kind": kind})
    return True


def emit(kind, pool, n, role_map=None):
    """pool: list of (entry, token, role[, dialect-override])"""
    pool = list(pool)
    if not pool:
        return 0
    # balance: interleave entries
    rng.shuffle(pool)
    by_e = OrderedDict()
    for p in pool:
        by_e.setdefault(p[0], []).append(p)
    order = []
    while any(by_e.values()):
        keys = list(by_e)
        rng.shuffle(keys)
        for k in keys:
            if by_e[k]:
                order.append(by_e[k].pop())
    made = 0
    tries = 0
    i = 0
    while made < n and tries < n * 30:
        e, tok, role, *rest = order[i % len(order)]
        i += 1
        tries += 1
        ov = set(rest[0].split()) if rest and rest[0] else None
        r = role_map(role) if role_map else role
        fr = pick_frame(r, e, ov)
        if fr is None:
            continue
        if add_item(fill(fr, r, tok), e, kind):
            made += 1
    return made


def sg_or_alone(p_alone):
    def f(role):
        if role == "sg" and rng.random() < p_alone:
            return "alone"
        return role
    return f


COUNTS_WANTED = {}


def base_pool(include_phrases=True):
    out = [(e, e, "sg") for e in SINGLES]
    if include_phrases:
        out += [(p, p, "sg") for p in PHRASES]
    return out


def form_pool():
    out = []
    for e, d in SINGLES.items():
        for f in d.get("fem", []):
            out.append((e, f, "fem"))
        for f in d.get("pl_broken", []):
            out.append((e, f, "pl"))
        for f in d.get("pl_sound", []):
            out.append((e, f, "pl", "MSA" if f.endswith("ون") else None))
    return out


def transform_pool(fn, n_forms, multiword=True):
    """apply a per-word transform fn to bases (+ some inflected forms)"""
    src = base_pool(multiword) + rng.sample(form_pool(), n_forms)
    out = []
    for item in src:
        e, tok = item[0], item[1]
        if " " in tok:
            r = per_word(tok, fn)
        else:
            r = fn(tok, probe=True)
            r = fn(tok) if r is not None else None
        if r is not None and r != tok:
            out.append((e, r) + tuple(item[2:]))
    return out


def generate():
    # ---- plain (undisguised), one per Arabic entry
    for e in list(SINGLES) + list(PHRASES):
        for _ in range(10):
            fr = pick_frame("sg", e)
            if add_item(fill(fr, "sg", e), e, "plain"):
                break

    # ---- inflection
    emit("fem", [(e, f, "fem") for e, d in SINGLES.items() for f in d.get("fem", [])] * 2, 19)
    emit("pl_sound", [(e, f, "pl", "MSA" if f.endswith("ون") else None)
                      for e, d in SINGLES.items() for f in d.get("pl_sound", [])] * 2, 16)
    emit("pl_broken", [(e, f, "pl") for e, d in SINGLES.items() for f in d.get("pl_broken", [])] * 2, 22)
    dual = []
    for e, d in SINGLES.items():
        for nom, acc in d.get("dual", []):
            dual.append((e, nom, "dual"))
            dual.append((e, acc, "dual_acc"))
    emit("dual", dual, 13)
    emit("possessive", [(e, f, "poss") for e, d in SINGLES.items() for f in d.get("poss", [])] * 2, 16)

    # ---- glued prefixes (bare singular word)
    bare = [(e, e, "x") for e in SINGLES]
    for kind, n in [("pre_wa", 15), ("pre_fa", 12), ("pre_bi", 15), ("pre_li", 15),
                    ("pre_ka", 12), ("art_al", 20), ("pre_wal", 15), ("pre_bal", 15),
                    ("pre_hal", 15), ("pre_3al", 12)]:
        role = "P:" + kind
        pool = []
        for e, w, _ in bare:
            ok = [f for f in FR[role] if f[0] in SINGLES[e]["dial"] or "MSA" in SINGLES[e]["dial"]]
            if ok or kind in ("pre_ka", "pre_fa", "pre_bi", "pre_li", "art_al", "pre_bal", "pre_wal"):
                pool.append((e, w, role))
        emit(kind, pool, n)

    # ---- vocative يا
    ya_g, ya_s = [], []
    for e, d in SINGLES.items():
        ya_g.append((e, "يا" + e, "addr"))
        ya_s.append((e, "يا " + e, "addr"))
        for f in d.get("fem", [])[:1]:
            ya_g.append((e, "يا" + f, "addr_fem"))
            ya_s.append((e, "يا " + f, "addr_fem"))
        for f in (d.get("pl_broken", []) + d.get("pl_sound", []))[:1]:
            if not f.endswith("ون"):
                ya_g.append((e, "يا" + f, "addr_pl"))
                ya_s.append((e, "يا " + f, "addr_pl"))
    for p in PHRASES:
        ya_s.append((p, "يا " + p, "addr"))
    ya_g += [("ابن الجزمة", "يابن الجزمة", "addr"), ("ابن الجزمة", "ياابن الجزمة", "addr"),
             ("قليل الأصل", "ياقليل الأصل", "addr"), ("ماسح جوخ", "ياماسح جوخ", "addr")]
    emit("ya_glued", ya_g, 22)
    emit("ya_spaced", ya_s, 16)

    # ---- hand-listed spelling variants
    for key, kind, n in [("hamza", "hamza", 18), ("maq", "alef_maqsura", 15), ("tam", "ta_marbuta", 16)]:
        pool = []
        for e, d in SINGLES.items():
            for tok, role in d.get(key, []):
                pool.append((e, tok, role))
        if kind == "hamza":
            pool += [("ابن الجزمة", "إبن الجزمة", "sg"), ("ابن الجزمة", "أبن الجزمة", "sg"),
                     ("قليل الأصل", "قليل الاصل", "sg"), ("قليل الأصل", "قليل الإصل", "sg")]
        if kind == "ta_marbuta":
            pool += [("ابن الجزمة", "ابن الجزمه", "sg")]
        emit(kind, pool * 2, n)

    # ---- harakat: hand-written vowelling + random vowel stuffing on forms
    hk = [(e, h, "sg") for e, d in SINGLES.items() for h in d["harakat"]]
    hk += [(p, h, "sg") for p, d in PHRASES.items() for h in d["harakat"]]
    hk += [(it[0], t_harakat_random(it[1]), it[2]) for it in rng.sample(form_pool(), 6)]
    emit("harakat", hk, 21)

    # ---- one space inside the word (hand-chosen split points)
    sp = [(e, s, "sg") for e, d in SINGLES.items() for s in d["split"]]
    sp += [(p, s, "sg") for p, d in PHRASES.items() for s in d["split"]]
    emit("inner_space", sp, 20)

    # ---- generic per-letter disguises
    emit("tatweel", transform_pool(t_tatweel, 6), 20)
    emit("repeat", transform_pool(t_repeat, 6), 20, sg_or_alone(0.25))
    emit("zero_width", transform_pool(t_zw, 6), 20)
    emit("bidi", transform_pool(t_bidi, 5), 18)
    emit("emoji", transform_pool(t_emoji, 5), 18, sg_or_alone(0.15))
    emit("persian", transform_pool(t_persian, 6) + PERSIAN_HAND, 20)
    emit("latin_lookalike", transform_pool(t_latin, 10), 18)
    spaced = [(e, t_spaced(tok), r) for e, tok, r in base_pool()] + \
             [(it[0], t_spaced(it[1]), it[2]) for it in rng.sample(form_pool(), 5)]
    emit("spaced", spaced, 20, sg_or_alone(0.35))
    punct = [(e, t_punct(tok), r) for e, tok, r in base_pool()] + \
            [(it[0], t_punct(it[1]), it[2]) for it in rng.sample(form_pool(), 5)]
    emit("punct_sep", punct, 20, sg_or_alone(0.3))
    pres = [(e, t_present(tok, partial=(rng.random() < 0.25)), r) for e, tok, r in base_pool()]
    pres += [(it[0], t_present(it[1])) + tuple(it[2:]) for it in rng.sample(form_pool(), 4)]
    pres += [("هلفوت", t_present("الهلفوت"), "sg"), ("شلاهبي", t_present("الشلاهبي"), "sg")]
    emit("presentation", [p for p in pres if p[1] != p[0]], 18)

    # ---- Arabizi
    az = [(e, a, "az_sg") for e, d in SINGLES.items() for a in d["az"]]
    emit("arabizi", az, 32)
    azs = [(e, " ".join(a), "az_sg") for e, d in SINGLES.items() for a in d["az"][:1]]
    emit("arabizi+spaced", [(e, t, "az_sp") for e, t, _ in azs], 6)

    # ---- the three phrases, written in many ways
    for e, tok, role, kind in PHRASE_VARIANTS:
        for _ in range(20):
            if role.endswith("_msa"):
                r = role[:-4]
                fr = pick_frame(r, e, {"MSA"})
            else:
                r = role
                fr = pick_frame(r, e)
            if fr and add_item(fill(fr, r, tok), e, kind):
                break

    # ---- English entries
    for e, tok, role, kind in EN_VARIANTS:
        for _ in range(20):
            fr = pick_frame(role, e)
            if fr and add_item(fill(fr, role, tok), e, kind):
                break

    # ---- hand-written combinations (full comments)
    for e, text, kind in COMBOS:
        add_item(text, e, kind)


PHRASE_VARIANTS = [
    # ابن الجزمة (Egyptian)
    ("ابن الجزمة", "ابنالجزمة", "sg", "phrase_joined"),
    ("ابن الجزمة", "ابنالجزمه", "sg", "phrase_joined+ta_marbuta"),
    ("ابن الجزمة", "ابن-الجزمة", "sg", "phrase_hyphen"),
    ("ابن الجزمة", "ابن_الجزمة", "sg", "phrase_hyphen"),
    ("ابن الجزمة", "ابن.الجزمة", "sg", "phrase_hyphen"),
    ("ابن الجزمة", "ولاد الجزمة", "pl", "phrase_inflected"),
    ("ابن الجزمة", "بنت الجزمة", "fem", "phrase_inflected"),
    ("ابن الجزمة", "أبناء الجزمة", "pl", "phrase_inflected"),
    ("ابن الجزمة", "ابن جزمة", "sg", "phrase_article"),
    ("ابن الجزمة", "ابن الـ جزمة", "sg", "phrase_gap"),
    ("ابن الجزمة", "ابن    الجزمة", "sg", "phrase_gap"),
    ("ابن الجزمة", "ابن ال جزمة", "sg", "phrase_gap"),
    ("ابن الجزمة", "ولادالجزمة", "pl", "phrase_joined+phrase_inflected"),
    ("ابن الجزمة", "ابن–الجزمة", "sg", "phrase_hyphen"),
    ("ابن الجزمة", "ولاد جزمة", "pl", "phrase_article+phrase_inflected"),
    ("ابن الجزمة", "بنت جزمة", "fem", "phrase_article+phrase_inflected"),
    ("ابن الجزمة", "ibn el gazma", "az_sg", "phrase_arabizi"),
    ("ابن الجزمة", "ebn el gazma", "az_sg", "phrase_arabizi"),
    ("ابن الجزمة", "EBN EL GAZMA", "az_sg", "phrase_arabizi"),
    ("ابن الجزمة", "ibn elgazma", "az_sg", "phrase_arabizi"),
    ("ابن الجزمة", "ebn el-gazma", "az_sg", "phrase_arabizi"),
    ("ابن الجزمة", "wlad el gazma", "az_pl", "phrase_arabizi+phrase_inflected"),
    # قليل الأصل (Egyptian / Levantine)
    ("قليل الأصل", "قليلالأصل", "sg", "phrase_joined"),
    ("قليل الأصل", "قليلالاصل", "sg", "phrase_joined+hamza"),
    ("قليل الأصل", "قليل-الأصل", "sg", "phrase_hyphen"),
    ("قليل الأصل", "قليل_الاصل", "sg", "phrase_hyphen+hamza"),
    ("قليل الأصل", "قليلين الأصل", "pl", "phrase_inflected"),
    ("قليل الأصل", "قليلة الأصل", "fem", "phrase_inflected"),
    ("قليل الأصل", "قليلو الأصل", "pl_msa", "phrase_inflected"),
    ("قليل الأصل", "قليلين الاصل", "pl", "phrase_inflected+hamza"),
    ("قليل الأصل", "قليلة الاصل", "fem", "phrase_inflected+hamza"),
    ("قليل الأصل", "قليل أصل", "sg", "phrase_article"),
    ("قليل الأصل", "قليلين أصل", "pl", "phrase_article+phrase_inflected"),
    ("قليل الأصل", "قليل ال أصل", "sg", "phrase_gap"),
    ("قليل الأصل", "قليلةالأصل", "fem", "phrase_joined+phrase_inflected"),
    ("قليل الأصل", "قليلين-الأصل", "pl", "phrase_hyphen+phrase_inflected"),
    ("قليل الأصل", "قليلة أصل", "fem", "phrase_article+phrase_inflected"),
    ("قليل الأصل", "2alil el asl", "az_sg", "phrase_arabizi"),
    ("قليل الأصل", "8aleel el asl", "az_sg", "phrase_arabizi"),
    ("قليل الأصل", "qalil al asl", "az_sg", "phrase_arabizi"),
    ("قليل الأصل", "2aleel asl", "az_sg", "phrase_arabizi"),
    ("قليل الأصل", "2ALIL EL ASL", "az_sg", "phrase_arabizi"),
    ("قليل الأصل", "alil el asl", "az_sg", "phrase_arabizi"),
    # ماسح جوخ (Levantine / standard)
    ("ماسح جوخ", "ماسحجوخ", "sg", "phrase_joined"),
    ("ماسح جوخ", "ماسح-جوخ", "sg", "phrase_hyphen"),
    ("ماسح جوخ", "ماسح_جوخ", "sg", "phrase_hyphen"),
    ("ماسح جوخ", "ماسحين جوخ", "pl", "phrase_inflected"),
    ("ماسح جوخ", "ماسحي جوخ", "pl_msa", "phrase_inflected"),
    ("ماسح جوخ", "ماسحة جوخ", "fem", "phrase_inflected"),
    ("ماسح جوخ", "ماسحو الجوخ", "pl_msa", "phrase_inflected+phrase_article"),
    ("ماسح جوخ", "ماسح الجوخ", "sg", "phrase_article"),
    ("ماسح جوخ", "ماسحة الجوخ", "fem", "phrase_article+phrase_inflected"),
    ("ماسح جوخ", "ماسح  ال جوخ", "sg", "phrase_gap+phrase_article"),
    ("ماسح جوخ", "ماسح      جوخ", "sg", "phrase_gap"),
    ("ماسح جوخ", "ماسحينجوخ", "pl", "phrase_joined+phrase_inflected"),
    ("ماسح جوخ", "ماسح~جوخ", "sg", "phrase_hyphen"),
    ("ماسح جوخ", "ماسحين-الجوخ", "pl", "phrase_hyphen+phrase_inflected+phrase_article"),
    ("ماسح جوخ", "mase7 jo5", "az_sg", "phrase_arabizi"),
    ("ماسح جوخ", "masi7 jookh", "az_sg", "phrase_arabizi"),
    ("ماسح جوخ", "mase7 joo5", "az_sg", "phrase_arabizi"),
    ("ماسح جوخ", "MASE7 JO5", "az_sg", "phrase_arabizi"),
    ("ماسح جوخ", "masse7 jokh", "az_sg", "phrase_arabizi"),
    ("ماسح جوخ", "mas7in jo5", "az_pl", "phrase_arabizi+phrase_inflected"),
]

EN_VARIANTS = [
    # imbecile
    ("imbecile", "imbecile", "en_sg", "en_plain"),
    ("imbecile", "imbecile", "mix_sg", "en_plain"),
    ("imbecile", "1mb3c1l3", "en_sg", "en_leet"),
    ("imbecile", "imb3cile", "en_sg", "en_leet"),
    ("imbecile", "imbeci1e", "mix_sg", "en_leet"),
    ("imbecile", "imbec!le", "en_sg", "en_symbol"),
    ("imbecile", "!mbecile", "en_sg", "en_symbol"),
    ("imbecile", "imb€cile", "mix_sg", "en_symbol"),
    ("imbecile", "i m b e c i l e", "en_sg", "en_spaced"),
    ("imbecile", "I M B E C I L E", "mix_sg", "en_spaced+en_caps"),
    ("imbecile", "imbeciiile", "en_sg", "en_doubled"),
    ("imbecile", "immbecile", "en_sg", "en_doubled"),
    ("imbecile", "imbecil", "en_sg", "en_missing"),
    ("imbecile", "imbcile", "mix_sg", "en_missing"),
    ("imbecile", "imbe-cile", "en_sg", "en_hyphen"),
    ("imbecile", "im-becile", "en_sg", "en_hyphen"),
    ("imbecile", "imbeciles", "en_pl", "en_inflected"),
    ("imbecile", "imbecilic", "en_adj", "en_inflected"),
    ("imbecile", "IMBECILE", "en_sg", "en_caps"),
    ("imbecile", "ImBeCiLe", "mix_sg", "en_caps"),
    ("imbecile", "i.m.b.e.c.i.l.e", "en_sg", "en_dotted"),
    # cretin
    ("cretin", "cretin", "en_sg", "en_plain"),
    ("cretin", "cretin", "mix_sg", "en_plain"),
    ("cretin", "cr3tin", "en_sg", "en_leet"),
    ("cretin", "cr3t1n", "mix_sg", "en_leet"),
    ("cretin", "cre7in", "en_sg", "en_leet"),
    ("cretin", "cret!n", "en_sg", "en_symbol"),
    ("cretin", "cr€tin", "en_sg", "en_symbol"),
    ("cretin", "c®etin", "mix_sg", "en_symbol"),
    ("cretin", "c r e t i n", "en_sg", "en_spaced"),
    ("cretin", "C R E T I N", "en_sg", "en_spaced+en_caps"),
    ("cretin", "cretinnn", "en_sg", "en_doubled"),
    ("cretin", "creeetin", "mix_sg", "en_doubled"),
    ("cretin", "crettin", "en_sg", "en_doubled"),
    ("cretin", "cretn", "en_sg", "en_missing"),
    ("cretin", "crtin", "mix_sg", "en_missing"),
    ("cretin", "cre-tin", "en_sg", "en_hyphen"),
    ("cretin", "cret-in", "mix_sg", "en_hyphen"),
    ("cretin", "cretins", "en_pl", "en_inflected"),
    ("cretin", "cretins", "mix_pl", "en_inflected"),
    ("cretin", "cretinous", "en_adj", "en_inflected"),
    ("cretin", "CRETIN", "en_sg", "en_caps"),
    ("cretin", "CrEtIn", "en_sg", "en_caps"),
    ("cretin", "c.r.e.t.i.n", "mix_sg", "en_dotted"),
    # twit
    ("twit", "twit", "en_sg", "en_plain"),
    ("twit", "twit", "mix_sg", "en_plain"),
    ("twit", "tw1t", "en_sg", "en_leet"),
    ("twit", "7wit", "en_sg", "en_leet"),
    ("twit", "twi7", "mix_sg", "en_leet"),
    ("twit", "tw!t", "en_sg", "en_symbol"),
    ("twit", "tw|t", "mix_sg", "en_symbol"),
    ("twit", "+wit", "en_sg", "en_symbol"),
    ("twit", "t w i t", "en_sg", "en_spaced"),
    ("twit", "T W I T", "mix_sg", "en_spaced+en_caps"),
    ("twit", "twiiit", "en_sg", "en_doubled"),
    ("twit", "twitt", "en_sg", "en_doubled"),
    ("twit", "ttwit", "mix_sg", "en_doubled"),
    ("twit", "tw-it", "en_sg", "en_hyphen"),
    ("twit", "twi-t", "mix_sg", "en_hyphen"),
    ("twit", "twits", "en_pl", "en_inflected"),
    ("twit", "twits", "mix_pl", "en_inflected"),
    ("twit", "TWIT", "en_sg", "en_caps"),
    ("twit", "TwIt", "en_sg", "en_caps"),
    ("twit", "t.w.i.t", "en_sg", "en_dotted"),
    # buffoon
    ("buffoon", "buffoon", "en_sg", "en_plain"),
    ("buffoon", "buffoon", "mix_sg", "en_plain"),
    ("buffoon", "buff00n", "en_sg", "en_leet"),
    ("buffoon", "8uffoon", "en_sg", "en_leet"),
    ("buffoon", "buffo0n", "mix_sg", "en_leet"),
    ("buffoon", "buff@@n", "en_sg", "en_symbol"),
    ("buffoon", "bu££oon", "en_sg", "en_symbol"),
    ("buffoon", "buff()()n", "mix_sg", "en_symbol"),
    ("buffoon", "b u f f o o n", "en_sg", "en_spaced"),
    ("buffoon", "B U F F O O N", "mix_sg", "en_spaced+en_caps"),
    ("buffoon", "buffooooon", "en_sg", "en_doubled"),
    ("buffoon", "bufffoon", "mix_sg", "en_doubled"),
    ("buffoon", "bufoon", "en_sg", "en_missing"),
    ("buffoon", "bffoon", "mix_sg", "en_missing"),
    ("buffoon", "buf-foon", "en_sg", "en_hyphen"),
    ("buffoon", "buff-oon", "mix_sg", "en_hyphen"),
    ("buffoon", "buffoons", "en_pl", "en_inflected"),
    ("buffoon", "buffoons", "mix_pl", "en_inflected"),
    ("buffoon", "buffoonish", "en_adj", "en_inflected"),
    ("buffoon", "buffooning", "en_ing", "en_inflected"),
    ("twit", "twitty", "en_adj", "en_inflected"),
    ("buffoon", "BUFFOON", "en_sg", "en_caps"),
    ("buffoon", "BuFfOoN", "en_sg", "en_caps"),
    ("buffoon", "b.u.f.f.o.o.n", "en_sg", "en_dotted"),
    # turd
    ("turd", "turd", "en_sg", "en_plain"),
    ("turd", "turd", "mix_sg", "en_plain"),
    ("turd", "7urd", "en_sg", "en_leet"),
    ("turd", "7ur|)", "mix_sg", "en_leet"),
    ("turd", "t*rd", "en_sg", "en_symbol"),
    ("turd", "tu®d", "en_sg", "en_symbol"),
    ("turd", "+urd", "mix_sg", "en_symbol"),
    ("turd", "t u r d", "en_sg", "en_spaced"),
    ("turd", "T U R D", "mix_sg", "en_spaced+en_caps"),
    ("turd", "tuuurd", "en_sg", "en_doubled"),
    ("turd", "turrrd", "mix_sg", "en_doubled"),
    ("turd", "turdd", "en_sg", "en_doubled"),
    ("turd", "tu-rd", "en_sg", "en_hyphen"),
    ("turd", "tur-d", "mix_sg", "en_hyphen"),
    ("turd", "turds", "en_pl", "en_inflected"),
    ("turd", "turds", "mix_pl", "en_inflected"),
    ("turd", "TURD", "en_sg", "en_caps"),
    ("turd", "TuRd", "mix_sg", "en_caps"),
    ("turd", "t.u.r.d", "en_sg", "en_dotted"),
    # combined English disguises
    ("twit", "tw1ts", "en_pl", "en_leet+en_inflected"),
    ("cretin", "CR3T1NS", "en_pl", "en_leet+en_inflected+en_caps"),
    ("buffoon", "b u f f o o n s", "en_pl", "en_spaced+en_inflected"),
    ("turd", "t*rds", "en_pl", "en_symbol+en_inflected"),
    ("imbecile", "im-bec1le", "en_sg", "en_hyphen+en_leet"),
    ("buffoon", "BUFF00N", "mix_sg", "en_leet+en_caps"),
    ("twit", "twiiits", "mix_pl", "en_doubled+en_inflected"),
    ("imbecile", "1mbeciles", "mix_pl", "en_leet+en_inflected"),
]

ZWSP, ZWNJ, ZWJ = "\u200b", "\u200c", "\u200d"
RLM, LRM = "\u200f", "\u200e"

COMBOS = [
    ("طرطور", "الطراطير دول خربوا البلد ومحدش بيحاسبهم", "pl_broken+art_al"),
    ("هلفوت", "روح انت والهلافيت اللي معاك", "pl_broken+pre_wal"),
    ("صايع", "اسكتي ياصايعة وبلاش فضايح", "fem+ya_glued"),
    ("مسطول", "شو بدنا بالمسطولين اللي بالبرلمان", "pl_sound+pre_bal"),
    ("مسطول", "المذيع مَسْـطُـول من أول الحلقة", "harakat+tatweel"),
    ("خبل", "اسكت يا خبلللل لا تتفلسف", "repeat+ya_spaced"),
    ("جيفة", "هالوزيرة جیفه وما بتستحي", "persian+ta_marbuta"),
    ("هلفوت", "شوفوا ال" + ZWSP + "هلفوت ده بيقول إيه", "zero_width+art_al"),
    ("أفاك", "لا تصدقوا الافاك الذي يكتب هذه الأخبار", "hamza+art_al"),
    ("همجي", "الحكومة والهمجى اللي بيحميها", "alef_maqsura+pre_wal"),
    ("مسطول", "kollohom masateel w mesh fahmin 7aga", "arabizi+pl_broken"),
    ("خبل", "uskut ya 5abal, wesh da5lak", "arabizi+ya_spaced"),
    ("طرطور", "الحكام دول طرا🤡طير بلا استثناء", "emoji+pl_broken"),
    ("هلفوت", "ه ل ا ف ي ت كلهم", "spaced+pl_broken"),
    ("نغل", "هالن" + RLM + "غ" + ZWSP + "ل ما بيستحي", "pre_hal+bidi+zero_width"),
    ("جربوع", "وش لنا بالجرlبيع هذولا", "latin_lookalike+pl_broken+pre_bal"),
    ("دلدول", "هو فاسد ودلدولهم كمان", "possessive+pre_wa"),
    ("مسطول", "يامسطوله روحي نامي", "fem+ta_marbuta+ya_glued"),
    ("صايع", "شوية صيّع وعاملين نفسهم رجالة", "pl_broken+harakat"),
    ("أرزقي", "الارزقية دول بيقبضوا على كل بوست", "pl_broken+art_al+hamza"),
    ("أرزقي", "ده واحد ارزقى بيقبض من أي حد", "hamza+alef_maqsura"),
    ("نكرة", "مين هالنكره اللي عم يحكي", "pre_hal+ta_marbuta"),
    ("نكرة", "هؤلاء نكراااات لا يعرفهم أحد", "pl_sound+repeat"),
    ("جيفة", "شو بدك بالجيفه", "pre_bal+ta_marbuta"),
    ("همجي", "الهَمَج اللي كسروا المحلات لازم يتحاسبوا", "pl_broken+art_al+harakat"),
    ("لقيط", "هؤلاء اللقطا يتكلمون عن الشرف", "pl_broken+hamza+art_al"),
    ("مكلخ", "سكتي آ المكلخة راكي ما فاهمة والو", "fem+art_al"),
    ("مكلخ", "MKELKHIN kamlin, ma fahmin walo", "arabizi+pl_sound"),
    ("مسخوط", "هادو مساخيييط ماشي مسؤولين", "pl_broken+repeat"),
    ("شلاهبي", "الشلاهبية اللي فالبرلمان غير كيضحكو علينا", "pl_broken+art_al"),
    ("شلاهبي", "نتا والشلاهبى صاحبك بحال بحال", "pre_wal+alef_maqsura"),
    ("عكروت", "العكاريت اللي بالحكومة ما بيشبعوا", "pl_broken+art_al"),
    ("عكروت", "هالعـكـروت شو بدو منا", "pre_hal+tatweel"),
    ("زنيم", "اصمت يا زَنِيـــم ولا تتكلم عن الشرف", "ya_spaced+harakat+tatweel"),
    ("رعديد", "الرعاديد هربوا أول ما بدأت المعركة", "pl_broken+art_al"),
    ("خايس", "الخايسين اللي بالحكومة باكوا كلشي", "pl_sound+art_al"),
    ("خايس", "هالخائس شيريد منا", "pre_hal+hamza"),
    ("دلدول", "الدلاديل بتوعهم في كل برنامج", "pl_broken+art_al"),
    ("دلدول", "ده د ل د و ل ه م من زمان", "spaced+possessive"),
    ("ابن الجزمة", "اسكت ياابن الجزمه", "ya_glued+ta_marbuta"),
    ("ابن الجزمة", "ولاد-الجزمة دول خربوها", "phrase_inflected+phrase_hyphen"),
    ("ابن الجزمة", "هو وابن الجزمة اللي معاه نفس الصنف", "pre_wa"),
    ("ابن الجزمة", "الوزير ده ابن الجـــزمة", "tatweel"),
    ("قليل الأصل", "هدول كلهن قليلين الاصل", "phrase_inflected+hamza"),
    ("قليل الأصل", "محدش يسمع لقليل الأصل ده", "pre_li"),
    ("ماسح جوخ", "هدول ماسحين الجووووخ تبع كل حكومة", "phrase_inflected+phrase_article+repeat"),
    ("ماسح جوخ", "kellon MASE7IN JO5 w bas", "phrase_arabizi+phrase_inflected"),
    ("ماسح جوخ", "شو بدنا بماسح الجوخ هاد", "pre_bi+phrase_article"),
    ("خبل", "يالخبل وش تقول", "ya_glued+art_al"),
    ("جربوع", "اسكت يالجربوع لا تتفلسف", "ya_glued+art_al"),
    ("نغل", "روح إنت والأنغال تبعك", "pl_broken+pre_wal"),
    ("مسطول", "هالمذيع مسطـ ـول", "tatweel+inner_space"),
    ("همجي", "هدول همجیین ما بيعرفوا شي", "persian+pl_sound"),
    ("أفاك", "الأفّاكون الذين يملؤون الشاشات لا يستحون", "pl_sound+art_al+harakat"),
    ("همجي", "لا تسلموا البلد للهمج", "pl_broken+pre_li+art_al"),
    ("أفاك", "لا تعطوا الكلمة للأفاك", "pre_li+art_al"),
    ("نكرة", "ليش عم تعطوا قيمة للنكرة هاد", "pre_li+art_al"),
    ("لقيط", "وش تبي باللقيط هذا", "pre_bal"),
    ("صايع", "انت صاي" + ZWNJ + "ع ومعروف", "zero_width"),
    ("جيفة", "يا ج ي ف ة", "ya_spaced+spaced"),
    ("مسخوط", "سير تنعس آ لمسخوط", "art_al"),
    ("هلفوت", "ياهلفوووت اسكت", "ya_glued+repeat"),
    ("طرطور", "ياطرطور ياللي ماسك البلد", "ya_glued"),
    ("همجي", "HAMAJYEEN kollohom", "arabizi+pl_sound"),
    ("لقيط", "hatha LAQEE6 ma yestahi", "arabizi"),
]

# ---------------------------------------------------------------------------
# 5. Clean comments (hand-written).  None insults with a listed word.
#    Many contain look-alike words, shared roots, names and places on
#    purpose (مسؤول/أسطول, طرطوس, الصايغ, ضايع, خايف, مكلف, زعيم, جبل، خبز,
#    رعدية, يربوع, لقيت, لقطة, جيفارا, كييف, بكرة, كرة, آفاق, أفاق, رزقي,
#    منغلق, بنغلاديش, ساخط, مخطوط, عكا, معكرونة, شلبي, ابن خلدون, الجزمة,
#    الأصل, قليل, ماسح ضوئي, الجوخ ... Twitter, Saturday, Crete, buffet ...)
# ---------------------------------------------------------------------------
CLEAN_TEXT = """
الحكومة لازم تراجع قرار رفع الدعم قبل ما الناس تتخنق
البرلمان وافق على القانون في جلسة واحدة ومحدش فهم التفاصيل
انتخابات المحليات اتأجلت تاني واحنا مستنيين من سنين
الوزير قال إن الأزمة هتخلص قبل الصيف، نتمنى يكون كلامه صح
لازم يبقى فيه رقابة حقيقية على المسؤولين في كل محافظة
المسؤول عن الكهربا في منطقتنا مبيردش على التليفون خالص
أنا مع الحوار الوطني بس محتاجين نتايج على الأرض
مفيش حد فوق القانون، لا وزير ولا غفير
الأسطول البحري الجديد اتعرض في الاحتفال النهارده
ربنا يحفظ مصر وأهلها من كل شر
الحكومة الجديدة لازم تحل مشكلة الكهربا قبل أي شي تاني
النواب اجتمعوا مبارح وما طلع شي عن الموازنة
بدنا دولة مؤسسات مش دولة أشخاص
الانتخابات البلدية بطرطوس كانت هادية هالمرة
المسؤول عن ملف النازحين وعد بحل قريب، خلينا نشوف
كل يوم تصريح جديد وما في شي عم يتغير عالأرض
الله يحمي لبنان ويبعد عنه الحروب
اتفاق ترسيم الحدود البحرية لازم ينعرض عالشعب
قرارات مجلس الوزراء اليوم ممتازة وتخدم المواطن
الله يحفظ البلد ويديم علينا نعمة الأمن
نبي شفافية أكثر في المشاريع الحكومية
الزعيم الراحل كان له دور كبير في تأسيس الاتحاد
وش صار على قرار الإسكان؟ للحين ما وصلنا شي
الكهرباء مقطوعة من الصبح والمسؤولين ولا كأنهم يسمعون
نريد انتخابات نزيهة وبدون تزوير هالمرة
الموازنة بعدها ما انطرحت للتصويت بالبرلمان
الله يحفظ العراق وأهله من كل سوء
الحكومة خاصها تنقص من الأسعار عاجلاً
البرلمان صادق على القانون الجديد ديال التقاعد
الانتخابات الجاية غادي تكون مهمة بزاف
المسؤولين خاصهم يسمعو للشباب
على الحكومة أن تفتح تحقيقاً شفافاً في صفقة الأسلحة
المعارضة طالبت بتعديل قانون الانتخابات قبل موعدها
لا يمكن بناء دولة حديثة دون استقلال القضاء
أشاد المحلل بالخطاب واعتبره بداية مرحلة جديدة
الزعيم الهندي غاندي قاد حركة سلمية غيّرت تاريخ بلاده
نتمنى أن تنجح المفاوضات في إنهاء الحرب
تقرير ديوان المحاسبة كشف تجاوزات مالية كبيرة في الوزارة
ندعو إلى حوار وطني يجمع كل الأطراف دون إقصاء
المتحدث باسم الخارجية نفى وجود أي وساطة جديدة
تصريحات وزير الخارجية في جنيف كانت متوازنة
زيارة الرئيس إلى كييف تحمل رسائل سياسية واضحة
العلاقات مع دول الجوار تحتاج إلى إعادة تقييم
نتنياهو يواجه ضغوطاً داخلية متزايدة بعد الاحتجاجات
الأسطول الروسي أجرى مناورات في البحر المتوسط
المسؤول الأول عن الأزمة هو غياب التخطيط
ابن خلدون تحدث عن أعمار الدول قبل قرون
الشعب قال كلمته في صناديق الاقتراع
رئيس الوزراء وعد بخطة إنقاذ خلال شهر
المجلس البلدي قرر توسيع الطريق الرئيسي
الوفد المفاوض رجع من القاهرة بدون اتفاق
السفير الجديد قدم أوراق اعتماده أمس
في ناس كتير مش مقتنعة بالقانون الجديد بس لازم نحترم الأغلبية
الديمقراطية مش بس انتخابات، هي ثقافة كمان
مين المسؤول عن حفر الشوارع كل شهر؟ حد يرد علينا
المسؤولة عن ملف التعليم عملت مؤتمر صحفي كويس
الحكومة الجاية لازم تهتم بالصحة والتعليم قبل أي حاجة
نشكر الجيش والشرطة على جهودهم في تأمين الانتخابات
مجلس الأمة ناقش قانون الإسكان اليوم
الانتخابات النيابية بالعراق إن شاء الله تكون أحسن من اللي قبلها
المغرب والجزائر خاصهم يحلو المشاكل بالحوار
البرلمانيين ديالنا خاصهم يحضرو للجلسات
تونس تستاهل حكومة تخدم الشعب
السودان يحتاج سلام حقيقي مش هدنة مؤقتة
اللاجئين في المخيمات محتاجين مساعدات عاجلة قبل الشتا
الأمم المتحدة أصدرت تقريراً عن الأوضاع الإنسانية في اليمن
وفد من الكونغرس زار المنطقة الأسبوع الماضي
رئيس الحكومة في زيارة رسمية إلى بنغلاديش لتوقيع اتفاقيات
البلد ما لازم يكون منغلق على نفسه، الانفتاح ضروري
أنا مش مع الحكومة ولا مع المعارضة، أنا مع البلد
تحية لكل نائب شريف بيدافع عن الناس
الأهلي كسب الماتش بس الأداء مكنش مقنع
الحكم ظلمنا في ضربة الجزاء في الدقيقة الأخيرة
محمد صلاح أحسن لاعب عربي في التاريخ ومحدش يقول غير كده
المنتخب محتاج مدرب جديد بفكر هجومي
الكرة المصرية محتاجة دوري منتظم وجمهور في المدرجات
بكرة الماتش الساعة تسعة ومحدش يفوته
الجمهور رجع للمدرجات وده أحلى خبر
الزمالك ضايع من غير مهاجم صريح
الفيصلي لعب منيح بس الحظ ما ساعده
شو رأيكم بالتشكيلة؟ أنا برأيي لازم ينزل المهاجم الجديد
المباراة كانت حماس من أولها لآخرها
منتخب النشامى رفع راسنا بكأس آسيا
الهلال ما له حل هالموسم، فريق متكامل
النصر يحتاج دفاع أقوى إذا يبي الدوري
الحكم ما كان موفق في قرار الطرد
المدرج الأزرق كان رهيب اليوم
منتخبنا لعب زين بس الدفاع ضعيف
الجمهور العراقي أحلى جمهور بالخليج
الوداد لعب ماتش زوين البارح
الركراكي دار خدمة كبيرة مع المنتخب
الرجاء خاصها مهاجم قناص
تأهل المنتخب إلى نصف النهائي بعد مباراة ماراثونية
أعلن النادي تعاقده مع مدافع برازيلي لمدة ثلاثة مواسم
الحارس تألق وأنقذ ثلاث فرص محققة
بطولة كأس العالم للأندية ستقام في الصيف المقبل
العداء المغربي حقق الميدالية الذهبية في سباق ثلاثة آلاف متر
اللاعب تعرض لإصابة في الركبة وسيغيب شهراً
الفريق الخاسر قدم مباراة جيدة رغم النتيجة
نتمنى التوفيق للفريقين في النهائي
حارس مرمى إيطاليا الأسطوري بوفون اعتزل بعد مسيرة طويلة
الهجمة المرتدة جابت الهدف التاني
لقطات الهدف من كل الزوايا بتأكد إنه مش تسلل
اللقطة دي لازم تتعاد بالفار
الكورة الذهبية هتروح لمين السنة دي؟
نادي الهلال كسب الديربي بجدارة
كرة السلة عندنا محتاجة اهتمام أكبر
الأسطورة محمد علي كلاي كان بطل حقيقي جوه الحلبة وبره
المنتخب لقي هزيمة قاسية بس لسه فيه أمل
منتخب بنغلاديش للكريكت فاجأ الجميع
سباق الماراثون عدى من جنب جبل المقطم
ماتش الديربي يوم الجمعة والتذاكر خلصت
الحكم صفّر بدري، كان فيه وقت بدل ضايع لسه
المدرب عمل تغييرات غريبة في الشوط التاني
الفريق محتاج صفقات في الميركاتو الشتوي
تعادل عادل في مباراة قوية بين الفريقين
اللاعب الشاب عنده مستقبل كبير
الجماهير زحفت للملعب من الصبح
ألف مبروك للنادي على البطولة التاسعة
الاتحاد لازم يحل مشكلة مواعيد المباريات
ليونيل ميسي مازال ساحر حتى بعد كل هالسنين
رونالدو سجل هدف خرافي بالدوري السعودي
نتيجة المباراة ما تعكس الأداء
الشوط الأول كان ممل والتاني أحلى
الأسعار ولعت والمرتبات زي ما هي
كيلو الطماطم بقى بعشرين جنيه، حرام كده
سعر الدولار في البنك غير السوق السوداء
العيش المدعم لازم يفضل زي ما هو
الجزمة الجلد بقت بألف جنيه، مين يقدر يشتري؟
الإيجارات في القاهرة بقت نار
رزقي ورزقك على الله، متقلقش
الأرزاق بيد الله، بس الغلا ده مش طبيعي
سعر ربطة الخبز صار بالسما
البنزين غلي مرة تانية هالشهر
الإيجارات بعمان ما عاد حدا يقدر عليها
الليرة عم تنهار والناس مش قادرة تعيش
كل شي صار غالي إلا الإنسان
أسعار العقار نزلت شوي هالسنة
الرسوم الجديدة على الخدمات مكلفة على الأسر
الراتب ما يكفي لنص الشهر
سعر الطماطة صار غالي كلش
الرواتب تأخرت شهرين وما أحد يحجي
الخضرة غلات بزاف هاد الأيام
كلشي ولا غالي، الله يلطف بينا
كراء الدار ولا مكلف بزاف فالمدن الكبيرة
ارتفع معدل التضخم إلى أعلى مستوى له منذ عشر سنوات
البنك المركزي قرر تثبيت أسعار الفائدة
تراجعت أسعار الذهب بعد بيانات الوظائف الأمريكية
الاستثمار في الطاقة المتجددة هو المستقبل
ارتفاع أسعار الأفوكادو في الأسواق الأوروبية بسبب الجفاف
تتوقع الحكومة أرباحاً كبيرة من موسم التمور
صادرات الزيتون حققت أرقاماً قياسية هذا العام
ارتفعت أسعار الجبنة والزبدة بنسبة عشرين بالمئة
خسائر البورصة النهارده كبيرة والمستثمرين قلقانين
الخس والخيار غاليين في السوق الأسبوع ده
البضايع في المينا متعطلة من أسبوع
الصنايعية أسعارهم نار، السباك طلب خمسمية جنيه في ساعة
صنايعي شاطر صلح لي الحوض في ساعة
محل الصايغ اللي في آخر الشارع أسعاره معقولة
زمان كانت العرايس بتروح للصايغ قبل الفرح بشهر
المعكرونة بقت أرخص أكلة في البيت
سعر الكيلو من الأفوكادو بقى أغلى من اللحمة
شايع بين الناس إن الأسعار هتنزل بعد العيد
التجار بيرفعوا الأسعار من غير أي رقابة
الدعم لازم يوصل لمستحقيه
الضريبة الجديدة هتأثر على الطبقة الوسطى
القرض الجديد من صندوق النقد له شروط صعبة
جدول المرتبات الجديد نزل أخيراً
ارتفاع أسعار الشحن أثر على كل حاجة
المشروع ده مكلف جداً ومش عملي
الشركات الصغيرة محتاجة تمويل بفوائد بسيطة
الفلاحين محتاجين دعم للأسمدة
الذهب عيار واحد وعشرين وصل لرقم قياسي
أحسن استثمار هو التعليم
القهوة صارت بخمسة دنانير بالمقاهي الجديدة
السياحة هي اللي بتنقذ الاقتصاد هالصيف
سوق السيارات المستعملة مولع
معاشات المتقاعدين ما عادت تكفي
الجو حر جداً النهارده وياريت تقفلوا الشبابيك الصبح
في عواصف رعدية متوقعة بكرة على السواحل
الشتا السنة دي تقيلة أوي
الثلج وصل لقمم الجبال بلبنان
الطقس مغبر اليوم والرؤية ضعيفة
يا رب مطر، الأرض عطشانة
الأمطار الرعدية سببت فيضانات في بعض المناطق
درجات الحرارة ستنخفض بشكل ملحوظ نهاية الأسبوع
صوت الرعد البارحة صحّانا من النوم
الضباب كثيف على الطريق الصحراوي، انتبهوا
الجو بارد بزاف اليوم فالرباط
الحر بالبصرة ما ينطاق، خمسين درجة
موجة حر جديدة تضرب المنطقة الأسبوع المقبل
هالشتوية كانت قليلة المطر
تساقط الثلوج على جبل الشيخ
نشرة الطقس قالت الجو هيبقى معتدل الخميس
الرعد والبرق كانوا مخيفين ليلة امبارح
العديد من المدارس أغلقت بسبب الأمطار
لما ينغلق الطريق بسبب الثلج بنضل بالبيت
الجبل الأخضر في عمان جنة في الصيف
الدنيا بتمطر من الفجر، خلي بالكم من الطرق
الغبار دخل البيوت، الله يعين أصحاب الربو
رياح قوية متوقعة على المرتفعات
البحر هايج اليوم، ممنوع السباحة
الربيع هالسنة أحلى من كل سنة
نسيم البحر في إسكندرية ما يتوصفش
الحمد لله على نعمة المطر
درجة الحرارة وصلت ٤٨ في الكويت اليوم
الثلج في إفران يجيب الناس من كل المغرب
الحرارة المرتفعة أثرت على محصول القمح
الطقس معتدل والسما صافية، يوم حلو للرحلة
اللهم تقبل منا ومنكم صالح الأعمال
رمضان كريم على الجميع
الصلاة في المسجد الأقصى حلم كل مسلم
صلاة التراويح في الحرم كانت مهيبة الليلة
كل عام وأنتم بخير بمناسبة عيد الميلاد
الرزق من عند الله والسعي واجب
سبحان الله، والحمد لله، ولا إله إلا الله
الحج هذه السنة تنظيمه ممتاز ما شاء الله
عبد الرزاق صاحبي حج السنة دي ورجع مبسوط
اللهم ارحم موتانا وموتى المسلمين
الدين معاملة قبل كل شيء
الكنيسة والجامع جنب بعض في حارتنا من مية سنة
نسأل الله أن يرفع البلاء عن أهل غزة
الصيام مدرسة للصبر
إن الله رزاق كريم، لا تقلق على رزقك
الأصل في الأشياء الإباحة كما يقول الفقهاء
الصاع النبوي مقياس لزكاة الفطر
نكران الجميل ليس من أخلاق المسلم
الأمر بالمعروف والنهي عن المنكر واجب بالحكمة
خطبة الجمعة اليوم كانت عن بر الوالدين
اللهم اجعل هذا البلد آمناً
زكاة الفطر لازم تطلع قبل صلاة العيد
الشيخ تكلم عن فضل العشر الأواخر
الأذان في الحرم صوته يريح القلب
عيد مبارك وكل سنة وانتم طيبين
ربنا يتقبل منكم الصيام والقيام
البابا زار العراق وكانت زيارة تاريخية
كلنا إخوة مسلمين ومسيحيين
اللهم صل وسلم على نبينا محمد
قراءة القرآن في الفجر لها طعم تاني
الفيلم الجديد حلو بس النهاية ضعيفة
معرض الكتاب السنة دي فيه عناوين كتير مهمة
المسلسل ده أحسن حاجة اتعملت في رمضان
فيروز صوتها بيرجعنا لأيام زمان
المخطوطات القديمة في المكتبة محتاجة ترميم
مهرجان قرطاج السينمائي كان رائع هالسنة
أم كلثوم ستظل سيدة الغناء العربي
رواية موسم الهجرة إلى الشمال من أعظم ما كُتب
التطبيق الجديد فيه مشاكل في التحديث الأخير
الذكاء الاصطناعي هيغير شكل الصحافة
الفنان الكبير عادل إمام له تاريخ طويل
اللقطة الأخيرة في الفيلم كانت عبقرية
أفكار المقال جميلة بس محتاجة أدلة أكثر
آفاق جديدة للتعاون الثقافي بين البلدين
مهرجان الموسيقى في طنجة نجح بشكل كبير
الشاعر محمود درويش ترك إرثاً لا يُنسى
الموسيقار بليغ حمدي لحن أجمل الأغاني
فن الخط العربي مدرج في قائمة التراث العالمي
قماش الجوخ كان غالي زمان وما حدا يلبسه إلا الأغنياء
اشتريت ماسح ضوئي جديد للمكتب
ماسح الأحذية في المحطة بقاله تلاتين سنة في نفس المكان
الجوخ الإنجليزي كان موضة الخمسينات
ابن بطوطة سافر أكثر من أي رحالة في عصره
صورة تشي جيفارا ما زالت تطبع على القمصان في كل مكان
صورة جيفارا على الحيطة في القهوة من زمان
يوسف الصايغ شاعر عراقي كبير
مدينة عكا القديمة تستحق الزيارة
طرطوس واللاذقية أحلى مدن الساحل السوري
جزيرة جربة من أجمل الأماكن في تونس
السياحة في ربوع المغرب تجربة لا تُنسى
شلالات أوزود في المغرب روعة
مكناس مدينة تاريخية فيها أسوار رائعة
همدان قبيلة يمنية معروفة بتاريخها
التقط المصور صوراً مذهلة للكسوف
شاهدنا يربوعاً في الصحراء أثناء الرحلة
الأسلوب المنهجي في البحث العلمي مهم جداً
الهجمات السيبرانية زادت في الشهور الأخيرة
ساعة يد من الجلد الأزرق هدية حلوة للعيد
المرزوقي كان رئيس تونس بعد الثورة
جاري الحاج شلبي راجل طيب وبيساعد الكل
رعد صديقي من بغداد بيسلم عليكم
المقال ده في الأصل مترجم من الإنجليزي
عدد قليل من الناس حضر الحفلة بسبب المطر
قليل من الملح يكفي للطبخة
أصل الحكاية إن المشروع اتوقف من سنة
ابن الجيران بيلعب كورة في نادي كبير دلوقتي
جاب لي هدية حلوة ابن خالتي
ابن أخويا نجح في الثانوية العامة الحمد لله
الجزمة اللي اشتريتها من المول اتقطعت بعد شهر
ابني محتاج مسطرة وقلم للمدرسة
المسطحات الخضراء في المدينة قليلة جداً
السطوح عندنا فيها خزان مية بيسرب
أسطول سيارات الأجرة الكهربائية بدأ العمل في دبي
الخبر نزل على كل المواقع في نفس الوقت
الخبراء بيقولوا الاقتصاد هيتحسن السنة الجاية
الخبز البلدي أحلى من الفينو
حبل الغسيل وقع من البلكونة
رحلة إلى جبل طارق كانت حلوة
قبل ما تحكم على حد اسمع منه
الخيل العربية أصيلة وأسعارها عالية
حجزت تذكرة القطار لإسكندرية بكرة
بكره الجمعة والناس كلها رايحة البحر
ده أنا كنت خايف عليك من الطريق في المطر
والله خايف على ولادي من الامتحانات
خايفة على بنتي من السفر لوحدها
لقيت محفظتي بعد ما ضاعت يومين
لقيت الحل بعد ما جربت كل الطرق
جربوا المطعم الجديد بالحمرا، الأكل طيب
التجربة كانت ممتعة ونعيدها إن شاء الله
الشغل كتير والمرتب قليل
الشغل عن بعد وفر علينا وقت كتير
المواطنين ساخطين على الأسعار وده حقهم
ساخط على الوضع بس متفائل بالمستقبل
سخط شعبي كبير بعد قرار رفع الأسعار
المية عكرة النهارده في الحنفية، حد عنده نفس المشكلة؟
هلال رمضان هيبان إمتى؟
جمعية الهلال الأحمر وصلت للمنطقة المنكوبة
العربيات بتطرطش مية على الناس في الشارع
دلدقت الشاي على الكيبورد ومبقاش شغال
جدول الامتحانات نزل أخيراً
الوظيفة الجديدة مريحة والمكتب نظيف
الأكلة دي خفيفة وصحية
الزعيم عادل إمام هيرجع للسينما؟
المسؤول عن التنظيم شكرنا على الصبر
مسؤولة الاتصال في الوزارة ردت على أسئلتنا بسرعة
أفاق المريض من الغيبوبة بعد أسبوع
الأفق السياسي مسدود حالياً
فاكهة الصيف كلها حلوة بس غالية
التنظيم كان ممتاز في الافتتاح
زنجبيل بالليمون أحسن مشروب للبرد
الزينة في الشوارع جميلة قبل العيد
المكتبة العامة فتحت فرع جديد في الحي
الأطفال محتاجين أماكن يلعبوا فيها بأمان
مدارسنا محتاجة معلمين أكثر وفصول أقل زحمة
الإنترنت عندنا بطيء جداً من أسبوع
التلفون الجديد بطاريته ممتازة
المتحف المصري الكبير حاجة تفرح
الأغنية الجديدة مكسرة الدنيا على تيك توك
الدراما السورية رجعت بقوة هالسنة
فيلم وثائقي حلو عن تاريخ الأندلس
المسرح القومي عامل عروض مجانية للطلاب
الكاتب رد على النقاد بكل احترام
برامج الطبخ بقت أكتر من برامج الأخبار
الصحافة الورقية بتختفي للأسف
قصة نجاح حلوة، ربنا يوفقها
صباح الخير على أحلى ناس
تحياتي للكاتب على المقال الرائع
مقال ممتاز ومفيد، شكراً للموقع
ياريت تنشروا المصدر عشان نتأكد
فين باقي الخبر؟ المقال ناقص
معلومة جديدة عليا، شكراً
الصورة مش واضحة، ممكن نسخة أحسن؟
أول مرة أعرف المعلومة دي
كلام منطقي جداً وأنا متفق معاك
مع احترامي للكاتب، الأرقام دي محتاجة مراجعة
أنا مختلف معاك في الرأي بس بحترم وجهة نظرك
كل الاحترام للأطباء والممرضين في المستشفيات
المستشفى الحكومي محتاج أجهزة جديدة
الدوا مش موجود في الصيدليات من شهر
تطعيم الأطفال مجاني في المراكز الصحية
الطريق الدائري محتاج صيانة عاجلة
المترو الجديد وفر علينا وقت كبير
الزحمة في وسط البلد ما بقتش تتطاق
الباص تأخر ساعة كاملة النهارده
المطار الجديد تحفة معمارية
يسلمو إيديك عالمقال
الله يعطيكم العافية على التغطية
ما قصرتوا، تغطية ممتازة
يعطيك العافية يا أستاذ
شكراً على الخبر، كنت عم دوّر عليه
والله الوضع صعب بس الله كريم
الله يفرجها على الكل
ناس بتموت من البرد وناس بتتفرج
الشباب عم يهاجروا وما حدا سائل
المي مقطوعة عنا من يومين
البلدية ما نظفت الشارع من أسبوع
شكراً للمتطوعين اللي ساعدوا بالحريق
تسلم يا غالي على الكلام الطيب
ما شاء الله تبارك الله على هالإنجاز
الله يوفق عيالنا بالاختبارات
الدوام المدرسي لازم يبدأ متأخر بالشتاء
مشكور على المعلومة يا أخوي
كلش حلو هالخبر، الله يديمها نعمة
شكو ماكو؟ الأخبار اليوم كلها حلوة
عاشت إيدك على التقرير
تبارك الله على المغاربة
الله يعطيك الصحة على هاد المقال
بصح الخدمة بزاف فهاد الشي
واش كاين شي جديد على الباك؟
مبروك للناجحين في البكالوريا
يا جماعة حد يعرف الطريق لجبل موسى؟
سعر الخروج للمطعم صار يكلف راتب أسبوع
أنا من طرطوس وبشهد إن البحر هناك أحلى بحر
لقيت الموضوع ده بالصدفة على الفيسبوك
يا حبيبي يا وطني
لما الخبز يغلى كل الناس بتتأثر
الفلاح المصري أصيل ويستاهل كل خير
أم خليل جارتنا عملت أحلى معمول بالعيد
بدي أسأل عن مواعيد السفارة، حدا بيعرف؟
الشباب اللي نظفوا الشاطئ يستاهلوا التحية
الحديقة العامة صارت نظيفة بعد الحملة
الساعة كم المباراة بكرة؟
وين أحسن مكان للمندي بالرياض؟
القطايف بالقشطة أحلى شي برمضان
مبروك للعروسين، الله يتمم بخير
الله يرحمه كان راجل محترم وابن حلال
خالتي عملت كشري للعيلة كلها
بنتي جابت الدرجة النهائية في الرياضيات
تعبنا من الزحمة، لازم حل للمواصلات
التعليق ده أحسن من المقال نفسه
كلامك صح بس التوقيت غلط
مستنيين الجزء التاني من التقرير
التقرير ده محتاج يتعرض على التلفزيون
الصورة دي من شلالات النيل؟
بلاش نعمم، في ناس كويسة في كل مكان
شكراً على الترجمة الدقيقة
هل في رابط للمقابلة كاملة؟
يعني الموضوع خلص ولا لسه؟
المتحف الوطني في الرباط فيه معرض جديد
كأس الكاف هالسنة في المتناول
الكسكس يوم الجمعة عادة ما تتبدلش
مساء الخير من الدار البيضاء
تحيا الجزائر وتحيا كل الشعوب العربية
أحلى سلام من وهران
العيد في الموصل رجع حلو مثل قبل
بغداد تبقى عاصمة الثقافة
سلامي لأهل البصرة الطيبين
جدة أجمل في الشتاء
الكويت سباقة في العمل الخيري
الإمارات نظمت معرض ممتاز
عمان بلد الطبيعة والهدوء
قطر استضافت البطولة بشكل رائع
البحرين فيها أطيب ناس
دمشق أقدم عاصمة مأهولة في التاريخ
حلب رح ترجع أحلى من قبل
بيروت بتستاهل الأحسن
عمّان مدينة نظيفة ومرتبة
القدس في القلب دائماً
غزة صامدة رغم كل شي
الخرطوم تحتاج السلام
طرابلس الليبية بدأت تتعافى
تونس الخضراء أحلى بلاد
نواكشوط مدينة على المحيط
yalla ya shabab, el match bokra el sa3a 9
el as3ar ghalya awi el ayam di
mabrook lel ahly, game gamed
wallah el gaw 7elw el naharda
shu el akhbar 3an el intikhabat?
el mas2ool 2al en el kahraba hatrga3 bokra
ana 5ayef 3al wlad men el bard
el 5obz sar ghali ktir
ra7na 3al jabal el weekend w kan 7elw
had l7aja mkalfa bzaf
inshallah el mawsem el jay a7san
tartous a7la madine 3al sa7el
el sayegh 3ando dahab 7elw w as3aro m3a2oule
el wa2t daye3 fel za7ma
la2eet el mfate7 ta7t el kanabe
el half el tani kan a7san bkteer
el shoghl kteer el osbo3 da
Ahmed Chalabi kan men el siyasiyeen el ma3roofin
el afaq maftoo7a lel shabab
el arza2 3ala allah ya 3am
el gazma di b kam? ghalya awi
el asl fel mawdoo3 en el sherka 5esret
ra3d w bar2 tool el leil
el 5abar da mesh mazboot, ana shoft el masdar
jarrabt el mat3am el gedid, 7elw
tabarkallah 3la lmontakhab
wach kayn chi jdid 3la lbac?
mabrouk 3la lwydad
el jaw bared bzaf f rbat
3eid mubarak w kol sana w enta tayeb
ramadan kareem ya gama3a
el intikhabat el gaya mohema
el dollar wesel kam el naharda?
el wazir 2al en el mashroo3 hayekhlas el sana di
shukran 3al ma3loomeh
el dawri el sa3oodi sar 2awi
el hilal fa2 3al nasr
el kahraba maqtoo3a men el sob7 b baghdad
mashallah 3al tanzeem
3andi exam bokra, ed3oli
el metro el gedid wafar 3alena wa2t
ya rab el matar yenzel
dalda2t el shay 3al keyboard
el zaeem adel imam raga3
howa mas2ool 3an el malaf da
tarteeb el fari2 kan momtaz
jeddah jawha 7elw el yom
ma3karoneh bel bashamel a7la akla
I saw the news on Twitter before the TV covered it
The twins scored both goals on Saturday
Saturday's match was postponed due to rain
She posted a tweet about the new budget
The kids were twitching with excitement before the final
We spent a week in Crete and loved every minute
The Cretan diet is one of the healthiest in the world
Fossils from the Cretaceous period were found near the dam
The buffet at the hotel was great value
Buffalo wings are on the menu tonight
My phone keeps buffering during the livestream
Gianluigi Buffon is one of the greatest goalkeepers ever
The turtle nesting season started on the beach
Third time lucky for the national team
The turf at the new stadium looks amazing
The minister said the budget imbalance will be fixed
Concrete prices rose again this quarter
Twilight in Petra is unforgettable
The credit card fees are too high
I twisted my ankle playing five-a-side
The secretin test came back normal, thank God
Please tweet the link so more people can read it
Turdus merula is the scientific name of the common blackbird
Interesting article, thanks for sharing
The ministry's Twitter account has been hacked
Buffing the car takes ages in this heat
The mayor's speech was full of wit and humour
Dimly lit streets make the neighbourhood unsafe
Turkey and Egypt signed a new trade deal
Saturdays are for football
This creates a dangerous precedent
The Kremlin denied the report
Excellent reporting, keep it up
I disagree with the author but respect the argument
The twin towers of the old city are being restored
The new Twitch stream had thousands of viewers
Imbalances in the labour market are worrying
Crete's olive oil exports are growing
Buffer zones along the border were discussed
The stewards turned back the fans at the gate
That's a bit of a stretch, but the point stands
Great goal by Salah, what a strike
Prices at the supermarket went up again
Is there a link to the full interview?
The weather in Amman is lovely this week
Congratulations to the graduates of Cairo University
Wishing everyone a blessed Ramadan
The referee made the right call on the penalty
Such a witty column, loved it
The bus to Beirut was delayed by two hours
شفت التريند على Twitter امبارح وكان عن الانتخابات
الماتش يوم Saturday الساعة تمانية
حد جرب الـ buffet في الفندق الجديد؟
رحلتنا لجزيرة Crete كانت خيال
الـ turf في الملعب الجديد ممتاز
"""

CLEAN = [ln.strip() for ln in CLEAN_TEXT.strip().splitlines() if ln.strip()]

# ---------------------------------------------------------------------------
# 6. Self-check (authoring guard only)
# ---------------------------------------------------------------------------
HARAKAT_RE = re.compile("[\u064b-\u0652\u0670\u0640]")
NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                      "ئ": "ي", "ک": "ك", "ی": "ي"})


def norm_ar(s):
    return HARAKAT_RE.sub("", s).translate(NORM)


FORM2ENTRY = {}
for _e, _d in SINGLES.items():
    forms = [_e] + _d.get("fem", []) + _d.get("pl_sound", []) + _d.get("pl_broken", []) \
        + _d.get("poss", []) + [t for t, _ in _d.get("hamza", [])] \
        + [t for t, _ in _d.get("maq", [])] + [t for t, _ in _d.get("tam", [])]
    for a, b in _d.get("dual", []):
        forms += [a, b]
    for f in forms:
        FORM2ENTRY[norm_ar(f)] = _e
PREFIXES = sorted(["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل",
                   "هال", "عال", "يا", "يال", "ول", "وب", "وك", "وف"], key=len, reverse=True)
PHRASE_PATTERNS = {
    "ابن الجزمة": [r"(ابن|ولاد|بنت|ابناء)\s*(ال)?\s*جزمه"],
    "قليل الأصل": [r"قليل(ين|ه|و|ي)?\s*(ال)?\s*اصل"],
    "ماسح جوخ": [r"ماسح(ين|ه|و|ي)?\s*(ال)?\s*جوخ"],
}
LATIN_FORMS = {}
for _e, _d in SINGLES.items():
    for a in _d["az"]:
        LATIN_FORMS[a.lower()] = _e
for _e in ENGLISH:
    for suf in ("", "s"):
        LATIN_FORMS[_e + suf] = _e
for _f, _e in (("imbecilic", "imbecile"), ("cretinous", "cretin"), ("buffoonish", "buffoon"),
               ("buffooning", "buffoon"), ("twitty", "twit")):
    LATIN_FORMS[_f] = _e
LATIN_PHRASES = {"ابن الجزمة": r"\b(ibn|ebn|wlad)\s*el\s*-?\s*gazma",
                 "قليل الأصل": r"\b(2|8|q)?a?l[ie]+l\s+(el|al)?\s*asl",
                 "ماسح جوخ": r"\bmas+[ae]?7(in)?\s+jo+(5|kh)"}


def hits(text):
    found = set()
    t = norm_ar(text)
    for tok in re.findall(r"[\u0621-\u064a]+", t):
        cands = {tok}
        for p in PREFIXES:
            if tok.startswith(p) and len(tok) - len(p) >= 2:
                cands.add(tok[len(p):])
        for c in cands:
            if c in FORM2ENTRY:
                found.add(FORM2ENTRY[c])
    flat = re.sub(r"[^\u0621-\u064a ]", " ", t)
    for e, pats in PHRASE_PATTERNS.items():
        for p in pats:
            if re.search(p, flat):
                found.add(e)
    low = text.lower()
    for tok in re.findall(r"[a-z0-9']+", low):
        if tok in LATIN_FORMS:
            found.add(LATIN_FORMS[tok])
    for e, p in LATIN_PHRASES.items():
        if re.search(p, low):
            found.add(e)
    return found


UNDISGUISED = {"plain", "fem", "pl_sound", "pl_broken", "dual", "possessive", "pre_wa",
               "pre_fa", "pre_bi", "pre_li", "pre_ka", "art_al", "pre_wal", "pre_bal",
               "pre_hal", "pre_3al", "ya_glued", "ya_spaced", "hamza", "alef_maqsura",
               "ta_marbuta", "arabizi", "en_plain", "en_inflected", "phrase_inflected",
               "phrase_article"}


def self_check():
    problems = []
    for role, fl in FR.items():
        for _d, t in fl:
            h = hits(t.replace("{X}", " ").replace("{VX}", " ").replace("{W}", " "))
            if h:
                problems.append(f"frame {role} contains {h}: {t}")
    for c in CLEAN:
        h = hits(c)
        if h:
            problems.append(f"clean item contains {h}: {c}")
    for it in ITEMS:
        h = hits(it["text"])
        if it["kind"] in UNDISGUISED and h != {it["entry"]}:
            problems.append("item {!r} expected {} got {}".format(it["text"], it["entry"], h))
        elif h - {it["entry"]}:
            problems.append("item {!r} has extra {}".format(it["text"], h - {it["entry"]}))
    if len(set(CLEAN)) != len(CLEAN):
        dup = [c for c, n in Counter(CLEAN).items() if n > 1]
        problems.append(f"duplicate clean items: {dup}")
    return problems


# ---------------------------------------------------------------------------
# 7. Main
# ---------------------------------------------------------------------------
def main():
    generate()
    problems = self_check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    assert len(ITEMS) >= 600, len(ITEMS)
    assert len(CLEAN) >= 400, len(CLEAN)
    assert all(it["entry"] in BANNED for it in ITEMS)
    with open(os.path.join(HERE, "screening_insults_e.json"), "w", encoding="utf-8") as f:
        json.dump({"banned": BANNED, "items": ITEMS}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "screening_clean_e.json"), "w", encoding="utf-8") as f:
        json.dump({"banned": BANNED, "items": CLEAN}, f, ensure_ascii=False, indent=1)
        f.write("\n")

    print(f"banned ({len(BANNED)}): {' | '.join(BANNED)}")
    print(f"\ninsult items: {len(ITEMS)}   clean items: {len(CLEAN)}\n")
    kinds = Counter(it["kind"] for it in ITEMS)
    print("items per kind (exact kind string):")
    for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:<45} {n:4d}")
    comp = Counter(c for it in ITEMS for c in it["kind"].split("+"))
    print("\nitems per disguise component (combined kinds counted in each part):")
    for k, n in sorted(comp.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:<25} {n:4d}")
    per = Counter(it["entry"] for it in ITEMS)
    print("\nitems per entry:")
    for e in BANNED:
        print(f"  {e:<14} {per[e]:4d}")


if __name__ == "__main__":
    main()
