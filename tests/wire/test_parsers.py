"""Each agency format is read into stories (headline, paragraphs, dateline, version); bad input is a
WireError with a code, never another exception."""

import pytest

from nashra.wire import parsers
from nashra.wire.encodings import decode_text, detect
from nashra.wire.parsers import WireError, parse_document
from tests.wire.conftest import SAMPLES


def read(relative):
    path = SAMPLES / relative
    return parse_document(path.read_bytes(), name=path.stem).stories


def test_nitf_headline_dateline_byline_version():
    [story] = read("mena/mena-20261204-001.xml")
    assert story.format == parsers.NITF and story.guid == "MENA-20261204-001" and story.version == 1
    assert story.title.startswith("وزير الخارجية يبحث")
    assert story.dateline == "القاهرة" and story.credit == "أ ش أ" and story.byline == "قسم الأخبار الخارجية"
    assert len(story.paragraphs) == 3 and story.published.isoformat() == "2026-12-04T08:30:00+02:00"


def test_newsml_g2_with_namespaces_reads_each_news_item():
    first, second = read("petra/petra-newsml-20261204.xml")
    assert first.format == parsers.NEWSML and first.guid.endswith(":0042") and first.located == "عمّان"
    assert first.dateline == "عمّان" and first.credit == "بترا" and first.byline == "مندوب الوكالة"
    assert first.paragraphs[0].startswith("أكد وزير الخارجية المصري")
    assert second.version == 2 and second.dateline == "العقبة" and len(second.paragraphs) == 2


def test_rss_items_with_html_descriptions():
    first, second = read("petra/petra-rss.xml")
    assert first.guid == "petra-rss-0051" and first.link == "https://petra.example/news/0051"
    assert first.dateline == "جرش" and "<p>" not in first.body and len(first.paragraphs) == 2
    assert second.dateline == "عمان"


def test_iptc_7901_in_windows_1256():
    data = (SAMPLES / "mena/mena-7901-0123.txt").read_bytes()
    assert detect(data) == "cp1256"
    [story] = parse_document(data).stories
    assert story.guid == "MNA0123" and story.title == "نقابة المهندسين تعلن نتيجة انتخابات التجديد النصفي"
    assert story.dateline == "القاهرة" and len(story.paragraphs) == 2


def test_plain_text_in_iso_8859_6_detected_or_set():
    data = (SAMPLES / "mena/mena-plain-0124.txt").read_bytes()
    assert detect(data) == "iso8859_6"
    [story] = parse_document(data, name="mena-plain-0124").stories
    assert story.guid == "mena-plain-0124" and story.title.startswith("ارتفاع صادرات الموالح")
    assert story.dateline == "الإسكندرية"
    assert decode_text(data, "ISO-8859-6").startswith("ارتفاع")


def test_windows_1256_declared_in_xml():
    xml = ('<?xml version="1.0" encoding="windows-1256"?><nitf><head><docdata><doc-id id-string="X1"/></docdata>'
           '</head><body><body.head><hedline><hl1>عنوان الخبر</hl1></hedline></body.head><body.content>'
           '<p>نص الخبر بالترميز القديم</p></body.content></body></nitf>').encode("cp1256")
    [story] = parse_document(xml).stories
    assert story.title == "عنوان الخبر" and story.body == "نص الخبر بالترميز القديم"


@pytest.mark.parametrize(("data", "code"), [
    (b'<?xml version="1.0"?><nitf><body><body.content><p>x</p>', "malformed_xml"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b'<?xml version="1.0" encoding="x-martian"?><nitf><body/></nitf>', "unknown_encoding"),
    (b"\x81\x8d\x9d\x90" * 50, "unknown_encoding"),
    (b"   ", "empty"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>', "no_items"),
])
def test_bad_input_is_a_wire_error(data, code):
    with pytest.raises(WireError) as caught:
        parse_document(data)
    assert caught.value.code == code


def test_huge_document_and_huge_item():
    with pytest.raises(WireError) as caught:
        parse_document(b"x" * (parsers.MAX_DOCUMENT_BYTES + 1))
    assert caught.value.code == "too_large"
    body = "كلمة " * (parsers.MAX_ITEM_CHARS // 4)
    feed = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><item><guid>big</guid>'
            f'<title>كبير</title><description>{body}</description></item><item><guid>ok</guid><title>صغير</title>'
            f'<description>نص قصير</description></item></channel></rss>').encode()
    result = parse_document(feed)
    assert [s.guid for s in result.stories] == ["ok"] and result.problems[0].code == "item_too_large"


def test_forced_unknown_encoding_for_text():
    with pytest.raises(WireError) as caught:
        parse_document("نص".encode("cp1256"), encoding="klingon-8")
    assert caught.value.code == "unknown_encoding"
