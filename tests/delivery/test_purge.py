"""Purge by dependency: each event drops what shows it, and nothing else.

Every test warms the same set of URLs on both editions, fires one event, and
then asks which of them are still served from the cache.
"""

import pytest
from django.test import Client

from tests.delivery.conftest import url_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(page_cache, article_factory, editions):
    a1 = article_factory(title="خبر السياسة", authors=["كاتب أول"])
    a1.tags.add("انتخابات")
    a1.save_revision().publish()
    a2 = article_factory(section="sports", title="خبر الرياضة")
    for n in range(22):  # enough for a second section page (?before=…)
        article_factory(title=f"قديم {n}")
    a3 = article_factory(edition="lb", title="خبر لبنان")
    clients = {"eg": Client(HTTP_HOST="eg.localhost"), "lb": Client(HTTP_HOST="lb.localhost")}
    politics = clients["eg"].get("/politics/")
    before = politics.content.decode().split("?before=")[1].split('"')[0].replace("&amp;", "&")
    urls = {
        "a1": ("eg", url_of(a1)), "a2": ("eg", url_of(a2)), "home": ("eg", "/"),
        "politics": ("eg", "/politics/"), "politics-2": ("eg", f"/politics/?before={before}"),
        "sports": ("eg", "/sports/"), "author": ("eg", "/authors/" + a1.authors.get().slug + "/"),
        "tag": ("eg", "/tags/" + a1.tags.get().slug + "/"), "api": ("eg", "/api/v1/articles/"),
        "lb-home": ("lb", "/"), "lb-a3": ("lb", url_of(a3)), "lb-api": ("lb", "/api/v1/articles/"),
        "search": ("eg", "/search/?q=خبر"), "lb-search": ("lb", "/search/?q=خبر"),
    }

    def still_cached(gone=()):
        """Names of the URLs answered from the cache (and re-warm the others)."""
        hits = set()
        for name, (edition, url) in urls.items():
            response = clients[edition].get(url)
            assert response.status_code == (404 if name in gone else 200), (name, url, response.status_code)
            if response["X-Cache"] in ("HIT", "STALE"):
                hits.add(name)
        return hits

    still_cached()
    assert still_cached() == set(urls)  # everything warm
    return {"a1": a1, "a2": a2, "a3": a3, "check": still_cached, "all": set(urls), "editions": editions}


EG = {"a1", "a2", "home", "politics", "politics-2", "sports", "author", "tag", "api", "search"}
LB = {"lb-home", "lb-a3", "lb-api", "lb-search"}


def test_editing_an_article_purges_its_pages_only(site):
    a1 = site["a1"]
    a1.title = "خبر السياسة بعد التعديل"
    a1.save_revision().publish()
    assert site["check"]() == {"a2", "sports"} | LB


def test_publishing_a_new_article_purges_its_section_home_and_lists(site, article_factory):
    article_factory(section="sports", title="هدف جديد")
    assert site["check"]() == {"a1", "a2", "politics", "politics-2", "author", "tag"} | LB


def test_a_search_page_shows_a_story_published_after_it_was_cached(site, article_factory):
    client = Client(HTTP_HOST="eg.localhost")
    assert "المباراة الأول" not in client.get("/search/?q=هدف").content.decode()
    assert client.get("/search/?q=هدف")["X-Cache"] == "HIT"
    article_factory(section="sports", title="هدف المباراة الأول")
    response = client.get("/search/?q=هدف")
    assert response["X-Cache"] == "MISS" and "المباراة الأول" in response.content.decode()  # (هدف is highlighted)


def test_breaking_article_purges_the_whole_edition(site, article_factory):
    article_factory(section="sports", title="عاجل", is_breaking=True)
    assert site["check"]() == LB


def test_unpublishing_purges_the_whole_edition(site):
    site["a2"].unpublish()
    assert site["check"](gone={"a2"}) == LB


def test_deleting_purges_the_whole_edition(site):
    site["a2"].delete()
    assert site["check"](gone={"a2"}) == LB


def test_moving_an_article_purges_both_sections(site):
    a1, sports = site["a1"], site["editions"]["sections"]["eg"]["sports"]
    a1.move(sports, pos="last-child")
    remaining = site["check"](gone={"a1"})  # the old URL is no longer served from the cache
    assert {"home", "politics", "politics-2", "sports", "author", "tag", "api", "search"}.isdisjoint(remaining)
    assert {"a2"} | LB <= remaining


def test_edition_settings_purge_that_edition(site):
    lb = site["editions"]["lb"]
    lb.tagline = "شعار جديد"
    lb.save()
    assert site["check"]() == EG


def test_comment_change_purges_the_article_only(site):
    from nashra.delivery.purge import purge_article_comments

    purge_article_comments(site["a1"])
    assert site["check"]() == site["all"] - {"a1"}


def test_small_import_batch_is_targeted_and_a_big_one_edition_wide(site):
    from nashra.delivery.purge import purge_after_import

    purge_after_import(site["editions"]["eg"], [site["a2"].pk])
    assert site["check"]() == {"a1", "politics", "politics-2", "author", "tag"} | LB
    purge_after_import(site["editions"]["lb"], list(range(1, 100)))
    assert site["check"]() == EG


def test_cdn_hook_receives_urls_and_surrogate_keys(site, settings, monkeypatch):
    from nashra.delivery import purge

    sent = []
    settings.NASHRA_CDN_PURGE_URL = "http://127.0.0.1:9/purge"
    monkeypatch.setattr(purge.urllib.request, "urlopen",
                        lambda request, timeout: sent.append(request) or _Immediate(None))
    monkeypatch.setattr(purge.threading, "Thread", _Immediate)
    purge.purge_article_comments(site["a1"])
    import json

    body = json.loads(sent[0].data)
    assert body["urls"] == ["http://eg.localhost" + url_of(site["a1"])]
    assert body["surrogate_keys"][0].startswith("p-")


class _Immediate:
    def __init__(self, target, **kwargs):
        self.target = target

    def start(self):
        self.target()

    def close(self):
        pass
