"""Inflected and decorated forms of a banned Arabic word: found, without spreading to other words."""

import pytest

from nashra.arabic.screening import BannedList, find_banned


@pytest.mark.parametrize(("entry", "text"), [
    ("جاهل", "كلهم جهلة"),           # فاعل → فعلة
    ("جاهل", "يا جهال"),             # فاعل → فُعّال
    ("كافر", "الكفار"),
    ("مجنون", "شوية مجانين"),        # مفعول → مفاعيل
    ("ملعون", "الملاعين دول"),
    ("صرصور", "صراصير"),             # فعلول → فعاليل
    ("ثعلب", "ثعالب السياسة"),        # فعلل → فعالل
    ("لئيم", "لئام"),                # فعيل → فعال
    ("بخيل", "البخلاء"),             # فعيل → فعلاء
    ("سخيف", "السخفاء"),
    ("ذكي", "الأذكياء"),             # weak فعيل → أفعلاء
    ("قرد", "القرود"),               # فعل → فعول
    ("نذل", "الأنذال"),              # فعل → أفعال
    ("أعور", "العوراء"),             # أفعل → فعلاء
    ("أخرق", "خرقاء"),               # أفعل → فعلاء
    ("عاهرة", "العواهر"),            # فاعلة → فواعل
    ("قحبة", "قحاب"),                # فعلة → فعال
    ("جبان", "دول كلهم جبناء"),       # فَعال → فُعَلاء
    ("جاهل", "الحكومة مليانة جهلاء"),  # فاعل → فُعَلاء
    ("زنديق", "كلهم زنادقة"),         # فعليل → فعاللة
    ("دجال", "هدول دجاجله"),          # فعّال → فعاعلة (ة typed ه)
    ("ساذج", "دول شوية سذج"),          # فاعل → فُعَّل, where that is no word of its own
    ("جرذ", "البرلمان مليان جرذان"),   # فعلان (also the dual)
    ("حمار", "يا حمير"),               # فعيل only where the list shows it in use (حمير)
    ("أزعر", "صاروا زعران"),           # أفعل → فُعلان
    ("أفعى", "كلهم أفاعي"),            # أفعل → أفاعل
    ("حلوف", "المسؤولين حلالف"),       # فعّول → فعاعل
    ("مخنث", "مخانيث"),                # مفعّل → مفاعيل
    ("سكران", "شلة سكارى"), ("كسلان", "موظفين كسالى"),  # فعلان → فعالى
    ("شيطان", "هدول شياطين"),          # فعلان → فعالين (a noun)
    ("جاسوس", "كلهم جواسيس"),          # فاعول → فواعيل
    ("سمسار", "سماسرة الأراضي"),       # فعلال → فعاللة
    ("ذليل", "صاروا أذلاء"),           # a doubled root's فعيل → أفعلاء
    ("باغي", "هؤلاء بغاة"), ("طاغية", "الطغاة"),  # فاعٍ، فاعية → فُعاة
    ("غراب", "يا غربان"), ("خروف", "قطيع خرفان"),  # فُعال، فَعول → فِعلان
    ("ثور", "ثيران"), ("فأر", "الفئران"),   # a hollow or hamzated فعل → فِعلان
    ("بوق", "أبواق النظام"),            # a hollow فعل → أفعال
    ("عبد", "عبيد السلطة"),             # فعل → فعيل, where the list shows it in use
    ("لص", "اللصوص"),                   # a doubled root typed without its shadda → فُعول
    ("حشرة", "حشرات"), ("دودة", "ديدان"),  # a ة-noun's own plural, even where it is a commoner word
    ("همجي", "كلهم همج"), ("صايع", "شوية صيّع"),  # three letters that can only be its plural or collective
    ("خروف", "يا خراف"), ("بقرة", "كلهم أبقار"),   # فَعول → فِعال; فعلة → أفعال
    ("أراجوز", "كلهم أراجوزات"),                  # ات on a noun of six letters or more
    ("مزبلة", "هالقنوات مزابل"),                   # مفعلة → مفاعل
    ("مأجور", "خلي مأجوريهم يكتبوا"),              # a sound plural without its ن before a pronoun
    ("دابة", "هؤلاء دواب"),                         # فاعّة of a doubled root → فواعّ
])
def test_broken_plurals_follow_the_shape_of_the_singular(entry, text):
    assert find_banned(text, [entry]) == [entry], text


@pytest.mark.parametrize(("entry", "text"), [
    ("غبي", "ياغبي"), ("حمار", "ياحمار"), ("كلب", "يالكلب"), ("غبي", "وياغبي"),   # vocative glued
    ("غبي", "غبية"), ("غبي", "الغبيات"), ("تافه", "تافهين"), ("منحط", "المنحطون"),  # feminine, sound plurals
    ("حمار", "حمارك"), ("كلب", "كلبهم"), ("حمار", "للحمار"), ("حمار", "فبالحمار"),   # pronouns, prepositions
    ("خائن", "خاين"), ("خائن", "الخاينين"), ("لئيم", "لييم"),                        # ئ written as ي
    ("لئيم", "انت لأيم"), ("لئيم", "لإيم"), ("دنيء", "إنت دنئ"), ("دنيء", "ده دني"),  # hamza on another seat, left out
    ("مجنون", "هالمجنون"), ("شبيح", "هالشبيح"), ("لئيم", "بهاللئيم"), ("لئيم", "اللئيم"),  # «this» glued; لل collapsed
    ("شبيح", "شبيحته نزلوا"), ("مرتزق", "مرتزقتهم"), ("بلطجي", "بلطجيته"),             # a ة plural with a pronoun
    ("تيس", "المعلقان تيسان"), ("ساذج", "إنهما ساذجان"), ("إمعة", "إمعتان"),           # duals
    ("مرتشي", "أعضاء المجلس مرتشون"), ("مرتشي", "المرتشين"),                          # ي-final: ون / ين for ي
    ("وضيع", "الحق عالوضيع"), ("مطبل", "مطبلكو بيقول"),                                # على + ال; Egyptian «your»
    ("إمعة", "انت إمعۃ"),                                                              # Urdu's ة
    ("حاقد", "الوزيرتان حاقدتان"), ("حرباء", "حرباوان"),                               # the feminine's dual; ء → و
    ("أفعى", "أفعاهم الكبيرة"),                                                        # ى written ا before a pronoun
    ("بذيء", "انت بذي"), ("بذيء", "المعلقين بذيين"),                                  # the hamza after ي left out
    ("مأجور", "المذيع مءجور"), ("مشؤوم", "ده مشأوم"), ("مشؤوم", "هالزلمة مشوم"),        # a hamza inside: seat, left out
])
def test_affixes_and_spellings_around_a_banned_word(entry, text):
    assert find_banned(text, [entry]) == [entry], text


@pytest.mark.parametrize(("entry", "text"), [
    ("حيوان", "حديقة الحيوانات"),          # ات on a noun: animals
    ("حيوان", "البروتين الحيواني"),        # nisba ي: animal-
    ("حيوان", "الثروة الحيوانية"),
    ("قذر", "قذارة الشوارع"),              # فعالة: the abstract noun
    ("تافه", "تفاهة الموضوع"),
    ("أحمق", "حماقة الفكرة"),
    ("ساقط", "سقطة إعلامية"),              # a derived form that is a common word
    ("غبي", "الغبار"), ("غبي", "غبن"), ("حقير", "حقيبة"), ("حمار", "الحمراء"), ("كلب", "الكلية"),
    ("كلب", "آل الكلبي"),                  # a family name, not «my dog»
    ("حمار", "ياسر حمارنة يكتب"),          # not a suffix a reader uses
    ("أهطل", "هطل المطر"),                 # a three-letter plural (هُطْل) is also a verb
    ("لئيم", "أقاموا وليمة كبيرة"),        # the hamza left out of لئيم is ليم, inside وليمة (a feast)
    ("لئيم", "وليم شكسبير"), ("لئيم", "حادثة أليمة"),
    ("دنيء", "الدنيا حلوة"), ("دنيء", "بدنا حلول"),  # دنيا, دنا: the hamza read as ي, or a plural, is a word
    ("نصاب", "نصيب كل وارث"),              # a derived plural far commoner as a word of its own
    ("حمار", "هالة القمر"), ("كلب", "هالك لا محالة"),
    ("حشاش", "ضبط كمية من الحشيش"),         # فعيل is no plural of every فعال
    ("ساذج", "ذهب"), ("جاهل", "الجهل عدو"),  # a three-letter plural that is a word (جهل: ignorance)
    ("لئيم", "حسن الخلق من الإيمان"),        # إ after the article is the word's own hamza
    ("عالم", "العالمية"), ("وضيع", "عالمية"),
    ("حيوان", "دور حيوي"), ("سكران", "مرض السكري"), ("غضبان", "غضبي شديد"),  # not the feminine فعلى
    ("عاص", "ضربه بعصاه"),            # فُعاة is not read for a three-letter فاعٍ: عصاه is «his stick»
    ("حمار", "عائلة حمران"),
    ("مصري", "زرت مصر"), ("نوري", "نور الشمس"),  # a nisba's stem far commoner than the nisba is another word
    ("زمال", "الأهلي والزمالك الجمعة"), ("زمال", "مبروك للزمالك"), ("زمال", "يا زمالك"),  # the club, a word
    ("جاهل", "شعر الجاهلية"), ("حيوان", "الثروة الحيوانية"),  # ية is a nisba's, not a plural + «his»
    ("طائفي", "الطوائف لازم تتفق"),                # a nisba's فواعل only where the list lacks it (not «sects»)
])
def test_other_words_are_not_flagged(entry, text):
    assert find_banned(text, [entry]) == [], text


def test_an_insult_still_flagged_next_to_its_neutral_relatives():
    banned = BannedList(["حيوان"])
    assert banned.find("يا حيوان") == ["حيوان"]
    assert banned.find("الحيوانات الأليفة") == []


def test_plural_spelled_in_the_list_is_also_found():
    assert find_banned("يا بهايم", ["بهيم"]) == ["بهيم"]
    assert find_banned("حمير", ["حمير"]) == ["حمير"]
