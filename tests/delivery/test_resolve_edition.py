"""One host → edition answer (:func:`nashra.editions.resolve.resolve_edition`) for the edition
middleware and the page cache's key: a Site renamed in the newsroom is seen by both at once."""

import itertools

import pytest
from django.test import Client, RequestFactory
from wagtail.models import Page, Site

from nashra.core.scopes import NETWORK
from nashra.delivery.keys import bucket_for
from nashra.delivery.store import get_store
from nashra.editions import resolve
from nashra.editions.middleware import edition_for_request
from nashra.editions.resolve import resolve_edition

pytestmark = pytest.mark.django_db


def _edition_of(host, port="80"):
    edition = edition_for_request(RequestFactory().get("/", HTTP_HOST=host, SERVER_PORT=port))
    return edition.slug if edition is not None else None


def test_a_renamed_site_is_seen_by_the_middleware_and_the_key(page_cache, editions, article_factory):
    article_factory(edition="lb")
    assert _edition_of("lb.localhost") == "lb" and bucket_for("/", "lb.localhost") == "lb"
    Client(HTTP_HOST="lb.localhost").get("/")
    assert Client(HTTP_HOST="lb.localhost").get("/")["X-Cache"] == "HIT"

    site = editions["lb"].site
    site.hostname = "beirut.localhost"
    site.save()

    assert _edition_of("beirut.localhost") == "lb" and bucket_for("/", "beirut.localhost") == "lb"
    # The old name is no Site's now: the default site (eg) answers it, and it is not cached.
    assert _edition_of("lb.localhost") == "eg" and bucket_for("/", "lb.localhost") is None
    assert "X-Cache" not in Client(HTTP_HOST="lb.localhost").get("/")
    assert Client(HTTP_HOST="beirut.localhost").get("/")["X-Cache"] == "MISS"


def test_a_rename_made_by_another_process_is_seen_through_the_network_generation(
        page_cache, editions, monkeypatch):
    assert resolve_edition("lb.localhost").slug == "lb"
    # Another process: the row changes without a signal here, and it bumps the network generation.
    Site.objects.filter(pk=editions["lb"].site_id).update(hostname="beirut.localhost")
    get_store().bump(NETWORK)
    monkeypatch.setattr(resolve, "CHECK_SECONDS", 0.0)
    assert resolve_edition("beirut.localhost").slug == "lb"
    assert _edition_of("beirut.localhost") == "lb" and bucket_for("/", "beirut.localhost") == "lb"


def test_the_same_site_as_wagtail_for_every_host_and_port(editions):
    """Ports and the default site as ``Site.find_for_request``: two Sites share a hostname on
    different ports, and one host is named only by a Site on another port."""
    root = Page.objects.get(depth=1)
    Site.objects.create(hostname="shared.localhost", port=8001, root_page=root)
    Site.objects.create(hostname="shared.localhost", port=8002, root_page=root)
    Site.objects.create(hostname="alone.localhost", port=8003, root_page=root)
    hosts = ["eg.localhost", "lb.localhost", "shared.localhost", "alone.localhost", "nobody.localhost"]
    for default in (True, False):
        Site.objects.filter(pk=editions["eg"].site_id).update(is_default_site=default)
        resolve.invalidate()
        for host, port in itertools.product(hosts, ["80", "8001", "8002", "8003"]):
            request = RequestFactory().get("/", HTTP_HOST=host, SERVER_PORT=port)
            wagtail = Site._find_for_request(request)
            found = resolve_edition(host, port)
            assert (found.site_id if found else None) == (wagtail.pk if wagtail else None), (default, host, port)
            if found is not None:
                assert found.named == (wagtail.hostname == host)
                assert found.slug == getattr(getattr(wagtail, "edition", None), "slug", None)
