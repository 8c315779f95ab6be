"""Double opt-in from a reader page: the box on a cached page takes its CSRF token from an uncached
endpoint; the confirmation mail really goes through SMTP; a confirmation link that expired or was
tampered with gets a clear Arabic page; sign-ups are rate-limited per address and per e-mail."""

import re

import pytest
from django.core import signing
from django.test import Client

from nashra.newsletters import links
from nashra.newsletters.models import Subscriber

pytestmark = pytest.mark.django_db


def sign_up(client, address, **extra):
    token = client.get("/newsletters/form-token/").json()["csrf"]
    return client.post("/newsletters/subscribe/", {"email": address, "csrfmiddlewaretoken": token, **extra},
                       HTTP_ACCEPT="application/json")


def confirm_link(message) -> str:
    text = message.get_body(("plain",)).get_content()
    return re.search(r"https?://\S+/newsletters/confirm/\S+/", text).group(0)


def test_the_box_is_on_reader_pages_and_carries_no_token(editions, reader):
    home = reader.get("/").content.decode()
    assert 'data-newsletter-form' in home and "/newsletters/form-token/" in home
    box = home[home.index('class="nl-box'):]
    assert "csrfmiddlewaretoken" not in box[:box.index("</section>")]  # a cached page holds no per-visitor token


def test_signing_up_mails_a_confirmation_and_the_link_confirms(editions, digest_list, smtp):
    client = Client(HTTP_HOST="eg.localhost", enforce_csrf_checks=True)
    response = sign_up(client, "Reader@Example.com")
    assert response.status_code == 200 and response.json()["ok"]
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "reader@example.com" and not subscriber.confirmed
    assert subscriber.subscriptions.filter(newsletter=digest_list).exists()
    [message] = smtp.to("reader@example.com")
    html = message.get_body(("html",)).get_content()
    assert 'dir="rtl"' in html and "أكّد اشتراكي" in html
    link = confirm_link(message).split("eg.localhost", 1)[1]
    page = client.get(link)  # what a mail server's link scanner does too: it only asks
    html = page.content.decode()
    assert page.status_code == 200 and "أكّد اشتراكك" in html and "reader@example.com" in html
    subscriber.refresh_from_db()
    assert not subscriber.confirmed
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert client.post(link).status_code == 403  # a POST from elsewhere (no token) confirms nothing
    page = client.post(link, {"csrfmiddlewaretoken": csrf})
    assert page.status_code == 200 and "تأكد اشتراكك" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.confirmed
    again = client.get(link)  # the link opened again later: already confirmed, says so
    assert again.status_code == 200 and "تأكد اشتراكك" in again.content.decode()


def test_a_post_without_the_fetched_token_is_refused(editions, digest_list, smtp):
    client = Client(HTTP_HOST="eg.localhost", enforce_csrf_checks=True)
    assert client.post("/newsletters/subscribe/", {"email": "a@example.com"}).status_code == 403
    assert not Subscriber.objects.exists()


def test_expired_and_tampered_links_get_a_clear_arabic_page(editions, digest_list, reader, settings, monkeypatch):
    subscriber = Subscriber.objects.create(edition=editions["eg"], email="late@example.com")
    token = links.confirm_token(subscriber)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    body = reader.get(f"/newsletters/confirm/{tampered}/")
    assert body.status_code == 400 and "رابط التأكيد غير صالح" in body.content.decode()
    real_loads = signing.loads
    monkeypatch.setattr(signing, "loads", lambda *a, **k: real_loads(*a, **{**k, "max_age": -1}))
    body = reader.get(f"/newsletters/confirm/{token}/")
    assert body.status_code == 400 and "انتهت صلاحية رابط التأكيد" in body.content.decode()
    body = reader.post(f"/newsletters/confirm/{token}/")
    assert body.status_code == 400 and "انتهت صلاحية رابط التأكيد" in body.content.decode()
    subscriber.refresh_from_db()
    assert not subscriber.confirmed


def test_a_repeated_sign_up_answers_alike_and_mails_a_confirmed_reader_nothing(editions, digest_list, smtp, reader):
    first = sign_up(reader, "twice@example.com").json()
    second = sign_up(reader, "twice@example.com").json()
    assert first == second
    assert len(smtp.to("twice@example.com")) == 2  # unconfirmed: a new link each time
    Subscriber.objects.filter(email="twice@example.com").update(confirmed_at="2026-01-01T00:00Z")
    assert sign_up(reader, "twice@example.com").json() == first
    assert len(smtp.to("twice@example.com")) == 2 and Subscriber.objects.count() == 1


@pytest.mark.parametrize("address", ["not-an-email", "", "a@b", "x" * 250 + "@example.com"])
def test_an_invalid_email_is_an_arabic_message_not_an_error(editions, digest_list, reader, address):
    response = sign_up(reader, address)
    assert response.status_code == 400
    assert re.search("[\u0600-\u06ff]", response.json()["message"])
    page = reader.post("/newsletters/subscribe/", {"email": address})  # the no-JS page (the client skips CSRF)
    assert page.status_code == 400 and "بريد" in page.content.decode()
    assert not Subscriber.objects.exists()


def test_sign_ups_are_rate_limited_per_email_and_per_address(editions, digest_list, smtp, settings):
    settings.NASHRA_NEWSLETTER_SIGNUP_RATES = {"address": (3, 3600), "email": (2, 3600)}
    one = Client(HTTP_HOST="eg.localhost", REMOTE_ADDR="10.0.0.1")
    assert sign_up(one, "same@example.com").status_code == 200
    assert sign_up(Client(HTTP_HOST="eg.localhost", REMOTE_ADDR="10.0.0.2"), "same@example.com").status_code == 200
    refused = sign_up(Client(HTTP_HOST="eg.localhost", REMOTE_ADDR="10.0.0.3"), "same@example.com")
    assert refused.status_code == 429 and "محاولات اشتراك كثيرة" in refused.json()["message"]
    assert refused["Retry-After"]
    assert sign_up(one, "b@example.com").status_code == 200
    assert sign_up(one, "c@example.com").status_code == 200
    assert sign_up(one, "d@example.com").status_code == 429  # the fourth from one address
    assert len(smtp.messages) == 4


def test_the_honeypot_is_answered_alike_and_nothing_is_kept(editions, digest_list, smtp, reader):
    assert sign_up(reader, "bot@example.com", website="http://spam").json()["ok"]
    assert not Subscriber.objects.exists() and not smtp.messages


def test_preferences_export_and_delete(editions, digest_list, subscribe, reader):
    subscriber = subscribe("me@example.com")
    page = reader.get(f"/newsletters/p/{subscriber.token}/")
    assert page.status_code == 200 and "me@example.com" in page.content.decode()
    data = reader.get(f"/newsletters/p/{subscriber.token}/export.json").json()
    assert data["email"] == "me@example.com" and data["lists"] == ["الموجز اليومي"]
    reader.post(f"/newsletters/p/{subscriber.token}/", {"action": "save"})
    assert not subscriber.subscriptions.exists()
    reader.post(f"/newsletters/p/{subscriber.token}/", {"action": "save", "lists": [str(digest_list.pk), "x"]})
    assert subscriber.subscriptions.count() == 1
    gone = reader.post(f"/newsletters/p/{subscriber.token}/", {"action": "delete"})
    assert gone.status_code == 200 and not Subscriber.objects.exists()
    assert reader.get(f"/newsletters/p/{subscriber.token}/").status_code == 404


def test_another_editions_host_does_not_open_the_preferences(editions, subscribe):
    subscriber = subscribe("me@example.com")
    assert Client(HTTP_HOST="lb.localhost").get(f"/newsletters/p/{subscriber.token}/").status_code == 404


def test_a_mail_server_out_of_reach_is_not_an_error_page(editions, digest_list, settings, reader):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
    response = sign_up(reader, "reader@example.com")
    assert response.status_code == 200 and Subscriber.objects.filter(email="reader@example.com").exists()


def test_an_edition_without_newsletters_says_so(editions, reader):
    response = sign_up(reader, "reader@example.com")
    assert response.status_code == 404 and "لا نشرات بريدية" in response.json()["message"]
    assert not Subscriber.objects.exists()


def test_the_sign_up_page_does_not_repeat_the_box(editions, digest_list, reader):
    page = reader.get("/newsletters/subscribe/").content.decode()
    assert "data-newsletter-form" not in page and 'name="email"' in page
