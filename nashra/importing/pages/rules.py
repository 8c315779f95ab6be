"""Arabic-news rules: what a line of an old news page *is*.

Scraped pages of Arabic news sites, saved as HTML or copied as text, carry the
same furniture around every article: a header clock («توقيت القاهرة المحلي
06:58:00»), the site name repeated («مصر اليوم -»), a breaking-news ticker,
share buttons, a guest comment form with its publishing rules, "most read"
lists whose items are stamped («GMT 04:47 2025 الثلاثاء ,09 كانون الأول /
ديسمبر»), daily services (horoscopes, prayer times, caricatures, Formula 1)
and a group footer (copyright, "Maintained and developed by …", an address).

:func:`classify` names one line by its shape and wording (date stamps are read
by :mod:`.stamps`); :func:`parse_dateline` reads «مدينة ـ اسم» datelines
whatever the dash, and wire-agency credits. The
patterns are written in plain Arabic and matched on :func:`fold`-ed text, so
hamza forms, ى/ي, ة/ه, harakat and tatweel never decide a match.

Pure Python: nothing here imports Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, tzinfo

from .stamps import WEEKDAYS, Stamp, parse_stamp
from .text import (
    DASHES,
    FOLD,
    QUESTION_END,
    SENTENCE_END,
    TATWEEL,
    clean_line,
    fold,
    has_arabic,
    key,
    rx,
    words,
)

# Line kinds, from most to least decisive.
END = "end"            # the article is over: comment form, footer, "most read" … (hard stop)
CLOCK = "clock"        # header clock / «آخر تحديث» without a date
SITE = "site"          # the site's name alone, or «الموقع - عنوان» share line
STAMP = "stamp"        # a date stamp
DATELINE = "dateline"  # «مدينة ـ اسم», «كتب: فلان», «(واس)»
JUNK = "junk"          # share/print/breadcrumb/ticker label/«اقرأ أيضًا»/services/Latin brand lines
PARA = "para"          # a body paragraph
HEAD = "head"          # a headline-shaped line: title, ticker, caption, subtitle, related headline
SHORT = "short"        # fewer than three words: menus, labels

# --- what ends an article ------------------------------------------------------------------
_FORM_LABEL = re.compile(r"^[^*]{1,40}\*\s*$")  # «الإسم *», «Security Code*»
_FORM = rx(r"characters? left", r"security code", r"captcha", r"عدد الأحرف المتبقية",
           r"^شروط (الاستخدام|النشر)", r"^أوافق على شروط", r"^(أضف|اكتب|اترك) (تعليق|تعليقا|تعليقك)",
           r"^لن يتم نشر (بريدك|عنوان بريدك)", r"^الحقول المطلوبة", r"^إلزامي\b")
_END_LABEL = rx(r"الأكثر (قراءة|مشاهدة|تعليقا|تداولا)",
                r"(أخبار|مواضيع|مقالات|موضوعات) (ذات صلة|متعلقة|مشابهة)",
                r"المزيد من (الأخبار|الأقسام)", r"الكلمات الدالة", r"كلمات دالة", r"الوسوم", r"وسوم",
                r"التعليقات", r"تعليقات القراء", r"تابعونا", r"النشرة البريدية", r"اشترك في النشرة",
                r"قد يهمك (أيضا|ايضا)?")
_FOOTER = rx(r"جميع الحقوق محفوظة", r"حقوق (النشر|الطبع) محفوظة", r"all rights reserved", r"copyright",
             r"maintained and developed by", r"developed by", r"powered by", r"designed by",
             r"تصميم وتطوير", r"تطوير وبرمجة", r"برمجة وتطوير", r"(©|\(c\))\s*\d{4}", r"\d{4}\s*(©|\(c\))")
_ADDRESS = rx(r"^(العنوان|عنواننا)\s*:", r"(هاتف|تلفون|تليفون|فاكس|جوال)\s*:?\s*\+?\d", r"ص\s*\.\s*ب",
              r"صندوق بريد", r"p\.?\s?o\.? box", r"\bbldg\b", r"\bfloor\b", r"\bstreet\b")
TAGS_LABEL = rx(r"^(الكلمات الدالة|كلمات دالة|الوسوم|وسوم|كلمات مفتاحية)\s*:")

# --- furniture that is dropped, but does not end the article -------------------------------
_CLOCK = rx(r"توقيت \S+( \S+)? المحلي", r"^\d{1,2}:\d{2}(:\d{2})?$", r"^آخر تحديث\s*:?$",
            r"\d{1,2}:\d{2}(:\d{2})? آخر تحديث$")
_SHARE = rx(r"^(شارك|مشاركة|شارك الخبر|شارك المقال|طباعة|اطبع|حجم الخط|تكبير الخط|تصغير الخط|أرسل لصديق|"
            r"نسخ الرابط|انسخ الرابط|حفظ|A\+|A-|تابعنا|تابعونا على|انضم إلى قناتنا|رابط مختصر)\b",
            r"^(facebook|twitter|whatsapp|telegram|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام)\b")
_BREADCRUMB = rx(r"^(الرئيسية|الصفحة الرئيسية)( |$|[»>/›‹<|]+)")
READ_ALSO = rx(r"^(اقرأ|إقرأ|طالع|شاهد) (أيضا|ايضا|أيضًا|المزيد)", r"^(للمزيد|المزيد)\s*:")
TICKER_LABEL = rx(r"^(عاجل|أخبار عاجلة|آخر الأخبار|شريط الأخبار)(?!\w)\s*[:|\-–—]?")
_SERVICE = rx(r"حظك اليوم", r"توقعات الأبراج",
              r"\bبرج (الحمل|الثور|الجوزاء|السرطان|الأسد|العذراء|الميزان|العقرب|القوس|الجدي|الدلو|الحوت)\b",
              r"(مواقيت|مواعيد|أوقات) الصلاة", r"فورمولا ?1", r"الفورمولا", r"\bformula ?(1|one)\b",
              r"^بريشة\s*:?", r"كاريكاتير", r"^(إعلان|اعلان|advertisement|sponsored)$")
_PHOTO = rx(r"^صورة\b", r"\((أرشيف|أرشيفية|صورة أرشيفية|إنترنت|أ ف ب|رويترز|getty)\)", r"^(أرشيفية|أرشيف)$",
            r"\bgetty images\b")


def is_photo_caption(text: str) -> bool:
    return bool(_PHOTO.search(fold(text)))


@dataclass(frozen=True)
class Line:
    kind: str
    stamp: Stamp | None = None
    dateline: Dateline | None = None


def classify(text: str, site_names: frozenset[str] = frozenset(), tz: tzinfo = UTC) -> Line:
    """The kind of one cleaned line. ``site_names`` are folded names the page is known to carry."""
    folded = fold(text)
    n = words(text)
    if not folded:
        return Line(SHORT)
    if (n <= 6 and _FORM_LABEL.match(text)) or _FORM.search(folded):
        return Line(END)
    if (n <= 20 and _FOOTER.search(folded)) or (n <= 25 and _ADDRESS.search(folded)):
        return Line(END)
    if TAGS_LABEL.search(folded) or (n <= 5 and _END_LABEL.fullmatch(folded.strip(" :-»«"))):
        return Line(END)
    if _CLOCK.search(folded):
        return Line(CLOCK)
    if site_line(text, site_names) is not None:
        return Line(SITE)
    stamp = parse_stamp(text, tz)
    if stamp is not None:
        return Line(STAMP, stamp=stamp)
    dateline = parse_dateline(text, site_names)
    if dateline is not None:
        return Line(DATELINE, dateline=dateline)
    if not has_arabic(text):
        return Line(JUNK if n <= 12 else PARA)
    if n <= 8 and (_SHARE.search(folded) or _BREADCRUMB.search(folded)):
        return Line(JUNK)
    if READ_ALSO.search(folded) or (n <= 3 and TICKER_LABEL.fullmatch(folded.strip(" :|"))):
        return Line(JUNK)
    if (SENTENCE_END.search(text) and n >= 5) or (QUESTION_END.search(text) and n >= 15) or n >= 25:
        return Line(PARA)
    if n < 3:
        return Line(SHORT)
    if _SERVICE.search(folded):
        return Line(JUNK)
    return Line(HEAD)


_SITE_ALONE = re.compile(rf"^(?P<name>[^{DASHES}|:]{{2,40}}?)\s*[{DASHES}|:]\s*$")


def bare_site_name(text: str) -> str | None:
    """«مصر اليوم -» → «مصر اليوم»: a short name followed by a dash and nothing else."""
    match = _SITE_ALONE.match(text)
    if match and 1 <= words(match["name"]) <= 4:
        return fold(match["name"])
    return None


_COPYRIGHT = rx(r"جميع الحقوق محفوظة", r"حقوق (النشر|الطبع) محفوظة", r"all rights reserved", r"copyright",
                "©", r"\d{4}", r"[.,،\-–—|]")


def copyright_owner(text: str) -> str | None:
    """«جميع الحقوق محفوظة © بوابة النيل 2024» → «بوابه النيل» (folded), else None."""
    folded = fold(text)
    if not _FOOTER.search(folded) or words(text) > 10:
        return None
    owner = " ".join(_COPYRIGHT.sub(" ", folded).split())
    return owner if 1 <= words(owner) <= 5 and has_arabic(owner) else None


def site_line(text: str, site_names: frozenset[str]) -> str | None:
    """The rest of a «site - headline» share line ("" for the name alone), else None."""
    if bare_site_name(text) is not None:
        return ""
    folded = fold(text)
    for name in site_names:
        if folded == name or (name.endswith(folded) and len(name) - len(folded) <= 2):
            return ""  # the name alone (the footer may write it «لصدى الوادي»)
        if folded.startswith(name):
            rest = folded[len(name):].lstrip()
            if rest[:1] in DASHES + "|:":
                return rest[1:].strip()
    return None


# --- datelines and bylines ----------------------------------------------------------------------
_AGENCIES = frozenset(key(a).replace(" ", "") for a in (
    "أ ش أ", "أ ف ب", "أ ب", "د ب أ", "يو بي آي", "رويترز", "واس", "وام", "قنا", "كونا", "بترا", "سانا",
    "وفا", "بنا", "ونا", "معا", "العمانية", "الأناضول", "شينخوا", "سبوتنيك", "إرنا", "تاس", "قدس برس",
    "الوكالات", "وكالات", "afp", "reuters", "ap", "mena", "spa", "wam", "qna", "kuna", "dpa", "upi",
))
_AGENCY_PREFIX = rx(r"^وكال(ة|ات) ")
_BYLINE_LABEL = re.compile(r"^(?:كتب|كتبت|بقلم|بواسطة|إعداد|اعداد|تقرير|تحرير|إشراف|حوار|by)\s*[:\-–—ـ]?\s*",
                           re.IGNORECASE)
# A dash between two parts; tatweel counts only beside a space (inside a word it is calligraphy: بـ"…").
_SEPARATOR = re.compile(rf"\s+{TATWEEL}+\s*|\s*{TATWEEL}+\s+|\s*[{DASHES}]+\s*")
# Words no reporter's name contains (raw spelling: «على» is a preposition, «علي» a name).
_NOT_IN_NAMES = frozenset("في على من إلى الى عن مع بعد قبل حول ضد بين خلال أمام عبر منذ لا لم لن قد هل ما "
                          "أو او ثم حتى إن أن كان يا".split())
_NAME_CHARS = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ .'’])*$")
_CITY_CHARS = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '’،,])*$")
_CITY = r"[^\W\d_]+(?: [^\W\d_]+)?"
_INLINE = re.compile(
    rf"^(?P<city>{_CITY})\s*(?:[{DASHES}{TATWEEL}]\s*)?\((?P<agency>[^()]{{2,20}})\)\s*[{DASHES}{TATWEEL}:]+\s*"
    rf"|^(?P<city2>{_CITY})\s*[{DASHES}{TATWEEL}]\s*(?P<agency2>[^:()]{{2,20}}?)\s*:\s*"
)
# «دمشق – أعلنت الوزارة …»: a city and a spaced dash opening the first paragraph.
_INLINE_CITY = re.compile(rf"^(?P<city>{_CITY})\s+[{DASHES}{TATWEEL}]+\s+(?=\S)")
# …but not «ميدانيًا - », «أولاً - », «وفي المقابل - »: adverbs, ordinals and sentence openers.
_OPENERS = frozenset(key(w) for w in (
    "وفي ومن وعلى ثم لكن كما أما إذن بعد قبل في من على إلى عن مع وقال وقد وكان لذلك لهذا أيضا كذلك "
    "أولا ثانيا ثالثا رابعا أخيرا ميدانيا سياسيا اقتصاديا عسكريا محليا دوليا عربيا إقليميا رسميا عمليا"
).split())


@dataclass(frozen=True)
class Dateline:
    city: str
    byline: str
    agency: bool = False


def is_agency(name: str) -> bool:
    compact = key(name).replace(" ", "")
    return compact in _AGENCIES or bool(_AGENCY_PREFIX.search(fold(name)))


def _strip(part: str) -> str:
    return " ".join(part.strip(" ()[]«»\"'“”:،,").split())


def _byline(part: str, site_names: frozenset[str]) -> tuple[str, bool] | None:
    """A reporter's name or an agency, as it should be credited; None if ``part`` is neither."""
    name = _strip(_BYLINE_LABEL.sub("", _strip(part)))
    if not name:
        return None
    if is_agency(name):
        return name, True
    if fold(name) in site_names:
        return "", False  # «بيروت ـ مصر اليوم»: the site's own staff
    plain = name.translate(FOLD)
    if not plain.split():
        return None
    first = plain.split()[0]
    if not 1 <= words(name) <= 5 or not _NAME_CHARS.match(plain) or not has_arabic(name):
        return None
    if _NOT_IN_NAMES.intersection(name.split()) or (first.startswith("ال") and words(name) > 1):
        return None  # «لبنان - الجيش يتقدم في الجنوب» is a headline, not a reporter
    return name, False


def parse_dateline(text: str, site_names: frozenset[str] = frozenset()) -> Dateline | None:
    """«طرابلس ـ فاطمة السعداوي», «القاهرة - أ ش أ», «بيروت –(أ ف ب)», «(واس)», «كتب: فلان» → parts."""
    text = clean_line(text)
    if not text or words(text) > 9 or QUESTION_END.search(text):
        return None
    if words(text) > 5 and SENTENCE_END.search(text):
        return None
    text = text.rstrip(".")
    if _BYLINE_LABEL.match(text) and (found := _byline(text, site_names)) and found[0]:
        return Dateline("", found[0], found[1])
    parts = [p for p in _SEPARATOR.split(text) if _strip(p)]
    if len(parts) == 1:
        if is_agency(parts[0]) and len(_strip(parts[0])) <= 20:
            return Dateline("", _strip(parts[0]), True)
        return None
    if len(parts) != 2:
        return None
    city, who = _strip(parts[0]), parts[1]
    if not 1 <= words(city) <= 3 or len(city) > 30 or not has_arabic(city):
        return None
    if not _CITY_CHARS.match(city.translate(FOLD)):
        return None
    if WEEKDAYS.fullmatch(fold(city)):
        return None
    found = _byline(who, site_names)
    if found is None:
        return None
    return Dateline(city.rstrip("،,").strip(), found[0], found[1])


def split_inline_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """«بيروت (أ ف ب) - قال …», «القاهرة - أ ش أ: أعلن …», «دمشق – أعلنت …» → the dateline and the rest."""
    match = _INLINE.match(paragraph)
    if not match:
        city_only = _INLINE_CITY.match(paragraph)
        if city_only is None or len(city_only["city"]) > 20:
            return None
        city = city_only["city"]
        first = city.split()[0]
        if key(first) in _OPENERS or first.endswith(("ً", "ًا", "اً")) or WEEKDAYS.fullmatch(fold(city)):
            return None
        rest = paragraph[city_only.end():].strip()
        return (Dateline(city, "", False), rest) if words(rest) >= 3 else None
    city = match["city"] or match["city2"]
    agency = match["agency"] or match["agency2"]
    if not is_agency(agency) or WEEKDAYS.fullmatch(fold(city)):
        return None
    rest = paragraph[match.end():].strip()
    return (Dateline(city.strip(), _strip(agency), True), rest) if rest else None
