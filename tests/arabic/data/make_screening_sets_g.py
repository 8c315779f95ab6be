"""Build the blind screening evaluation set "g" for the Arabic comment-screening matcher.

Run from this folder:  python3 make_screening_sets_g.py

Writes, next to this script:
  screening_insults_g.json  {"banned": [...], "items": [{"text", "entry", "kind"}, ...]}
  screening_clean_g.json    {"banned": [...], "items": [str, ...]}

Every word, phrase and sentence is hand-written below; a seeded random.Random only picks
frames, positions and separators.  The script checks its own output before writing.
"""

import json
import random
import re
import unicodedata
from pathlib import Path

SEED = 20240917
HERE = Path(__file__).resolve().parent
INSULTS_PATH = HERE / "screening_insults_g.json"
CLEAN_PATH = HERE / "screening_clean_g.json"
PER_KIND = 16
PER_COMBO = 15

# ---------------------------------------------------------------------------
# The moderator's banned list
# ---------------------------------------------------------------------------

AR_WORDS = [
    "سخيف",  # silly / contemptible (MSA, everywhere)
    "غشيم",  # clueless oaf (Egyptian, Levantine)
    "هايف",  # shallow, worthless (Egyptian)
    "دلخ",  # dimwit (Gulf)
    "عوير",  # fool (Sudanese)
    "خانز",  # stinking (Maghrebi)
    "هتلي",  # rogue, riff-raff (Iraqi)
    "بهلول",  # simpleton
    "خائب",  # good-for-nothing (hamza on ya seat)
    "أجرب",  # mangy (hamza on alif)
    "أراجوز",  # puppet clown (Egyptian, hamza on alif)
    "طائفي",  # sectarian (hamza + final ya)
    "انتهازي",  # opportunist (final ya)
    "طفيلي",  # parasite (final ya)
    "سفاح",  # butcher, murderer
    "جاسوس",  # spy, collaborator
    "قزم",  # dwarf
    "ضبع",  # hyena (animal)
    "نعجة",  # ewe (animal, feminine)
    "حشرة",  # insect (animal, feminine)
    "ممسحة",  # doormat (object, feminine)
    "طاغية",  # tyrant (feminine form)
]
AR_PHRASES = ["قليل التربية", "عديم الكرامة", "مصاص الدماء", "لاعق الأحذية"]
EN_WORDS = ["asshole", "shill", "lowlife", "bigot", "wanker"]
BANNED = AR_WORDS + AR_PHRASES + EN_WORDS

# Hand-written inflections.  du = (dual in -ان, dual in -ين); None where not natural.
AR = {
    "سخيف": {
        "fem": ["سخيفة"], "pl": ["سخيفين", "سخيفون"], "broken": ["سخفاء"], "du": ("سخيفان", "سخيفين"),
        "poss": ["سخيفكم", "سخيفهم"], "plposs": ["سخفاؤكم", "سخفاؤهم"],
        "az": ["sa5eef", "sakhif", "sa5if", "sakheef", "s5eef"],
    },
    "غشيم": {
        "fem": ["غشيمة"], "pl": ["غشيمين"], "broken": [], "du": ("غشيمان", "غشيمين"),
        "poss": ["غشيمكم", "غشيمهم"], "plposs": [],
        "az": ["ghashim", "8ashim", "ghasheem", "8asheem", "ghashem"],
    },
    "هايف": {
        "fem": ["هايفة"], "pl": ["هايفين"], "broken": [], "du": (None, "هايفين"),
        "poss": ["هايفكم"], "plposs": [],
        "az": ["hayef", "hayif", "haayef", "hayf"],
    },
    "دلخ": {
        "fem": ["دلخة"], "pl": ["دلخين"], "broken": [], "du": (None, "دلخين"),
        "poss": ["دلخكم"], "plposs": [],
        "az": ["dalakh", "dala5", "dlakh", "dalkh", "dla5"],
    },
    "عوير": {
        "fem": ["عويرة"], "pl": ["عويرين"], "broken": [], "du": (None, "عويرين"),
        "poss": ["عويركم"], "plposs": [],
        "az": ["3weer", "3wir", "awir", "3uwair", "3ewir"],
    },
    "خانز": {
        "fem": ["خانزة"], "pl": ["خانزين"], "broken": [], "du": None,
        "poss": [], "plposs": [],
        "az": ["5anez", "khanez", "5aniz", "khaniz", "5anz"],
    },
    "هتلي": {
        "fem": [], "pl": [], "broken": ["هتلية"], "du": None,
        "poss": ["هتليكم"], "plposs": [],
        "az": ["hetli", "hitli", "hetly", "hitly"],
    },
    "بهلول": {
        "fem": [], "pl": [], "broken": ["بهاليل"], "du": None,
        "poss": ["بهلولكم", "بهلولهم"], "plposs": ["بهاليلكم", "بهاليلهم"],
        "az": ["bahlool", "bahloul", "bahlul", "ba7lool"],
    },
    "خائب": {
        "fem": ["خائبة"], "pl": ["خائبين", "خائبون"], "broken": [], "du": ("خائبان", "خائبين"),
        "poss": ["خائبكم"], "plposs": [],
        "az": ["5a2eb", "kha2ib", "5ayeb", "khayeb", "5aieb"],
    },
    "أجرب": {
        "fem": ["جرباء"], "pl": [], "broken": ["جرب"], "du": None,
        "poss": ["أجربكم"], "plposs": [],
        "az": ["ajrab", "2ajrab", "agrab", "ajrb"],
    },
    "أراجوز": {
        "fem": [], "pl": ["أراجوزات"], "broken": [], "du": ("أراجوزان", "أراجوزين"),
        "poss": ["أراجوزهم", "أراجوزكم"], "plposs": ["أراجوزاتهم", "أراجوزاتكم"],
        "az": ["aragoz", "2aragoz", "aragouz", "araguz", "arajoz"],
    },
    "طائفي": {
        "fem": ["طائفية"], "pl": ["طائفيين", "طائفيون"], "broken": [], "du": ("طائفيان", "طائفيين"),
        "poss": ["طائفيكم"], "plposs": [],
        "az": ["ta2ifi", "6a2efi", "ta2efe", "tayfi", "6a2ifi"],
    },
    "انتهازي": {
        "fem": ["انتهازية"], "pl": ["انتهازيين", "انتهازيون"], "broken": [], "du": ("انتهازيان", "انتهازيين"),
        "poss": ["انتهازيكم"], "plposs": ["انتهازيوهم"],
        "az": ["intihazi", "entehazi", "intihazy", "entehaze"],
    },
    "طفيلي": {
        "fem": ["طفيلية"], "pl": ["طفيليين", "طفيليون"], "broken": [], "du": ("طفيليان", "طفيليين"),
        "poss": ["طفيليكم"], "plposs": [],
        "az": ["tufaili", "6ofaili", "tfaili", "tofayli", "6ufayli"],
    },
    "سفاح": {
        "fem": ["سفاحة"], "pl": ["سفاحين", "سفاحون"], "broken": [], "du": ("سفاحان", "سفاحين"),
        "poss": ["سفاحكم", "سفاحهم"], "plposs": ["سفاحيهم"],
        "az": ["saffa7", "saffah", "safa7", "sffa7", "saffaa7"],
    },
    "جاسوس": {
        "fem": ["جاسوسة"], "pl": [], "broken": ["جواسيس"], "du": ("جاسوسان", "جاسوسين"),
        "poss": ["جاسوسهم", "جاسوسكم"], "plposs": ["جواسيسهم", "جواسيسكم"],
        "az": ["jasoos", "gasous", "jasus", "jasous", "gasoos"],
    },
    "قزم": {
        "fem": ["قزمة"], "pl": [], "broken": ["أقزام"], "du": ("قزمان", "قزمين"),
        "poss": ["قزمهم", "قزمكم"], "plposs": ["أقزامهم", "أقزامكم"],
        "az": ["9azam", "qazam", "2azam", "kazam", "qezem"],
    },
    "ضبع": {
        "fem": [], "pl": [], "broken": ["ضباع"], "du": (None, "ضبعين"),
        "poss": ["ضبعهم"], "plposs": ["ضباعهم"],
        "az": ["dabe3", "dab3", "dabi3", "dhabe3"],
    },
    "نعجة": {
        "fem": [], "pl": ["نعجات"], "broken": ["نعاج"], "du": ("نعجتان", "نعجتين"),
        "poss": ["نعجتهم", "نعجتكم"], "plposs": ["نعاجهم", "نعاجكم"],
        "az": ["na3je", "na3ja", "na3jeh", "na3ga"],
    },
    "حشرة": {
        "fem": [], "pl": ["حشرات"], "broken": [], "du": ("حشرتان", "حشرتين"),
        "poss": ["حشرتهم", "حشرتكم"], "plposs": ["حشراتهم"],
        "az": ["7ashara", "7ashra", "7ashare", "hashara", "7ashareh"],
    },
    "ممسحة": {
        "fem": [], "pl": ["ممسحات"], "broken": ["مماسح"], "du": ("ممسحتان", "ممسحتين"),
        "poss": ["ممسحتهم", "ممسحتكم"], "plposs": ["مماسحهم"],
        "az": ["mamsa7a", "memse7a", "mamsaha", "mamsa7ah"],
    },
    "طاغية": {
        "fem": [], "pl": [], "broken": ["طغاة"], "du": ("طاغيتان", "طاغيتين"),
        "poss": ["طاغيتكم", "طاغيتهم"], "plposs": ["طغاتهم", "طغاتكم"],
        "az": ["taghiya", "6aghiya", "6a8ya", "taghya", "6a8ia"],
    },
}

HAMZA_SEAT = {
    "خائب": ["خاءب", "خاأب"],
    "أجرب": ["إجرب", "آجرب"],
    "أراجوز": ["إراجوز", "آراجوز"],
    "طائفي": ["طاءفي", "طاأفي", "طاؤفي"],
}
HAMZA_DROP = {
    "خائب": ["خايب", "خاىب"],
    "أجرب": ["اجرب"],
    "أراجوز": ["اراجوز"],
    "طائفي": ["طايفي", "طاىفي"],
}
HAMZA_DROP_PL = {
    "خائب": ["خايبين"],
    "أراجوز": ["اراجوزات"],
    "طائفي": ["طايفيين", "طايفيون"],
}
MAQSURA = {"هتلي": "هتلى", "طائفي": "طائفى", "انتهازي": "انتهازى", "طفيلي": "طفيلى"}
TA_MARBUTA = {"نعجة": "نعجه", "حشرة": "حشره", "ممسحة": "ممسحه", "طاغية": "طاغيه"}
VOWELED = {
    "سخيف": ["سَخِيف", "سَخِيفٌ"], "غشيم": ["غَشِيم", "غَشِيمْ"], "هايف": ["هَايِف"],
    "عوير": ["عُوَيْر"], "خانز": ["خَانِز"], "هتلي": ["هِتْلِي"], "بهلول": ["بُهْلُول", "بَهْلُول"],
    "خائب": ["خَائِب", "خَائِبٌ"], "أجرب": ["أَجْرَب"], "أراجوز": ["أَرَاجُوز"], "طائفي": ["طَائِفِي"],
    "انتهازي": ["اِنْتِهَازِي"], "طفيلي": ["طُفَيْلِي"], "جاسوس": ["جَاسُوس", "جَاسُوسٌ"],
    "قزم": ["قَزَم", "قَزَمٌ"], "ضبع": ["ضَبُع"], "نعجة": ["نَعْجَة"], "حشرة": ["حَشَرَة", "حَشَرَةٌ"],
    "ممسحة": ["مِمْسَحَة"], "طاغية": ["طَاغِيَة"], "سفاح": ["سَفَاح"],
}
SHADDA_SUKUN = {
    "سفاح": ["سفّاح", "سَفّاح"], "طائفي": ["طائفيّ"], "انتهازي": ["انتهازيّ"], "طفيلي": ["طفيليّ"],
    "هتلي": ["هتليّ"], "قزم": ["قزْم"], "ضبع": ["ضبْع"], "نعجة": ["نعْجة"], "أجرب": ["أجْرب"],
    "عوير": ["عويْر"], "بهلول": ["بهْلول"], "ممسحة": ["ممْسحة"], "دلخ": ["دلْخ"], "سخيف": ["سخّيف"],
}

PH = {
    "قليل التربية": {
        "infl": [("fem", "قليلة التربية"), ("pl", "قليلين التربية"), ("pl", "قليلو التربية"), ("pl", "قليلي التربية")],
        "noart": ["قليل تربية"],
        "az": ["2alil el tarbye", "qalil al tarbiya", "2aleel tarbaye", "alil el tarbeye", "2lil el tarbiyeh"],
    },
    "عديم الكرامة": {
        "infl": [("fem", "عديمة الكرامة"), ("pl", "عديمين الكرامة"), ("pl", "عديمو الكرامة"), ("pl", "عديمي الكرامة")],
        "noart": ["عديم كرامة"],
        "az": ["3adim el karame", "adeem al karama", "3adeem el karameh", "3dim el krame"],
    },
    "مصاص الدماء": {
        "infl": [("fem", "مصاصة الدماء"), ("pl", "مصاصين الدماء"), ("pl", "مصاصو الدماء"), ("pl", "مصاصي الدماء")],
        "noart": ["مصاص دماء"],
        "az": ["masas el dima2", "massas el dema", "mas9as al dima2", "masaas el dema2"],
    },
    "لاعق الأحذية": {
        "infl": [("fem", "لاعقة الأحذية"), ("pl", "لاعقين الأحذية"), ("pl", "لاعقو الأحذية"), ("pl", "لاعقي الأحذية")],
        "noart": ["لاعق أحذية", "لاعق احذية"],
        "az": ["la3eq el a7zeye", "la3ik al a7dhiya", "la3e2 el 2a7zye", "la3iq al ahdhiya"],
    },
}

EN = {
    "asshole": {
        "leet": ["a$$hole", "@sshole", "a55h0le", "4$$hole", "assh0le"],
        "doubled": ["asssshole", "asshoole", "asshollle", "aasshole"],
        "missing": ["ashole", "asshle", "asshol", "assole"],
        "swapped": ["assohle", "ashsole", "asshloe"],
        "hyphen": ["ass-hole", "a-ss-hole", "ass-h-ole"],
        "plural": ["assholes"],
        "adj": ["assholish"],
    },
    "shill": {
        "leet": ["sh1ll", "$hill", "5hill", "sh!ll", "shi11"],
        "doubled": ["shilll", "shhill", "shiill", "shilllll"],
        "missing": ["shil", "shll"],
        "swapped": ["shlil", "hsill"],
        "hyphen": ["sh-ill", "shi-ll"],
        "plural": ["shills"],
        "adj": [],
    },
    "lowlife": {
        "leet": ["l0wlife", "low1ife", "l0wl1fe", "|owlife", "lowl!fe"],
        "doubled": ["lowliife", "lowwlife", "lowlifee", "loowlife"],
        "missing": ["lowlif", "lowife", "lwlife"],
        "swapped": ["lowilfe", "lowlfie", "olwlife"],
        "hyphen": ["low-life", "lo-w-life"],
        "plural": ["lowlifes", "lowlives"],
        "adj": [],
    },
    "bigot": {
        "leet": ["b1got", "big0t", "b!g0t", "bi9ot", "8igot"],
        "doubled": ["biggot", "bigoot", "biggott", "bbigot"],
        "missing": ["bgot", "bigt"],
        "swapped": ["bigto", "bgiot", "ibgot"],
        "hyphen": ["big-ot", "bi-got"],
        "plural": ["bigots"],
        "adj": ["bigoted"],
    },
    "wanker": {
        "leet": ["w4nker", "wank3r", "w@nker", "wank€r", "w4nk3r"],
        "doubled": ["wannker", "wankkker", "waanker", "wankerr"],
        "missing": ["wnker", "wankr"],
        "swapped": ["wakner", "wnaker", "wanekr"],
        "hyphen": ["wan-ker", "wank-er"],
        "plural": ["wankers"],
        "adj": ["wanky", "wankerish"],
    },
}

# ---------------------------------------------------------------------------
# Frames: realistic reader comments with one slot {w}
# ---------------------------------------------------------------------------

FRAMES = {
    "sg": [
        "هذا المعلق {w} بكل معنى الكلمة، ولا يستحق أن يظهر على الشاشة",
        "كاتب المقال {w}، اقرؤوا الفقرة الأخيرة وستفهمون",
        "النائب الذي صوت ضد القانون {w} ولا يمثلنا",
        "رئيس البلدية {w} والدليل حال الشوارع بعد أول مطرة",
        "الوزير ده {w} ومش فاهم حاجة في الاقتصاد",
        "المذيع ده {w} بجد، كل يوم يطلع يقول كلام ملوش لازمة",
        "والله الراجل ده {w} وربنا يكفينا شره",
        "المدرب {w} وهيودينا في داهية السنة دي",
        "والله إنه {w}، شو بدو يعرف عن السياسة",
        "هالمسؤول {w} وما عنده ذرة خجل",
        "النائب تبعنا {w}، انتخبناه وبعدين نسينا",
        "بصراحة المحلل {w} وما بيعرف يحكي جملة مفيدة",
        "هالمذيع {w} ما يستحي على وجهه",
        "والله إن اللاعب {w} وما يستاهل الفانيلة",
        "هذا الكاتب {w}، كل مقالاته نفس الكلام",
        "هذا النائب {w}، بس يحجي وما يسوي شي",
        "والله هذا المحافظ {w}، الشوارع كلها طين",
        "الزول دا {w} ساكت، ما بعرف أي حاجة عن البلد",
        "الوالي دا {w} والناس تعبانة",
        "هاد الوزير {w} بزاف، ما عندو حتى فكرة",
        "والله هذا المسؤول {w} وما يحشمش",
        "رئيس الفريق متاعنا {w}، خسرنا البطولة بسببه",
    ],
    "fem": [
        "المذيعة دي {w} وكل كلامها غلط",
        "هالنائبة {w} وما بتعرف شو عم تحكي",
        "الكاتبة {w}، والمقال كله مغالطات",
        "هذه الوزيرة {w} ولا تستحق منصبها",
        "والله هالمذيعة {w}، كل يوم فضيحة",
        "هاديك المسؤولة {w} بزاف",
        "المرة دي {w} ساكت",
        "هاي المحللة {w}، شنو هالحجي؟",
    ],
    "pl": [
        "هؤلاء النواب {w} ولا يهمهم إلا مصالحهم",
        "كل اللي في البرلمان {w} من أولهم لآخرهم",
        "المسؤولين عنا {w} وما حدا بيحاسبهم",
        "الناس دول {w} وعايزين يضحكوا علينا",
        "هالمحللين {w}، كل يوم نفس الكلام",
        "هذول الجماعة {w} والله",
        "ناس الحكومة ديل {w}",
        "هادو {w} بزاف، الله يهدي",
        "معظم المعلقين في القناة {w} للأسف",
        "أعضاء المجلس {w} وباعوا الناس بأرخص ثمن",
    ],
    "du_an": [
        "هذان المسؤولان {w} ويجب محاسبتهما",
        "المعلقان في الاستوديو {w} بامتياز",
        "الوزيران {w} ولا يصلحان لإدارة أي ملف",
    ],
    "du_ayn": [
        "الوزيرين دول {w} والاتنين لازم يمشوا",
        "هالنائبين {w} وما حدا فيهن أحسن من التاني",
        "الاثنين اللي طلعوا بالبرنامج {w}",
        "هدوك الجوج {w} بزاف",
        "المدرب ومساعده {w} وضيعوا الموسم",
        "هذول الاثنين {w}، والله ما ينطاقون",
    ],
    "poss": [
        "{w} هذا طلع على التلفزيون وكذب كالعادة",
        "روحوا اسألوا {w} عن الملايين اللي راحت",
        "شوفوا {w} شو عم يعمل بالبلد",
        "{w} ده فاكر نفسه زعيم",
        "خلي {w} يرد على الأسئلة لو يقدر",
        "والله {w} ما يعرف يحكي جملة",
    ],
    "plposs": [
        "{w} في البرلمان لا يمثلون الشعب",
        "خلي {w} يحكوا، الناس صارت تعرف كل شي",
        "{w} دول ورا كل المصايب",
        "الله يكفينا شر {w}",
        "كل {w} طلعوا على القنوات الليلة",
    ],
    "voc": [
        "{w}، مين سألك رأيك أصلاً؟",
        "روح نام {w} وخلي الكبار يحكوا",
        "اسكت {w}، الناس عارفة الحقيقة",
        "اتق الله {w}، الناس جوعانة وانت تضحك",
        "إيش هالكلام {w}؟",
        "ده كلام يتقال {w}؟",
        "{w}، الشعب أذكى منك بكثير",
        "شنو هالحجي {w}؟",
        "سير تنعس {w}",
        "انت ما بتستحي {w}؟",
        "قاعد تكذب ساي {w}",
        "كفاية بقى {w}، زهقتونا",
    ],
    "def": [
        "شوفوا {w} شو عم يحكي على التلفزيون",
        "مين جاب {w} ده يقدم البرنامج؟",
        "هذا {w} لازم يتحاسب على كلامه",
        "{w} اللي كتب المقال ما قرأ التقرير أصلاً",
        "المسؤول {w} ما زال في منصبه رغم كل شيء",
        "{w} ده فاكر الناس مش فاهمة",
        "هاد {w} بغا يضحك علينا",
        "هذا {w} شنو يريد بعد؟",
        "الزول {w} دا قاعد يكذب علينا",
        "متى يرحل {w} عن الكرسي؟",
    ],
    "wa": [
        "المدرب عنيد {w} وما بيسمع نصيحة حدا",
        "الراجل ده مغرور {w} وربنا يكفينا شره",
        "هذا المسؤول متكبر {w}، والكل يعرف",
        "النائب ضعيف {w} ولا يمثل أحداً",
        "هاد الريس عنيد {w} بزاف",
    ],
    "fa": [
        "الحكومة اعتذرت، أما الوزير {w} ولا يعترف بخطئه",
        "أما النائب {w} بامتياز",
        "اللاعبون قدموا كل شيء، أما المدرب {w} ولا يعرف كيف يدير مباراة",
        "أما كاتب المقال {w} وهذا ليس جديداً",
    ],
    "bi": [
        "ابتلينا {w} زي ده",
        "شو بدك {w} متل هاد؟",
        "لا تثقوا {w} مثل هذا",
        "الشعب ما يستاهل يتحكم فيه {w} زي ده",
        "شو نعمل {w} متلو؟",
    ],
    "li": [
        "كيف تعطون المنصب {w} مثله؟",
        "ما في احترام {w} بهالشكل",
        "سلموا البلد {w} وقعدوا يتفرجوا",
        "إزاي يدوا الميكروفون {w} زي ده؟",
    ],
    "ka": [
        "يتصرف {w} في كل مقابلة",
        "تكلم {w} ما يعرف شي عن الملف",
        "ظهر في البرنامج {w} وضحك عليه الجمهور",
        "بيحكي {w} وما حدا بيوقفه",
    ],
    "def_wa": [
        "الحكومة {w} اللي يدافع عنها شركاء في المصيبة",
        "نعرف الحقيقة، {w} اللي كتب المقال يعرفها كمان",
        "الشعب صبر كثير {w} اللي على الكرسي ما حس بشي",
        "رجعنا لنفس الوجوه، الوزير القديم {w} اللي معه",
    ],
    "def_fa": [
        "لا تضيعوا وقتكم بالرد، {w} لا يقرأ أصلاً",
        "اتركوه، {w} سيفضح نفسه بنفسه",
        "لا تنتظروا منه شيئاً، {w} لا يتغير",
    ],
    "def_bi": [
        "لا تثقوا {w} ولو حلف",
        "شو بدك {w} هاد، خليه يحكي",
        "الناس ضاقت ذرعاً {w} وتصريحاته",
    ],
    "def_li": [
        "لا تعطوا منبر {w} هذا",
        "ليش القناة بتفتح الهوا {w} ده؟",
        "قولوا {w} يسكت شوية",
    ],
    "def_ka": [
        "يتصرف {w} تماماً كما توقعنا",
        "يتكلم {w} ولا يخجل",
        "وقف قدام الكاميرا {w} في السيرك",
    ],
    "hal": [
        "{w} شو بدو من الناس؟",
        "والله {w} ما بيستحي",
        "مين انتخب {w}؟",
        "لوين آخدنا {w}؟",
        "{w} لازم حدا يسكته",
        "شو بيعرف {w} عن الاقتصاد؟",
    ],
    "3al": [
        "الحق {w} اللي انتخبه",
        "لا تردوا {w}، خليه يحكي لحالو",
        "ضحكنا {w} وهو عم يحكي",
        "الله {w} وعلى اللي بيدافع عنه",
        "يعني كل البلد واقفة {w}؟",
    ],
    "ph_sg": [
        "المذيع ده {w} وبيتكلم مع الضيوف من غير احترام",
        "هالنائب {w} وما حدا علمه يحكي",
        "كاتب المقال {w} ولا يستحق الرد",
        "والله هذا المسؤول {w}، شوفوا شو قال عن الفقراء",
        "التاجر اللي رفع الأسعار بالعيد {w}",
        "الزول دا {w} ساكت",
        "هاد المسؤول {w} بزاف",
        "هذا النائب {w} وما يستحي",
        "المعلق {w} والقناة لازم تعتذر",
    ],
    "ph_tag": [
        "الوزير طلع على الهوا وكذب على الناس {w}",
        "{w} هذا هو وصفه الحقيقي",
        "مذيع القناة الرسمية {w}",
        "تصريح مستفز من النائب اليوم {w}",
        "التاجر رفع الأسعار في رمضان {w}",
    ],
    "az": [
        "el wazir da {w} bgad, msh fahem 7aga",
        "wallah hal nayeb {w}, shu badna na3mel?",
        "hada el mas2oul {w} w ma yesta7i",
        "{w} w bas, ma fi kalam tani",
        "hal m7alel {w}, kil yom nafs el 7aki",
        "had l wazir {w} bzaf",
        "el zol da {w} sakit",
        "hatha el na2ib {w}, bs y7ichi w ma ysawi shi",
        "el mozee3 {w} 3anjad, ghayyaro el channel",
    ],
    "en": [
        "The minister is a complete {w}, read his speech again.",
        "Whoever wrote this article is a total {w}.",
        "Only a real {w} would defend these prices.",
        "This MP is such an utter {w}, unbelievable.",
        "What an absolute {w}.",
        "Classic {w} move from the federation president.",
        "والله هالمذيع {w} بكل معنى الكلمة",
        "المعلق ده {w} رسمي، ولا كلمة صح",
    ],
    "en_pl": [
        "These MPs are {w}, all of them.",
        "Bunch of {w} running the ministry.",
        "The whole panel were {w} tonight.",
        "كل اللي في البرلمان {w} بصراحة",
        "Honestly the pundits on this channel are {w}.",
        "Stop listening to those {w} on TV.",
    ],
    "en_adj": [
        "What a truly {w} thing to say on live TV.",
        "Such an utterly {w} article, shame on the editor.",
        "His comments about refugees were {w}.",
        "Typical {w} behaviour from the coach.",
        "That was the most {w} speech I have heard this year.",
    ],
}

# ---------------------------------------------------------------------------
# Character-level disguises
# ---------------------------------------------------------------------------

TATWEEL = "\u0640"
DUAL_JOIN = set("بتثجحخسشصضطظعغفقكلمنهيئى")
RIGHT_JOIN = set("اأإآدذرزوؤة")
LETTERS = DUAL_JOIN | RIGHT_JOIN | {"ء"}
HARAKAT = ["\u064E", "\u064F", "\u0650", "\u0652"]
MARKS_RE = re.compile("[\u064B-\u0652]")
ZERO_WIDTH = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"]
BIDI_MARKS = ["\u200E", "\u200F", "\u061C"]
BIDI_PAIRS = [("\u202B", "\u202C"), ("\u202E", "\u202C"), ("\u2067", "\u2069"), ("\u2068", "\u2069")]
BIDI_ALL = "".join(BIDI_MARKS) + "\u202B\u202C\u202E\u2067\u2068\u2069"
DOTS = [".", "·", "•"]
DASHES = ["-", "_", "–", "—"]
SYMBOLS = ["*", "#", "@", "$", "%", "&", "+", "/", "|", "~", "^", "!", "="]
EMOJI = ["😂", "🤣", "🙄", "😡", "👎", "🔥", "😤", "🤮"]
PERSIAN = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ۃ"}
PERSIAN_HEH = ["ھ", "ہ"]
LATIN = {"ا": ["l", "I"], "ه": ["o"]}


def _pres_table():
    table = {}
    for lo, hi in ((0xFE70, 0xFF00), (0xFB50, 0xFE00)):
        for cp in range(lo, hi):
            parts = unicodedata.decomposition(chr(cp)).split()
            if len(parts) == 2 and parts[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
                key = (chr(int(parts[1], 16)), parts[0][1:-1])
                table.setdefault(key, chr(cp))
    return table


PRES = _pres_table()


def shape(word):
    """Spell a word with Arabic presentation-form code points (contextual forms)."""
    out = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        jp = prev in DUAL_JOIN and ch in (DUAL_JOIN | RIGHT_JOIN)
        jn = ch in DUAL_JOIN and nxt in (DUAL_JOIN | RIGHT_JOIN)
        form = {(True, True): "medial", (True, False): "final",
                (False, True): "initial", (False, False): "isolated"}[(jp, jn)]
        out.append(PRES.get((ch, form)) or PRES.get((ch, "isolated")) or ch)
    res = "".join(out)
    assert unicodedata.normalize("NFKC", res) == word and res != word, word
    return res


def letter_gaps(word):
    """Inner positions (1..n-1) that fall between two letters."""
    return [i for i in range(1, len(word)) if word[i - 1] != " " and word[i] != " "]


def insert_at(word, positions, pick):
    out = []
    for i, ch in enumerate(word):
        if i in positions:
            out.append(pick())
        out.append(ch)
    return "".join(out)


def some_gaps(rng, word, lo=1, hi=None):
    gaps = letter_gaps(word)
    hi = min(hi or len(gaps), len(gaps))
    return set(rng.sample(gaps, rng.randint(min(lo, hi), hi)))


def d_tatweel(rng, word):
    spots = [i + 1 for i in range(len(word) - 1) if word[i] in DUAL_JOIN and word[i + 1] in LETTERS]
    chosen = set(rng.sample(spots, rng.randint(1, len(spots))))
    res = insert_at(word, chosen, lambda: TATWEEL * rng.randint(1, 4))
    assert res.replace(TATWEEL, "") == word
    return res


def collapse(s):
    return re.sub(r"(.)\1+", r"\1", s)


def d_repeat(rng, word):
    idx = [i for i, ch in enumerate(word) if ch in "اوي"] or [len(word) - 1]
    chosen = set(rng.sample(idx, 1 if rng.random() < 0.7 else min(2, len(idx))))
    res = "".join(ch * (rng.randint(3, 6) if i in chosen else 1) for i, ch in enumerate(word))
    assert collapse(res) == collapse(word) and res != word
    return res


def d_join(rng, word, seps):
    sep = rng.choice(seps)
    if rng.random() < 0.3:
        res = "".join(ch if i == 0 or ch == " " or word[i - 1] == " " else rng.choice(seps) + ch
                      for i, ch in enumerate(word))
    else:
        res = "".join(ch if i == 0 or ch == " " or word[i - 1] == " " else sep + ch for i, ch in enumerate(word))
    assert "".join(c for c in res if c not in seps) == word
    return res


def d_spaced(rng, word):
    del rng
    res = " ".join(word)
    assert res.replace(" ", "") == word
    return res


def d_inner_space(rng, word):
    pos = rng.randint(1, len(word) - 1)
    res = word[:pos] + " " + word[pos:]
    assert res.replace(" ", "") == word
    return res


def d_zero_width(rng, word):
    res = insert_at(word, some_gaps(rng, word, 1, 3), lambda: rng.choice(ZERO_WIDTH))
    assert "".join(c for c in res if c not in ZERO_WIDTH) == word
    return res


def d_bidi(rng, word):
    if rng.random() < 0.5:
        res = insert_at(word, some_gaps(rng, word, 1, 3), lambda: rng.choice(BIDI_MARKS))
    else:
        a, b = rng.choice(BIDI_PAIRS)
        i = rng.randint(1, len(word) - 2)
        j = rng.randint(i + 1, len(word) - 1)
        res = word[:i] + a + word[i:j] + b + word[j:]
    assert "".join(c for c in res if c not in BIDI_ALL) == word
    return res


def d_emoji(rng, word):
    res = insert_at(word, some_gaps(rng, word, 1, 2), lambda: rng.choice(EMOJI))
    assert "".join(c for c in res if c not in EMOJI) == word
    return res


def d_harakat(rng, word):
    if word in VOWELED and rng.random() < 0.5:
        res = rng.choice(VOWELED[word])
    else:
        fatha, damma, kasra, sukun = HARAKAT
        out = []
        last = ""
        for i, ch in enumerate(word):
            out.append(ch)
            nxt = word[i + 1] if i + 1 < len(word) else ""
            if ch in "اىآ" or (ch == "و" and last == damma) or (ch == "ي" and last == kasra):
                last = ""
                continue
            if nxt == "ا":
                mark = fatha
            elif nxt == "و":
                mark = rng.choice([damma, fatha])
            elif nxt == "ي":
                mark = rng.choice([kasra, fatha])
            elif not nxt:
                mark = rng.choice([damma, kasra, "\u064C", ""])
            else:
                mark = rng.choice([fatha, damma, kasra, sukun])
            if rng.random() < 0.75 or i == 0:
                out.append(mark)
                last = mark
            else:
                last = ""
        res = "".join(out)
    assert MARKS_RE.sub("", res) == word and res != word, (res, word)
    return res


def d_shadda(rng, word):
    if word in SHADDA_SUKUN and rng.random() < 0.5:
        res = rng.choice(SHADDA_SUKUN[word])
    else:
        idx = [i for i, ch in enumerate(word) if ch in LETTERS and ch not in "اأإآىوي"]
        calm = [i for i in idx if i + 1 < len(word) and word[i + 1] not in "اوي"] or idx
        marks = {rng.choice(idx): "\u0651"} if rng.random() < 0.5 else {rng.choice(calm): "\u0652"}
        if rng.random() < 0.4:
            if "\u0651" in marks.values():
                marks.setdefault(rng.choice(calm), "\u0652")
            else:
                marks.setdefault(rng.choice(idx), "\u0651")
        res = "".join(ch + marks.get(i, "") for i, ch in enumerate(word))
    assert MARKS_RE.sub("", res) == word and res != word, (res, word)
    return res


def d_persian(rng, word):
    idx = [i for i, ch in enumerate(word) if ch in PERSIAN or ch == "ه"]
    chosen = set(rng.sample(idx, rng.randint(1, len(idx))))
    res = "".join((rng.choice(PERSIAN_HEH) if ch == "ه" else PERSIAN[ch]) if i in chosen else ch
                  for i, ch in enumerate(word))
    assert res != word
    return res


def d_latin(rng, word):
    idx = [i for i, ch in enumerate(word) if ch in LATIN]
    chosen = set(rng.sample(idx, rng.randint(1, len(idx))))
    res = "".join(rng.choice(LATIN[ch]) if i in chosen else ch for i, ch in enumerate(word))
    assert res != word
    return res


def d_presentation(rng, word):
    del rng
    return shape(word)


def persian_ok(word):
    return any(ch in PERSIAN or ch == "ه" for ch in word)


def latin_ok(word):
    return any(ch in LATIN for ch in word)


# Latin-script disguises
def e_caps(rng, word):
    style = rng.randint(0, 2)
    if style == 0:
        return word.upper()
    if style == 1:
        return word[:1].upper() + word[1:]
    return "".join(c.upper() if i % 2 == 0 else c for i, c in enumerate(word))


def e_symbols(rng, word):
    letters = [c for c in word if c.isalpha()]
    if rng.random() < 0.5:
        res = rng.choice(["*", ".", "#", "_", "+", "~"]).join(word)
    else:
        pos = rng.randint(1, len(word) - 1)
        res = word[:pos] + rng.choice(["*", "#", ".", "@", "^"]) + word[pos:]
    assert [c for c in res if c.isalpha()] == letters
    return res


def e_spaced(rng, word):
    return (" " if rng.random() < 0.7 else "  ").join(word)


def e_repeat(rng, word):
    vowels = [i for i, c in enumerate(word) if c.lower() in "aeiou"] or list(range(len(word)))
    i = rng.choice(vowels)
    return word[:i] + word[i] * rng.randint(3, 6) + word[i + 1:]


def e_inner_space(rng, word):
    parts = word.split(" ")
    k = rng.randrange(len(parts))
    w = parts[k]
    pos = rng.randint(1, len(w) - 1)
    parts[k] = w[:pos] + " " + w[pos:]
    return " ".join(parts)


# ---------------------------------------------------------------------------
# Insult item generation
# ---------------------------------------------------------------------------


def forms(entry, key):
    return AR[entry][key]


def du_choice(rng, entry):
    an, ayn = AR[entry]["du"]
    opts = ([(an, "du_an")] if an else []) + ([(ayn, "du_ayn")] if ayn else [])
    return rng.choice(opts)


def pl_any(entry):
    return forms(entry, "pl") + forms(entry, "broken")


PREP_CLS = {"ب": "bi", "ل": "li", "ك": "ka"}
DEF_PREP = {"ب": ("بال", "def_bi"), "ل": ("لل", "def_li"), "ك": ("كال", "def_ka")}


def kinds_table():
    """kind -> (eligible entries, producer(rng, entry) -> (token, frame_class))."""
    words = AR_WORDS
    t = {}
    t["plain"] = (words, lambda r, e: (e, "sg"))
    t["feminine"] = ([e for e in words if forms(e, "fem")], lambda r, e: (r.choice(forms(e, "fem")), "fem"))
    t["plural"] = ([e for e in words if forms(e, "pl")], lambda r, e: (r.choice(forms(e, "pl")), "pl"))
    t["broken_plural"] = ([e for e in words if forms(e, "broken")],
                          lambda r, e: (r.choice(forms(e, "broken")), "pl"))
    t["dual"] = ([e for e in words if AR[e]["du"]], du_choice)
    t["possessive"] = ([e for e in words if forms(e, "poss")], lambda r, e: (r.choice(forms(e, "poss")), "poss"))
    t["plural_possessive"] = ([e for e in words if forms(e, "plposs")],
                              lambda r, e: (r.choice(forms(e, "plposs")), "plposs"))

    def conj(r, e):
        p = r.choice(["و", "ف"])
        return p + e, ("wa" if p == "و" else "fa")

    def prep(r, e):
        p = r.choice(["ب", "ل", "ك"])
        return p + e, PREP_CLS[p]

    def art_conj(r, e):
        p = r.choice(["و", "ف"])
        return p + "ال" + e, ("def_wa" if p == "و" else "def_fa")

    def art_prep(r, e):
        pre, cls = DEF_PREP[r.choice(["ب", "ل", "ك"])]
        return pre + e, cls

    def dia_art(r, e):
        p = r.choice(["هال", "عال"])
        return p + e, ("hal" if p == "هال" else "3al")

    t["prefix_conj"] = (words, conj)
    t["prefix_prep"] = (words, prep)
    t["article"] = (words, lambda r, e: ("ال" + e, "def"))
    t["article_conj"] = (words, art_conj)
    t["article_prep"] = (words, art_prep)
    t["dialect_article"] = (words, dia_art)
    t["ya_glued"] = (words, lambda r, e: ("يا" + e, "voc"))
    t["ya_spaced"] = (words, lambda r, e: ("يا " + e, "voc"))
    t["hamza_seat"] = (list(HAMZA_SEAT), lambda r, e: (r.choice(HAMZA_SEAT[e]), "sg"))
    t["hamza_dropped"] = (list(HAMZA_DROP), lambda r, e: (r.choice(HAMZA_DROP[e]), "sg"))
    t["alif_maqsura"] = (list(MAQSURA), lambda r, e: (MAQSURA[e], "sg"))
    t["ta_marbuta"] = (list(TA_MARBUTA), lambda r, e: (TA_MARBUTA[e], "sg"))

    def char(fn, ok=None):
        elig = [e for e in words if ok is None or ok(e)]
        return elig, lambda r, e: (fn(r, e), "sg")

    t["harakat"] = char(d_harakat)
    t["shadda_sukun"] = char(d_shadda)
    t["tatweel"] = char(d_tatweel, lambda e: any(e[i] in DUAL_JOIN for i in range(len(e) - 1)))
    t["repeat"] = char(d_repeat)
    t["spaced"] = char(d_spaced)
    t["dots"] = char(lambda r, e: d_join(r, e, DOTS))
    t["dashes"] = char(lambda r, e: d_join(r, e, DASHES))
    t["symbols"] = char(lambda r, e: d_join(r, e, SYMBOLS))
    t["inner_space"] = char(d_inner_space)
    t["zero_width"] = char(d_zero_width)
    t["bidi"] = char(d_bidi)
    t["latin_lookalike"] = char(d_latin, latin_ok)
    t["emoji"] = char(d_emoji)
    t["persian_letters"] = char(d_persian, persian_ok)
    t["presentation_forms"] = char(d_presentation)
    t["arabizi"] = (words, lambda r, e: (r.choice(forms(e, "az")), "az"))

    # phrases
    phr = AR_PHRASES
    t["phrase"] = (phr, lambda r, e: (e, "ph_sg"))
    t["phrase_joined"] = (phr, lambda r, e: (e.replace(" ", ""), "ph_sg"))
    t["phrase_hyphen"] = (phr, lambda r, e: (e.replace(" ", r.choice(["-", "-", "–"])), "ph_sg"))
    t["phrase_hashtag"] = (phr, lambda r, e: ("#" + e.replace(" ", "_"), "ph_tag"))

    def ph_infl(r, e):
        g, f = r.choice(PH[e]["infl"])
        return f, g

    t["phrase_inflected"] = (phr, ph_infl)
    t["phrase_no_article"] = (phr, lambda r, e: (r.choice(PH[e]["noart"]), "ph_sg"))
    t["phrase+arabizi"] = (phr, lambda r, e: (r.choice(PH[e]["az"]), "az"))
    t["phrase+ya"] = (phr, lambda r, e: (r.choice(["يا ", "يا ", "يا"]) + e, "voc"))

    # English
    en = EN_WORDS
    t["en"] = (en, lambda r, e: (e, "en"))
    t["en_caps"] = (en, lambda r, e: (e_caps(r, e), "en"))
    t["en_leet"] = (en, lambda r, e: (r.choice(EN[e]["leet"]), "en"))
    t["en_symbols"] = (en, lambda r, e: (e_symbols(r, e), "en"))
    t["en_spaced"] = (en, lambda r, e: (e_spaced(r, e), "en"))
    t["en_doubled"] = (en, lambda r, e: (r.choice(EN[e]["doubled"]), "en"))
    t["en_missing_letter"] = (en, lambda r, e: (r.choice(EN[e]["missing"]), "en"))
    t["en_swapped"] = (en, lambda r, e: (r.choice(EN[e]["swapped"]), "en"))
    t["en_hyphen"] = (en, lambda r, e: (r.choice(EN[e]["hyphen"]), "en"))
    t["en_plural"] = (en, lambda r, e: (r.choice(EN[e]["plural"]), "en_pl"))
    t["en_adjective"] = ([e for e in en if EN[e]["adj"]], lambda r, e: (r.choice(EN[e]["adj"]), "en_adj"))
    return t


def combos_table():
    words = AR_WORDS
    t = {}
    fem_ta = [e for e in words if any(f.endswith("ة") for f in forms(e, "fem"))]
    t["feminine+ta_marbuta"] = (fem_ta, lambda r, e: (forms(e, "fem")[0][:-1] + "ه", "fem"))
    t["article+hamza_dropped"] = (list(HAMZA_DROP), lambda r, e: ("ال" + r.choice(HAMZA_DROP[e]), "def"))
    t["plural+hamza_dropped"] = (list(HAMZA_DROP_PL), lambda r, e: (r.choice(HAMZA_DROP_PL[e]), "pl"))
    t["ya_glued+tatweel"] = (words, lambda r, e: (d_tatweel(r, "يا" + e), "voc"))
    t["ya_spaced+emoji"] = (words, lambda r, e: ("يا " + d_emoji(r, e), "voc"))
    t["plural+spaced"] = ([e for e in words if pl_any(e)], lambda r, e: (d_spaced(r, r.choice(pl_any(e))), "pl"))
    t["broken_plural+dots"] = ([e for e in words if forms(e, "broken")],
                               lambda r, e: (d_join(r, r.choice(forms(e, "broken")), DOTS), "pl"))

    def conj_rep(r, e):
        p = r.choice(["و", "ف"])
        return p + d_repeat(r, e), ("wa" if p == "و" else "fa")

    t["prefix_conj+repeat"] = (words, conj_rep)
    t["article+alif_maqsura"] = (list(MAQSURA), lambda r, e: ("ال" + MAQSURA[e], "def"))
    t["article+persian_letters"] = ([e for e in words if persian_ok(e)],
                                    lambda r, e: ("ال" + d_persian(r, e), "def"))

    def dia_zw(r, e):
        p = r.choice(["هال", "عال"])
        return d_zero_width(r, p + e), ("hal" if p == "هال" else "3al")

    t["dialect_article+zero_width"] = (words, dia_zw)
    t["arabizi+caps"] = (words, lambda r, e: (e_caps(r, r.choice(forms(e, "az"))), "az"))
    t["arabizi+spaced"] = (words, lambda r, e: (
        e_spaced(r, r.choice(forms(e, "az"))) if r.random() < 0.5 else e_inner_space(r, r.choice(forms(e, "az"))),
        "az"))
    t["arabizi+repeat"] = (words, lambda r, e: (e_repeat(r, r.choice(forms(e, "az"))), "az"))
    t["phrase+tatweel"] = (AR_PHRASES, lambda r, e: (d_tatweel(r, e), "ph_sg"))
    t["en_leet+en_caps"] = (EN_WORDS, lambda r, e: (r.choice(EN[e]["leet"]).upper(), "en"))
    t["en_plural+en_caps"] = (EN_WORDS, lambda r, e: (e_caps(r, r.choice(EN[e]["plural"])), "en_pl"))
    return t


def generate_kind(rng, kind, spec, count, seen):
    entries, producer = spec
    order = list(entries)
    rng.shuffle(order)
    items = []
    attempts = 0
    i = 0
    while len(items) < count:
        attempts += 1
        if attempts > count * 200:
            raise SystemExit(f"could not build {count} distinct items for kind {kind}")
        entry = order[i % len(order)]
        token, cls = producer(rng, entry)
        frame = rng.choice(FRAMES[cls])
        text = frame.replace("{w}", token)
        i += 1
        if text in seen:
            continue
        seen.add(text)
        items.append({"text": text, "entry": entry, "kind": kind})
    return items


# ---------------------------------------------------------------------------
# Clean comments
# ---------------------------------------------------------------------------

CLEAN_HAND = [
    # Egyptian
    "الماتش امبارح كان حلو جداً والأهلي استحق الفوز",
    "الزمالك محتاج مدرب جديد بصراحة، الفريق تايه في الملعب",
    "أسعار الطماطم في السوق النهارده نار، الكيلو بقى بعشرين جنيه",
    "هتلاقي الطريق زحمة جداً عند كوبري أكتوبر، خدوا بالكم",
    "الجو النهارده غائم وفيه شوية هوا، البسوا تقيل",
    "ربنا يرحمه ويصبر أهله، كان راجل محترم",
    "الحكومة لازم تراقب أسعار الأدوية، الناس مش لاقية تشتري",
    "فيلم السهرة امبارح كان جميل والتمثيل ممتاز",
    "محطة الكهرباء الجديدة هتحل مشكلة الانقطاع إن شاء الله",
    "ابني دخل المدرسة الجديدة السنة دي والمدرسين كويسين",
    "خان الخليلي مليان سياح الأيام دي، الحمد لله السياحة رجعت",
    "الهاتف الجديد غالي قوي، مش هشتريه السنة دي",
    "هيفاء وهبي عاملة حفلة في الساحل الأسبوع الجاي",
    "عايز أعرف التعويض هيتصرف امتى للناس اللي بيوتها وقعت",
    "الدكتور قال إن الالتهاب بسيط والحمد لله",
    "أنا جربت المطعم ده والأكل كان حلو والأسعار معقولة",
    "عربية الجاز اتأخرت تاني، الناس واقفة في الطابور من الفجر",
    "والله المقال ده عجبني جداً، الكاتب شرح الموضوع ببساطة",
    "أرجوك يا أستاذ تكتب عن مشكلة المواصلات في الصعيد",
    "القزاز اتكسر من الهوا امبارح، لازم نغيره قبل الشتا",
    "مش عارف ليه الطاقية دي غالية كده في العتبة",
    "بهاء سلطان عنده حفلة في الإسكندرية يوم الخميس",
    "الدلتا فيها أخصب أراضي مصر، لازم نحافظ عليها",
    "الجاموس في الريف المصري مصدر رزق لكتير من الأسر",
    "الحضانة بتاعة ابني فيها ألعاب كتير والمشرفات محترمين",
    # Levantine
    "هاتلي معك خبز وأنت راجع، الفرن عنا مسكر",
    "الكهربا عم تنقطع كل يوم ست ساعات، لوين رايحين؟",
    "متلي متل كل الناس، ناطرين الرواتب تزيد",
    "الطقس بكرا ماطر وفي ضباب على الطرقات الجبلية، انتبهوا",
    "مبروك للفيصلي الفوز، لعبوا منيح كتير",
    "الوحدات بدو يقوي الدفاع قبل الموسم الجاي",
    "سعر صفيحة البنزين ارتفع مرة تانية، الله يعين العالم",
    "اتفاق الطائف صار عمره أكتر من تلاتين سنة وما تغير شي",
    "الطوائف بلبنان لازم تتفق على رئيس بأسرع وقت",
    "حلب رجعت تتعمر شوي شوي، الله يحميها",
    "بدنا تعويض للمزارعين اللي خسروا موسم التفاح",
    "منطقة سفح الجبل بدها طريق جديد، بالشتوية الطريق بتتسكر",
    "عنا بالضيعة عرس بكرا وكل الضيعة معزومة",
    "مسلسل رمضان هالسنة كان أحلى من السنة الماضية",
    "بنتي عمرها عشرة سنين وبتحب الرسم كتير",
    "يا ريت البلدية تعمل مسح للشوارع قبل الشتوية",
    "الأكل الشامي ما في متله، خصوصاً المناقيش الصبح",
    "شو رأيكن بالمدرب الجديد للمنتخب؟ أنا متفائل",
    "صار لازم نطالب بالكرامة الإنسانية للاجئين بالمخيمات",
    "المساحة الخضرا بالمدينة عم تصغر كل سنة",
    "أحسن شي بالشتوية صحن عدس سخن",
    "لقيت غنيم صاحبي بالسوق وسلم عليكن",
    "في مسحة حزن بصوت المذيع وهو عم يقرا الخبر",
    "أحسن مسلسل شفته هالسنة، الممثلين كلهم ممتازين",
    # Gulf
    "الهلال ما قصر الموسم هذا، الله يوفقهم في آسيا",
    "النصر يبي مدافع قوي، الدفاع مهزوز",
    "الجو حار مرة اليوم في الرياض، الحرارة وصلت خمسين",
    "الطائف أجواؤها حلوة في الصيف، أنصح فيها للعوايل",
    "أسعار العقار في جدة ارتفعت وايد السنة هذي",
    "عجمان صارت فيها مشاريع سكنية جديدة وأسعارها معقولة",
    "الله يرحم أبوك يا خوي، كان رجال طيب",
    "الدخل الشهري ما يكفي مع الغلاء هذا",
    "عيد مبارك على الجميع، وعساكم من عواده",
    "متى بيفتحون الطريق الجديد اللي عند الدوار؟ صار لهم سنتين",
    "خزان الماي عندنا خربان والبلدية ما ردت علينا",
    "الشباب يبون ملاعب أكثر في الأحياء",
    "البنزين هنا أرخص من الدول الثانية، الحمد لله",
    "ودي أعرف نتيجة القرعة متى تطلع",
    "طاقية أبوي القديمة لقيتها في الدولاب",
    "جاسم الحربي أفضل لاعب في الجولة بدون نقاش",
    "أبو جاسم الله يرحمه كان يحب الخير",
    # Iraqi
    "الكهرباء بالصيف مشكلة كبيرة، الناس تعبت من المولدات",
    "القوة الجوية لعبوا زين اليوم، فد مباراة حلوة",
    "شگد صار سعر الطماطة ببغداد؟ هنا بالموصل غالي",
    "الزوراء يحتاج مهاجم جديد، هذا الموسم ما سجلوا شي",
    "الله يحفظ العراق وأهله، بلد الخير",
    "شارعنا بعده طين من المطر، متى يبلطوه؟",
    "الدخل مالتنا ما يكفي لآخر الشهر",
    "اشتريت جاموس للمزرعة من سوق الحلة",
    "القمح هالسنة محصوله زين، الحمد لله",
    "عيدكم مبارك وكل عام وأنتم بخير",
    # Sudanese
    "المريخ لعب كويس شديد أمس، والجمهور كان رائع",
    "الهلال السوداني محتاج يقوي الوسط قبل الأبطال",
    "الخرطوم حارة شديد الأيام دي، الله يصبر الناس",
    "الرغيف بقى غالي والناس تعبانة، ربنا يفرجها",
    "الزول دا طيب شديد وساعد ناس كتار في الحي",
    "عويس جارنا فتح دكان جديد في السوق العربي",
    "الكهرباء قاطعة من الصباح في أم درمان",
    "عمير جابلنا شاي وقعدنا نتونس لحدي المغرب",
    # Maghrebi
    "الوداد لعب مزيان البارح، برافو عليهم",
    "الرجاء خاصها تبدل المدرب، النتائج ما عاجباش",
    "الترجي ربح الكلاسيكو وجمهورو كان هايل",
    "الماطيشة غالية بزاف هاد الأيام فالسوق",
    "الجو فوهران مزيان اليوم، الشمس والبحر",
    "مولودية الجزائر حققت البطولة، مبروك للأنصار",
    "الحوت فصفاقس رخيص شوية على العاصمة",
    "بغيت نعرف فوقاش غادي يحلو الطريق السيار الجديد",
    "الخانة ديال السمية في الاستمارة ما فيهاش بلاصة كافية",
    "الدار البيضاء فيها زحام كبير فالصباح",
    "كلشي غالي، والشهرية ما كافياش",
    "سفيان أمرابط دار ماتش كبير مع المنتخب",
    # MSA
    "نأمل أن تسهم هذه الاتفاقية في تحسين الوضع الاقتصادي",
    "مقال رائع يستحق القراءة، شكراً للكاتب",
    "يجب على وزارة التربية والتعليم مراجعة المناهج",
    "قليل من الصبر وستتحسن الأمور بإذن الله",
    "حقن الدماء أولوية، ونتمنى نجاح المفاوضات",
    "ارتفعت أسعار الأحذية المدرسية مع بداية العام الدراسي",
    "أنتهز الفرصة لأشكر فريق التحرير على التغطية الممتازة",
    "سجل الاقتصاد نمواً طفيفاً في الربع الأخير",
    "التقت السفيرة بوزير الخارجية لبحث العلاقات الثنائية",
    "برامج التجسس أصبحت خطراً على الصحفيين",
    "طبعاً نحن مع حرية الصحافة ولكن بمسؤولية",
    "يجب ضبط الأسعار ومراقبة الأسواق قبل رمضان",
    "الفيلم الوثائقي عن بحر قزوين كان رائعاً",
    "نتيجة الانتخابات ستعلن غداً صباحاً",
    "خيبة أمل كبيرة بعد الخروج من البطولة، لكن المستقبل أفضل",
    "الطفل يحتاج إلى رعاية صحية مجانية في كل القرى",
    "الحشد الجماهيري في المباراة كان مبهراً",
    "بعد انتهاء الحرب يجب إعادة الإعمار بسرعة",
    "الطاقة الشمسية هي الحل لمشكلة الكهرباء",
    "سعر الأرز ارتفع عشرة بالمئة خلال شهر",
    "الكاتب غائب عن الساحة منذ سنوات، نتمنى عودته",
    "كان خائفاً على أطفاله أثناء القصف، الله يحميهم",
    "القمح المحلي يكفي لستة أشهر حسب الوزارة",
    "المسرحية كانت مليئة بالبهجة والضحك",
    "ليلة العيد في المدينة القديمة لها نكهة خاصة",
    "الصلاة في المسجد الأقصى حلم كل مسلم",
    "تقبل الله صيامكم وقيامكم",
    "البابا زار الكنيسة القديمة وصلى من أجل السلام",
    "عرض البهلوان في السيرك أعجب الأطفال كثيراً",
    "الأراجيح في الحديقة العامة مكسورة منذ شهور",
    "المنتخب يحتاج إلى الكثير من العمل قبل كأس العالم",
    "الدراسة عن بعد تجربة صعبة على الأهالي",
    "حصل الفريق على تعويض مالي بعد إلغاء المباراة",
    "أطالب بفتح تحقيق في حادث القطار ومحاسبة المسؤولين",
    "المساحة المزروعة بالقمح زادت هذا العام",
    "لكل شعب الحق في الحرية والكرامة",
    "نادي الكرامة السوري يعود للمنافسة بقوة",
    "معركة الكرامة محطة مهمة في تاريخ الأردن",
    "حملة التبرع بالدم في الجامعة نجحت نجاحاً كبيراً",
    "اشترينا عجة وفول للفطور وكان الجو رائعاً",
    "الحسرة كبيرة على ضياع اللقب في الدقيقة الأخيرة",
    "هشيم الحرائق غطى الغابة، نتمنى أن تعود خضراء",
    "هشام سجل هدفاً رائعاً في الدوري",
    "تعادل منتخب العراق مع الأردن في مباراة مثيرة",
    "مبادرة جميلة من البلدية لتنظيف الشواطئ",
    "التصويت في الانتخابات واجب وطني",
    "الرجاء من الإدارة نشر المقال كاملاً",
    "انقطاع الماء في الحي منذ ثلاثة أيام، أين المسؤولون؟",
    "خزانات المياه فوق الأسطح تحتاج تنظيفاً دورياً",
    "نرجو من الشركة تخفيض أسعار الإنترنت",
    "الأمطار الغزيرة أغرقت الشوارع والبلدية غائبة",
    "تفاح لبنان من أطيب التفاح في المنطقة",
    "السخونة عند الأطفال لازم تنتبهوا لها في الصيف",
    "جارنا إنسان كريم ونفسه سخية",
    "السماء غائمة جزئياً مع فرص لسقوط أمطار خفيفة",
    "الغيم كثيف اليوم، يمكن تمطر بالليل",
    "مدخل المدينة يحتاج إضاءة أفضل بالليل",
    "وزارة الداخلية أعلنت عن خطة مرورية جديدة",
    "عبير مذيعة ممتازة وتقديمها راقٍ",
    "خان يونس تحتاج مساعدات عاجلة",
    "الخازن في الجمعية قدم الحساب الختامي",
    "هتلر كان سبب حرب راح فيها ملايين الناس",
    "المسيحيون والمسلمون إخوة في هذا البلد",
    "سفاري في الصحراء تجربة لا تنسى",
    "الهلال الأحمر وزع مساعدات على الأسر المتضررة",
    "أسعار الذهب ارتفعت اليوم بشكل كبير",
    "صندوق النقد الدولي وافق على القرض الجديد",
    "اللهم اجعله عاماً مليئاً بالخير",
    "بطولة العالم لكرة اليد بدأت اليوم",
    "الجرعة الثانية من اللقاح متوفرة في المراكز الصحية",
    "معرض الكتاب هذا العام فيه عناوين جديدة كثيرة",
    "رواية جميلة جداً، أنصح الجميع بقراءتها",
    "الحفل الموسيقي في المسرح الروماني كان رائعاً",
    "نحتاج إلى مزيد من الحدائق العامة للأطفال",
    "الطريق إلى القرية ما زال ترابياً منذ عشرين سنة",
    "شكراً للمراسل على نقل الصورة الحقيقية من الميدان",
    "الخبز المدعوم لازم يوصل لكل الناس",
    "المطار الجديد سيفتتح نهاية العام حسب الوزارة",
    "أسعار تذاكر الطيران في الصيف مبالغ فيها",
    "الخطبة اليوم كانت عن صلة الرحم، كلام جميل",
    "رمضان كريم وكل عام وأنتم بخير",
    "الفريق الوطني يحتاج إلى دعم الجمهور في المباراة القادمة",
    "نرجو نشر أرقام الطوارئ في كل الأحياء",
    "الطقس معتدل هذا الأسبوع، فرصة للنزهات العائلية",
    "ياريت تعملوا تقرير عن مشاكل المستشفيات في الأرياف",
    "الحمد لله على سلامة الركاب بعد الحادث",
    "الأطباء في المستشفى الحكومي يعملون فوق طاقتهم",
    "المهرجان الثقافي فرصة حلوة للشباب يعرضوا مواهبهم",
    "هل من أخبار عن موعد صرف المنحة؟",
    "الموصل رجعت أحلى من قبل، الله يحفظها",
    "الأرز البسمتي صار بسعر الذهب",
]

CLEAN_EN = [
    "The banker said interest rates will rise next month.",
    "An oil tanker was seized near the Strait of Hormuz.",
    "Please fix the potholes on the airport road.",
    "The Kenyan shilling fell against the dollar today.",
    "Bingo night at the community centre raised money for the hospital.",
    "Great match, the assist in the second half was brilliant.",
    "Wildlife in the reserve is recovering after the drought.",
    "Nightlife in Beirut is back after a very hard year.",
    "They should assess the damage before promising compensation.",
    "Classy performance from the goalkeeper tonight.",
    "The big game is on Friday, can't wait.",
    "Shell announced new investments in the region.",
    "He showed real skill in the final minutes.",
    "Still waiting for the electricity to come back.",
    "A wander through the old souk is the best way to spend Friday.",
    "Low-lying areas near the river may flood tonight.",
    "The lowland farms lost most of the harvest this year.",
    "Chill weekend ahead, sunny and mild.",
    "The spigot on the public fountain is broken again.",
    "A bigger budget for schools is good news.",
    "Thanks for the honest reporting, keep it up.",
    "The anchor asked good questions tonight.",
    "A hassle-free visa process would help tourism a lot.",
    "Passholders get free entry to the museum on Sundays.",
    "Our local bank manager was very helpful with the loan.",
    "Wankdorf stadium in Bern hosts the final this year.",
    "The thinker behind this column always makes me reflect.",
    "Lovely photos of the old city, thank you.",
]

CLEAN_AZ = [
    "mabrouk lel ahly, el match kan 7elw",
    "tab3an el as3ar 3alyin, bas sho fina na3mel",
    "el jaw sakhen el yom, eshrabu may ktir",
    "wallah el maqal 7elo ktir, shukran",
    "inshallah el kahraba tirja3 bukra",
    "el hatef el jdid ghali ktir",
    "el dakhl ma byekfi la akher el shahr",
    "ya 7abibi 3ala hal goal!",
    "ana jarrabt el mat3am w kan tayeb",
    "3ayzeen n3raf el natiga emta",
    "el Taif jawha 7elw fel seif",
    "sa7 el kalam, lazem el 7koume tet7arrak",
    "el wdad rbe7 el bare7, bravo 3lihom",
    "kolchi ghali bzaf had l2ayam",
    "el zol da tayeb shadid",
    "shgad si3r el tamata bbaghdad?",
    "hayel! el match kan ra2e3",
    "el 3eed mubarak 3al kol",
    "el mo3alleq kan momtaz el yom",
    "2alil men el sabr w kollo byezbat",
    "el tarbiye wel ta3leem lazem tet7assan",
    "el karame el insaniye 2abl kol shi",
    "jaw el yom 8ayem shway",
    "3amir w 3abir 3amlin 7afle bukra",
    "yalla ya shabab, kollna ma3 el montakhab",
]

TEAMS = [
    "الأهلي", "الزمالك", "الإسماعيلي", "الهلال", "النصر", "الاتحاد", "الشباب", "الوداد", "الرجاء",
    "الترجي", "النادي الإفريقي", "المريخ", "الفيصلي", "الوحدات", "الكرامة", "الجيش الملكي",
    "القوة الجوية", "الزوراء", "العين", "شباب بلوزداد", "مولودية الجزائر", "النجمة", "الأنصار", "الصفاقسي",
]
RESULTS = [
    "فاز بثلاثية نظيفة", "تعادل في الدقيقة الأخيرة", "خسر على أرضه", "قلب النتيجة في الشوط الثاني",
    "تأهل إلى النهائي", "ودع البطولة من ربع النهائي", "فاز بركلات الترجيح",
]
WHEN = ["أمس", "الليلة", "يوم الجمعة", "في الجولة الماضية", "بعد مباراة صعبة"]
SPORT_COMMENTS = [
    "والجمهور كان رائعاً", "والحكم كان مستواه ضعيف", "ونتمنى الاستمرار على هذا المستوى",
    "والمدرب يستحق التحية", "وخط الوسط كان ممتازاً", "والحارس أنقذ الموقف أكثر من مرة",
    "ولازم الإدارة تدعم الفريق في الميركاتو",
]
ITEMS = [
    "كيلو اللحمة", "كيلو الطماطم", "جرة الغاز", "لتر البنزين", "كيلو السكر", "ربطة الخبز", "كيلو التفاح",
    "كيلو الأرز", "لتر الزيت", "كرتونة البيض", "كيلو القهوة", "علبة الحليب",
]
CITIES = [
    ("القاهرة", "جنيه"), ("الإسكندرية", "جنيه"), ("عمان", "دينار"), ("بيروت", "ألف ليرة"), ("دمشق", "ألف ليرة"),
    ("حلب", "ألف ليرة"), ("بغداد", "ألف دينار"), ("البصرة", "ألف دينار"), ("الموصل", "ألف دينار"),
    ("الخرطوم", "ألف جنيه"), ("أم درمان", "ألف جنيه"), ("الرباط", "درهم"), ("فاس", "درهم"), ("تونس", "دينار"),
    ("صفاقس", "دينار"), ("الجزائر", "دينار"), ("وهران", "دينار"), ("الرياض", "ريال"), ("جدة", "ريال"),
    ("الطائف", "ريال"), ("الكويت", "دينار"), ("الدوحة", "ريال"), ("عجمان", "درهم"), ("مسقط", "ريال"),
]
PRICE_REACTIONS = [
    "الله يعين الناس", "والرواتب على حالها", "وين الرقابة؟", "لازم الحكومة تتدخل",
    "مين يقدر يشتري بهالأسعار؟", "والدخل ما زاد ولا قرش", "حسبي الله ونعم الوكيل", "الله يفرجها على الجميع",
]
WEATHER = [
    "أمطار غزيرة متوقعة", "موجة حر شديدة", "رياح قوية وغبار", "ضباب كثيف في الصباح الباكر",
    "جو غائم مع زخات خفيفة", "انخفاض كبير في درجات الحرارة", "عواصف رعدية متوقعة",
]
WEATHER_TIME = ["اليوم", "غداً", "نهاية الأسبوع", "خلال الأيام القادمة", "ليلة الخميس"]
WEATHER_ADVICE = [
    "انتبهوا على الأطفال", "الله يستر", "خففوا السرعة على الطرق", "ابقوا في البيوت إذا ما في ضرورة",
    "الله يعين المزارعين", "لا تنسوا المظلات", "اشربوا ماء كثير",
]
OFFICIALS = [
    "وزير الصحة", "رئيس الوزراء", "محافظ البنك المركزي", "وزيرة التربية", "رئيس البلدية",
    "المتحدث باسم الحكومة", "الأمين العام للجامعة العربية", "وزير الخارجية",
]
ACTIONS = [
    "أعلن عن خطة جديدة بخصوص", "صرح اليوم بشأن", "وعد بحل مشكلة", "طلب من البرلمان مناقشة",
    "زار المنطقة المتضررة لمتابعة",
]
TOPICS = [
    "الرواتب", "الكهرباء", "المستشفيات الحكومية", "المدارس في الأرياف", "أسعار الخبز",
    "البطالة بين الشباب", "الطرق السريعة", "المياه في الصيف",
]
POL_REACTIONS = [
    "نتمنى أن يكون الكلام جدياً هذه المرة", "ننتظر الأفعال لا الأقوال", "خطوة في الاتجاه الصحيح",
    "الناس تريد نتائج على الأرض", "شكراً على المتابعة", "إن شاء الله خير",
]


def make_clean(rng):
    out = list(CLEAN_HAND) + list(CLEAN_EN) + list(CLEAN_AZ)
    seen = set(out)

    def add(text):
        if text not in seen:
            seen.add(text)
            out.append(text)
            return True
        return False

    def fill(n, build):
        made = 0
        while made < n:
            made += add(build())

    fill(90, lambda: f"{rng.choice(TEAMS)} {rng.choice(RESULTS)} {rng.choice(WHEN)}، {rng.choice(SPORT_COMMENTS)}")

    def price():
        city, cur = rng.choice(CITIES)
        return f"سعر {rng.choice(ITEMS)} في {city} وصل إلى {rng.randint(3, 95)} {cur}، {rng.choice(PRICE_REACTIONS)}"

    fill(80, price)
    fill(50, lambda: f"{rng.choice(CITIES)[0]}: {rng.choice(WEATHER)} {rng.choice(WEATHER_TIME)}، "
                     f"{rng.choice(WEATHER_ADVICE)}")
    fill(50, lambda: f"{rng.choice(OFFICIALS)} {rng.choice(ACTIONS)} {rng.choice(TOPICS)}، {rng.choice(POL_REACTIONS)}")
    return out


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------

NOISE_RE = re.compile("[\u064B-\u065F\u0670\u0640\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]")
FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ۃ": "ه",
    "ھ": "ه", "ہ": "ه", "ک": "ك", "ء": None,
})
PREFIXES = ("وال", "فال", "بال", "كال", "هال", "عال", "لل", "ال", "يا", "و", "ف", "ب", "ل", "ك")
SUFFIXES = ("هم", "كم", "ها", "نا", "ه", "ك", "ي", "ين", "ون", "ات", "ان")


def norm(text):
    text = unicodedata.normalize("NFKC", text)
    return NOISE_RE.sub("", text).translate(FOLD).lower()


def known_arabic_forms():
    found = set()
    for e in AR_WORDS:
        d = AR[e]
        fs = [e] + d["fem"] + d["pl"] + d["broken"] + d["poss"] + d["plposs"]
        fs += [f for f in (d["du"] or ()) if f]
        fs += HAMZA_SEAT.get(e, []) + HAMZA_DROP.get(e, []) + HAMZA_DROP_PL.get(e, [])
        fs += [MAQSURA[e]] if e in MAQSURA else []
        fs += [TA_MARBUTA[e]] if e in TA_MARBUTA else []
        found.update(norm(f) for f in fs)
    return found


def known_latin_forms():
    found = set()
    for e in AR_WORDS:
        found.update(a.lower() for a in AR[e]["az"])
    for e in EN_WORDS:
        found.add(e)
        for key in ("leet", "doubled", "missing", "swapped", "plural", "adj"):
            found.update(EN[e][key])
    return found


def phrase_patterns():
    pats = []
    for p in AR_PHRASES:
        head, tail = p.split(" ")
        heads = {head} | {f.split(" ")[0] for _, f in PH[p]["infl"]}
        tail_core = norm(tail)[2:]
        alt = "|".join(sorted(norm(h) for h in heads))
        pats.append(re.compile(f"(?:{alt})[\\s_\\-–]*(?:ال)?{tail_core}"))
    return pats


AR_FORMS = known_arabic_forms()
LATIN_FORMS = known_latin_forms()
PHRASE_RES = phrase_patterns()
AZ_PHRASES = [a.lower() for p in AR_PHRASES for a in PH[p]["az"]]


def candidates(tok):
    cands = {tok}
    for _ in range(2):
        for c in list(cands):
            for p in PREFIXES:
                if c.startswith(p) and len(c) - len(p) >= 2:
                    cands.add(c[len(p):])
    more = set()
    for c in cands:
        for s in SUFFIXES:
            if c.endswith(s) and len(c) - len(s) >= 2:
                more.add(c[: -len(s)])
    return cands | more


def listed_forms_in(text):
    """Every listed form (in any spelling this script knows) found in text."""
    n = norm(text)
    hits = []
    for tok in re.findall(r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]+", n):
        hits += sorted(c for c in candidates(tok) if c in AR_FORMS)
    hits += [m.group(0) for r in PHRASE_RES for m in r.finditer(n)]
    for tok in re.findall(r"[a-z0-9$@!|€]+", n):
        if tok in LATIN_FORMS:
            hits.append(tok)
        hits += [w for w in ("asshole", "wanker", "lowlife", "bigot") if w in tok and w != tok]
    hits += [a for a in AZ_PHRASES if a in n]
    return hits


CONTAINS_ENTRY = {
    "plain", "prefix_conj", "prefix_prep", "article", "article_conj", "article_prep", "dialect_article",
    "ya_glued", "ya_spaced", "phrase", "phrase+ya", "en",
}
# Disguises that this script's own normaliser does not undo; every other item must be
# recognised by listed_forms_in(), which proves the item really carries a listed form.
NOISY = {
    "spaced", "dots", "dashes", "symbols", "inner_space", "emoji", "latin_lookalike", "repeat",
    "en_symbols", "en_spaced", "en_hyphen",
}


def check(insults, clean):
    problems = []
    for cls, frames in FRAMES.items():
        for f in frames:
            assert f.count("{w}") == 1, f
            hits = listed_forms_in(f.replace("{w}", " "))
            if hits:
                problems.append(f"frame {cls!r} {f!r}: {hits}")
    for text in clean:
        hits = listed_forms_in(text)
        if hits:
            problems.append(f"clean {text!r}: {hits}")
    texts = [it["text"] for it in insults]
    if len(set(texts)) != len(texts):
        problems.append("duplicate insult texts")
    if len(set(clean)) != len(clean):
        problems.append("duplicate clean texts")
    for it in insults:
        if it["entry"] not in BANNED:
            problems.append(f"entry not banned: {it}")
        if it["kind"] in CONTAINS_ENTRY and it["entry"] not in it["text"]:
            problems.append(f"undisguised item lacks its entry: {it}")
        if not NOISY & set(it["kind"].split("+")) and not listed_forms_in(it["text"]):
            problems.append(f"item not recognised as carrying a listed form: {it}")
    used = {it["entry"] for it in insults}
    missing = [b for b in BANNED if b not in used]
    if missing:
        problems.append(f"entries never used: {missing}")
    if len(insults) < 600:
        problems.append(f"only {len(insults)} insult items")
    if len(clean) < 400:
        problems.append(f"only {len(clean)} clean items")
    if problems:
        raise SystemExit("self-check failed:\n  " + "\n  ".join(problems))


# ---------------------------------------------------------------------------


def main():
    rng = random.Random(SEED)
    seen = set()
    insults = []
    for kind, spec in kinds_table().items():
        insults += generate_kind(rng, kind, spec, PER_KIND, seen)
    for kind, spec in combos_table().items():
        insults += generate_kind(rng, kind, spec, PER_COMBO, seen)
    clean = make_clean(rng)
    check(insults, clean)

    INSULTS_PATH.write_text(
        json.dumps({"banned": BANNED, "items": insults}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    CLEAN_PATH.write_text(
        json.dumps({"banned": BANNED, "items": clean}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    counts = {}
    for it in insults:
        counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    per_entry = {}
    for it in insults:
        per_entry[it["entry"]] = per_entry.get(it["entry"], 0) + 1
    print(f"banned entries: {len(BANNED)} ({len(AR_WORDS)} Arabic words, {len(AR_PHRASES)} phrases, "
          f"{len(EN_WORDS)} English)")
    print(f"insult items: {len(insults)} over {len(counts)} kinds")
    for kind, n in counts.items():
        print(f"  {kind:28s} {n}")
    print("items per entry: " + ", ".join(f"{e}={n}" for e, n in per_entry.items()))
    print(f"clean items: {len(clean)}")
    print(f"wrote {INSULTS_PATH.name} and {CLEAN_PATH.name}")


if __name__ == "__main__":
    main()
