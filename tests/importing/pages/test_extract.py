"""Extracting articles from saved pages: pure Python, no database.

The seed capture is the acceptance test (issue 9); the fixtures are pages in
other shapes written for these tests (invented content): modern HTML with
markup, a Levantine text capture, an Egyptian wire story, an old table-layout
site in windows-1256, a page without byline, a section index, an empty and a
binary file.
"""

import codecs
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from nashra.importing.pages import ExtractedArticle, Rejection, decode, extract_file, extract_page, rules
from nashra.importing.pages.rules import classify, parse_dateline, split_inline_dateline
from nashra.importing.pages.stamps import parse_stamp

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = Path(__file__).resolve().parents[3].parent / "shared/seed/000_8f35bd65a0bcf6f9.txt"
CAIRO, BEIRUT = ZoneInfo("Africa/Cairo"), ZoneInfo("Asia/Beirut")
RECORD_KEYS = {"external_id", "section", "title", "subtitle", "body", "dateline", "byline", "published_at",
               "image", "tags"}

SEED_PARAGRAPH_STARTS = ["أكد مصدر مسؤول", "وكان الوفد الأميركي", "وأوضحت ويليامز", "وعقد الوفد الأميركي",
                         "ميدانيًا، تجاهل الجمعة", "وقالت شعبة الإعلام", "وناشدت الجمعة"]
# Everything around the seed article that must not reach the record.
SEED_BOILERPLATE = [
    "الإسم *", "البريد الألكتروني", "عنوان التعليق", "Characters Left", "إلزامي", "شروط الاستخدام",
    "شروط النشر", "اُوافق", "Security Code", "حظك اليوم", "برج", "فورمولا", "فيرستابن", "مواقيت الصلاة",
    "بريشة", "جميع الحقوق محفوظة", "©", "Maintained", "egypttoday", "Egypt-today", "Pearl Bldg",
    "توقيت القاهرة", "آخر تحديث", "GMT", "مصر اليوم", "سيرين عبد النور", "غارات إسرائيلية", "الهالوين",
    "الجيش الليبي يؤكد اقتراب",
]


def article_from(name, **kwargs) -> ExtractedArticle:
    result = extract_file(FIXTURES / name, **kwargs)
    assert isinstance(result, ExtractedArticle), result
    return result


# --- the seed capture (issue 9) --------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"seed capture not found at {SEED} (shared/ is laid beside the repository)")
    result = extract_file(SEED)
    assert isinstance(result, ExtractedArticle), result
    return result


def test_seed_title_caption_dateline_byline(seed):
    assert seed.title == 'مساندة "أفريكوم" في تأمين الانتخابات الرئاسية ودعم حكومة السراج "واردة"'
    assert seed.caption == "عناصر من قوات الجيش الليبي عند مدخل مدينة درنة"
    assert seed.dateline == "طرابلس"
    assert seed.byline == "فاطمة السعداوي"
    assert seed.subtitle == ""


def test_seed_body_is_the_seven_paragraphs(seed):
    paragraphs = seed.paragraphs
    assert len(paragraphs) == 7  # the last two are separated by one line break only
    lines = SEED.read_text(encoding="utf-8").splitlines()
    first = next(n for n, line in enumerate(lines) if "أكد مصدر مسؤول" in line)
    last = next(n for n, line in enumerate(lines) if 'تعرض بعض منهم "للتعذيب"' in line)
    assert paragraphs == [" ".join(line.split()) for line in lines[first:last + 1] if line.strip()]
    for paragraph, start in zip(paragraphs, SEED_PARAGRAPH_STARTS, strict=True):
        assert paragraph.startswith(start)
    assert paragraphs[-1].endswith('حيث تعرض بعض منهم "للتعذيب".')
    assert paragraphs[-2].endswith("بعدما كانت أغلقته لدواعٍ أمنية.")
    assert seed.body_html().count("<p>") == 7


def test_seed_ticker_is_not_the_title(seed):
    assert seed.title != "الجيش الليبي يؤكد اقتراب تحرير مدينة درنة بالكامل"
    assert any("الجيش الليبي يؤكد اقتراب تحرير مدينة درنة بالكامل" in note for note in seed.notes)


def test_seed_record_carries_none_of_the_boilerplate(seed):
    record = seed.to_record(section="archive", published_at="2025-12-09T04:47:00+00:00")
    text = json.dumps(record, ensure_ascii=False)
    for junk in SEED_BOILERPLATE:
        assert junk not in text, junk
    assert record["image"] == {"caption": "عناصر من قوات الجيش الليبي عند مدخل مدينة درنة"}


def test_seed_has_no_publication_time_and_a_content_hash_id(seed):
    # The page's stamps all belong to the related-stories list: none is the article's.
    assert seed.published_at is None
    assert seed.external_id == "sha1:" + seed.content_hash()
    assert extract_file(SEED).external_id == seed.external_id


# --- pages in other shapes -------------------------------------------------------------------


def test_html_with_markup():
    a = article_from("markup_article.html")
    assert a.title == "افتتاح أكبر محطة لتحلية مياه البحر على ساحل الإسكندرية"
    assert a.subtitle == "المحطة تنتج 300 ألف متر مكعب يوميًا وتخدم نحو مليوني نسمة في غرب المدينة"
    assert a.caption == "خزانات المياه المحلاة في المحطة الجديدة غرب الإسكندرية"
    assert (a.dateline, a.byline) == ("الإسكندرية", "ليلى المصري")  # en dash
    assert a.published_at == "2024-03-05T09:30:00+02:00"
    assert a.external_id == "https://sada-elwadi.example/economy/2024/03/05/desalination-plant"
    assert a.image == "/media/2024/03/plant.jpg"
    assert a.tags == ["الإسكندرية", "المياه"]
    assert [tag for tag, _ in a.body] == ["p", "p", "h2", "p", "p"]
    assert a.body[2] == ("h2", "مراحل التنفيذ والتمويل")
    assert "التناضح العكسي" in a.paragraphs[1]  # link text inside a paragraph stays
    text = json.dumps(a.to_record(section="x", published_at=a.published_at), ensure_ascii=False)
    for junk in ("عاجل", "أسعار الذهب", "اقرأ أيضًا", "فيسبوك", "الاسم *", "شروط النشر", "الأكثر قراءة",
                 "حظك اليوم", "جميع الحقوق", "هاتف", "توقيت القاهرة", "ليس نصًا", "line-height"):
        assert junk not in text, junk


def test_levantine_text_capture():
    a = article_from("levant_capture.txt", tz=BEIRUT)
    assert a.title == "مهرجان للكتاب المستعمل يجمع مئات القرّاء في وسط بيروت"
    assert a.subtitle == "دور نشر صغيرة ومكتبات أحياء تعرض آلاف العناوين بأسعار رمزية حتى نهاية الشهر"
    assert (a.dateline, a.byline, a.caption) == ("بيروت", "رنا الحاج", "")
    assert a.published_at == "2025-01-12T10:15:00+02:00"  # «12 كانون الثاني 2025 - 10:15», Beirut time
    assert len(a.paragraphs) == 4
    assert a.tags == ["بيروت", "الكتب", "مهرجانات"]
    text = json.dumps(a.to_record(section="x", published_at=a.published_at), ensure_ascii=False)
    for junk in ("انقطاع التيار", "اقرأ أيضًا", "وزارة الثقافة تطلق", "شارك الخبر", "واتساب", "التعليق *",
                 "المحروقات", "برج الميزان", "©", "الحمرا", "الرئيسية"):
        assert junk not in text, junk


def test_wire_agency_dateline_and_labelled_publication_time():
    a = article_from("wire_cairo.txt", tz=CAIRO)
    assert a.title == "البنك المركزي يثبت أسعار الفائدة للمرة الرابعة على التوالي"
    assert (a.dateline, a.byline, a.byline_is_agency) == ("القاهرة", "أ ش أ", True)
    # «نشر في: 05 مارس 2024 - 11:20 ص» under the title, not the header's date line
    assert a.published_at == "2024-03-05T11:20:00+02:00"
    assert len(a.paragraphs) == 3 and a.subtitle == ""


def test_page_without_byline():
    a = article_from("no_byline.htm")
    assert a.title == "أمطار غزيرة تغلق طرقًا جبلية في ظفار"
    assert (a.dateline, a.byline, a.caption, a.subtitle) == ("", "", "", "")
    assert a.published_at == "2025-01-15T07:40:00+04:00"  # JSON-LD datePublished
    assert a.external_id == "https://akhbar-alsahel.example/news/48213"
    assert len(a.paragraphs) == 3
    assert not any("السدود" in p or "إرشادات" in p for p in a.paragraphs)


def test_windows_1256_table_layout_with_inline_agency_dateline():
    raw = (FIXTURES / "old_site_cp1256.htm").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    a = article_from("old_site_cp1256.htm", tz=BEIRUT)
    assert a.title == "الأمم المتحدة تحذر من نقص حاد في مخزون القمح بالمنطقة"
    assert (a.dateline, a.byline, a.byline_is_agency) == ("بيروت", "أ ف ب", True)
    assert a.paragraphs[0].startswith("حذرت منظمة الأغذية والزراعة")
    assert len(a.paragraphs) == 3
    assert a.published_at == "2009-03-14T00:00:00+02:00"  # «تاريخ النشر: 14/03/2009»
    assert not any("طباعة" in p or "منوعات" in p for p in a.paragraphs)


@pytest.mark.parametrize(("name", "code"), [
    ("section_index.html", "not-article"), ("empty.txt", "empty"), ("binary.html", "binary"),
])
def test_bad_input_is_a_rejection_not_a_crash(name, code):
    result = extract_file(FIXTURES / name)
    assert isinstance(result, Rejection)
    assert result.code == code and result.message


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01\x02"])
def test_extract_page_rejects_empty_and_binary_text(text):
    assert isinstance(extract_page(text, filename="x.txt"), Rejection)


def test_text_with_only_headlines_is_not_an_article():
    page = "سياسة\n\nالبرلمان يناقش قانون الإدارة المحلية\n\nالحكومة تعلن حزمة إجراءات جديدة\n\nالتالي"
    result = extract_page(page, kind="text")
    assert isinstance(result, Rejection) and result.code == "not-article"


def test_txt_file_holding_html_is_read_as_html():
    html = (FIXTURES / "markup_article.html").read_text(encoding="utf-8")
    a = extract_page(html, filename="saved.txt")
    assert a.title == "افتتاح أكبر محطة لتحلية مياه البحر على ساحل الإسكندرية"


def test_title_confirmed_by_repetition_beats_an_earlier_ticker():
    # Another site, another shape: the share line repeats the title under the site's own name.
    page = "\n".join([
        "الخليج اليوم -", "", "ارتفاع أسعار النفط في التعاملات الآسيوية المبكرة", "",
        "افتتاح معرض دولي للكتاب في الشارقة بمشاركة ألف دار نشر", "", "الخليج اليوم -", "",
        "الخليج اليوم - افتتاح معرض دولي للكتاب في الشارقة بمشاركة ألف دار نشر", "",
        "الشارقة — سلمى الكعبي", "",
        "افتتح حاكم الشارقة صباح اليوم الدورة الجديدة من معرض الكتاب الدولي بمشاركة ألف دار نشر من "
        "ثمانين دولة، في أكبر دورة منذ انطلاق المعرض قبل أربعة عقود.",
        "ويضم المعرض هذا العام جناحًا خاصًا لكتب الأطفال وبرنامجًا ثقافيًا يتضمن ندوات وأمسيات شعرية.",
    ])
    a = extract_page(page, kind="text")
    assert a.title == "افتتاح معرض دولي للكتاب في الشارقة بمشاركة ألف دار نشر"
    assert (a.dateline, a.byline) == ("الشارقة", "سلمى الكعبي")
    assert len(a.paragraphs) == 2


def test_record_uses_only_brief_keys_and_html_paragraphs():
    a = article_from("markup_article.html")
    record = a.to_record(section="archive", published_at=a.published_at, image={"url": "https://x/y.jpg"})
    assert set(record) <= RECORD_KEYS
    assert record["body"].startswith("<p>افتتحت الحكومة")
    assert "<h2>مراحل التنفيذ والتمويل</h2>" in record["body"]
    assert datetime.fromisoformat(record["published_at"]).utcoffset() is not None


def test_content_hash_ignores_whitespace_and_invisible_marks():
    a = ExtractedArticle(title="عنوان الخبر هنا", body=[("p", "نص الفقرة الأولى.")])
    b = ExtractedArticle(title="عنوان  الخبر\u200f هنا ", body=[("p", "نص\u00a0الفقرة الأولى.")])
    assert a.external_id == b.external_id and a.external_id.startswith("sha1:")


# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "expected"), [
    (codecs.BOM_UTF8 + "خبر عاجل".encode(), "خبر عاجل"),
    ("خبر عاجل".encode(), "خبر عاجل"),
    ("خبر عاجل".encode("cp1256"), "خبر عاجل"),
    (codecs.BOM_UTF16_LE + "خبر عاجل".encode("utf-16-le"), "خبر عاجل"),
])
def test_decode_encodings(data, expected):
    assert decode(data) == expected


def test_decode_honours_meta_charset():
    page = '<html><head><meta charset="iso-8859-6"></head><body><h1>عنوان</h1></body></html>'
    assert decode(page.encode("iso-8859-6")) == page  # not UTF-8, and not windows-1256 either


@pytest.mark.parametrize(("data", "code"), [
    (b"", "empty"), (b" \n\t", "empty"), (b"GIF89a\x00\x01", "binary"),
])
def test_decode_refuses(data, code):
    assert decode(data).code == code


# --- the rules, one line at a time ---------------------------------------------------------------


@pytest.mark.parametrize(("line", "city", "byline"), [
    ("طرابلس ـ فاطمة السعداوي", "طرابلس", "فاطمة السعداوي"),      # tatweel with spaces
    ("طرابلسـ فاطمة السعداوي", "طرابلس", "فاطمة السعداوي"),       # tatweel glued to the city
    ("بيروت - رنا الحاج", "بيروت", "رنا الحاج"),                  # hyphen
    ("بيروت-رنا الحاج", "بيروت", "رنا الحاج"),                    # hyphen without spaces
    ("عمّان – سامر الحديدي", "عمّان", "سامر الحديدي"),             # en dash, shadda in the city
    ("دمشق —هالة يوسف", "دمشق", "هالة يوسف"),                     # em dash, one space
    ("القاهرة - أ ش أ", "القاهرة", "أ ش أ"),
    ("بيروت - (أ ف ب)", "بيروت", "أ ف ب"),
    ("الرياض - واس", "الرياض", "واس"),
    ("(واس)", "", "واس"),
    ("كتب: محمد عبد الله", "", "محمد عبد الله"),
    ("بيروت ـ مصر اليوم", "بيروت", ""),                           # the site's own staff
])
def test_dateline_parser(line, city, byline):
    parsed = parse_dateline(line, frozenset({"مصر اليوم"}))
    assert parsed is not None and (parsed.city, parsed.byline) == (city, byline)


@pytest.mark.parametrize("line", [
    "لبنان - الجيش يتقدم في الجنوب",        # a headline with a dash
    "أكد مصدر مسؤول في قيادة القوات الأميركية - طلب عدم تعريفه - أن المشاركة واردة.",
    "السبت - الأحد",
    "بـ\"الشراكة بين البلدين\"",            # tatweel inside a word is not a dash
])
def test_not_a_dateline(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize(("paragraph", "city"), [
    ("دمشق – أعلنت وزارة التربية أن الامتحانات تبدأ في حزيران.", "دمشق"),
    ("رام الله - أفادت مصادر محلية بأن المعبر أغلق صباحًا.", "رام الله"),
    ("ميدانيًا - تقدمت القوات نحو أطراف المدينة.", None),
    ("أولاً - يجب أن نعرف ماذا حدث بالضبط.", None),
    ("وفي المقابل - قال الوزير إن الخطة جاهزة.", None),
    ("الأحد - أعلن الجيش أنه أنهى المناورات.", None),
])
def test_inline_city_dateline(paragraph, city):
    split = split_inline_dateline(paragraph)
    assert (split[0].city if split else None) == city


def test_inline_wire_dateline():
    dateline, rest = split_inline_dateline("الرياض (واس) - أعلنت وزارة الصحة عن حملة تطعيم جديدة.")
    assert (dateline.city, dateline.byline) == ("الرياض", "واس")
    assert rest == "أعلنت وزارة الصحة عن حملة تطعيم جديدة."
    assert split_inline_dateline("أعلن المتحدث (رويترز) أن الاجتماع انتهى.") is None


@pytest.mark.parametrize(("line", "expected"), [
    # copied from an RTL page: reversed order
    ("GMT 04:47 2025 الثلاثاء ,09 كانون الأول / ديسمبر", datetime(2025, 12, 9, 4, 47, tzinfo=UTC)),
    ("الثلاثاء ,09 كانون الأول / ديسمبر 2025 04:47 GMT", datetime(2025, 12, 9, 4, 47, tzinfo=UTC)),
    ("الأحد 12 كانون الثاني 2025 - 10:15", datetime(2025, 1, 12, 10, 15, tzinfo=BEIRUT)),
    ("نشر في: 05 مارس 2024 - 11:20 ص", datetime(2024, 3, 5, 11, 20, tzinfo=BEIRUT)),
    ("الخميس 3 أيار 2018 الساعة 9:05 م", datetime(2018, 5, 3, 21, 5, tzinfo=BEIRUT)),
    ("١٥ يناير ٢٠٢٥", datetime(2025, 1, 15, tzinfo=BEIRUT)),
    ("السبت 14 آب 2021", datetime(2021, 8, 14, tzinfo=BEIRUT)),
    ("22 جويلية 2023", datetime(2023, 7, 22, tzinfo=BEIRUT)),
    ("تاريخ النشر: 14/03/2009", datetime(2009, 3, 14, tzinfo=BEIRUT)),
    ("2024-02-29 18:00", datetime(2024, 2, 29, 18, 0, tzinfo=BEIRUT)),
])
def test_stamp_parser(line, expected):
    stamp = parse_stamp(line, BEIRUT)
    assert stamp is not None and stamp.moment == expected and stamp.moment.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("line", [
    "توقيت القاهرة المحلي 06:58:00 آخر تحديث",
    "مواقيت الصلاة في مصر اليوم الإثنين 01 ديسمبر/ كانون الأول 2025",
    "وُلد في 12 مارس 1950 في القاهرة وعاش فيها.",
    "31 شباط 2024",
])
def test_not_a_stamp(line):
    assert parse_stamp(line) is None


def test_updated_stamp_is_flagged():
    assert parse_stamp("آخر تحديث: 12/01/2025 الساعة 9:05 م").updated
    assert not parse_stamp("12/01/2025").updated


@pytest.mark.parametrize(("line", "kind"), [
    ("توقيت بيروت المحلي 09:12:44 آخر تحديث", "clock"),
    ("الاسم *", rules.END), ("البريد الإلكتروني *", rules.END),
    ("Security Code*", rules.END), (": Characters Left", rules.END),
    ("اُوافق على شروط الأستخدام", rules.END), ("شروط الاستخدام", rules.END),
    ("شروط النشر: عدم الإساءة للكاتب أو للأشخاص أو للمقدسات.", rules.END),
    ("جميع الحقوق محفوظة لمجموعة الشرق الإعلامية 2019 ©", rules.END),
    ("Maintained and developed by Some Media Group SAL", rules.END),
    ("Pearl Bldg. 2nd floor, Hamra Street, Beirut - Lebanon", rules.END),
    ("الأكثر قراءة", rules.END),
    ("GMT 11:18 2020 الإثنين ,30 تشرين الثاني / نوفمبر", rules.STAMP),
    ("حظك اليوم برج الحوت الأحد 12 كانون الثاني 2025", rules.JUNK),
    ("مواقيت الصلاة في عمّان اليوم", rules.JUNK),
    ("هاميلتون يفوز بجائزة البحرين الكبرى للفورمولا 1", rules.JUNK),
    ("بريشة : سعيد الفرماوي", rules.JUNK),
    ("اقرأ أيضًا: الحكومة تقر موازنة العام المقبل", rules.JUNK),
    ("الرئيسية » أخبار » عربي", rules.JUNK),
    ("egypttoday egypttoday egypttoday", rules.JUNK),
    ("دمشق ـ هالة يوسف", rules.DATELINE),
    ("عناصر من قوات الجيش الليبي عند مدخل مدينة درنة", rules.HEAD),
    ("وقال الوزير في مؤتمر صحافي إن الحكومة ستعلن قريبًا عن خطة جديدة.", rules.PARA),
])
def test_classify(line, kind):
    assert classify(line).kind == kind


def test_shares_and_site_lines_use_the_pages_site_name():
    sites = frozenset({"لبنان اليوم"})
    assert classify("لبنان اليوم -", sites).kind == "site"
    assert classify("لبنان اليوم - وزير الطاقة يعلن خطة للكهرباء", sites).kind == "site"


def test_stamped_story_list_before_the_title_is_not_the_title():
    page = "\n".join([
        "آخر الأخبار", "",
        "GMT 09:20 2025 السبت ,11 كانون الثاني / يناير", "ارتفاع أسعار المحروقات للمرة الثالثة هذا الشهر", "",
        "GMT 08:02 2025 السبت ,11 كانون الثاني / يناير", "وزير الطاقة يعد بزيادة ساعات التغذية", "",
        "المجلس البلدي يقر خطة لتنظيم السير في الأسواق القديمة", "",
        "صيدا ـ خالد البزري", "",
        "أقر المجلس البلدي في جلسته الأسبوعية خطة لتنظيم حركة السير في محيط الأسواق القديمة، تشمل منع "
        "دخول الشاحنات نهارًا وتخصيص مواقف جديدة للسيارات عند مداخل المدينة.",
    ])
    a = extract_page(page, kind="text", tz=BEIRUT)
    assert a.title == "المجلس البلدي يقر خطة لتنظيم السير في الأسواق القديمة"
    assert (a.dateline, a.byline) == ("صيدا", "خالد البزري")
    assert a.published_at is None  # the list's stamps are not the article's


def test_extraction_imports_no_django():
    code = "import sys, nashra.importing.pages; print(any(m.startswith('django') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"PATH": "/usr/bin:/bin"}, cwd=Path(__file__).resolve().parents[3])
    assert result.stdout.strip() == "False"


def test_photo_credit_inside_the_body_does_not_end_it():
    paragraph = "<p>وقال المتحدث باسم الوزارة إن الفرق الفنية تعمل على إصلاح الأعطال في أسرع وقت ممكن.</p>"
    page = (f"<html><body><article><h1>أعطال في شبكة المياه بعد العاصفة</h1>{paragraph}"
            f"<figure><img src='a.jpg'><figcaption>فرق الصيانة في موقع العطل © رويترز</figcaption></figure>"
            f"{paragraph.replace('المتحدث', 'المدير')}</article></body></html>")
    a = extract_page(page, kind="html")
    assert len(a.paragraphs) == 2 and a.caption == "فرق الصيانة في موقع العطل © رويترز"
