"""The pure-Python banned-word matcher: obfuscated spellings caught, clean Arabic left alone."""

import pytest

from nashra.arabic.screening import BannedList, clean_invisible, find_banned

BANNED = ["حمار", "غبي", "كلب", "حقير", "تافه", "خنزير", "ابن الكلب", "منحط"]
LIST = BannedList(BANNED)

OBFUSCATED = [
    ("حمار", "حمار"),                      # plain
    ("يا حِمَارُ", "حمار"),                 # harakat
    ("حمـــــار", "حمار"),                  # tatweel
    ("حممممممار", "حمار"),                  # repeated letters
    ("الحمااااار", "حمار"),                 # article + repeats
    ("والحمار", "حمار"),                   # و + ال
    ("فالحمار", "حمار"),                   # ف + ال
    ("بالحمار", "حمار"),                   # ب + ال
    ("7مار", "حمار"),                      # Arabizi digit inside Arabic
    ("7mar", "حمار"),                      # whole Arabizi word
    ("HMAR", "حمار"),                      # Latin capitals
    ("ح م ا ر", "حمار"),                   # spaced letters
    ("ح.م.ا.ر", "حمار"),                   # dotted letters
    ("ح-م-ا-ر", "حمار"),                   # dashed letters
    ("حم\u200bار", "حمار"),                # zero-width space
    ("حم\u200dا\u200cر", "حمار"),          # zero-width joiner / non-joiner
    ("\u202dرامح\u202c", "حمار"),           # left-to-right override shows it reversed
    ("حمﺎر", "حمار"),                      # presentation form
    ("غبى", "غبي"),                        # ى for ي
    ("غبيييي", "غبي"),                     # repeated ي
    ("ghabi", "غبي"),                      # Arabizi
    ("3'abi", "غبي"),                      # Arabizi 3' = غ
    ("غ ب ي", "غبي"),                      # spaced
    ("يا غبية", "غبي"),                    # feminine suffix
    ("وكلب", "كلب"),                       # و prefix
    ("kalb", "كلب"),                       # Arabizi
    ("ابن الكلب", "ابن الكلب"),            # phrase
    ("حقــيــر", "حقير"),                  # tatweel in the middle
    ("حَقِيرٌ", "حقير"),                    # full vocalisation
    ("7aqeer", "حقير"),                    # Arabizi with ee
    ("تافة", "تافه"),                      # ة for ه
    ("تافهين", "تافه"),                    # plural suffix
    ("ta2fh", "تافه"),                     # Arabizi 2 = ء
    ("خنزييير", "خنزير"),                  # repeated
    ("5anzir", "خنزير"),                   # Arabizi 5 = خ
    ("khanzeer", "خنزير"),                 # Arabizi kh
    ("خنز\u2060ير", "خنزير"),              # word joiner
    ("\ufeffمنحط", "منحط"),                # BOM in front
    ("مُنْحَطّ", "منحط"),                    # shadda
    ("حمlر", "حمار"),                      # Latin l for alef
]

CLEAN = [
    "على الحكومة أن تعمل من أجل الناس",
    "قال علي إن الخبر صحيح",
    "أحسنت يا علي، مقال رائع",
    "عَلَى الجميع احترام القانون",
    "مقال رائع، شكرًا للكاتب",
    "أتفق مع الكاتب في كل ما قال",
    "Mohamed Salah is great",
    "الحمد لله على السلامة",
    "محمد علي كلاي أسطورة",
    "الحمام الزاجل جميل",
    "حماة مدينة سورية عريقة",
    "الكلية تفتح أبوابها غدًا",
    "كلمة حق في وقتها",
    "هل عمار هنا؟",
    "الحمراء في غرناطة",
    "حامد وحمدي صديقان",
    "الحقيقة مرة أحيانًا",
    "التفاح مفيد للصحة",
    "الخبز ارتفع سعره",
    "غابة الأمازون تحترق",
    "الحقيبة المدرسية ثقيلة",
    "أحمد عمر يعلق على المباراة",
    "نرجو التحقيق في الأمر",
    "الخنساء شاعرة عربية",
    "المنحنى البياني واضح",
    "الطقس حار اليوم في القاهرة",
    "سعر الذهب ٢٠٢٥ مرتفع",
    "تحية للمراسلة فاطمة السعداوي",
    "لماذا لم تذكروا المصدر؟",
    "kalam gamil ya 3ali",
    "omar w amar",
    "شكرا جزيلا، أتمنى المزيد",
    "الجيش الليبي يؤكد السيطرة على درنة",
    "حبيبي يا بلدي",
]


@pytest.mark.parametrize(("text", "entry"), OBFUSCATED)
def test_obfuscated_spellings_are_caught(text, entry):
    assert entry in LIST.find(text), text


def test_battery_sizes():
    assert len(OBFUSCATED) >= 30 and len(CLEAN) >= 30


@pytest.mark.parametrize("text", CLEAN)
def test_clean_comments_are_not_flagged(text):
    assert LIST.find(text) == [], text


def test_stopword_ala_is_not_the_name_ali():
    assert find_banned("على", ["علي"]) == []
    assert find_banned("قال علي", ["علي"]) == ["علي"]


def test_empty_list_and_comments_in_list():
    assert find_banned("حمار", []) == []
    assert find_banned("حمار", ["# تعليق", "  "]) == []


def test_clean_invisible_removes_bidi_and_zero_width():
    assert clean_invisible("a\u202eb\u200bc\u2066d\u2069\ufeff") == "abcd"


# --- the starter list, per edition -------------------------------------------------------
@pytest.mark.django_db
def test_starter_list_is_off_until_an_edition_admin_turns_it_on(client, article, comment_settings):
    from nashra.comments.models import Comment

    from .conftest import post_comment

    settings = comment_settings(mode="post")
    assert not settings.use_starter_words and "حمار" in settings.starter_words.splitlines()
    post_comment(client, article, text="انت ح م ا ر")
    assert Comment.objects.get().status == Comment.APPROVED

    comment_settings(mode="post", use_starter_words=True)
    post_comment(client, article, text="يا عم انت 7mar", title="رأي آخر")
    held = Comment.objects.get(title="رأي آخر")
    # A hit never rejects: the comment waits, unaltered, with the word as the moderator's reason.
    assert held.status == Comment.PENDING and held.reason_code == "banned_word" and held.reason_detail == "حمار"
    assert held.text == "يا عم انت 7mar"


@pytest.mark.django_db
def test_starter_list_is_editable_and_per_edition(client, article_factory, comment_settings):
    from nashra.comments.models import Comment

    from .conftest import post_comment

    eg = comment_settings("eg", mode="post", use_starter_words=True)
    eg.starter_words = "\n".join(line for line in eg.starter_words.splitlines() if line != "غبي")
    eg.save()
    comment_settings("lb", mode="post", use_starter_words=True)
    post_comment(client, article_factory(edition="eg"), text="ياغبي")
    post_comment(client, article_factory(edition="lb"), host="lb.localhost", text="ياغبي", ip="10.0.0.9")
    eg_comment, lb_comment = Comment.objects.order_by("edition__slug")
    assert eg_comment.status == Comment.APPROVED              # removed from this edition's copy
    assert lb_comment.status == Comment.PENDING and lb_comment.reason_detail == "غبي"


@pytest.mark.django_db
def test_edition_words_and_starter_words_combine(comment_settings):
    settings = comment_settings(banned_words="بلطجي", use_starter_words=True)
    words = settings.banned_list()
    assert words[0] == "بلطجي" and "حمار" in words
    settings.use_starter_words = False
    assert settings.banned_list() == ["بلطجي"]
