"""A reader whose security code was right but whose comment failed on another field is not told
the code was wrong: the same code comes back with their answer, and the corrected form goes through.
Reader forms leave validation to Nashra (Arabic messages), not to the browser's own pop-ups."""

import re

import pytest

from nashra.comments import captcha

from .conftest import HOST, form_data


def _post(client, article, data, json=True):
    headers = {"HTTP_ACCEPT": "application/json", "HTTP_X_REQUESTED_WITH": "fetch"} if json else {}
    return client.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=HOST, REMOTE_ADDR="10.0.0.9", **headers)


@pytest.mark.django_db
def test_a_right_code_is_kept_when_another_field_fails_and_the_corrected_comment_goes_through(client, article):
    data = form_data(client, name="")
    first = _post(client, article, data)
    assert first.status_code == 400
    body = first.json()
    assert set(body["errors"]) == {"name"}  # nothing said about the code
    assert body["captcha_kept"] is True and body["captcha_id"] == data["captcha_id"]
    assert body["captcha_answer"] == data["captcha_answer"]
    data["name"] = "سارة"
    assert _post(client, article, data).status_code == 201
    assert captcha.get_challenge(data["captcha_id"]) is None  # spent once the comment is accepted


@pytest.mark.django_db
def test_a_wrong_code_with_another_error_gets_a_new_code_and_says_so(client, article):
    data = form_data(client, name="", answer="999")
    body = _post(client, article, data).json()
    assert set(body["errors"]) == {"name", "captcha_answer"}
    assert "captcha_kept" not in body and body["captcha_id"] != data["captcha_id"]


@pytest.mark.django_db
def test_a_solved_code_is_kept_only_a_few_times(client, article):
    data = form_data(client, title="")
    for _ in range(captcha.KEEP_LIMIT):
        assert _post(client, article, data).json().get("captcha_kept") is True
    last = _post(client, article, data).json()
    assert "captcha_kept" not in last and last["captcha_id"] != data["captcha_id"]


@pytest.mark.django_db
def test_the_page_without_javascript_keeps_the_code_and_the_answer(client, article):
    data = form_data(client, email="")
    html = _post(client, article, data, json=False).content.decode()
    assert f'value="{data["captcha_id"]}"' in html
    assert re.search(rf'name="captcha_answer" id="id_captcha_answer" value="{data["captcha_answer"]}"', html)
    assert "رمز التحقق غير صحيح" not in html


@pytest.mark.django_db
def test_reader_forms_use_nashras_arabic_messages_not_the_browsers(client, article, editions):
    for url in (article.url, f"/comments/{article.pk}/new/", "/search/?q=خبر", "/prayer-times/", "/horoscopes/"):
        html = client.get(url, HTTP_HOST=HOST).content.decode()
        forms = re.findall(r"<form\b[^>]*>", html)
        assert forms, url
        for tag in forms:
            assert "novalidate" in tag, (url, tag)
