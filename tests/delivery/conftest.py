"""Page-cache fixtures: the cache is off in tests unless a test asks for it."""

import re

import pytest
from django.test import Client


@pytest.fixture
def page_cache(settings):
    """Switch the full-page cache on, with a fresh store for this test."""
    from nashra.delivery.store import get_store, reset_store
    from nashra.editions import resolve

    settings.NASHRA_PAGE_CACHE = True
    reset_store()
    resolve.invalidate()
    yield get_store()
    reset_store()
    resolve.invalidate()


@pytest.fixture
def eg_client():
    return Client(HTTP_HOST="eg.localhost", raise_request_exception=False)


@pytest.fixture
def lb_client():
    return Client(HTTP_HOST="lb.localhost", raise_request_exception=False)


# What a page shows of the second it was rendered in: the header clock, the prayer countdown.
_PER_SECOND = re.compile(r'(datetime="[^"]*"|data-clock>[^<]*|data-countdown>[^<]*|data-prayer-at="[^"]*")')


def without_clock(html: str) -> str:
    return _PER_SECOND.sub("", html)


def url_of(page) -> str:
    return page.specific.get_url_parts()[2]
