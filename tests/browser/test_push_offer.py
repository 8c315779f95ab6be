"""The «تنبيهات عاجلة» offer in Chromium: shown only where web push works, explained in Arabic before the
browser's permission prompt, dismissible without asking anything, accessible with its explanation open,
and a failure to subscribe (this machine reaches no push service) reported in Arabic, never in the
browser's own words."""

import pytest

from .helpers import expect, goto
from .test_reader_bars import axe_violations


def test_the_offer_explains_first_and_asks_nothing_until_yes(page, nashra_server, axe_js):
    goto(page, nashra_server + "/")
    if not page.evaluate("() => 'PushManager' in window && 'serviceWorker' in navigator"):
        pytest.skip("this Chromium has no Push API")
    offer = page.locator(".push-offer")
    button = offer.locator(".push-toggle")
    expect(offer).to_be_visible()
    expect(button).to_have_text("تفعيل التنبيهات العاجلة")
    expect(offer.locator(".push-explain")).to_be_hidden()

    button.click()
    explain = offer.locator(".push-explain")
    expect(explain).to_be_visible()
    expect(explain).to_contain_text("سيسألك المتصفح بعد ذلك عن الإذن")
    expect(offer.locator(".push-yes")).to_be_focused()
    assert page.evaluate("() => Notification.permission") == "default"  # nothing asked yet
    if axe_js:
        assert axe_violations(page, axe_js) == []

    offer.locator(".push-no").click()
    expect(explain).to_be_hidden()
    expect(button).to_be_focused()


def test_a_failed_subscription_is_reported_in_arabic(new_page, nashra_server):
    page = new_page(permissions=["notifications"])
    goto(page, nashra_server + "/")
    if not page.evaluate("() => 'PushManager' in window && 'serviceWorker' in navigator"):
        pytest.skip("this Chromium has no Push API")
    offer = page.locator(".push-offer")
    offer.locator(".push-toggle").click()
    offer.locator(".push-yes").click()
    status = offer.locator(".push-status")
    expect(status).not_to_be_empty(timeout=15_000)
    text = status.inner_text()
    assert any("\u0600" <= ch <= "\u06ff" for ch in text) and not any("a" <= ch.lower() <= "z" for ch in text), text
