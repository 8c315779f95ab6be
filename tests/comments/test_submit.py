"""Reader side: the form, the security code, bad input and what the reader is told."""

import re

import pytest

from nashra.comments.models import Comment

from .conftest import HOST, form_data, post_comment, solve, token

pytestmark = pytest.mark.django_db
ENGLISH = re.compile(r"Characters Left|Security Code|This field|Enter a valid|required|Submit", re.I)


def _visible_text(html: str) -> str:
    html = re.sub(r"<script.*?</script>|<style.*?</style>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_article_page_has_arabic_form_without_per_user_token(client, article):
    html = client.get(article.url, HTTP_HOST=HOST).content.decode()
    section = html[html.index('id="comments"'):]
    for label in ("الاسم", "البريد الإلكتروني", "عنوان التعليق", "التعليق", "متبقٍ", "أوافق على شروط الاستخدام",
                  "رمز التحقق", "شروط النشر", "/comments/terms/", "/comments/rules/"):
        assert label in section, label
    # maxlength is in UTF-16 units (an emoji counts 2): twice the limit, comments.js stops at the limit itself.
    assert 'data-max="1000"' in section and 'maxlength="2000"' in section
    assert "csrfmiddlewaretoken" not in html and "/comments/captcha/" not in html
    assert "comments/comments.js" in html and " defer" in html
    assert "<script>" not in section and "style=" not in section
    assert not ENGLISH.search(_visible_text(section))


def test_token_endpoint_gives_csrf_and_fresh_challenge(client):
    a, b = token(client), token(client)
    assert a["csrf"] and a["captcha_id"] != b["captcha_id"] and "كم يساوي" in a["question"]
    img = client.get(a["captcha_image_url"], HTTP_HOST=HOST)
    assert img.status_code == 200 and img["Content-Type"] == "image/png" and img.content[:4] == b"\x89PNG"
    assert "no-cache" in img["Cache-Control"] or "max-age=0" in img["Cache-Control"]
    assert client.get("/comments/captcha/nope.png", HTTP_HOST=HOST).status_code == 404


def test_pre_moderation_message_and_stored(client, article):
    resp = post_comment(client, article)
    assert resp.status_code == 201
    assert resp.json()["message"].startswith("شكرًا لك، تعليقك بانتظار المراجعة")
    c = Comment.objects.get()
    assert c.status == Comment.PENDING and c.article_id == article.pk and c.edition.slug == "eg"
    assert c.ip_hash and "10.0.0.1" not in c.ip_hash


def test_html_path_without_js(client, article):
    page = client.get(f"/comments/{article.pk}/new/", HTTP_HOST=HOST)
    html = page.content.decode()
    assert page.status_code == 200 and "csrfmiddlewaretoken" in html and "/comments/captcha/" in html
    assert "no-cache" in page["Cache-Control"] or "private" in page["Cache-Control"]
    resp = post_comment(client, article, json=False)
    assert resp.status_code == 200 and "تعليقك بانتظار المراجعة" in resp.content.decode()


def test_missing_csrf_is_403_and_nothing_stored(client, article):
    data = form_data(client)
    data.pop("csrfmiddlewaretoken")
    fresh = type(client)(enforce_csrf_checks=True)
    resp = fresh.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=HOST)
    assert resp.status_code == 403 and not Comment.objects.exists()


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "", "هذا الحقل مطلوب"),
    ("name", "   \t ", "هذا الحقل مطلوب"),
    ("title", "\u200b\u200b", "هذا الحقل مطلوب"),
    ("text", " \n\n ", "هذا الحقل مطلوب"),
    ("email", "", "هذا الحقل مطلوب"),
    ("email", "not-an-email", "بريد إلكتروني صحيح"),
    ("email", "a@b", "بريد إلكتروني صحيح"),
    ("name", "س" * 81, "أطول من المسموح"),
    ("title", "ع" * 151, "أطول من المسموح"),
    ("text", "ت" * 1001, "أطول من المسموح (1000"),
    ("agree", None, "الموافقة على شروط الاستخدام"),
    ("captcha_answer", "999", "رمز التحقق غير صحيح"),
    ("captcha_answer", "", "رمز التحقق"),
    ("captcha_id", "forged", "رمز التحقق غير صحيح"),
])
def test_bad_input_gets_arabic_message(client, article, field, value, message):
    overrides = {field: value}
    if field == "captcha_answer" and value == "":
        overrides = {"captcha_answer": " "}
    resp = post_comment(client, article, **overrides)
    assert resp.status_code == 400
    body = resp.json()
    assert message in " ".join(sum(body["errors"].values(), [])), body
    assert body["captcha_id"]  # a fresh challenge comes back with the errors
    assert not Comment.objects.exists()


def test_length_counts_characters_not_bytes(client, article, comment_settings):
    comment_settings(max_length=10)
    # 10 user-visible characters, 20 bytes in UTF-8; a CRLF counts as one, like the browser counter
    assert post_comment(client, article, text="مرحبًا\r\nبكم").status_code == 201
    assert post_comment(client, article, text="أ" * 11, email="x@example.com").status_code == 400


def test_input_kept_on_validation_error_html(client, article):
    resp = post_comment(client, article, json=False, email="bad", text="<b>نصي</b> الطويل")
    html = resp.content.decode()
    assert resp.status_code == 400
    assert 'value="سارة"' in html and 'value="bad"' in html and "&lt;b&gt;نصي&lt;/b&gt; الطويل" in html
    assert "يُرجى كتابة بريد إلكتروني صحيح" in html


def test_reused_security_code_is_rejected(client, article):
    data = form_data(client)
    ok = client.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    assert ok.status_code == 201
    data["title"] = "مرة ثانية"
    again = client.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    assert again.status_code == 400 and "captcha_answer" in again.json()["errors"]
    assert Comment.objects.count() == 1


def test_wrong_answer_consumes_the_challenge(client, article):
    data = form_data(client, answer="0")
    right = solve(data["captcha_id"])
    client.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    data["captcha_answer"] = right
    resp = client.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    assert resp.status_code == 400 and not Comment.objects.exists()


def test_arabic_indic_answer_accepted(client, article):
    data = form_data(client)
    data["captcha_answer"] = "".join("٠١٢٣٤٥٦٧٨٩"[int(d)] for d in data["captcha_answer"])
    resp = client.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    assert resp.status_code == 201


def test_honeypot(client, article):
    resp = post_comment(client, article, website="http://spam.example")
    assert resp.status_code == 400 and "تعذّر قبول التعليق" in resp.json()["errors"]["__all__"][0]
    assert not Comment.objects.exists()


def test_non_utf8_bytes_get_a_message_not_a_500(client, article):
    data = form_data(client)
    from urllib.parse import quote

    body = "&".join(f"{k}={quote(str(v))}" for k, v in data.items() if k != "text") + "&text=%FF%FE%C3%28abc"
    resp = client.post(f"/comments/{article.pk}/new/", body, content_type="application/x-www-form-urlencoded",
                       HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    assert resp.status_code == 400 and "رموز غير صالحة" in resp.json()["errors"]["text"][0]
    raw = b"name=\xff\xfe&email=a%40b.com"
    resp = client.post(f"/comments/{article.pk}/new/", raw, content_type="application/x-www-form-urlencoded",
                       HTTP_HOST=HOST, HTTP_ACCEPT="application/json")
    assert resp.status_code in (400, 403)
    assert not Comment.objects.exists()


def test_nul_and_control_characters_are_dropped(client, article):
    assert post_comment(client, article, title="عنوان\x00\x07", text="نص\x00 سليم").status_code == 201
    c = Comment.objects.get()
    assert c.title == "عنوان" and c.text == "نص سليم"


def test_closed_comments_for_unknown_or_foreign_article(client, article_factory):
    lb_article = article_factory(edition="lb")
    assert client.get(f"/comments/{lb_article.pk}/new/", HTTP_HOST=HOST).status_code == 404
    assert client.get("/comments/999999/new/", HTTP_HOST=HOST).status_code == 404


def test_rules_and_terms_pages_are_editable_per_edition(client, comment_settings):
    comment_settings("eg", rules_text="قواعد مصر الخاصة")
    assert "قواعد مصر الخاصة" in client.get("/comments/rules/", HTTP_HOST=HOST).content.decode()
    assert "قواعد مصر الخاصة" not in client.get("/comments/rules/", HTTP_HOST="lb.localhost").content.decode()
    assert "شروط الاستخدام" in client.get("/comments/terms/", HTTP_HOST=HOST).content.decode()
