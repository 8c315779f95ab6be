"""The referrer kind from a hostname alone (pure Python)."""

import pytest

from nashra.dashboard import referrers as r

OWN = frozenset({"eg.example.com", "lb.example.com"})


@pytest.mark.parametrize("host,kind", [
    ("", r.DIRECT), ("   ", r.DIRECT), ("not a host!", r.DIRECT), ("[::1]", r.DIRECT),
    ("www.google.com", r.SEARCH), ("google.com.eg", r.SEARCH), ("news.google.com", r.SEARCH),
    ("www.bing.com", r.SEARCH), ("duckduckgo.com", r.SEARCH), ("yandex.ru", r.SEARCH),
    ("m.facebook.com", r.SOCIAL), ("l.facebook.com", r.SOCIAL), ("t.co", r.SOCIAL), ("x.com", r.SOCIAL),
    ("www.youtube.com", r.SOCIAL), ("t.me", r.SOCIAL), ("web.whatsapp.com", r.SOCIAL),
    ("eg.example.com", r.INTERNAL), ("LB.Example.com:443", r.INTERNAL), ("www.eg.example.com", r.INTERNAL),
    ("notgoogle.com", r.OTHER), ("example.org", r.OTHER), ("fakefacebook.com", r.OTHER), ("t.com", r.OTHER),
])
def test_kind_of(host, kind):
    assert r.kind_of(host, OWN) == kind


def test_clean_host_refuses_what_is_not_a_hostname():
    assert r.clean_host("News.Google.com.") == "news.google.com"
    assert r.clean_host("a" * 300) == ""
    assert r.clean_host("مصر.com") == ""
    assert r.clean_host("host/path") == ""
