"""With the page cache on: the archive of sent issues is a cached reader page and a newly sent issue
is on it at once; the sign-up answers and the token endpoint are never kept."""

import pytest

from nashra.newsletters import digest, sending
from nashra.newsletters.models import Issue
from tests.delivery.conftest import page_cache  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def test_the_cached_archive_shows_a_new_issue_at_once(page_cache, editions, digest_list, subscribe, smtp,  # noqa: F811
                                                      article_factory, reader):
    reader.get("/newsletters/")
    assert reader.get("/newsletters/")["X-Cache"] in ("HIT", "STALE")
    issue = Issue.objects.create(newsletter=digest_list, subject="عدد الأرشيف")
    digest.set_stories(issue, [article_factory()])
    subscribe("reader@example.com")
    sending.start(issue)
    assert "عدد الأرشيف" in reader.get("/newsletters/").content.decode()


def test_per_visitor_answers_are_never_kept(page_cache, editions, digest_list, reader):  # noqa: F811
    for _ in range(2):
        token = reader.get("/newsletters/form-token/")
        page = reader.get("/newsletters/subscribe/")
    assert token.get("X-Cache") not in ("HIT", "STALE") and page.get("X-Cache") not in ("HIT", "STALE")
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()
