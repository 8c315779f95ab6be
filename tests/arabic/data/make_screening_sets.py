"""Builds the screening evaluation sets (run once; the JSON files are committed).

    python tests/arabic/data/make_screening_sets.py

``screening_insults.json``: a banned list and obfuscated spellings of its words, each made
by one (or two) hand-written obfuscation kinds and set inside a short comment.
``screening_clean.json``: clean comments and words that must not be flagged with that list:
news comments (MSA, Egyptian, Levantine), words that contain a banned word's letters,
plurals and derivations of neutral words, English words and names.

The sets are written before the matcher is changed and are not tuned to it: the kinds are
what readers do to slip a word past a filter, the clean texts what readers write.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent

# Banned list used by the evaluation (Arabic singulars as a moderator would type them, plus
# English insults). Plurals are NOT listed: the matcher has to find them.
BANNED = [
    "حمار", "كلب", "غبي", "خنزير", "حقير", "تافه", "منحط", "حيوان", "خائن", "أهبل", "جحش", "قذر",
    "حثالة", "سافل", "واطي", "معتوه", "أحمق", "ساقط", "نذل", "كذاب", "منافق", "عاهرة", "بهيم", "قرد",
    "زبالة", "ابن الكلب", "idiot", "stupid", "moron", "bitch", "bastard", "dumb",
]

# Real broken / sound plurals and feminines readers use (the generator knows them; the list does not).
INFLECTED = {
    "حمار": ["حمير", "حمارة"], "كلب": ["كلاب", "كلبة"], "غبي": ["أغبياء", "غبية", "اغبيا"],
    "خنزير": ["خنازير", "خنزيرة"], "حقير": ["حقراء", "حقيرة", "حقيرين"], "تافه": ["تافهين", "تافهة", "توافه"],
    "منحط": ["منحطين", "منحطة"], "خائن": ["خونة", "خائنين", "خاينة"], "جحش": ["جحوش", "جحشة"],
    "قذر": ["قذرين", "قذرة"], "سافل": ["سفلة", "سافلة"], "واطي": ["واطيين", "واطية"],
    "معتوه": ["معاتيه", "معتوهة"], "أحمق": ["حمقى", "حمقاء"], "ساقط": ["ساقطين", "ساقطة"],
    "نذل": ["أنذال", "نذلة"], "كذاب": ["كذابين", "كذابة"], "منافق": ["منافقين", "منافقة"],
    "بهيم": ["بهايم", "بهائم"], "قرد": ["قرود", "قردة"], "أهبل": ["هبلة", "هبل"], "عاهرة": ["عاهرات"],
}

# How readers write the words in Latin letters (Egyptian/Levantine Arabizi), by hand.
ARABIZI = {
    "حمار": ["7mar", "7omar", "hmar", "humar", "7maaar"], "كلب": ["kalb", "kaleb", "kelb", "klab"],
    "غبي": ["ghabi", "3'abi", "8abi", "ghaby", "8aby"], "خنزير": ["5anzir", "khanzeer", "5anzeer", "5nazir"],
    "حقير": ["7a2eer", "7aqir", "7a2ir", "ha2eer", "7akir"], "تافه": ["tafeh", "ta2fh", "tafha", "tafiha"],
    "منحط": ["mon7at", "mun7at", "men7at"], "حيوان": ["7ayawan", "7eywan", "hayawan", "7aiwan"],
    "خائن": ["5a2en", "khayen", "5ayen", "5a2in"], "أهبل": ["ahbal", "2ahbal", "ahbl"],
    "جحش": ["ja7sh", "ga7sh", "ga7ch"], "قذر": ["9athir", "2azer", "qazer", "qazir"],
    "حثالة": ["7othala", "7osala", "7thale"], "سافل": ["safel", "safil", "sa2fel"],
    "واطي": ["wati", "wa6i", "waty", "wa6y"], "معتوه": ["ma3tooh", "ma3tuh", "m3tooh"],
    "أحمق": ["a7ma2", "a7maq", "2a7ma2", "ahmak"], "ساقط": ["sa2et", "saqet", "sa2e6", "saqi6"],
    "نذل": ["nazl", "nadl", "nathel", "nazel"], "كذاب": ["kazzab", "kadab", "kaddab", "kazab"],
    "منافق": ["monafe2", "munafiq", "mnafe2"], "عاهرة": ["3ahra", "3ahera", "3aherah"],
    "بهيم": ["bahim", "baheem", "bhim"], "قرد": ["2erd", "qird", "9ird", "2ird"],
    "زبالة": ["zbala", "zebala", "zbale"],
}

ENGLISH_VARIANTS = {
    "idiot": ["IDIOT", "idi0t", "1diot", "i.d.i.o.t", "idiooot", "idiots", "i d i o t", "іdiot"],
    "stupid": ["STUPID", "stup1d", "stuuupid", "s-t-u-p-i-d", "stoopid", "$tupid", "stupіd"],
    "moron": ["m0r0n", "MORON", "moronnn", "m o r o n", "morons", "mоron"],
    "bitch": ["b1tch", "BITCH", "biatch", "b!tch", "bitches", "b i t c h", "bіtch"],
    "bastard": ["b@stard", "BASTARD", "bastards", "ba$tard", "b a s t a r d"],
    "dumb": ["DUMB", "dumbbb", "d.u.m.b", "dumbass"],
}

CONTEXTS = [
    "{x}", "انت {x}", "والله انك {x}", "الكاتب ده {x} ومش فاهم حاجة", "يا عم ده {x} رسمي",
    "شو هالمقال يا {x}", "المذيع {x} بجد", "هذا الوزير {x} ولا يستحق منصبه", "{x} {x}!!",
    "روح نام يا {x}", "مين هالـ {x} اللي كتب الخبر", "كلكم {x}", "بطلوا تنشروا لهالـ {x}",
]

HARAKAT = "\u064e\u064f\u0650\u0652\u0651\u064b"
EMOJI = ["😂", "🐴", "🤣", "💩", "🐶", "❤️", "👍🏻", "🔥"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
LOOKALIKE = {"ا": ["l", "I", "1", "|"], "ه": ["o", "0"], "و": ["9"]}
LATIN_SOUND = {"م": "m", "ر": "r", "ل": "l", "ب": "b", "ك": "k", "ن": "n", "س": "s", "د": "d", "ت": "t",
               "ز": "z", "ف": "f", "ي": "y", "ج": "j", "ه": "h", "ح": "7", "ع": "3", "ق": "2", "خ": "5",
               "ط": "6", "غ": "8", "ص": "9", "ش": "sh", "و": "w"}
ARABIZI_DIGIT = {"ح": "7", "ع": "3", "ق": "2", "خ": "5", "ط": "6", "غ": "8", "ص": "9", "ء": "2", "أ": "2", "ئ": "2"}


def letters(word: str) -> list[str]:
    return list(word)


def k_harakat(w, r):
    return "".join(ch + (r.choice(HARAKAT) if r.random() < 0.7 else "") for ch in w)


def k_tatweel(w, r):
    i = r.randrange(1, len(w))
    return w[:i] + "ـ" * r.randint(1, 6) + w[i:]


def k_repeat(w, r):
    i = r.randrange(len(w))
    return w[:i] + w[i] * r.randint(3, 6) + w[i + 1:]


def k_prefix(w, r):
    return r.choice(["و", "ال", "وال", "فال", "يا "]) + w


def k_vocative_glued(w, r):
    return r.choice(["يا", "ياا", "يال"]) + w


def k_hamza(w, r):
    out = w.replace("ئ", r.choice(["ي", "ى"])).replace("أ", "ا").replace("ة", "ه")
    if out.endswith("ي"):
        out = out[:-1] + "ى"
    return out


def k_one_space(w, r):
    i = r.randrange(1, len(w))
    return w[:i] + " " + w[i:]


def k_spaced(w, r):
    return r.choice([" ", "  ", " . "]).join(w)


def k_spaced_after_word(w, r):
    return r.choice(["انت", "هذا", "يا عم", "الكاتب", "والله"]) + " " + " ".join(w)


def k_dotted(w, r):
    return r.choice([".", "-", "_", "*", "/", "•"]).join(w)


def k_zero_width(w, r):
    return "".join(ch + r.choice(ZERO_WIDTH) for ch in w[:-1]) + w[-1]


def k_lookalike(w, r):
    spots = [i for i, ch in enumerate(w) if ch in LOOKALIKE]
    if not spots:
        return None
    i = r.choice(spots)
    return w[:i] + r.choice(LOOKALIKE[w[i]]) + w[i + 1:]


def k_latin_letter(w, r):
    spots = [i for i, ch in enumerate(w) if ch in LATIN_SOUND]
    if not spots:
        return None
    i = r.choice(spots)
    return w[:i] + LATIN_SOUND[w[i]] + w[i + 1:]


def k_emoji(w, r):
    i = r.randrange(1, len(w))
    return w[:i] + r.choice(EMOJI) + w[i:]


def k_arabizi_digit(w, r):
    spots = [i for i, ch in enumerate(w) if ch in ARABIZI_DIGIT]
    if not spots:
        return None
    i = r.choice(spots)  # one digit, as readers mix: «7مار», «ح2ير»
    return w[:i] + ARABIZI_DIGIT[w[i]] + w[i + 1:]


def k_reversed_override(w, r):
    return "\u202d" + w[::-1] + "\u202c"


def k_persian(w, r):
    return w.replace("ك", "ک").replace("ي", "ی")


KINDS = [k_harakat, k_tatweel, k_repeat, k_prefix, k_vocative_glued, k_hamza, k_one_space, k_spaced,
         k_spaced_after_word, k_dotted, k_zero_width, k_lookalike, k_latin_letter, k_emoji, k_arabizi_digit,
         k_reversed_override, k_persian]
# Two kinds at once (the second applied to the first's output where it still makes sense).
PAIRS = [(k_prefix, k_tatweel), (k_vocative_glued, k_repeat), (k_harakat, k_emoji), (k_hamza, k_one_space),
         (k_prefix, k_zero_width), (k_repeat, k_latin_letter)]


def build_insults(r: random.Random) -> list[dict]:
    items: list[dict] = []

    def add(text, entry, kind):
        if text:
            items.append({"text": r.choice(CONTEXTS).format(x=text) if "{x}" not in text else text,
                          "entry": entry, "kind": kind})

    arabic = [w for w in BANNED if not w.isascii() and " " not in w]
    for w in arabic:
        for kind in KINDS:
            add(kind(w, r), w, kind.__name__[2:])
        for a, b in PAIRS:
            first = a(w, r)
            if first:
                add(b(first, r) if b not in (k_one_space, k_emoji) or " " not in first else first, w,
                    f"{a.__name__[2:]}+{b.__name__[2:]}")
        for form in INFLECTED.get(w, []):
            add(form, w, "inflected")
            add(k_prefix(form, r), w, "inflected+prefix")
        for spelling in ARABIZI.get(w, []):
            add(spelling, w, "arabizi")
    for phrase in [w for w in BANNED if " " in w]:
        add(phrase, phrase, "phrase")
        add(k_tatweel(phrase.split()[0], r) + " " + k_repeat(phrase.split()[1], r), phrase, "phrase+kinds")
        add("يا " + phrase, phrase, "phrase+vocative")
    for w, variants in ENGLISH_VARIANTS.items():
        add(w, w, "english")
        for v in variants:
            add(v, w, "english_obfuscated")
    # English insults inside an English comment.
    for w in ENGLISH_VARIANTS:
        items.append({"text": f"the author is a total {w}, delete this", "entry": w, "kind": "english_sentence"})
    return items


CLEAN_COMMENTS = """
على الحكومة أن تعمل من أجل الناس وليس من أجل المناصب
قال علي إن الخبر صحيح ونقل عن مصادر موثوقة
مقال رائع، شكرًا للكاتب على هذا التحليل العميق
أتفق مع الكاتب في كل ما قال عن أزمة الكهرباء
الحمد لله على سلامة الجميع بعد الزلزال
حديقة الحيوانات في الجيزة تحتاج إلى تطوير
الثروة الحيوانية في السودان مهددة بسبب الجفاف
البروتين الحيواني غالي جدا هذه الأيام
أسعار اللحوم الحمراء ارتفعت مرة أخرى
الهلال الأحمر يرسل قافلة مساعدات إلى غزة
الصليب الأحمر الدولي يزور الأسرى
شارع الحمرا في بيروت كان مزدحما اليوم
قصر الحمراء في غرناطة من أجمل المعالم
مدينة حماة تحتفل بعيد الربيع
الحمام الزاجل رياضة قديمة في مصر
حمامات السباحة مغلقة في الشتاء
كلية الطب في جامعة القاهرة تعلن النتائج
كلمة حق في وقتها، بارك الله فيك
الغبار يغطي سماء الرياض اليوم
عاصفة غبارية تضرب الكويت
هذا غبن واضح للموظفين في الرواتب
الحقيبة الوزارية الجديدة للتعليم
الحقيقة مرة لكن لازم نقولها
نرجو التحقيق في الأمر بشفافية
تحقيق صحفي ممتاز عن الفساد في البلديات
التحقير من شأن المعلمين مرفوض
المنحنى البياني للتضخم واضح
انحطاط مستوى الدوري هذا الموسم محزن
الانحطاط الأخلاقي في بعض البرامج موضوع يستحق النقاش
الخيانة الزوجية موضوع المسلسل الجديد
محكمة أمن الدولة تنظر في قضية الخيانة العظمى
القذائف سقطت على الحي الشرقي
الحماقة أعيت من يداويها كما قال الشاعر
السقوط الحر للعملة أمام الدولار
سقوط الطائرة في البحر فاجعة
سقطت الأمطار بغزارة على الإسكندرية
قرار النفاق السياسي عنوان المقال لكن المحتوى ضعيف
النفق الجديد تحت القناة افتتح اليوم
جمع القمامة متأخر في حينا منذ أسبوع
الكذب حبله قصير كما يقولون
التكذيب الرسمي للشائعة جاء متأخرا
البحث العلمي في الجامعات العربية يحتاج إلى دعم
الطقس حار اليوم في القاهرة ويصل إلى أربعين درجة
سعر الذهب ٢٠٢٥ مرتفع والناس قلقة
تحية للمراسلة فاطمة السعداوي على التغطية
لماذا لم تذكروا المصدر في هذا الخبر؟
الجيش الليبي يؤكد السيطرة على درنة
محمد علي كلاي أسطورة لن تتكرر
هل عمار هنا أم سافر؟
حامد وحمدي صديقان منذ الطفولة
التفاح مفيد للصحة والخبز ارتفع سعره
غابة الأمازون تحترق والعالم يتفرج
الخنساء شاعرة عربية عظيمة
حبيبي يا بلدي يا مصر
والله الخبر ده مفرح جدا
ربنا يستر على البلد
الناس تعبت من الغلا يا جماعة
هو في إيه بالظبط؟ حد يفهمني
مش فاهم ليه الحكومة ساكتة
برافو على الفريق، لعبوا كويس النهارده
الأهلي هيكسب الدوري السنة دي إن شاء الله
الزمالك محتاج مدرب جديد بصراحة
الراجل ده محترم جدا وكلامه موزون
يا جماعة الأسعار نار والمرتبات زي ما هي
الموضوع ده محتاج نقاش هادي
والله كلامك صح مية في المية
شو القصة؟ ليش ما حدا عم يحكي عن الكهربا
يعطيك العافية على هالتقرير
هالحكي مظبوط بس ناقصه أرقام
كتير حلو المقال، بس في غلطة بالتاريخ
الله يرحمه كان إنسان طيب
ما في شي اسمه مستحيل
بدنا حلول مش وعود
الغلا صار فوق الطاقة بلبنان
يسلموا إيديك على الصور الحلوة
هيدا الخبر قديم من السنة الماضية
قديش صار سعر البنزين؟
إن شاء الله تنحل الأزمة قريبا
بالتوفيق للمنتخب في كأس العالم
خبر مؤسف، ربنا يصبر أهلهم
هل يمكن نشر رابط التقرير الكامل؟
الكاتب نسي أن يذكر دور النقابات
الأرقام الواردة غير دقيقة حسب الإحصاء الرسمي
أقترح على الوزارة مراجعة القرار
المقال منحاز لطرف واحد للأسف
لا أتفق مع الكاتب لكن أحترم رأيه
التعليم هو الحل لكل مشاكلنا
الشباب محتاج فرص عمل مش شعارات
المستشفى الحكومي في قريتنا بلا أطباء
المواصلات في القاهرة زحمة جدا
الدولار وصل لأرقام مش طبيعية
عيد مبارك على الجميع
رمضان كريم وكل عام وأنتم بخير
تقبل الله صيامكم
المطر نعمة من الله
ماتش امبارح كان تحفة
الحكم ظلم الفريق في ضربة الجزاء
ليه ما بتنشروا أخبار الجنوب؟
الصورة مش واضحة، ممكن صورة أحسن
أنا من متابعين الجريدة من زمان
أحسنتم في تغطية الانتخابات
الانتخابات البلدية بعد شهرين
البرلمان يناقش قانون الإيجارات القديمة
الإيجار القديم ظلم للملاك والمستأجرين معا
وزارة الزراعة تعلن موعد توريد القمح
القمح المحلي أفضل من المستورد
الفلاحين بيعانوا من غلاء السماد
الدواجن أسعارها نزلت شوية
حمد بن جاسم صرح اليوم للصحفيين
حمدان بطل السباق في دبي
الكلباني إمام مشهور في الرياض
آل الكلبي قبيلة عربية معروفة
غبيرة قرية في الريف
الخوانق في الجبل مكان جميل للتنزه
مخزن الحبوب امتلأ هذا العام
عرض مسرحي جديد على خشبة المسرح القومي
الوسخ في الشوارع مسؤولية الجميع لا البلدية وحدها
النظافة من الإيمان
ملعب الهلال ممتلئ بالجماهير
الحيوانات الأليفة تحتاج إلى رعاية
الطب البيطري يعالج الحيوانات
اتحاد الكتاب يكرم الروائيين الشباب
كتاب جديد عن تاريخ الأندلس
الحقوق المدنية أساس الدولة الحديثة
المحققون وصلوا إلى مكان الحادث
قذيفة هاون سقطت قرب المدرسة
الطائرة هبطت بسلام
الغباء الاصطناعي عنوان ساخر لمقال عن التقنية
مقال عن الغباء الجماعي في وسائل التواصل
""".strip().splitlines()

# Words and short phrases that contain a banned word's letters, or derive from a neutral word.
CLEAN_WORDS = """
الحمراء حمراء أحمر حمرة الحمام حمامة  حماية محامي المحاماة حماس حماسة حماة
كلية الكلية كليب كلبش الكلمات كليات  غبار غبن غبطة مغبون حقيبة حقائب حقيقة الحقيقي تحقيق محقق
 تفاح التفاهم تفاهة_الموضوع منحنى انحطاط انحدار حيوانات الحيوانات الحيواني الحيوانية
حيوانية حيواني خيانة الخيانة  خيال أهل أهبة جحيم جحافل قذيفة القذائف قذارة_الشوارع
 سافر مسافر  سفلي أسفل السفلى  معتوق معتز حماقة_الفكرة أحمد حمد محمد حامد
ساقية سقط_المطر سقوط  نذير نذر كذبة تكذيب كذلك  منافسة منافع نفق عاهل العاهل
 بهية بهاء بهيج    قرار قرض قرداحي  زبائن زبدة زبيب
""".split()

ENGLISH = """
hammer Hamra street Caleb clap blah homer hummer humor hamburger Hamid Hamza Hamad Khaled
club clip collab calibre  caliber kelp help kilobyte gabby Gabi Gabriel gab Habib habibi Hakim
haqq Tariq tariff Tafe tough taffy Monica mental month Hayley highway Hayward Hawaii Khan Khanh
hazard Ahmed Ahmad ahead  Jack cash Kathy cathedral Thames Sofia safe sapphire Safa Safwan
waiting water  Maitland matrix  Abdullah Hammad Sakina Saqr secret Nadal Nadia needle
Kazakh casaba cousin Monaco monarch Munich Ahira Ahmose behemoth Bahia Baheer Qirat Kurd Kurdish card
cord  Zebra Zubair debate idiom idiomatic idle stupendous student studio  Mormon
morning Moroni bitcoin bit batch bench butcher bastion bass basket dumbbell dumpling Dumbo dump
hamster hamlet Hampshire Camel Kamal Clapton cleavage  Blair Hamra Hamas hummus Habibi
assess class pass bass glass Scunthorpe Sussex analytics shitake cocktail
""".split()

ENGLISH_SENTENCES = [
    "Great article, thanks for the clear analysis", "I disagree with the author but respect his view",
    "Caleb and Hamra met at the cafe on Hamra street", "Use a hammer, not a wrench", "They clap at the end",
    "blah blah blah, same promises every year", "Mohamed Salah is great", "kalam gamil ya 3ali",
    "omar w amar", "mabrouk ya shabab", "3ayez a3raf el khabar da mnin", "el ahly keseb embare7",
    "ana mesh fahem leh el as3ar betzeed", "7elw awi el makal da", "shukran 3al ta2reer",
    "yalla ya masr", "allah yer7amo", "el gaw 7ar awi enaharda", "fi 2azme kbire bel kahraba",
    "hayda el khabar 2adim", "kifak ya 5ayye", "ma fi shi ma3ool", "the bitcoin price fell today",
    "The Dumbo octopus lives deep in the sea", "a student from Munich won the prize",
    "He waited for the monarch at the cathedral", "Basket of bass and hummus at the market",
    "Hamas and Israel agreed to a ceasefire", "The Kurdish region held elections",
    "Idle talk, idiomatic phrases and other idioms", "Stupendous performance by the orchestra",
    "The mayor of Hama visited the hospital", "I had hummus and falafel for lunch",
]


def main() -> None:
    r = random.Random(17)
    insults = build_insults(r)
    clean = [c for c in CLEAN_COMMENTS if c.strip()]
    clean += [w.replace("_", " ") for w in CLEAN_WORDS]
    clean += [w.replace("_", " ") for w in ENGLISH] + ENGLISH_SENTENCES
    # Drop the word-list entries that are the banned word itself written out as a note («…_ليست_هنا»).
    clean = [c for c in clean if "ليست" not in c and "ليس هنا" not in c]
    (HERE / "screening_insults.json").write_text(
        json.dumps({"banned": BANNED, "items": insults}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "screening_clean.json").write_text(
        json.dumps({"banned": BANNED, "items": clean}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(insults), "insults,", len(clean), "clean")


if __name__ == "__main__":
    main()
