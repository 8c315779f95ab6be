"""One client address for rate limits, comments and lockouts, from ``settings.NASHRA_TRUSTED_PROXY_COUNT``
only (the environment is read once, by the settings, never per request)."""

import pytest
from django.test import RequestFactory

from nashra.security.client import client_address, client_ip_or_none

XFF = "198.51.100.7, 203.0.113.9, 10.0.0.2"


def _request(**meta):
    return RequestFactory().get("/", **meta)


@pytest.mark.parametrize(("hops", "expected"), [(0, "10.0.0.1"), (1, "10.0.0.2"), (2, "203.0.113.9"),
                                                (3, "198.51.100.7"), (4, "10.0.0.1")])
def test_the_nth_address_from_the_right(settings, hops, expected):
    settings.NASHRA_TRUSTED_PROXY_COUNT = hops
    assert client_address(_request(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=XFF)) == expected


@pytest.mark.parametrize("header", ["", " , ,", ","])
def test_a_header_without_enough_addresses_falls_back_to_remote_addr(settings, header):
    settings.NASHRA_TRUSTED_PROXY_COUNT = 1
    assert client_address(_request(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=header)) == "10.0.0.1"


def test_the_environment_is_not_read_per_request(settings, monkeypatch):
    settings.NASHRA_TRUSTED_PROXY_COUNT = 0
    monkeypatch.setenv("NASHRA_PROXY_COUNT", "1")
    assert client_address(_request(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=XFF)) == "10.0.0.1"


def test_no_address_and_overlong_values(settings):
    settings.NASHRA_TRUSTED_PROXY_COUNT = 1
    request = _request(HTTP_X_FORWARDED_FOR="x" * 500)
    assert client_address(request) == "x" * 64
    assert client_ip_or_none(request) is None
    no_addr = _request()
    no_addr.META.pop("REMOTE_ADDR", None)
    settings.NASHRA_TRUSTED_PROXY_COUNT = 0
    assert client_address(no_addr) == "" and client_ip_or_none(no_addr) is None


def test_rate_limits_comments_and_lockouts_share_it():
    from django.conf import settings as django_settings

    from nashra.comments import views
    from nashra.security import ratelimit

    assert views.client_address is ratelimit.client_address is client_address
    assert django_settings.AXES_CLIENT_IP_CALLABLE == "nashra.security.client.client_ip_or_none"
