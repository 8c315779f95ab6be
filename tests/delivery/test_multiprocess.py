"""Two app processes (``nashra serve``) see a publish made by a third within 1 s: in their page
caches, and (page cache off) in the fragments their uncached renders share.

Runs in CI: both with Redis shared by the processes (skipped only if no Redis
answers) and without Redis (the local caches follow the purge journal). The
processes share a SQLite file migrated once and kept under ``var/`` keyed by
the migrations, so later runs start in a few seconds.
"""

import pytest

from tests.live import Servers as _Servers
from tests.live import get as _get
from tests.live import nashra as _nashra

PUBLISH_NEW = """
from django.utils import timezone
from nashra.articles.models import SectionPage
from tests.factories import make_article
make_article(SectionPage.objects.get(slug="politics"), "خبر من عملية ثالثة", published_at=timezone.now())
"""

PUBLISH = """
from nashra.articles.models import ArticlePage
article = ArticlePage.objects.get(title="العنوان الأول")
article.title = "العنوان الثاني"
article.save_revision().publish()
"""


@pytest.mark.parametrize("shared", ["redis", "journal"])
def test_publish_reaches_every_process_within_one_second(shared, migrated_template, tmp_path):
    with _Servers(shared, migrated_template, tmp_path) as servers:
        url = servers.url
        for port in servers.ports:
            _get(port, url)
            status, state, body = _get(port, url)
            assert (status, state) == (200, "HIT") and "العنوان الأول" in body
        _nashra(servers.env, "shell", "-c", PUBLISH)
        seen = servers.seen_within(url, "العنوان الثاني", 3)
        assert len(seen) == 2 and max(seen.values()) <= 1.0, seen


@pytest.mark.parametrize("shared", ["redis", "journal"])
def test_uncached_renders_see_a_publish_in_another_process_within_one_second(shared, migrated_template, tmp_path):
    """Page cache off: the home and article sidebars come from each process's fragments."""
    with _Servers(shared, migrated_template, tmp_path, page_cache=False) as servers:
        for port in servers.ports:
            for path in ("/", servers.url, servers.url):
                status, _state, body = _get(port, path)
                assert status == 200 and "خبر من عملية ثالثة" not in body
        _nashra(servers.env, "shell", "-c", PUBLISH_NEW)
        for path in ("/", servers.url):
            seen = servers.seen_within(path, "خبر من عملية ثالثة", 3)
            assert len(seen) == 2 and max(seen.values()) <= 1.0, (path, seen)
