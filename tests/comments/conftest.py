"""Helpers for the comment tests: solve the security code the way a person would."""

import pytest
from django.test import Client

from nashra.comments import captcha

HOST = "eg.localhost"


def solve(cid: str) -> str:
    return str(captcha.get_challenge(cid)["answer"])


def token(client, host=HOST):
    resp = client.get("/comments/form-token/", HTTP_HOST=host, HTTP_ACCEPT="application/json")
    assert resp.status_code == 200, resp.content
    return resp.json()


def form_data(client, host=HOST, answer=None, **overrides):
    tok = token(client, host)
    data = {
        "name": "سارة", "email": "sara@example.com", "title": "رأي في الخبر", "text": "مقال مفيد، شكرًا للكاتب.",
        "agree": "on", "captcha_id": tok["captcha_id"], "captcha_answer": answer or solve(tok["captcha_id"]),
        "website": "", "csrfmiddlewaretoken": tok["csrf"],
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def post_comment(client, article, host=HOST, json=True, ip="10.0.0.1", **overrides):
    data = form_data(client, host, **overrides)
    headers = {"HTTP_ACCEPT": "application/json", "HTTP_X_REQUESTED_WITH": "fetch"} if json else {}
    return client.post(f"/comments/{article.pk}/new/", data, HTTP_HOST=host, REMOTE_ADDR=ip, **headers)


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def article(article_factory):
    return article_factory()


@pytest.fixture
def comment_settings(editions):
    from nashra.comments.models import CommentSettings

    def get(slug="eg", **fields):
        cs, _ = CommentSettings.objects.get_or_create(edition=editions[slug])
        for k, v in fields.items():
            setattr(cs, k, v)
        cs.save()
        return cs

    return get
