"""Breaking alerts by web push, end to end: a reader's browser subscribes on the edition's host, an
editor sends an alert from the newsroom, the push service receives it encrypted for that browser and
signed with the network's key; gone subscriptions are removed; nothing is sent twice."""

import json

import pytest
from django.conf import settings
from django.test import Client, TestCase

from nashra.push import sending
from nashra.push.models import PushAlert, PushDelivery, PushSubscription
from tests.newsroom.test_local_time import journalist

from .conftest import unb64

pytestmark = pytest.mark.django_db
ADMIN = f"/{settings.NASHRA_ADMIN_PATH}"


def subscribe(browser, host="eg.localhost", sections=None, **headers):
    body = {"subscription": browser.subscription(), **({"sections": sections} if sections else {})}
    headers.setdefault("Sec-Fetch-Site", "same-origin")
    return Client(HTTP_HOST=host).post("/push/subscribe/", json.dumps(body), content_type="application/json",
                                       headers=headers)


def editor_client(editions, slug="eg"):
    client = Client()
    client.force_login(journalist(editions, slug, "editor"))
    return client


def send_from_newsroom(client, edition, **fields):
    return client.post(f"{ADMIN}/push/?edition={edition.pk}", fields)


def test_an_alert_reaches_the_subscribed_browser_encrypted_and_signed(editions, article_factory, push_service):
    article = article_factory(title="زلزال بقوة 5 درجات يضرب شمال البلاد")
    phone = push_service.browser("phone")
    response = subscribe(phone)
    assert response.status_code == 201 and "فُعّلت" in response.json()["message"]

    client = editor_client(editions)
    with TestCase.captureOnCommitCallbacks(execute=True):  # the fan-out is queued when the alert is committed
        response = send_from_newsroom(client, editions["eg"], article=article.pk, body="لا أنباء عن ضحايا")
    assert response.status_code == 302

    [message] = push_service.to("phone")
    assert message["data"]["title"] == "زلزال بقوة 5 درجات يضرب شمال البلاد"
    assert message["data"]["body"] == "لا أنباء عن ضحايا"
    assert message["data"]["url"] == article.get_url_parts()[2]
    assert message["headers"]["content-encoding"] == "aes128gcm" and message["headers"]["urgency"] == "high"
    assert int(message["headers"]["ttl"]) == settings.NASHRA_PUSH_TTL
    alert = PushAlert.objects.get()
    assert message["headers"]["topic"] == f"alert{alert.pk}"
    assert message["vapid"]["key"] == Client(HTTP_HOST="eg.localhost").get("/push/key/").json()["key"]
    assert (alert.status, alert.targeted, alert.delivered, alert.failed) == (PushAlert.SENT, 1, 1, 0)
    page = client.get(f"{ADMIN}/push/?edition={editions['eg'].pk}").content.decode()
    assert "زلزال بقوة 5 درجات" in page and "1 / 1" in page


def test_subscriptions_the_push_service_calls_gone_are_removed(editions, push_service):
    for name in ("alive", "gone", "expired", "broken"):
        assert subscribe(push_service.browser(name)).status_code == 201
    push_service.answers.update({"gone": 410, "expired": 404, "broken": 500})
    alert = PushAlert.objects.create(edition=editions["eg"], title="عاجل", url="/")
    sending.fan_out.call(alert.pk)
    alert.refresh_from_db()
    assert (alert.delivered, alert.removed, alert.failed) == (1, 2, 1)
    assert set(PushSubscription.objects.values_list("endpoint", flat=True)) == {
        push_service.browsers["alive"].endpoint, push_service.browsers["broken"].endpoint}


def test_a_batch_run_again_sends_nothing_twice(editions, push_service):
    browsers = [push_service.browser(f"b{n}") for n in range(3)]
    for browser in browsers:
        subscribe(browser)
    alert = PushAlert.objects.create(edition=editions["eg"], title="عاجل", url="/", targeted=3)
    ids = list(PushSubscription.objects.order_by("pk").values_list("pk", flat=True))
    # a worker claimed b2's delivery and died before the push service answered
    PushDelivery.objects.create(alert=alert, subscription_id=ids[2], status=0)
    sending.deliver_batch.call(alert.pk, ids)
    sending.deliver_batch.call(alert.pk, ids)  # the same batch again (its task was retried)
    assert sorted(r["browser"] for r in push_service.received) == ["b0", "b1", "b2"]
    alert.refresh_from_db()
    assert (alert.delivered, alert.status) == (3, PushAlert.SENT)
    assert {m["data"]["tag"] for m in push_service.received} == {f"nashra-alert-{alert.pk}"}  # one per phone


def test_a_section_alert_goes_to_that_sections_followers_and_to_everyone_who_wants_all(editions, push_service):
    politics, sports = editions["sections"]["eg"]["politics"], editions["sections"]["eg"]["sports"]
    subscribe(push_service.browser("all"))
    subscribe(push_service.browser("politics"), sections=[politics.pk])
    subscribe(push_service.browser("sports"), sections=[str(sports.pk)])
    subscribe(push_service.browser("lebanon"), host="lb.localhost")
    alert = PushAlert.objects.create(edition=editions["eg"], section=politics, title="عاجل سياسي", url="/politics/")
    sending.fan_out.call(alert.pk)
    assert sorted(r["browser"] for r in push_service.received) == ["all", "politics"]


def test_bad_subscriptions_are_refused_in_arabic(editions, push_service, settings):
    browser = push_service.browser("x")
    good = browser.subscription()
    client = Client(HTTP_HOST="eg.localhost")

    def post(body, **headers):
        headers.setdefault("Sec-Fetch-Site", "same-origin")
        data = body if isinstance(body, (str, bytes)) else json.dumps(body)
        return client.post("/push/subscribe/", data, content_type="application/json", headers=headers)

    cases = [
        ({"subscription": good}, {"Sec-Fetch-Site": "cross-site"}, 403, "خارج الموقع"),
        ({"subscription": {**good, "endpoint": "https://evil.example/steal"}}, {}, 400, "غير معروفة"),
        ({"subscription": {**good, "endpoint": "https://10.0.0.5/push/x"}}, {}, 400, "غير معروفة"),
        ({"subscription": {**good, "endpoint": "http://10.0.0.5/push/x"}}, {}, 400, "غير صالح"),
        ({"subscription": {**good, "endpoint": "ftp://127.0.0.1/push/x"}}, {}, 400, "غير صالح"),
        ({"subscription": {**good, "keys": {"p256dh": "AAAA", "auth": good["keys"]["auth"]}}}, {}, 400, "مفاتيح"),
        ({"subscription": {**good, "keys": {"p256dh": "***", "auth": "***"}}}, {}, 400, "مفاتيح"),
        ({"nothing": 1}, {}, 400, "غير مكتمل"),
        ("{not json", {}, 400, "غير مكتمل"),
        ({"subscription": good, "pad": "x" * 5000}, {}, 413, "أكبر"),
    ]
    for body, headers, status, words in cases:
        response = post(body, **headers)
        assert response.status_code == status, (body, response.status_code)
        assert words in response.json()["error"], response.json()
    settings.NASHRA_PUSH_PLAIN_HTTP_HOSTS = ()
    assert post({"subscription": good}).status_code == 400  # a push service must speak https
    assert not PushSubscription.objects.exists()
    assert client.get("/push/subscribe/").status_code == 405


def test_subscribing_is_rate_limited(editions, push_service):
    statuses = [subscribe(push_service.browser(f"r{n}")).status_code for n in range(12)]
    assert statuses[:10] == [201] * 10 and statuses[-1] == 429


def test_unsubscribing_forgets_the_browser(editions, push_service):
    browser = push_service.browser("leaving")
    subscribe(browser)
    response = Client(HTTP_HOST="eg.localhost").post(
        "/push/unsubscribe/", json.dumps({"endpoint": browser.endpoint}), content_type="application/json",
        headers={"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 200 and "أُوقفت" in response.json()["message"]
    assert not PushSubscription.objects.exists()


def test_the_service_worker_and_key_come_from_the_editions_host(editions, push_service):
    client = Client(HTTP_HOST="eg.localhost")
    worker = client.get("/push-sw.js")
    assert worker.status_code == 200 and worker["Content-Type"].startswith("text/javascript")
    assert worker["Service-Worker-Allowed"] == "/" and b"showNotification" in worker.content
    key = unb64(client.get("/push/key/").json()["key"])
    assert len(key) == 65 and key[0] == 4
    assert (settings.DATA_DIR / "push" / "vapid_private.pem").exists()  # kept: the same key next start


def test_reader_pages_offer_alerts_with_an_explanation_first(editions, article_factory):
    html = Client(HTTP_HOST="eg.localhost").get("/").content.decode()
    offer = html.split('<aside class="push-offer', 1)[1].split("</aside>")[0]
    assert " hidden" in offer.split(">")[0]  # shown by the script only where web push works
    assert "تنبيهات عاجلة" in offer and "سيسألك المتصفح بعد ذلك عن الإذن" in offer
    assert 'src="/static/push/push.js" defer' in html or "push/push.js" in html


def denied(response) -> bool:
    """Wagtail answers PermissionDenied in the newsroom with a 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and "/push/" not in response["Location"])


def test_only_the_editions_editors_send_alerts(editions, article_factory, push_service):
    article = article_factory()
    reporter = Client()
    reporter.force_login(journalist(editions, "eg", "reporter"))
    assert denied(reporter.get(f"{ADMIN}/push/"))
    assert f"{ADMIN}/push/" not in reporter.get(f"{ADMIN}/").content.decode()  # no menu item
    other = editor_client(editions, "lb")
    assert denied(other.get(f"{ADMIN}/push/?edition={editions['eg'].pk}"))
    assert denied(send_from_newsroom(other, editions["eg"], article=article.pk))
    assert not PushAlert.objects.exists()


def test_the_newsroom_form_explains_what_is_missing(editions, article_factory, push_service):
    client = editor_client(editions)
    eg = editions["eg"]
    page = send_from_newsroom(client, eg).content.decode()
    assert "اختر خبرًا أو اكتب رابطًا" in page
    page = send_from_newsroom(client, eg, url="https://evil.example/x", title="عاجل").content.decode()
    assert "صفحة من هذا الإصدار" in page
    page = send_from_newsroom(client, eg, url="/politics/", title="ع" * 121).content.decode()
    assert "120" in page
    page = send_from_newsroom(client, eg, url="/politics/").content.decode()
    assert "اكتب عنوان التنبيه" in page
    assert not PushAlert.objects.exists()
